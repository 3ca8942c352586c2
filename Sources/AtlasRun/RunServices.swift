import AtlasContent
import AtlasMachine
import AtlasRender
import AtlasStats
import AtlasSystem

/// What the run loop serves besides the screen; each is optional and off unless asked for.
public struct RunServices {
    /// `--log FILE`: events, reloads and notices, a line each.
    public var log: EventLog?
    /// systemd's notify socket: ready, watchdog pings, status.
    public var notifier: SystemdNotifier?
    /// `--stats FILE`: anonymous visitor counts.
    public var stats: StatsKeeper?
    /// Loads the content again, for SIGUSR1: the new story, or every problem found.
    public var reload: (() -> Result<Story, ContentErrors>)?
    /// A visitor's session over SSH: its limits. Input is then rate-limited, a slow client gets
    /// frames skipped, and one that stops reading is cut off.
    public var session: SessionLimits?

    public init(log: EventLog? = nil, notifier: SystemdNotifier? = nil, stats: StatsKeeper? = nil,
                reload: (() -> Result<Story, ContentErrors>)? = nil, session: SessionLimits? = nil) {
        self.log = log
        self.notifier = notifier
        self.stats = stats
        self.reload = reload
        self.session = session
    }
}
