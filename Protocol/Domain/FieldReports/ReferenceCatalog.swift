import CRDT
import Foundation
import Replica
import Synchronization
import Vietnam

/// The province's reference data for the field-report service, as replicated entities of
/// scope `province`: categories, handling units and announced calendar days. The hub
/// writes them; every node receives and reads them.
///
/// Guarantees: ids are derived from codes (dates), so seeding twice, or at two hubs,
/// edits the same entities; reads are cached for `cacheMillis` and dropped on every write
/// made through this catalog.
public final class ReferenceCatalog: Sendable {
    public static let categoryType = "category"
    public static let unitType = "unit"
    public static let calendarType = "calendar_day"

    public struct Snapshot: Sendable {
        public var categories: [ReportCategory]
        public var units: [HandlingUnit]
        public var days: [CalendarDay]
        public var calendar: WorkingCalendar

        public func category(_ code: String) -> ReportCategory? { categories.first { $0.code == code } }
        public func unit(_ code: String) -> HandlingUnit? { units.first { $0.code == code } }
    }

    let replica: Replica
    private let cache = Mutex<(at: UInt64, snapshot: Snapshot)?>(nil)
    static let cacheMillis: UInt64 = 2_000

    public init(replica: Replica) { self.replica = replica }

    public func snapshot() async throws(ReplicaError) -> Snapshot {
        let now = Replica.systemMillis()
        if let cached = cache.withLock({ $0 }), now &- cached.at < Self.cacheMillis { return cached.snapshot }
        // Until the hub's reference data first arrives, a new node works with the standard
        // set, so intake never depends on the link.
        var categories = try await documents(Self.categoryType).compactMap(Self.category(from:)).sorted { $0.code == "khac" ? false : $1.code == "khac" ? true : $0.code < $1.code }
        var units = try await documents(Self.unitType).compactMap(Self.unit(from:)).sorted { $0.code < $1.code }
        if categories.isEmpty { categories = ReportCategory.standard }
        if units.isEmpty { units = HandlingUnit.standard }
        let days = try await documents(Self.calendarType).compactMap(Self.day(from:)).sorted { $0.date < $1.date }
        let calendar = WorkingCalendar(
            extraDaysOff: Set(days.filter { $0.kind == .dayOff }.map(\.date)),
            extraWorkingDays: Set(days.filter { $0.kind == .workingDay }.map(\.date)))
        let snapshot = Snapshot(categories: categories, units: units, days: days, calendar: calendar)
        cache.withLock { $0 = (now, snapshot) }
        return snapshot
    }

    private func documents(_ type: String) async throws(ReplicaError) -> [[String: Any]] {
        try await replica.list(type: type, scope: Scope.province, limit: 10_000).compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.document.utf8))) as? [String: Any]
        }
    }

    // MARK: Writes (at the hub)

    public func put(_ category: ReportCategory, author: String) async throws(ReplicaError) {
        let attributes = category.attributes.map { question -> [String: Any] in
            ["code": question.code, "prompt": question.prompt, "kind": question.kind.rawValue, "required": question.required,
             "choices": question.choices.map { ["key": $0.key, "name": $0.name] }]
        }
        try await write(StableID.make(Self.categoryType, category.code), Self.categoryType, [
            "code": category.code, "name_vi": category.nameVI, "name_en": category.nameEN, "description_vi": category.descriptionVI,
            "units": category.units, "deadline_days": category.deadlineWorkingDays, "attributes": attributes, "active": category.active,
        ], author: author)
    }

    public func put(_ unit: HandlingUnit, author: String) async throws(ReplicaError) {
        try await write(StableID.make(Self.unitType, unit.code), Self.unitType, ["code": unit.code, "name_vi": unit.nameVI, "name_en": unit.nameEN], author: author)
    }

    public func put(_ day: CalendarDay, author: String) async throws(ReplicaError) {
        try await write(StableID.make(Self.calendarType, day.date.description), Self.calendarType, [
            "date": day.date.description, "kind": day.kind.rawValue, "name": day.name,
        ], author: author)
    }

    /// Writes the standard categories, units and announced days where none exist yet.
    public func seedIfEmpty(author: String) async throws(ReplicaError) {
        if try await documents(Self.unitType).isEmpty { for unit in HandlingUnit.standard { try await put(unit, author: author) } }
        if try await documents(Self.categoryType).isEmpty { for category in ReportCategory.standard { try await put(category, author: author) } }
        if try await documents(Self.calendarType).isEmpty { for day in CalendarDay.announced { try await put(day, author: author) } }
    }

    private func write(_ id: EntityID, _ type: String, _ fields: [String: Any], author: String) async throws(ReplicaError) {
        let edits = fields.sorted { $0.key < $1.key }.map { Edit($0.key, .assign(RecordDesk.fragment($0.value))) }
        try await replica.write(entity: id, type: type, scope: Scope.province, edits: edits, author: author)
        cache.withLock { $0 = nil }
    }

    // MARK: Decoding

    static func category(from doc: [String: Any]) -> ReportCategory? {
        guard let code = doc["code"] as? String, let name = doc["name_vi"] as? String else { return nil }
        let questions = (doc["attributes"] as? [[String: Any]] ?? []).compactMap { item -> CategoryQuestion? in
            guard let code = item["code"] as? String, let prompt = item["prompt"] as? String,
                let kind = (item["kind"] as? String).flatMap(CategoryQuestion.Kind.init(rawValue:))
            else { return nil }
            let choices = (item["choices"] as? [[String: Any]] ?? []).compactMap { choice -> CategoryQuestion.Choice? in
                guard let key = choice["key"] as? String, let name = choice["name"] as? String else { return nil }
                return .init(key: key, name: name)
            }
            return CategoryQuestion(code: code, prompt: prompt, kind: kind, required: item["required"] as? Bool ?? false, choices: choices)
        }
        return ReportCategory(
            code: code, nameVI: name, nameEN: doc["name_en"] as? String ?? name, descriptionVI: doc["description_vi"] as? String ?? "",
            units: doc["units"] as? [String] ?? [], deadlineWorkingDays: (doc["deadline_days"] as? NSNumber)?.intValue ?? 10,
            attributes: questions, active: doc["active"] as? Bool ?? true)
    }

    static func unit(from doc: [String: Any]) -> HandlingUnit? {
        guard let code = doc["code"] as? String, let name = doc["name_vi"] as? String else { return nil }
        return HandlingUnit(code: code, nameVI: name, nameEN: doc["name_en"] as? String ?? name)
    }

    static func day(from doc: [String: Any]) -> CalendarDay? {
        guard let text = doc["date"] as? String, let date = CivilDate(iso: text),
            let kind = (doc["kind"] as? String).flatMap(CalendarDay.Kind.init(rawValue:))
        else { return nil }
        return CalendarDay(date: date, kind: kind, name: doc["name"] as? String ?? "")
    }
}
