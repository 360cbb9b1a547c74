import Foundation
import Testing
import TrafficPlates

@Suite struct WatchlistTests {
    static let now: Int64 = 1_740_960_000_000

    static func entry(_ raw: String, expiresAtMillis: Int64? = nil) throws -> WatchlistEntry {
        WatchlistEntry(
            plate: try VehiclePlate(parsing: raw), reason: "Xe bị mất cắp", addedBy: "cb.csgt.47",
            addedAtMillis: now - 86_400_000, expiresAtMillis: expiresAtMillis)
    }

    @Test func aListedPlateIsHitWithOrWithoutPunctuation() throws {
        let watchlist = Watchlist(entries: [try Self.entry("47A-123.45"), try Self.entry("47-B1 234.56")])
        for read in ["47A12345", "47a 123 45", "47A-123.45"] {
            let hit = try #require(watchlist.match(VehiclePlate(parsing: read), atMillis: Self.now), "\(read)")
            #expect(hit.kind == .exact)
            #expect(hit.entry.reason == "Xe bị mất cắp")
        }
        #expect(watchlist.match(try VehiclePlate(parsing: "47B123456"), atMillis: Self.now)?.kind == .exact)
    }

    @Test func aCameraMisreadIsAConfusableHit() throws {
        let watchlist = Watchlist(entries: [try Self.entry("47A-123.45")])
        let hit = try #require(watchlist.match(VehiclePlate(parsing: "47A-I23.45"), atMillis: Self.now))
        #expect(hit.kind == .confusable)
        #expect(hit.entry.plate.display == "47A-123.45")
    }

    @Test func anUnlistedPlateIsAMiss() throws {
        let watchlist = Watchlist(entries: [try Self.entry("47A-123.45")])
        #expect(watchlist.match(try VehiclePlate(parsing: "47A-123.46"), atMillis: Self.now) == nil)
        #expect(watchlist.match(try VehiclePlate(parsing: "48A-123.45"), atMillis: Self.now) == nil)
    }

    @Test func anEntryStopsMatchingAtItsExpiry() throws {
        var watchlist = Watchlist(entries: [try Self.entry("47A-123.45", expiresAtMillis: Self.now)])
        let read = try VehiclePlate(parsing: "47A12345")
        #expect(watchlist.match(read, atMillis: Self.now - 1) != nil)
        #expect(watchlist.match(read, atMillis: Self.now) == nil)
        #expect(watchlist.match(try VehiclePlate(parsing: "47A-I23.45"), atMillis: Self.now) == nil)
        #expect(watchlist.removeExpired(atMillis: Self.now) == 1)
        #expect(watchlist.count == 0)
    }

    @Test func reAddingAPlateReplacesItsEntryAndRemovalUnindexesIt() throws {
        var watchlist = Watchlist(entries: [try Self.entry("47A-123.45")])
        var updated = try Self.entry("47a12345")
        updated.reason = "Vi phạm giao thông chưa nộp phạt"
        #expect(watchlist.upsert(updated)?.reason == "Xe bị mất cắp")
        #expect(watchlist.count == 1)
        #expect(watchlist.match(try VehiclePlate(parsing: "47A-I23.45"), atMillis: Self.now)?.entry.reason == updated.reason)
        #expect(watchlist.remove(key: "47A12345") != nil)
        #expect(watchlist.match(try VehiclePlate(parsing: "47A-I23.45"), atMillis: Self.now) == nil)
    }

    @Test func theWatchlistSyncsAsCodableReferenceData() throws {
        let watchlist = Watchlist(entries: [try Self.entry("47LD-012.34"), try Self.entry("47A-123.45", expiresAtMillis: Self.now + 1)])
        let decoded = try JSONDecoder().decode(Watchlist.self, from: JSONEncoder().encode(watchlist))
        #expect(decoded == watchlist)
        #expect(decoded.entries.map(\.plate.key) == ["47A12345", "47LD01234"])
        #expect(decoded.match(try VehiclePlate(parsing: "47LD-O12.34"), atMillis: Self.now)?.kind == .confusable)
    }
}
