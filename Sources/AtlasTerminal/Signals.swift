import CNcursesw
import Glibc

/// Signal handling: the handlers (in the C shim) only set a flag, which the run loop polls.
/// Every use of the shim's signal state stays in this file, so there is one copy of it.
public enum Signals {
    /// The signals that end the program with the terminal restored.
    public static let ending: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Installs the handlers; call before the terminal is started.
    public static func install() {
        for sig in ending { _ = nk_install_signal(sig) }
        _ = nk_ignore_signal(SIGPIPE)
    }

    /// Ignores the keyboard's job-control and quit signals (for a locked kiosk).
    public static func ignoreKeyboardSignals() {
        for sig in [SIGINT, SIGQUIT, SIGTSTP] { _ = nk_ignore_signal(sig) }
    }

    /// The signal that arrived since the last call, or 0.
    public static func take() -> Int32 { nk_take_signal() }
}
