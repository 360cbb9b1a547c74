import CRDT
import Foundation
import Replica
import Synchronization

/// The indicator catalog and the governance rankings: replicated reference data of scope
/// `province`, written at the hub, read everywhere. Adding an indicator is a write of data.
///
/// Guarantees: an indicator's id derives from its code, so writing the same code twice edits
/// one entity, field by field (a concurrent edit of another field is not a conflict); reads
/// are cached for `cacheMillis` and dropped on every write made through this catalog.
public final class IndicatorCatalog: Sendable {
    public static let definitionType = "indicator"
    public static let rankingType = "governance_ranking"

    let replica: Replica
    private let cache = Mutex<(at: UInt64, definitions: [IndicatorDefinition])?>(nil)
    static let cacheMillis: UInt64 = 2_000

    public init(replica: Replica) { self.replica = replica }

    /// Every indicator, retired ones included, by group (in the standard order) then code.
    public func definitions() async throws(IndicatorError) -> [IndicatorDefinition] {
        let now = Replica.systemMillis()
        if let cached = cache.withLock({ $0 }), now &- cached.at < Self.cacheMillis { return cached.definitions }
        let rows: [String]
        do {
            rows = try await replica.read { db in try String.fetchAll(db, sql: "SELECT doc FROM indicator_def") }
        } catch { throw .storage(error) }
        let order = Dictionary(uniqueKeysWithValues: IndicatorGroup.standard.enumerated().map { ($1.code, $0) })
        let definitions = rows.compactMap { try? JSONDecoder().decode(IndicatorDefinition.self, from: Data($0.utf8)) }
            .sorted { (order[$0.group] ?? 99, $0.group, $0.code) < (order[$1.group] ?? 99, $1.group, $1.code) }
        cache.withLock { $0 = (now, definitions) }
        return definitions
    }

    public func definition(_ code: String) async throws(IndicatorError) -> IndicatorDefinition? {
        try await definitions().first { $0.code == code }
    }

    // MARK: Writes (at the hub)

    /// Adds or changes indicators (validated first: nothing is written when one is wrong).
    public func put(_ definitions: [IndicatorDefinition], author: String) async throws(IndicatorError) {
        var writes: [EntityWrite] = []
        for definition in definitions {
            let d = try definition.validated()
            writes.append(EntityWrite(id: StableID.make(Self.definitionType, d.code), type: Self.definitionType, scope: Scope.province, edits: Self.edits(d)))
        }
        guard !writes.isEmpty else { return }
        do { try await replica.write(writes, author: author) } catch { throw .storage(error) }
        cache.withLock { $0 = nil }
    }

    /// Writes the catalog's standard indicators that are not there yet.
    public func seedIfEmpty(_ definitions: [IndicatorDefinition], author: String) async throws(IndicatorError) {
        let known = Set(try await self.definitions().map(\.code))
        try await put(definitions.filter { !known.contains($0.code) }, author: author)
    }

    static func edits(_ d: IndicatorDefinition) -> [Edit] {
        func set(_ field: String, _ value: Any?) -> Edit { Edit(field, .assign(JSONFragment.encode(value))) }
        return [
            set("code", d.code), set("name_vi", d.nameVi), set("name_en", d.nameEn), set("group", d.group), set("unit", d.unit),
            set("frequency", d.frequency.rawValue), set("aggregation", d.aggregation.description), set("nature", d.nature.rawValue),
            set("higher_is_better", d.higherIsBetter), set("source", d.source), set("definition", d.definition), set("deflator", d.deflator),
            set("deadline", d.deadline.description), set("district_reported", d.districtReported), set("retired", d.retired),
        ]
    }

    // MARK: Rankings

    /// Every ranking, by index then year.
    public func rankings() async throws(IndicatorError) -> [GovernanceRanking] {
        let rows: [String]
        do {
            rows = try await replica.read { db in try String.fetchAll(db, sql: "SELECT doc FROM governance_ranking ORDER BY idx, year") }
        } catch { throw .storage(error) }
        return rows.compactMap { try? JSONDecoder().decode(GovernanceRanking.self, from: Data($0.utf8)) }
    }

    /// Adds or replaces the province's ranking on one index for one year (at the hub).
    public func put(_ ranking: GovernanceRanking, author: String) async throws(IndicatorError) {
        guard ReportingPeriod.years.contains(ranking.year) else { throw .invalid(field: "year", .notAYear(String(ranking.year))) }
        for (field, value) in [("national_rank", ranking.nationalRank), ("ranked_count", ranking.rankedCount), ("region_rank", ranking.regionRank), ("region_count", ranking.regionCount)] {
            if let value, value < 1 { throw .invalid(field: field, .notANumber(String(value))) }
        }
        if let rank = ranking.nationalRank, let count = ranking.rankedCount, rank > count { throw .invalid(field: "national_rank", .notANumber(String(rank))) }
        if let rank = ranking.regionRank, let count = ranking.regionCount, rank > count { throw .invalid(field: "region_rank", .notANumber(String(rank))) }
        if let score = ranking.score, !score.isFinite { throw .invalid(field: "score", .notANumber(String(score))) }
        func set(_ field: String, _ value: Any?) -> Edit { Edit(field, .assign(JSONFragment.encode(value))) }
        let edits = [
            set("index", ranking.index.rawValue), set("year", ranking.year), set("score", ranking.score), set("national_rank", ranking.nationalRank),
            set("ranked_count", ranking.rankedCount), set("region_rank", ranking.regionRank), set("region_count", ranking.regionCount),
            set("components", ranking.components), set("source", ranking.source), set("synthetic", ranking.synthetic),
        ]
        do {
            try await replica.write(
                entity: StableID.make(Self.rankingType, "\(ranking.index.rawValue)|\(ranking.year)"), type: Self.rankingType, scope: Scope.province,
                edits: edits, author: author)
        } catch { throw .storage(error) }
    }
}
