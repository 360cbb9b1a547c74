import Identity

/// A page reduced to what a visitor sees and how it is built, so that a change of a
/// session token or an advertisement's markup does not look like a new page: scripts,
/// styles, comments and attribute values are dropped, tag names lower-cased, text split into
/// lines at block elements with whitespace collapsed.
///
/// Guarantees: the same visible text in the same element structure gives the same
/// `domHash` whatever the attributes, scripts and whitespace; at most 4,000 lines are kept.
public struct PageFingerprint: Sendable, Hashable, Codable {
    /// SHA-256 (hex) of the element structure and the text.
    public var domHash: String
    /// The visible text, one line per block element.
    public var lines: [String]

    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "td", "th", "title", "section", "article", "header", "footer", "nav",
        "table", "ul", "ol", "form", "main", "aside", "blockquote", "pre", "hr",
    ]
    static let skippedTags: Set<String> = ["script", "style", "noscript", "template", "svg"]

    public init(html: [UInt8]) {
        var structure: [String] = []
        var lines: [String] = []
        var current: [UInt8] = []
        var index = 0
        let count = html.count
        func flush() {
            let text = Self.collapsed(current)
            if !text.isEmpty, lines.count < 4000 { lines.append(text) }
            current.removeAll(keepingCapacity: true)
        }
        while index < count {
            let byte = html[index]
            guard byte == UInt8(ascii: "<") else {
                current.append(byte)
                index += 1
                continue
            }
            // A comment.
            if index + 3 < count, html[index + 1] == UInt8(ascii: "!"), html[index + 2] == UInt8(ascii: "-"), html[index + 3] == UInt8(ascii: "-") {
                index = Self.find(Array("-->".utf8), in: html, from: index + 4).map { $0 + 3 } ?? count
                continue
            }
            guard let close = html[index...].firstIndex(of: UInt8(ascii: ">")) else { break }
            var nameStart = index + 1
            let closing = nameStart < close && html[nameStart] == UInt8(ascii: "/")
            if closing { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < close, Self.isNameByte(html[nameEnd]) { nameEnd += 1 }
            let name = String(decoding: html[nameStart..<nameEnd], as: UTF8.self).lowercased()
            index = close + 1
            guard !name.isEmpty else { continue }
            if Self.blockTags.contains(name) { flush() }
            structure.append(closing ? "/" + name : name)
            if !closing, Self.skippedTags.contains(name) {
                index = Self.find(Array("</\(name)".utf8), in: html, from: index, caseInsensitive: true) ?? count
            }
        }
        flush()
        self.lines = lines
        domHash = SHA256.hex(Array((structure.joined(separator: " ") + "\n" + lines.joined(separator: "\n")).utf8))
    }

    /// The lines as one lower-cased text, for phrase search.
    public var text: String { lines.joined(separator: "\n").lowercased() }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        outer: for i in start...(bytes.count - needle.count) {
            for j in 0..<needle.count {
                let a = bytes[i + j], b = needle[j]
                if caseInsensitive ? (a | 0x20) != (b | 0x20) : a != b { continue outer }
            }
            return i
        }
        return nil
    }

    /// Whitespace runs as one space, the common character references decoded, trimmed.
    static func collapsed(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        for (entity, character) in [("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] where text.contains(entity) {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
