import AtlasGeo

/// The text every chapter has: a title, a one-line kicker, paragraphs, and a list of facts
/// (called facts, timeline or notes in the files, depending on the chapter).
public struct ChapterText: Sendable, Equatable {
    /// A plain page's name on the chapter bar, from its file; a built chapter's comes from the strings.
    public var name: String? = nil
    public var title: String
    public var kicker: String
    public var paragraphs: [String]
    public var facts: [Fact]
}

/// One mission in the distances chart, and the waypoints the "along the route" figure follows.
public struct Destination: Sendable, Equatable {
    public var place: String
    public var route: String
    public var via: [String]
}

public struct DistanceChapter: Sendable, Equatable {
    public var text: ChapterText
    public var start: String
    public var destinations: [Destination]
}

/// One bar of the arrivals chart: a single year, or a bin of several years as the ministry gives it.
public struct ArrivalRecord: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable { case bin, year }
    public var period: String
    /// The chart's short name for a bin ("99-01" for "1999-2001"); a year's is the year.
    public var axis: String?
    public var kind: Kind
    public var total: Int
    public var male: Int?
    public var female: Int?
    public var sourcing: Sourcing
    public var certainty: Certainty { sourcing.certainty }
}

public struct ArrivalsChapter: Sendable, Equatable {
    public var text: ChapterText
    public var series: [ArrivalRecord]
}

public struct Camp: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable { case kwanliso, kyohwaso }
    public enum Status: String, CaseIterable, Sendable { case operating, closed, dismantled, disputed, unknown }
    public var place: String
    public var number: String
    public var name: String
    public var kind: Kind
    public var province: String
    public var status: Status
    public var summary: String
    /// Where the summary's figures (founding, area, status) come from.
    public var sourcing: Sourcing
    public var estimates: [Fact]

    /// How a camp's name ends in each edition, so that camps of one place are told apart:
    /// "(Camp 14)", "(Prison 1)"; in Korean "(14호 관리소)", "(1호 교화소)".
    public static func nameEnding(_ kind: Kind, _ number: String, _ language: Language) -> String {
        switch language {
        case .en: " (\(kind == .kwanliso ? "Camp" : "Prison") \(number))"
        case .ko: "(\(number)호 \(kind == .kwanliso ? "관리소" : "교화소"))"
        }
    }

    /// "Kaechon (Camp 14)": the name, which carries type and number (the loader checks it).
    public var title: String { name }
}

public struct CampsChapter: Sendable, Equatable {
    public var text: ChapterText
    public var camps: [Camp]
}

public struct BalloonAnimation: Sendable, Equatable {
    public var altitude: String
    public var altitudeSourcing: Sourcing
    public var timerNote: String
    public var timerHours: Int
    public var timerSourcing: Sourcing
    public var timerCertainty: Certainty { timerSourcing.certainty }
}

public struct BalloonsChapter: Sendable, Equatable {
    public var text: ChapterText
    public var animation: BalloonAnimation
}

public struct WorkerHost: Sendable, Equatable {
    public var code: String
    public var name: String
    public var note: String
    public var sourcing: Sourcing
    public var certainty: Certainty { sourcing.certainty }
}

public struct WorkersChapter: Sendable, Equatable {
    public var text: ChapterText
    public var hosts: [WorkerHost]
}

/// Every chapter's content, loaded from `content/chapters/`.
public struct Chapters: Sendable, Equatable {
    public var homeland: ChapterText
    public var distances: DistanceChapter
    public var thae: ChapterText
    public var arrivals: ArrivalsChapter
    public var camps: CampsChapter
    public var balloons: BalloonsChapter
    public var workers: WorkersChapter
    /// The plain pages: chapters of text and facts alone, by chapter.
    public var pages: [Chapter: ChapterText] = [:]
}
