import Foundation
import GRDB
import Replica
import Synchronization
import Vietnam

/// The replica's dossiers held compactly in memory for the reporting table, so a table
/// over millions of dossiers is one pass over small values rather than a decode of each.
///
/// Guarantees:
/// - counts as `DossierCounts.count` does, dossier by dossier (a dossier with waits is
///   counted by it; the others by the same rules on precomputed days; tested equal on the
///   demo year for every grouping and many periods);
/// - sees every dossier committed before `refresh` began: it follows the projection's
///   change sequence, and reloads whole when the projection was rebuilt or the calendar
///   differs from the one its days were computed on;
/// - safe to call from any task; refreshes that overlap apply each change once;
/// - a table visits only the dossiers its period handled (received by its end and closed
///   at or after its start), through the weeks their receipt falls in (`Week`), not every
///   dossier the replica holds; of those, the ones received and closed within the months the
///   period covers whole are not visited either but added from their month's kept counts
///   (`MonthCell`), so a year's table walks the dossiers that cross its edges, not the year.
final class DossierTally: Sendable {
    /// One dossier as the table needs it.
    struct Entry: Sendable {
        /// Indexes into `State.keys` of the row under each grouping, and of the stored unit
        /// (the one lists filter on).
        var unit: Int32, field: Int32, procedure: Int32, office: Int32, storedUnit: Int32
        var received: Int64
        /// `Int64.max` while open.
        var closed: Int64
        /// The promised Julian day with no waits, `Int32.min` without a deadline.
        var promisedDay: Int32
        /// The timeliness at closing (early, on time, late, not settled, no deadline).
        var atClosing: Timeliness
        var channel: DossierChannel
        var fee: Bool, paidOnline: Bool, rated: Bool, satisfied: Bool
        /// Index into `State.waiting` for a dossier with waits, else -1: counted whole while
        /// it is open at a period's end; once closed its waits only add supplement requests.
        var waiting: Int32
        /// Months (`State.month(_:)`) of receipt and of closing (`Int32.max` while open).
        var receiptMonth: Int32, closingMonth: Int32
        /// Closed with a supplement request dated outside its receipt and closing: never in a
        /// month's kept counts, visited by every table (see `State.strays`).
        var stray: Bool

        /// Counted in its months' kept counts: closed, every request between its receipt and
        /// its closing.
        var isKeptByMonth: Bool { closingMonth != Int32.max && !stray }
    }

    /// The dossiers of one stored unit received in one month and closed in one month, kept
    /// counted under each grouping's rows as any period holding both months whole counts them
    /// (new by channel, settled as they closed, every supplement request, ratings).
    struct MonthCell: Hashable, Sendable {
        var receipt: Int32, closing: Int32, storedUnit: Int32
    }

    /// Interned keys and names of one grouping, in first-seen order.
    struct Keys: Sendable {
        var index: [String: Int32] = [:]
        var keys: [String] = []
        var names: [String] = []

        mutating func intern(_ key: String, name: String) -> Int32 {
            if let found = index[key] { return found }
            index[key] = Int32(keys.count)
            keys.append(key)
            names.append(name)
            return Int32(keys.count - 1)
        }
    }

    /// The dossiers received in one week (by Julian day ÷ 7), most recently closed first
    /// (open ones, `closed == Int64.max`, lead), so a period's walk of an earlier week stops
    /// at the first dossier closed before the period began.
    struct Week: Sendable {
        var slots: [Int32] = []
        /// Whether `slots` is in closing order; a change appends and clears it, the next
        /// table sorts the week again.
        var ordered = true
    }

    struct State: Sendable {
        var generation: Int64 = -1
        var seq: Int64 = 0
        var calendar: WorkingCalendar?
        var entries: [Entry] = []
        var slots: [String: Int] = [:]
        var waiting: [Dossier] = []
        var keys: [DossierStatistics.Grouping: Keys] = [:]
        var storedUnits = Keys()
        var weeks: [Int64: Week] = [:]
        /// The keys of `weeks`, ascending.
        var weekKeys: [Int64] = []
        /// Counts of the dossiers kept by month (`Entry.isKeptByMonth`), by cell, grouping and row.
        var months: [MonthCell: [DossierStatistics.Grouping: [Int32: DossierCounts]]] = [:]
        /// Slots of the stray entries (`Entry.stray`), walked apart from the weeks.
        var strays: Set<Int32> = []

