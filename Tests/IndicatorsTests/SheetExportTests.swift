import Foundation
import Sheets
import Testing

@testable import Indicators

/// Exported sheets read back as they were written, by our readers and by openpyxl.
@Suite struct SheetExportTests {
    static let table = SheetExport(title: "Ea Kar 2024", rows: [
        [.text("Chỉ tiêu"), .text("Kỳ"), .text("Giá trị")],
        [.text("Tổng mức bán lẻ, dịch vụ \"tiêu dùng\""), .text("2024-06"), .number(1318.5)],
        [.text("Lượt khách <du lịch> & lữ hành"), .empty, .number(1_555_228)],
    ])

    static func read(_ grid: SheetGrid) -> [[String]] { grid.rows.map { $0.map(\.display) } }

    static let expected = [
        ["Chỉ tiêu", "Kỳ", "Giá trị"], ["Tổng mức bán lẻ, dịch vụ \"tiêu dùng\"", "2024-06", "1318.5"], ["Lượt khách <du lịch> & lữ hành", "", "1555228"],
    ]

    @Test func anXLSXReadsBackAsTheSameTable() throws {
        let data = try #require(Self.table.xlsx)
        let grid = try XLSXSheetReader.read([UInt8](data))
        #expect(Self.read(grid) == Self.expected)
        #expect(grid[1, 2] == .number(1318.5), "numbers stay numbers")
    }

    @Test func aCSVReadsBackAsTheSameTable() throws {
        let grid = try CSVSheetReader.read([UInt8](Self.table.csv))
        #expect(Self.read(grid) == Self.expected)
    }

    @Test func openpyxlOpensTheXLSX() throws {
        let data = try #require(Self.table.xlsx)
        let file = NSTemporaryDirectory() + "ioc-export-\(UUID().uuidString.prefix(8)).xlsx"
        try data.write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1]).active; print(ws.title); [print('|'.join('' if c is None else str(c) for c in row)) for row in ws.iter_rows(values_only=True)]",
            file,
        ]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openpyxl could not open it (Deploy/install-deps --python installs openpyxl): \(problem)")
        #expect(text.split(separator: "\n").map(String.init) == [
            "Ea Kar 2024", "Chỉ tiêu|Kỳ|Giá trị", "Tổng mức bán lẻ, dịch vụ \"tiêu dùng\"|2024-06|1318.5", "Lượt khách <du lịch> & lữ hành||1555228",
        ])
    }
}
