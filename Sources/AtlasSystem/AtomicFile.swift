import Glibc

/// Whole-file reads and writes; a write goes to a temporary file beside the target, is flushed to
/// disk, then renamed over it, so a reader (or a crash) sees the old file or the new, never half.
public enum AtomicFile {
    /// The file's bytes; nil when it does not exist. Throws the errno text for any other failure.
    public static func read(_ path: String) throws(FileError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileError(path: path, errno: errno)
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw FileError(path: path, errno: errno) }
            if n == 0 { return bytes }
            bytes += chunk[0..<n]
        }
    }

    public static func write(_ text: String, to path: String) throws(FileError) {
        let temporary = "\(path).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: temporary, errno: errno) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                let e = errno
                close(fd)
                unlink(temporary)
                throw FileError(path: temporary, errno: e)
            }
            bytes = bytes.dropFirst(n)
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard synced, rename(temporary, path) == 0 else {
            let e = errno
            unlink(temporary)
            throw FileError(path: path, errno: e)
        }
    }

    /// Moves a file out of the way as `PATH.bad`, `PATH.bad.1`, ...; the name it got.
    public static func setAside(_ path: String) throws(FileError) -> String {
        var n = 0
        while true {
            let target = n == 0 ? "\(path).bad" : "\(path).bad.\(n)"
            if access(target, F_OK) != 0 {
                guard rename(path, target) == 0 else { throw FileError(path: path, errno: errno) }
                return target
            }
            n += 1
        }
    }
}

public struct FileError: Error, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    public var description: String { "\(path): \(String(cString: strerror(errno)))" }
}