        static func week(received: Int64) -> Int64 { Int64(VietnamTime.julianDay(millis: received)) / 7 }

        /// Months counted from year 0, in Vietnam's time zone.
        static func month(_ millis: Int64) -> Int32 {
            let date = VietnamTime.date(millis: millis)
            return Int32(date.year * 12 + date.month - 1)
        }

        /// Adds (`sign` 1) or takes away (-1) the entry at `slot` in its month cell and the
        /// strays, as it stands in `entries`.
        mutating func keep(_ slot: Int, sign: Int) {
            let entry = entries[slot]
            if entry.stray {
                if sign > 0 { strays.insert(Int32(slot)) } else { strays.remove(Int32(slot)) }
            }
            guard entry.isKeptByMonth else { return }
            var counts = DossierCounts()
            DossierTally.countInPeriod(entry, supplements: supplements(of: entry), into: &counts)
            let cell = MonthCell(receipt: entry.receiptMonth, closing: entry.closingMonth, storedUnit: entry.storedUnit)
            var groupings = months[cell] ?? [:]
            for grouping in DossierStatistics.Grouping.allCases {
                let row = DossierTally.row(of: entry, grouping)
                groupings[grouping, default: [:]][row, default: DossierCounts()].add(counts, times: sign)
            }
            months[cell] = groupings
        }

        /// Every supplement request of the entry's dossier.
        func supplements(of entry: Entry) -> Int {
            guard entry.waiting >= 0 else { return 0 }
            return waiting[Int(entry.waiting)].waits.lazy.filter { $0.kind == .supplement }.count
        }

        /// Files `slot` under the week of its receipt, out of the week it was filed under
        /// before (`previous`, the entry it replaces) when that differs.
        mutating func file(_ slot: Int, previous: Entry?) {
            let key = Self.week(received: entries[slot].received)
            if let previous {
                let old = Self.week(received: previous.received)
                if old == key {
                    if previous.closed != entries[slot].closed { weeks[old]?.ordered = false }
                    return
                }
                if let at = weeks[old]?.slots.firstIndex(of: Int32(slot)) { weeks[old]?.slots.remove(at: at) }
            }
            if weeks[key] == nil {
                weekKeys.insert(key, at: weekKeys.firstIndex { $0 > key } ?? weekKeys.count)
            }
            weeks[key, default: Week()].slots.append(Int32(slot))
            weeks[key]?.ordered = false
        }
    }

    private let state = Mutex(State())

    init() {}

    /// Brings the tally up to date with the projection (see the type's guarantees). Reads
    /// and decodes in chunks of `chunk` rows, so a first table over millions of dossiers
    /// holds one chunk of records at a time, not all of them.
    func refresh(_ replica: Replica, calendar: WorkingCalendar, chunk: Int = 20_000) async throws {
        let (generation, seenSeq, seenCalendar) = state.withLock { ($0.generation, $0.seq, $0.calendar) }
        let whole = seenCalendar != calendar
        let current = try await replica.read { db in try Int64.fetchOne(db, sql: "SELECT generation FROM dossier_tally") ?? 0 }
        var after = current == generation && !whole ? seenSeq : 0
        let clock = DossierClock(calendar: calendar)
        let decoder = JSONDecoder()
        var first = true
        while true {
            let from = after
            let rows = try await replica.read { db -> [(String, Int64, String)] in
                let cursor = try Row.fetchCursor(
                    db, sql: "SELECT unit, tally_seq, record FROM dossier WHERE tally_seq > ? ORDER BY tally_seq LIMIT ?", arguments: [from, chunk])
                var rows: [(String, Int64, String)] = []
                while let row = try cursor.next() { rows.append((row[0], row[1], row[2])) }
                return rows
            }
            let decoded = rows.compactMap { row -> (String, Int64, Dossier)? in
                (try? decoder.decode(Dossier.self, from: Data(row.2.utf8))).map { (row.0, row.1, $0) }
            }
            let reset = first
            state.withLock { state in
                if reset, current != state.generation || state.calendar != calendar {
                    state = State()
                    state.generation = current
                    state.calendar = calendar
                }
                for (storedUnit, seq, dossier) in decoded where seq > state.seq || state.slots[dossier.code] == nil {
                    let entry = Self.entry(dossier, storedUnit: storedUnit, clock: clock, into: &state)
                    if let slot = state.slots[dossier.code] {
                        let previous = state.entries[slot]
                        state.keep(slot, sign: -1)
                        state.entries[slot] = entry
                        state.file(slot, previous: previous)
                        state.keep(slot, sign: 1)
                    } else {
                        state.slots[dossier.code] = state.entries.count
                        state.entries.append(entry)
                        state.file(state.entries.count - 1, previous: nil)
                        state.keep(state.entries.count - 1, sign: 1)
                    }
                }
                state.seq = max(state.seq, rows.last?.1 ?? 0)
            }
            first = false
            guard rows.count == chunk, let last = rows.last else { return }
            after = last.1
        }
    }

