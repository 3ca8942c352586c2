import AtlasCore
import Testing

/// The program's own words: one table per language, a value for every key.
@Suite struct StringsTests {
    @Test(arguments: Language.allCases)
    func everyKeyHasAValue(_ language: Language) {
        let t = Strings(language)
        for key in UIText.allCases {
            #expect(t.has(key), "\(language.rawValue) has no text for \(key.rawValue)")
            #expect(!t[key].isEmpty || key == .hintQuitSuffix, "\(key.rawValue) is empty")
        }
    }

    /// Every language fills the same slots, so a caller's values land in every edition.
    @Test(arguments: Language.allCases)
    func everyLanguageHasEnglishSlots(_ language: Language) {
        func slots(_ text: String) -> Set<Substring> {
            Set(text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}", maxSplits: 1).first })
        }
        for key in UIText.allCases {
            #expect(slots(Strings(language)[key]) == slots(Strings.english[key]), "\(key.rawValue)")
        }
    }

    @Test func slotsAreFilledAndUnknownOnesKept() {
        let t = Strings.english
        #expect(t(.panelWhere, ["first": "1", "last": "20", "count": "31"]) == "1-20 of 31")
        #expect(t(.tooSmall, ["width": "40"]) == "Terminal too small: 40x{height}")
        #expect(t.number(2914) == "2,914" && t.number(-1_000_000) == "-1,000,000")
    }

    @Test func verdictsAndMarksComeFromTheTable() {
        let t = Strings.english
        #expect(Verdict.allCases.map(t.verdict) == ["Deadly crossing", "Sent back to the North", "Outcome uncertain",
                                                     "Sent on to Seoul", "Transit allowed"])
        #expect(CitationText.mark(.derived, t) == " [derived]" && CitationText.mark(.verified, t) == "")
    }
}
