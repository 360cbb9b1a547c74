import Foundation
import Testing

@testable import SiteProbes

/// A page against its approved baseline: noise is not a change, an edit is, a defacement is
/// flagged with the lines that changed.
@Suite struct DefacementCheckTests {
    static let baseline = """
        <!doctype html><html><head><title>Sở Y tế Đắk Lắk</title><script>var t="abc123";</script><style>body{color:red}</style></head>
        <body><div class="menu"><a href="/tin-tuc">Tin tức</a></div><h1>Sở Y tế tỉnh Đắk Lắk</h1>
        <p>Lịch tiêm chủng tháng 12</p><p>Thông báo tuyển dụng viên chức năm 2026</p><!-- build 42 --></body></html>
        """

    static func fingerprint(_ html: String) -> PageFingerprint { PageFingerprint(html: Array(html.utf8)) }

    @Test func scriptsStylesCommentsAndAttributesDoNotChangeTheFingerprint() {
        let noisy = Self.baseline
            .replacingOccurrences(of: "abc123", with: "zz999")
            .replacingOccurrences(of: "build 42", with: "build 43")
            .replacingOccurrences(of: "class=\"menu\"", with: "class=\"menu active\" data-x=\"1\"")
            .replacingOccurrences(of: "</h1>\n", with: "</h1>\n\n   ")
        #expect(Self.fingerprint(noisy).domHash == Self.fingerprint(Self.baseline).domHash)
        #expect(DefacementCheck().compare(baseline: Self.fingerprint(Self.baseline), current: Self.fingerprint(noisy)).verdict == .unchanged)
    }

    @Test func theVisibleTextIsKeptLineByLine() {
        #expect(Self.fingerprint(Self.baseline).lines == ["Sở Y tế Đắk Lắk", "Tin tức", "Sở Y tế tỉnh Đắk Lắk", "Lịch tiêm chủng tháng 12", "Thông báo tuyển dụng viên chức năm 2026"])
    }

    @Test func aNewNoticeIsAChangeWithTheLineAdded() {
        let edited = Self.baseline.replacingOccurrences(of: "</body>", with: "<p>Lịch làm việc Tết Nguyên đán</p></body>")
        let finding = DefacementCheck().compare(baseline: Self.fingerprint(Self.baseline), current: Self.fingerprint(edited))
        #expect(finding.verdict == .changed)
        #expect(finding.added == ["Lịch làm việc Tết Nguyên đán"])
        #expect(finding.removed.isEmpty)
        #expect(finding.phrases.isEmpty)
    }

    @Test func aDefacersPhraseMakesItLikelyDefacedEvenWhenLittleChanged() {
        let defaced = Self.baseline.replacingOccurrences(of: "<h1>Sở Y tế tỉnh Đắk Lắk</h1>", with: "<h1>Hacked by Sh4d0w Team</h1>")
        let finding = DefacementCheck().compare(baseline: Self.fingerprint(Self.baseline), current: Self.fingerprint(defaced))
        #expect(finding.verdict == .likelyDefaced)
        #expect(finding.phrases == ["hacked by"])
        #expect(finding.removed == ["Sở Y tế tỉnh Đắk Lắk"])
        #expect(finding.added == ["Hacked by Sh4d0w Team"])
    }

    @Test func aPageReplacedWholeIsLikelyDefacedWithoutAPhrase() {
        let replaced = "<html><body><h1>Free Palestine</h1><p>We are anonymous</p></body></html>"
        let finding = DefacementCheck().compare(baseline: Self.fingerprint(Self.baseline), current: Self.fingerprint(replaced))
        #expect(finding.verdict == .likelyDefaced)
        #expect(finding.ratio >= 0.6)
    }

    @Test func aPhraseTheBaselineAlreadyCarriedIsNotAFinding() {
        let page = Self.baseline.replacingOccurrences(of: "</body>", with: "<p>Thiết kế: owned by VNPT</p></body>")
        let later = page.replacingOccurrences(of: "tháng 12", with: "tháng 1")
        #expect(DefacementCheck().compare(baseline: Self.fingerprint(page), current: Self.fingerprint(later)).phrases.isEmpty)
    }
}
