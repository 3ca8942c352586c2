import Glibc

/// A Unix datagram socket's address, from a path or an abstract name written with a leading `@`
/// (as systemd's `NOTIFY_SOCKET` does). An abstract name's length counts exactly its bytes; a
/// path's, its terminating zero too.
public struct UnixAddress {
    public private(set) var storage = sockaddr_un()
    public let length: socklen_t

    public init(_ name: String) {
        var bytes = Array(name.utf8.prefix(107))
        let abstract = bytes.first == UInt8(ascii: "@")
        if abstract { bytes[0] = 0 }
        storage.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &storage.sun_path) { path in
            for (i, byte) in bytes.enumerated() { path[i] = byte }
        }
        length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (abstract ? 0 : 1))
    }

    /// Calls `body` with the address as a `sockaddr`, for `bind`, `connect` and `sendto`.
    public func withSockaddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        withUnsafePointer(to: storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) } }
    }
}
