import Foundation
import ZIPFoundation

/// A table of text and numbers written as a file people open in a spreadsheet: CSV (RFC 4180,
/// UTF-8 with a byte-order mark so Excel shows the diacritics, numbers with a decimal point)
/// or XLSX (one worksheet, inline strings, numbers as numbers, the first row as header).
///
/// Guarantees: what `XLSXSheetReader` and `CSVSheetReader` read back from either is the same
/// table (tested), and openpyxl and LibreOffice open the XLSX.
public struct SheetExport: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
        case empty
    }

    public var title: String
    public var rows: [[Cell]]

    public init(title: String, rows: [[Cell]]) {
        self.title = title
        self.rows = rows
    }

    public var csv: Data {
        var text = "\u{FEFF}"
        for row in rows {
            text += row.map { cell -> String in
                switch cell {
                case .empty: return ""
                case .number(let v): return Self.number(v)
                case .text(let t):
                    guard t.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return t }
                    return "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                }
            }.joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    /// The XLSX workbook; nil only if the in-memory archive cannot be made.
    public var xlsx: Data? {
        guard let archive = try? Archive(accessMode: .create) else { return nil }
        let sheetName = String(title.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        let parts: [(String, String)] = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="\(Self.escape(sheetName.isEmpty ? "Sheet1" : sheetName))" sheetId="1" r:id="rId1"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """),
            ("xl/worksheets/sheet1.xml", worksheet),
        ]
        do {
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
                }
            }
        } catch { return nil }
        return archive.data
    }

    private var worksheet: String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = SheetGrid.reference(row: r, column: c)
                switch cell {
                case .empty: continue
                case .number(let v) where v.isFinite: xml += "<c r=\"\(ref)\"><v>\(Self.number(v))</v></c>"
                case .number: continue
                case .text(let t): xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Self.escape(t))</t></is></c>"
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// Shortest text that reads back as the same double, without an exponent for figures.
    static func number(_ v: Double) -> String {
        v.rounded() == v && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    /// Text as XML content or attribute, control characters XML cannot hold left out.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
