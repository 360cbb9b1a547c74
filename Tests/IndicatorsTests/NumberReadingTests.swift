import Testing

@testable import Indicators

/// Numbers as statistics offices write them, and the ones that read two ways.
@Suite struct NumberReadingTests {
    @Test(arguments: [
        ("1.318.885", 1_318_885.0), ("7,37", 7.37), ("1.318.885,5", 1_318_885.5), ("1,318,885.5", 1_318_885.5), ("1,318,885", 1_318_885),
        ("60792", 60_792), ("-3,5", -3.5), ("4,39%", 4.39), ("1 555 228", 1_555_228), ("7.37", 7.37), ("0", 0), ("+12", 12),
    ])
    func aNumberReadOnlyOneWayIsThatNumber(_ text: String, _ value: Double) {
        #expect(NumberReading(text) == .number(value))
    }

    @Test func oneSeparatorBeforeThreeDigitsReadsTwoWays() {
        #expect(NumberReading("1.318") == .ambiguous(vietnamese: 1318, english: 1.318))
        #expect(NumberReading("101,443") == .ambiguous(vietnamese: 101.443, english: 101_443))
        #expect(NumberReading("1.318").value(vietnamese: true) == 1318)
        #expect(NumberReading("1.318").value(vietnamese: false) == 1.318)
    }

    @Test(arguments: ["abc", "12a", "1..2", "1.31.8", "1,2,3", "1.318,88,1", "--5", ".5", "5.", "1,000.000,5", "12 kg"])
    func textThatIsNoNumberIsUnreadable(_ text: String) {
        #expect(NumberReading(text) == .unreadable)
    }

    @Test func blanksAreEmptyNotZero() {
        #expect(NumberReading("  ") == .empty)
        #expect(NumberReading("").value(vietnamese: true) == nil)
    }
}
