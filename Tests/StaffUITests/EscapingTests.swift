import Foundation
import StaffUI
import Testing

@Suite struct EscapingTests {
    @Test func scriptTagsQuotesAndAmpersandsAreEscaped() {
        #expect(
            HTML(text: #"<script>alert('x') & "y"</script>"#).rendered
                == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    }

    @Test func vietnameseTextPassesUnchanged() {
        #expect(HTML(text: "Phản ánh hiện trường – Đắk Lắk").rendered == "Phản ánh hiện trường – Đắk Lắk")
    }

    @Test func escapingTwiceEscapesTheAmpersandsAgain() {
        #expect(HTML(text: HTML(text: "&").rendered).rendered == "&amp;amp;")
    }

    @Test func textInterpolatedIntoMarkupIsEscaped() {
        let name = #"<b onclick="x">Hoa</b>"#
        let html: HTML = "<td title=\"\(name)\">\(name)</td>"
        #expect(
            html.rendered
                == "<td title=\"&lt;b onclick=&quot;x&quot;&gt;Hoa&lt;/b&gt;\">&lt;b onclick=&quot;x&quot;&gt;Hoa&lt;/b&gt;</td>")
    }

    @Test func markupInterpolatedIntoMarkupIsKeptAsItIs() {
        let cell: HTML = "<td>\("a & b")</td>"
        let row: HTML = "<tr>\(cell)</tr>"
        #expect(row.rendered == "<tr><td>a &amp; b</td></tr>")
    }

    @Test func numbersAndOtherValuesAreWrittenAsText() {
        let html: HTML = "<svg width=\"\(640)\" height=\"\(12.5)\">\([1, 2] as [Int])</svg>"
        #expect(html.rendered == "<svg width=\"640\" height=\"12.5\">[1, 2]</svg>")
    }

    @Test func joinedFragmentsKeepTheirMarkupAndTheSeparator() {
        let items: [HTML] = ["<li>\("<1>")</li>", "<li>2</li>"]
        #expect(items.joined(separator: "\n").rendered == "<li>&lt;1&gt;</li>\n<li>2</li>")
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
