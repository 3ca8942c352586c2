import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A real OpenSSH server for one test, on 127.0.0.1 and a free port, running the kit's
/// `Assets/ssh/sshd_config` with only what a test machine needs put in front of it (sshd takes
/// the first value it reads): its address, a host key and a client key made in a temporary
/// folder, this user instead of `atlas` (key login, since the test may not touch the machine's
/// accounts), and the `make dist` binary in `ForceCommand`. The machine's own sshd and accounts
/// are left alone.
final class SshServer {
    let dir: TempDir
    let port: Int
    let pid: pid_t
    let user: String
    var clientKey: String { dir.path("client_key") }

    init(sessionArguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let sshd = ["/usr/sbin/sshd", "/usr/bin/sshd"].first(where: FileManager.default.isExecutableFile) else {
            throw E2EError("sshd is not installed (make test installs openssh-server)", at: sourceLocation)
        }
        let binary = try Binary.require(sourceLocation: sourceLocation)
        dir = try TempDir()
        user = String(cString: getpwuid(geteuid()).pointee.pw_name)
        for key in ["host_key", "client_key"] {
            let made = try Spawn.run(URL(fileURLWithPath: "/usr/bin/ssh-keygen"), ["-q", "-t", "ed25519", "-N", "", "-f", dir.path(key)],
                                     environment: [:], timeout: 20, sourceLocation: sourceLocation)
            guard made.status == 0 else { throw E2EError("ssh-keygen failed: \(made.stderr)", at: sourceLocation) }
        }
        try FileManager.default.copyItem(atPath: dir.path("client_key.pub"), toPath: dir.path("authorized_keys"))
        // sshd run as root wants its privilege-separation folder, as Debian's service makes it.
        if geteuid() == 0 { mkdir("/run/sshd", 0o755) }
        port = try Self.freePort(sourceLocation: sourceLocation)
        let command = ([binary.path, "--session"] + sessionArguments).joined(separator: " ")
        let config = """
            # The test's own lines, read first so that they win.
            ListenAddress 127.0.0.1:\(port)
            HostKey \(dir.path("host_key"))
            PidFile \(dir.path("sshd.pid"))
            AllowUsers \(user)
            PermitRootLogin prohibit-password
            PubkeyAuthentication yes
            PasswordAuthentication no
            AuthorizedKeysFile \(dir.path("authorized_keys"))
            StrictModes no
            ForceCommand \(command)
            # The kit, as shipped.
            Include \(Binary.repoRoot.appendingPathComponent("Assets/ssh/sshd_config").path)
            """
        try config.write(toFile: dir.path("sshd_config"), atomically: true, encoding: .utf8)
        pid = try Spawn.start(URL(fileURLWithPath: sshd), ["-D", "-e", "-f", dir.path("sshd_config"), "-E", dir.path("sshd.log")],
                              environment: ProcessInfo.processInfo.environment, stdio: .inherit, sourceLocation: sourceLocation)
        let deadline = Date().addingTimeInterval(10)
        while !Self.accepts(port) {
            guard Date() < deadline, Tmux.isRunning(pid) else {
                throw E2EError("sshd did not listen on \(port): \(dir.read("sshd.log") ?? "")", at: sourceLocation)
            }
            usleep(20_000)
        }
    }

    deinit { stop() }

    func stop() {
        for p in Tmux.withDescendants(pid).reversed() { kill(p, SIGTERM) }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(3)
        while waitpid(pid, &status, WNOHANG) == 0 && Date() < deadline { usleep(10_000) }
        if Tmux.isRunning(pid) { kill(pid, SIGKILL); _ = waitpid(pid, &status, 0) }
    }

    /// The ssh command line of a visitor, with a terminal (`-tt`) and nothing from the user's files.
    var client: [String] {
        ["/usr/bin/ssh", "-tt", "-F", "/dev/null", "-i", clientKey, "-p", "\(port)",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
         "-o", "BatchMode=yes", "-o", "SendEnv=COLORTERM NO_COLOR", "\(user)@127.0.0.1"]
    }

    /// The atlas processes sshd runs for visitors now.
    var sessions: [pid_t] {
        Tmux.withDescendants(pid).filter { p in
            let cmd = (try? String(contentsOfFile: "/proc/\(p)/cmdline", encoding: .utf8)) ?? ""
            return cmd.contains("--session") && Tmux.isRunning(p) && !cmd.hasPrefix("sshd")
                && ((try? String(contentsOfFile: "/proc/\(p)/comm", encoding: .utf8)) ?? "").hasPrefix("nk-defectors")
        }
    }

    static func freePort(sourceLocation: SourceLocation) throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard ok else { throw E2EError("no free port: \(String(cString: strerror(errno)))", at: sourceLocation) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
