import AtlasCore
import Testing

/// The pieces of the Korean edition that are plain functions: figures, composition, the locale,
/// wrapping by eojeol with the punctuation rules, and glyphs of ambiguous width.
@Suite struct KoreanTextTests {
    @Test func figuresAgreeAcrossTheWaysEachLanguageWritesThem() {
        #expect(Figures.of("13 November 2017", .en) == Figures.of("2017년 11월 13일", .ko))
        #expect(Figures.of("2,914 arrived in Oct 2023", .en) == [10, 2023, 2914])
        #expect(Figures.of("1.5 million", .en) == Figures.of("150만 명", .ko))
        #expect(Figures.of("US$400-500 million", .en) == Figures.of("4억~5억 달러", .ko))
        #expect(Figures.of("1.2 to 2.3 billion", .en) == Figures.of("12억~23억", .ko))
        // A capitalised word is a month only when it is one; "may" the verb is not.
        #expect(Figures.of("Mayors may come in May", .en) == [5])
        #expect(Figures.of("2,914명", .ko) != Figures.of("2,941", .en))
    }

    @Test func decomposedHangulIsComposed() {
        let decomposed = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} \u{1109}\u{1165}"   // 한국 서, as jamo
        #expect(HangulComposition.compose(decomposed) == "한국 서")
        #expect(HangulComposition.compose(decomposed).unicodeScalars.count == 4)
        #expect(HangulComposition.compose("plain é text") == "plain é text")
    }

    @Test func theLocaleChoosesTheEdition() {
        #expect(Language.preferred(environment: ["LANG": "ko_KR.UTF-8"]) == .ko)
        #expect(Language.preferred(environment: ["LANG": "ko_KR.UTF-8", "LC_ALL": "C.UTF-8"]) == .en)
        #expect(Language.preferred(environment: ["LANG": "en_GB.UTF-8", "LC_ALL": "ko_KR.UTF-8"]) == .ko)
        #expect(Language.preferred(environment: ["LC_ALL": "", "LANG": "ko_KR.eucKR"]) == .ko)
        #expect(Language.preferred(environment: [:]) == .en)
    }

    @Test func koreanBreaksBetweenWordsNeverInside() {
        let text = "탈북민 대부분은 중국을 거쳐 제삼국으로 향한다."
        let lines = TextWrap.wrap(text, width: 16)
        #expect(lines == ["탈북민 대부분은", "중국을 거쳐", "제삼국으로", "향한다."])
        for line in lines { #expect(CharWidth.of(line) <= 16) }
        // Every word comes through whole.
        #expect(lines.joined(separator: " ") == text)
    }

    @Test func aWordLongerThanTheLineIsSplitButNotBeforeClosingPunctuation() {
        // 10 columns: "가나다라마" fills a line exactly; the ")" may not start the next line.
        let lines = TextWrap.wrap("가나다라마)바", width: 10)
        #expect(lines == ["가나다라", "마)바"])
        #expect(TextWrap.wrap("가나다라(마바", width: 10) == ["가나다라", "(마바"])
        let long = TextWrap.wrap(String(repeating: "가", count: 13), width: 10)
        #expect(long == ["가가가가가", "가가가가가", "가가가"])
        // A wide syllable never half-fits: an odd width leaves the last column empty.
        #expect(TextWrap.wrap("가나다", width: 5) == ["가나", "다"])
    }

    @Test func ambiguousGlyphsAreKnown() {
        for c in ["·", "│", "█", "“", "…", "→", "°"] { #expect(AmbiguousWidth.first(in: c) != nil, "\(c)") }
        for c in ["가", "a", "⢕", "ㆍ", "~", "ñ"] { #expect(AmbiguousWidth.first(in: c) == nil, "\(c)") }
    }

    @Test(arguments: Language.allCases)
    func theProgramsOwnWordsHoldNoGlyphOfAmbiguousWidth(_ language: Language) {
        let t = Strings(language)
        for key in UIText.allCases { #expect(AmbiguousWidth.first(in: t[key]) == nil, "\(language.rawValue) \(key.rawValue)") }
    }
}
