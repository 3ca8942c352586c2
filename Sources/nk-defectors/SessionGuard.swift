import AtlasCore
import Glibc

/// What `--session` shuts off before anything else runs: a visitor over SSH is a stranger, so
/// nothing from their side may choose what the program reads, and the process may write no
/// file and leave no core.
enum SessionGuard {
    /// Variables that would make ncurses read terminal descriptions from elsewhere, or turn on
    /// the kiosk's modes: dropped from the environment the program uses (and from the process's).
    static let dropped = ["TERMINFO", "TERMINFO_DIRS", "TERMCAP", "NK_KIOSK", "NK_OPERATOR_EXIT"]

    static func enter(_ environment: [String: String], log: String?, stats: String?) -> [String: String] {
        if log != nil || stats != nil { fail("--session writes no file: leave out --log and --stats") }
        var env = environment
        for name in dropped {
            env[name] = nil
            unsetenv(name)
        }
        return env
    }

    /// Once the terminal is up: no file can grow (a write to one fails, SIGXFSZ ignored), no core
    /// is dumped, few descriptors can be open.
    static func lockFiles() {
        signal(SIGXFSZ, SIG_IGN)
        limit(RLIMIT_FSIZE, 0)
        limit(RLIMIT_CORE, 0)
        limit(RLIMIT_NOFILE, 64)
    }

    private static func limit(_ resource: __rlimit_resource, _ value: rlim_t) {
        var r = rlimit(rlim_cur: value, rlim_max: value)
        _ = setrlimit(Int32(resource.rawValue), &r)
    }
}
