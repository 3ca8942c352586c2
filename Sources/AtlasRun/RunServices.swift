import AtlasContent
import AtlasMachine
import AtlasSystem
import Glibc

/// What the run loop serves besides the screen; each is optional and off unless asked for, and
/// the signals and the clock are the process's unless a test gives its own.
public struct RunServices {
    /// `--log FILE`: events, reloads and notices, a line each.
    public var log: EventLog?
    /// systemd's notify socket: ready, watchdog pings, status.
    public var notifier: SystemdNotifier?
    /// `--stats FILE`: anonymous visitor counts.
    public var stats: StatsKeeper?
    /// Loads the content again, for SIGUSR1: the new story, or every problem found.
    public var reload: (() -> Result<Editions, ContentErrors>)?
    /// A visitor's session over SSH: its limits. Input is then rate-limited, and a slow client
    /// gets frames skipped.
    public var session: SessionLimits?
    /// Where problems go besides the log when standard error is not the screen (under systemd,
    /// the journal).
    public var journal: ((String) -> Void)?
    /// Ending signals and reload requests.
    public var signals: any SignalSource
    /// Seconds on a clock that only goes forward.
    public var clock: () -> Double

    public init(log: EventLog? = nil, notifier: SystemdNotifier? = nil, stats: StatsKeeper? = nil,
                reload: (() -> Result<Editions, ContentErrors>)? = nil, session: SessionLimits? = nil,
                journal: ((String) -> Void)? = nil, signals: any SignalSource = ProcessSignals(),
                clock: @escaping () -> Double = RunServices.monotonicSeconds) {
        self.log = log
        self.notifier = notifier
        self.stats = stats
        self.reload = reload
        self.session = session
        self.journal = journal
        self.signals = signals
        self.clock = clock
    }

    /// The system's monotonic clock, in seconds.
    public static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
