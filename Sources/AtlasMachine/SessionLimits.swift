import AtlasContent
import AtlasGeo

/// The limits of one visitor's session over SSH: so long without input, so long in all.
/// The attract tour and animations are not input.
public struct SessionLimits: Equatable, Sendable {
    public enum End: Equatable, Sendable {
        case idle, tooLong

        /// The goodbye line printed once the terminal is restored.
        public func goodbye(_ limits: SessionLimits) -> String {
            switch self {
            case .idle: "Goodbye: the atlas closed after \(Self.minutes(limits.idleExit)) without a key. Connect again any time."
            case .tooLong: "Goodbye: a visit lasts at most \(Self.minutes(limits.maxSession)). Connect again any time."
            }
        }

        static func minutes(_ s: Double) -> String {
            let m = Int((s / 60).rounded())
            return s < 120 ? "\(Int(s)) seconds" : "\(m) minutes"
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
