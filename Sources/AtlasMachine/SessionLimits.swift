import AtlasContent
import AtlasGeo

/// The limits of one visitor's session over SSH: so long without input, so long in all.
/// The attract tour and animations are not input.
public struct SessionLimits: Equatable, Sendable {
    public enum End: Equatable, Sendable {
        case idle, tooLong

        /// The goodbye line printed once the terminal is restored.
        public func goodbye(_ limits: SessionLimits, _ t: Strings) -> String {
            switch self {
            case .idle: t(.goodbyeIdle, ["time": Self.minutes(limits.idleExit, t)])
            case .tooLong: t(.goodbyeTooLong, ["time": Self.minutes(limits.maxSession, t)])
            }
        }

        static func minutes(_ s: Double, _ t: Strings) -> String {
            s < 120 ? t(.seconds, ["n": "\(Int(s))"]) : t(.minutes, ["n": "\(Int((s / 60).rounded()))"])
        }
    }

    /// Seconds without input before the session ends.
    public var idleExit: Double
    /// Seconds a session may last.
    public var maxSession: Double

    public init(idleExit: Double = 600, maxSession: Double = 3600) {
        self.idleExit = idleExit
        self.maxSession = maxSession
    }

    /// Why the session ends now, if it does; times in seconds since it began.
    public func end(now: Double, lastInput: Double) -> End? {
        if now >= maxSession { return .tooLong }
        if now - lastInput >= idleExit { return .idle }
        return nil
    }
}
