import Foundation
import Sheets
import Testing

@testable import Indicators

/// A district's report sheet, written by openpyxl (`Fixtures/make-sheets.py`) and exported as
/// CSV, read against the catalog: merged and stacked headers, Vietnamese numbers, and every
/// cell it could not read listed before anything is written.
@Suite struct SheetImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let catalog = IndicatorDefinition.standard

    static func sheet(_ name: String) throws -> WideSheetImport {
        let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
        return WideSheetImport(grid: try SheetFile.read(bytes), catalog: catalog, area: "651", status: .estimate, source: "Chi cục Thống kê Ea Kar")
    }

    static func values(_ s: WideSheetImport) -> [String: Double] {
        Dictionary(s.figures.map { ("\($0.indicator) \($0.period)", $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: ["ea-kar-2024.xlsx", "ea-kar-2024.csv"])
    func everyFigureIsReadUnderItsIndicatorAndPeriod(_ file: String) throws {
        let s = try Self.sheet(file)
        let v = Self.values(s)
        #expect(v["RETAIL 2023"] == 7012.5)
        #expect(v["RETAIL 2024-Q1"] == 1905.3, "Quý I under the merged Năm 2024")
        #expect(v["RETAIL 2024-H1"] == 3812.6)
        #expect(v["RETAIL 2024"] == 7740.2, "Ước cả năm is the year")
        #expect(v["TOURISTS 2024-H1"] == 61420)
        #expect(v["GRAIN 2023"] == 118_885 && v["GRAIN 2024"] == 121_402.5, "a unit in brackets after the name")
        #expect(v["POP 2023"] == 157.2 && v["POP 2024"] == 158.9)
        #expect(v["BUDGET_EXP 2023"] == 1118.6 && v["BUDGET_EXP 2024-H1"] == 540, "numbering like a) before the name")
        #expect(s.figures.count == 16)
        #expect(s.figures.allSatisfy { $0.area == "651" && $0.status == .estimate && $0.source == "Chi cục Thống kê Ea Kar" })
        #expect(Set(s.targets.map { "\($0.indicator) \($0.year) \($0.value)" }) == ["RETAIL 2025 8300.0", "BUDGET_REV 2025 320.0"])
    }

    @Test(arguments: ["ea-kar-2024.xlsx", "ea-kar-2024.csv"])
    func everyCellItCannotWriteAsItStandsIsListedWithItsReference(_ file: String) throws {
        let s = try Self.sheet(file)
        let problems = Dictionary(s.problems.map { ($0.cell, $0) }, uniquingKeysWith: { a, _ in a })
        let offset = file.hasSuffix(".csv") ? -3 : 0  // the CSV has one header row instead of four title and header rows
        func cell(_ column: String, _ row: Int) -> String { column + String(row + offset) }
        #expect(problems[cell("D", 6)]?.kind == .ambiguous)
        #expect(problems[cell("D", 6)]?.readings == [124_380, 124.38])
        #expect(problems[cell("E", 6)]?.kind == .ambiguous)
        #expect(problems[cell("D", 10)]?.kind == .unreadable)
        #expect(problems[cell("D", 10)]?.text == "khoảng 300")
        #expect(problems[cell("B", 9)]?.kind == .unknownIndicator)
        #expect(problems[cell("B", 9)]?.text == "Doanh thu xe ôm công nghệ")
        #expect(s.problems.count == 4, "\(s.problems)")
        #expect(s.problems.allSatisfy { $0.text != "x" && $0.text != "-" }, "marks of no figure are not problems")
    }

    @Test func ambiguousCellsAreWrittenOnlyInTheReadingChosen() throws {
        let s = try Self.sheet("ea-kar-2024.xlsx")
        let tourists = { (figures: [FigureEntry]) in figures.filter { $0.indicator == "TOURISTS" && $0.period.description == "2023" }.map(\.value) }
        #expect(tourists(s.figures(resolving: .skip)).isEmpty)
        #expect(tourists(s.figures(resolving: .vietnamese)) == [124_380])
        #expect(tourists(s.figures(resolving: .english)) == [124.38])
    }

    @Test(arguments: [
        ("Năm 2024", "2024", false), ("Ước năm 2024", "2024", false), ("Tháng 6/2024", "2024-06", false), ("T6/2024", "2024-06", false),
        ("06/2024", "2024-06", false), ("Quý II/2024", "2024-Q2", false), ("Quý 3 năm 2024", "2024-Q3", false),
        ("6 tháng đầu năm 2024", "2024-H1", false), ("6 tháng cuối năm 2024", "2024-H2", false), ("9 tháng năm 2024", "2024-9M", false),
        ("Kế hoạch năm 2025", "2025", true), ("KH 2025", "2025", true), ("2024-Q2", "2024-Q2", false), ("Năm 2024 Tháng 11", "2024-11", false),
    ])
    func periodHeadersReadAsOfficesWriteThem(_ text: String, _ period: String, _ isTarget: Bool) throws {
        let header = try #require(PeriodHeader(text))
        #expect(header.period.description == period)
        #expect(header.isTarget == isTarget)
    }

    @Test(arguments: ["Chỉ tiêu", "Đơn vị tính", "STT", "Tháng 13/2024", "Quý V/2024"])
    func otherHeadersAreNoPeriod(_ text: String) {
        #expect(PeriodHeader(text) == nil)
    }

    @Test func aFileThatIsNoSpreadsheetIsRefused() {
        #expect(throws: SheetReadError.self) { try SheetFile.read([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]) }
        #expect(throws: SheetReadError.self) { try SheetFile.read([0xFF, 0xFE, 0x00]) }
        #expect(throws: SheetReadError.self) { try CSVSheetReader.read(Array("a;\"b\nc".utf8)) }
    }

    @Test func csvQuotingKeepsDelimitersAndLineBreaksInsideFields() throws {
        let grid = try CSVSheetReader.read(Array("Chỉ tiêu;Năm 2024\r\n\"Bán lẻ; dịch vụ\";\"1.234,5\"\r\n\"Dòng \"\"hai\"\"\nvà ba\";7\r\n".utf8))
        #expect(grid.rows.count == 3)
        #expect(grid[1, 0] == .text("Bán lẻ; dịch vụ"))
        #expect(grid[2, 0] == .text("Dòng \"hai\"\nvà ba"))
    }
}
