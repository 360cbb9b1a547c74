import Foundation
import Indicators
import Testing

@testable import WebAPI

/// Sheets waiting for confirmation: their uploader's only, once, and never more than the limits.
@Suite struct PendingSheetsTests {
    static func sheet(_ bytes: Int, author: String = "can-bo") -> PendingSheets.Sheet {
        .init(bytes: [UInt8](repeating: 0, count: bytes), area: "651", status: .estimate, source: nil, author: author, expires: Date() + 600)
    }

    @Test func aSheetIsTakenOnceAndOnlyByItsUploader() {
        let pending = PendingSheets()
        let id = pending.keep(Self.sheet(10))
        #expect(pending.take(id, author: "khac") == nil)
        #expect(pending.take(id, author: "can-bo")?.bytes.count == 10)
        #expect(pending.take(id, author: "can-bo") == nil)
    }

    @Test func theOldestGoWhenTheBytesWouldExceedTheLimit() {
        let pending = PendingSheets()
        let third = PendingSheets.maxBytes / 3 + 1
        let ids = (0..<3).map { _ in pending.keep(Self.sheet(third)) }
        #expect(pending.take(ids[0], author: "can-bo") == nil, "the first went to make room")
        #expect(pending.take(ids[2], author: "can-bo") != nil)
    }

    @Test func anExpiredSheetIsNotTaken() {
        let pending = PendingSheets()
        var old = Self.sheet(1)
        old.expires = Date() - 1
        #expect(pending.take(pending.keep(old), author: "can-bo") == nil)
    }
}
