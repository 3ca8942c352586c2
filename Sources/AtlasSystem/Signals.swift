import CAtlasSignals
import Glibc

/// Signal handling: the handlers (in CAtlasSignals, one C file, so one copy of each flag in the
/// whole program) only set a flag, which the run loop polls.
public enum Signals {
    /// The signals that end the program with the terminal restored.
    public static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Installs the handlers; call before the terminal is started. SIGUSR1 asks for a content
    /// reload; SIGPIPE is ignored so that a lost output shows as a write error, not a death.
    public static func install() {
        for sig in endingSignals { _ = atlas_signals_catch_ending(sig) }
        _ = atlas_signals_catch_reload(SIGUSR1)
        _ = atlas_signals_ignore(SIGPIPE)
    }

    /// Ignores the keyboard's job-control and quit signals (for a locked kiosk).
    public static func ignoreKeyboardSignals() {
        for sig in [SIGINT, SIGQUIT, SIGTSTP] { _ = atlas_signals_ignore(sig) }
    }

    /// The ending signal that has arrived, or 0. It stays pending once it came.
    public static var pendingEnd: Int32 { atlas_signals_ending() }

    /// Whether a reload was asked for since the last call.
    public static func takeReload() -> Bool { atlas_signals_take_reload() != 0 }
}

/// Where the run loop learns of signals: the process's own, or a test's.
public protocol SignalSource {
    /// The ending signal that has arrived, or 0.
    var pendingEnd: Int32 { get }
    /// Whether a reload was asked for since the last call.
    func takeReload() -> Bool
}

/// The process's signals, as the handlers `Signals.install` put in place record them.
public struct ProcessSignals: SignalSource {
    public init() {}
    public var pendingEnd: Int32 { Signals.pendingEnd }
    public func takeReload() -> Bool { Signals.takeReload() }
}
