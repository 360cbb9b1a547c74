import CRDT

/// A random, causally honest history of changes to one entity made at several sites
/// that exchange changes in arbitrary order, with the ground truth of which write
/// knew which.
struct RandomHistory {
    let changes: [Change]
    /// For each change's stamp, every change its writer had applied when writing it.
    let knowledge: [Stamp: Set<Stamp>]
    static let fields = ["status", "assignee", "priority"]
    static let entity = EntityID(high: 1, low: 2)

    init(seed: UInt64, sites siteCount: Int = 3, steps: Int = 40) {
        var rng = SeededGenerator(seed: seed)
        let sites = (0..<siteCount).map { SiteID(UInt64($0) + 10) }
        var states = sites.map { _ in EntityState(entityType: "case", scope: "651") }
        var known = sites.map { _ in Set<Stamp>() }
        var clocks = sites.map { _ in HybridLogicalClock() }
        var seqs = sites.map { _ in UInt64(0) }
        var physical: UInt64 = 1_700_000_000_000
        var changes: [Change] = []
        var knowledge: [Stamp: Set<Stamp>] = [:]

        for _ in 0..<steps {
            let s = Int.random(in: 0..<siteCount, using: &rng)
            physical += UInt64.random(in: 0...2, using: &rng)
            if !changes.isEmpty, Bool.random(using: &rng) {
                // Deliver a few known-elsewhere changes, in any order.
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    let change = changes.randomElement(using: &rng)!
                    states[s].apply(change)
                    try? clocks[s].observe(change.hlc, physicalMillis: physical)
                    known[s].insert(change.stamp)
                }
                continue
            }
            // Skewed physical clocks: each site reads a different time.
            let hlc = clocks[s].tick(physicalMillis: physical + UInt64(s) * UInt64.random(in: 0...3, using: &rng))
            seqs[s] += 1
            let stamp = Stamp(hlc: hlc, site: sites[s])
            let op: FieldOp
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6:
                let field = Self.fields.randomElement(using: &rng)!
                let base = states[s].registers[field]?.currentStamps ?? []
                op = FieldOp(field: field, value: Array("v\(Int.random(in: 0..<5, using: &rng))".utf8), base: base)
            case 6:
                op = FieldOp(field: "units", kind: .setAdd, value: [UInt8.random(in: 0..<4, using: &rng)])
            case 7:
                let element = [UInt8.random(in: 0..<4, using: &rng)]
                let observed = states[s].sets["units"]?.observedTags(of: element) ?? []
                op = FieldOp(field: "units", kind: .setRemove, value: element, base: observed)
            case 8:
                op = FieldOp(field: "comments", kind: .append, value: Array("c\(changes.count)".utf8))
            default:
                let total = (states[s].counters["flow"]?.total(of: sites[s]) ?? 0) + 1
                op = FieldOp(field: "flow", kind: .count, value: Array(String(total).utf8))
            }
            let change = Change(
                origin: sites[s], seq: seqs[s], hlc: hlc, entityType: "case", entityID: Self.entity,
                scope: "651", author: "officer-\(s)", ops: [op])
            knowledge[stamp] = known[s]
            states[s].apply(change)
            known[s].insert(stamp)
            changes.append(change)
        }
        self.changes = changes
        self.knowledge = knowledge
    }

    /// Writes of `field` that happened after no other write of it: what the frontier must be.
    ///
    /// v happened after w when v's writer had applied w, or had applied a write of the
    /// same field that happened after w. (A writer that saw only other fields of a change
    /// that knew w never saw w's value, so its write is concurrent with w.)
    func maximalWrites(of field: String) -> Set<Stamp> {
        let writes = Set(changes.filter { $0.ops.contains { $0.field == field && $0.kind == .assign } }.map(\.stamp))
        var closure: [Stamp: Set<Stamp>] = [:]
        func predecessors(_ v: Stamp) -> Set<Stamp> {
            if let known = closure[v] { return known }
            var result = Set<Stamp>()
            for u in knowledge[v]! where writes.contains(u) {
                result.insert(u)
                result.formUnion(predecessors(u))
            }
            closure[v] = result
            return result
        }
        let dominated = writes.reduce(into: Set<Stamp>()) { $0.formUnion(predecessors($1)) }
        return writes.subtracting(dominated)
    }

    static func state(applying changes: some Sequence<Change>) -> EntityState {
        var state = EntityState(entityType: "case", scope: "651")
        for change in changes { state.apply(change) }
        return state
    }
}