    private static func entry(_ dossier: Dossier, storedUnit: String, clock: DossierClock, into state: inout State) -> Entry {
        func intern(_ grouping: DossierStatistics.Grouping, _ key: String, _ name: String) -> Int32 {
            state.keys[grouping, default: Keys()].intern(key, name: name)
        }
        let office = dossier.handlingOffices.first ?? dossier.receivingOffice
        var waiting: Int32 = -1
        if !dossier.waits.isEmpty {
            waiting = Int32(state.waiting.count)
            state.waiting.append(dossier)
        }
        let closed = dossier.closedAt ?? Int64.max
        let stray = dossier.closedAt != nil && dossier.waits.contains { $0.kind == .supplement && ($0.from < dossier.receivedAt || $0.from > closed) }
        let settledStatus = dossier.status == .finished || dossier.status == .returned
        return Entry(
            unit: intern(.unit, dossier.unit, dossier.unit), field: intern(.field, dossier.field.code, dossier.field.name),
            procedure: intern(.procedure, dossier.procedure.code, dossier.procedure.name), office: intern(.office, office ?? "", office ?? "—"),
            storedUnit: state.storedUnits.intern(storedUnit, name: storedUnit), received: dossier.receivedAt, closed: closed,
            promisedDay: clock.promisedDay(dossier, asOf: dossier.receivedAt).map { Int32($0.julianDay) } ?? Int32.min,
            atClosing: dossier.closedAt.map { clock.timeliness(dossier, at: $0) } ?? .noDeadline, channel: dossier.channel,
            fee: (dossier.feeAmount ?? 0) > 0, paidOnline: dossier.paidOnline == true, rated: settledStatus && dossier.rating != nil,
            satisfied: settledStatus && dossier.rating?.isSatisfied == true, waiting: waiting,
            receiptMonth: State.month(dossier.receivedAt), closingMonth: dossier.closedAt.map(State.month) ?? Int32.max, stray: stray)
    }

    /// The row of `entry` under `grouping`.
    static func row(of entry: Entry, _ grouping: DossierStatistics.Grouping) -> Int32 {
        switch grouping {
        case .unit: entry.unit
        case .field: entry.field
        case .procedure: entry.procedure
        case .office: entry.office
        }
    }

    /// Adds a closed entry received within the period and closed by its end, with
    /// `supplements` requests made in it.
    static func countInPeriod(_ entry: Entry, supplements: Int, into counts: inout DossierCounts) {
        counts.supplementRequests += supplements
        count(entry, carried: false, closedByEnd: true, endDay: 0, into: &counts)
    }

    /// Adds an entry the period handled as it stands at the period's end, but for its
    /// supplement requests and a dossier open with waits (counted whole by the caller).
    static func count(_ entry: Entry, carried: Bool, closedByEnd: Bool, endDay: Int32, into counts: inout DossierCounts) {
        if carried {
            counts.carriedOver += 1
        } else {
            switch entry.channel {
            case .online: counts.newOnline += 1
            case .inPerson: counts.newInPerson += 1
            case .postal: counts.newPostal += 1
            }
            if entry.fee {
                counts.feeDossiers += 1
                if entry.paidOnline { counts.paidOnline += 1 }
            }
        }
        if closedByEnd {
            switch entry.atClosing {
            case .early: counts.settledEarly += 1
            case .late: counts.settledLate += 1
            case .notSettled: counts.refusedOrWithdrawn += 1
            default: counts.settledOnTime += 1
            }
            if entry.rated {
                counts.ratings += 1
                if entry.satisfied { counts.satisfied += 1 }
            }
        } else if entry.promisedDay != Int32.min, endDay > entry.promisedDay {
            counts.processingOverdue += 1
        } else {
            counts.processingWithinDeadline += 1
        }
    }

