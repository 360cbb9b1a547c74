import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the first worksheet of an XLSX workbook (Office Open XML, as Excel, LibreOffice and
/// openpyxl write it): shared and inline strings, numbers, booleans, and merged ranges.
///
/// Guarantees: no part is inflated beyond `maxPartBytes`, so a ZIP bomb is refused rather
/// than read; formulas count by their cached value; styles and dates are not interpreted
/// (a statistics sheet's figures are numbers or text).
public enum XLSXSheetReader {
    public static let maxPartBytes = 64 * 1024 * 1024

    public static func read(_ bytes: [UInt8]) throws(SheetReadError) -> SheetGrid {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch { throw .notXLSX(detail: "\(error)") }
        let sheetPath = try firstSheetPath(archive)
        let strings = try archive["xl/sharedStrings.xml"].map { entry throws(SheetReadError) in try sharedStrings(try part(archive, entry)) } ?? []
        guard let sheetEntry = archive[sheetPath] else { throw .notXLSX(detail: "no \(sheetPath)") }
        return try worksheet(try part(archive, sheetEntry), strings: strings, name: sheetPath)
    }

    static func part(_ archive: Archive, _ entry: Entry) throws(SheetReadError) -> Data {
        guard entry.uncompressedSize <= UInt64(maxPartBytes) else { throw .tooLarge(part: entry.path, limit: maxPartBytes) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > maxPartBytes { throw SheetReadError.tooLarge(part: entry.path, limit: maxPartBytes) }
            }
        } catch let error as SheetReadError { throw error } catch { throw .notXLSX(detail: "\(entry.path): \(error)") }
        return data
    }

    /// The first sheet of `xl/workbook.xml`, through its relationship; `xl/worksheets/sheet1.xml`
    /// when the workbook does not say.
    static func firstSheetPath(_ archive: Archive) throws(SheetReadError) -> String {
        guard let workbook = archive["xl/workbook.xml"] else { throw .notXLSX(detail: "no xl/workbook.xml") }
        let sheets = try elements(try part(archive, workbook), named: "sheet", part: "xl/workbook.xml")
        guard let relation = sheets.first?["r:id"], let rels = archive["xl/_rels/workbook.xml.rels"] else { return "xl/worksheets/sheet1.xml" }
        let relationships = try elements(try part(archive, rels), named: "Relationship", part: "xl/_rels/workbook.xml.rels")
        guard let target = relationships.first(where: { $0["Id"] == relation })?["Target"] else { return "xl/worksheets/sheet1.xml" }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The attributes of every element named `name`.
    static func elements(_ data: Data, named name: String, part: String) throws(SheetReadError) -> [[String: String]] {
        let collector = ElementCollector(name: name)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw .malformedXML(part: part, detail: parser.parserError.map { "\($0)" } ?? "unknown") }
        return collector.found
    }

    static func sharedStrings(_ data: Data) throws(SheetReadError) -> [String] {
        let reader = SharedStringsReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { throw .malformedXML(part: "xl/sharedStrings.xml", detail: parser.parserError.map { "\($0)" } ?? "unknown") }
        return reader.strings
    }

    static func worksheet(_ data: Data, strings: [String], name: String) throws(SheetReadError) -> SheetGrid {
        let reader = WorksheetReader(strings: strings)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { throw .malformedXML(part: name, detail: parser.parserError.map { "\($0)" } ?? "unknown") }
        let height = (reader.cells.keys.map(\.row).max() ?? -1) + 1
        let width = (reader.cells.keys.map(\.column).max() ?? -1) + 1
        guard height * max(width, 1) <= 10_000_000 else { throw .tooLarge(part: name, limit: 10_000_000) }
        var rows = Array(repeating: Array(repeating: SheetCell.empty, count: width), count: height)
        for (position, cell) in reader.cells { rows[position.row][position.column] = cell }
        var grid = SheetGrid(rows: rows)
        for range in reader.merges { grid.merge(rows: range.rows, columns: range.columns) }
        return grid
    }

    /// `B3` → (row 2, column 1).
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        let letters = reference.prefix { $0.isLetter }
        guard let column = SheetGrid.columnIndex(letters), let row = Int(reference.dropFirst(letters.count)), row >= 1, row <= 1_048_576 else { return nil }
        return (row - 1, column)
    }
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    let name: String
    var found: [[String: String]] = []
    init(name: String) { self.name = name }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        if elementName == name { found.append(attributes) }
    }
}

private final class SharedStringsReader: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current: String?
    private var inText = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch elementName {
        case "si": current = ""
        case "t": inText = current != nil
        case "rPh": inText = false  // phonetic runs are not the cell's text
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current?.append(string) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "t": inText = false
        case "si":
            strings.append(current ?? "")
            current = nil
        default: break
        }
    }
}

private final class WorksheetReader: NSObject, XMLParserDelegate {
    struct Position: Hashable {
        var row: Int
        var column: Int
    }

    let strings: [String]
    var cells: [Position: SheetCell] = [:]
    var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
    private var position: Position?
    private var type = ""
    private var text = ""
    private var collecting = false
    private var nextRow = 0
    private var nextColumn = 0

    init(strings: [String]) { self.strings = strings }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch elementName {
        case "row":
            if let r = attributes["r"].flatMap(Int.init), r >= 1 { nextRow = r - 1 }
            nextColumn = 0
        case "c":
            let p = attributes["r"].flatMap(XLSXSheetReader.position) ?? (nextRow, nextColumn)
            position = Position(row: p.row, column: p.column)
            nextColumn = p.column + 1
            type = attributes["t"] ?? "n"
            text = ""
        case "v", "t":
            collecting = position != nil
        case "mergeCell":
            let parts = (attributes["ref"] ?? "").split(separator: ":").map(String.init)
            if parts.count == 2, let a = XLSXSheetReader.position(parts[0]), let b = XLSXSheetReader.position(parts[1]), a.row <= b.row, a.column <= b.column {
                merges.append((a.row...b.row, a.column...b.column))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "v", "t": collecting = false
        case "c":
            guard let p = position else { return }
            position = nil
            let cell: SheetCell
            switch type {
            case "s": cell = Int(text).flatMap { $0 >= 0 && $0 < strings.count ? .text(strings[$0]) : nil } ?? .empty
            case "inlineStr", "str": cell = text.isEmpty ? .empty : .text(text)
            case "b": cell = .text(text == "1" ? "TRUE" : "FALSE")
            case "e": cell = .text(text)
            default: cell = Double(text).map { .number($0) } ?? (text.isEmpty ? .empty : .text(text))
            }
            if cell != .empty { cells[p] = cell }
        case "row": nextRow += 1
        default: break
        }
    }
}
