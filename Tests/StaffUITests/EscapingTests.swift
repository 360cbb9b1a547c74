import Foundation
import StaffUI
import Testing

@Suite struct EscapingTests {
    @Test func scriptTagsQuotesAndAmpersandsAreEscaped() {
        #expect(
            HTML.escape(#"<script>alert('x') & "y"</script>"#)
                == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    }

    @Test func vietnameseTextPassesUnchanged() {
        #expect(HTML.escape("Phản ánh hiện trường – Đắk Lắk") == "Phản ánh hiện trường – Đắk Lắk")
    }

    @Test func escapingTwiceEscapesTheAmpersandsAgain() {
        #expect(HTML.escape(HTML.escape("&")) == "&amp;amp;")
    }

    @Test func userTextInTheInboxCannotInjectMarkup() {
        let row = Fixtures.row("BMT-1", address: "<script>alert(1)</script>")
        let html = StaffPages.inbox(InboxPage(rows: [row]), context: Fixtures.node())
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func userTextInAttributesCannotBreakOutOfTheQuotes() {
        let context = PageContext(siteTitle: "IOC", searchText: #"" onfocus="alert(1)"#)
        let html = StaffPages.inbox(InboxPage(rows: [], query: #"x"><b>"#), context: context)
        #expect(html.contains(#"value="&quot; onfocus=&quot;alert(1)""#))
        #expect(!html.contains(#"x"><b>"#))
    }

    @Test func caseDescriptionAndReporterAreEscaped() {
        var detail = Fixtures.caseDetail()
        detail.description = #"<img src=x onerror="alert(1)">"#
        detail.reporter.name = "<b>Hoa</b>"
        let html = StaffPages.caseDetail(detail, context: Fixtures.node())
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>Hoa</b>"))
        #expect(html.contains("&lt;b&gt;Hoa&lt;/b&gt;"))
    }
}