    /// The reporting table of the dossiers stored under `units` for `period`, as
    /// `DossierStatistics(_:period:grouping:clock:unitName:)` makes it from them.
    func statistics(units: [String], period: DossierPeriod, grouping: DossierStatistics.Grouping, clock: DossierClock, unitName: (String) -> String)
        -> DossierStatistics
    {
        state.withLock { state in
            let start = period.startMillis, end = period.endMillis
            let endDay = Int32(VietnamTime.julianDay(millis: end))
            var wanted = [Bool](repeating: false, count: state.storedUnits.keys.count)
            for unit in units { if let index = state.storedUnits.index[unit] { wanted[Int(index)] = true } }
            let keys = state.keys[grouping] ?? Keys()
            var rows = [DossierCounts](repeating: DossierCounts(), count: keys.keys.count)
            var seen = [Bool](repeating: false, count: keys.keys.count)
            // The months the period holds whole: their kept counts stand in for the dossiers
            // received and closed within them.
            let first = period.first.day == 1 ? period.first : CivilDate(period.first.year, period.first.month, 1).adding(days: 32)
            let firstMonth = Int32(first.year * 12 + first.month - 1)
            let lastMonth = Int32(period.last.year * 12 + period.last.month - 1) - (period.last.adding(days: 1).day == 1 ? 0 : 1)
            let byMonth = firstMonth <= lastMonth
            let keptFrom = byMonth ? VietnamTime.startOfDay(CivilDate(Int(firstMonth) / 12, Int(firstMonth) % 12 + 1, 1)) : Int64.max
            let keptUntil = byMonth ? DossierPeriod.month(Int(lastMonth) / 12, Int(lastMonth) % 12 + 1).endMillis : Int64.min
            if byMonth {
                for (cell, groupings) in state.months
                where cell.receipt >= firstMonth && cell.closing <= lastMonth && wanted[Int(cell.storedUnit)] {
                    for (row, counts) in groupings[grouping] ?? [:] {
                        rows[Int(row)].add(counts, times: 1)
                        seen[Int(row)] = true
                    }
                }
            }
            let keptFromDay = Int64(VietnamTime.julianDay(millis: keptFrom == Int64.max ? 0 : keptFrom))
            func visit(_ entry: Entry) {
                guard entry.received <= end, wanted[Int(entry.storedUnit)] else { return }
                let row = Int(Self.row(of: entry, grouping))
                seen[row] = true
                if entry.waiting >= 0 {
                    let dossier = state.waiting[Int(entry.waiting)]
                    // Open at the period's end, its waits decide where it stands (paused, or
                    // its deadline moved); closed by then, it stands as it closed, like any other.
                    if entry.closed > end {
                        rows[row].count(dossier, in: period, clock: clock)
                        return
                    }
                    for wait in dossier.waits where wait.kind == .supplement && wait.from >= start && wait.from <= end { rows[row].supplementRequests += 1 }
                }
                Self.count(entry, carried: entry.received < start, closedByEnd: entry.closed <= end, endDay: endDay, into: &rows[row])
            }
            let lastWeek = State.week(received: end)
            for key in state.weekKeys {
                guard key <= lastWeek else { break }
                if state.weeks[key]?.ordered == false {
                    let entries = state.entries
                    state.weeks[key]?.slots.sort { entries[Int($0)].closed > entries[Int($1)].closed }
                    state.weeks[key]?.ordered = true
                }
                guard let week = state.weeks[key] else { continue }
                // A week received wholly within the kept months: past its dossiers closed
                // after them, the rest are in the kept counts.
                let wholly = byMonth && key * 7 >= keptFromDay
                for slot in week.slots {
                    let entry = state.entries[Int(slot)]
                    guard entry.closed >= start else { break }
                    if wholly && entry.closed <= keptUntil { break }
                    if entry.stray { continue }
                    if entry.isKeptByMonth && entry.received >= keptFrom && entry.closed <= keptUntil { continue }
                    visit(entry)
                }
            }
            for slot in state.strays {
                let entry = state.entries[Int(slot)]
                if entry.closed >= start { visit(entry) }
            }
            let counted = rows.indices.filter { seen[$0] && rows[$0].received > 0 }.map { index in
                DossierStatistics.Row(
                    key: keys.keys[index], name: grouping == .unit ? unitName(keys.keys[index]) : keys.names[index], counts: rows[index])
            }
            return DossierStatistics(period: period, grouping: grouping, rows: counted)
        }
    }
}
