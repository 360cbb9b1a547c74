import CRDT
import Testing

/// The join of states is commutative, associative and idempotent, and agrees with
/// applying operations one by one: checked on 1,000 random triples of partial states.
@Suite struct MergeLawProperties {
    /// Three replicas that each saw a random subset of one random history.
    static func partialStates(seed: UInt64) -> (EntityState, EntityState, EntityState, EntityState) {
        let history = RandomHistory(seed: seed)
        var rng = SeededGenerator(seed: seed &+ 99)
        func subset() -> EntityState {
            RandomHistory.state(applying: history.changes.filter { _ in Bool.random(using: &rng) }.shuffled(using: &rng))
        }
        return (subset(), subset(), subset(), RandomHistory.state(applying: history.changes))
    }

    @Test func mergeIsCommutative() {
        for seed in 0..<UInt64(1_000) {
            let (a, b, _, _) = Self.partialStates(seed: seed)
            #expect(a.merged(with: b) == b.merged(with: a), "seed \(seed)")
        }
    }

    @Test func mergeIsAssociative() {
        for seed in 0..<UInt64(1_000) {
            let (a, b, c, _) = Self.partialStates(seed: seed)
            #expect(a.merged(with: b).merged(with: c) == a.merged(with: b.merged(with: c)), "seed \(seed)")
        }
    }

    @Test func mergeIsIdempotent() {
        for seed in 0..<UInt64(1_000) {
            let (a, b, _, _) = Self.partialStates(seed: seed)
            #expect(a.merged(with: a) == a, "seed \(seed)")
            let ab = a.merged(with: b)
            #expect(ab.merged(with: b) == ab, "seed \(seed)")
        }
    }

    @Test func mergingPartialStatesEqualsApplyingTheirUnion() {
        for seed in 0..<UInt64(1_000) {
            let history = RandomHistory(seed: seed)
            var rng = SeededGenerator(seed: seed &+ 5)
            let split = Int.random(in: 0...history.changes.count, using: &rng)
            let shuffled = history.changes.shuffled(using: &rng)
            let left = RandomHistory.state(applying: shuffled[..<split])
            let right = RandomHistory.state(applying: shuffled[split...])
            #expect(left.merged(with: right) == RandomHistory.state(applying: history.changes), "seed \(seed)")
        }
    }

    @Test func versionVectorMergeIsCommutativeAssociativeAndIdempotent() {
        var rng = SeededGenerator(seed: 42)
        func random() -> VersionVector {
            var vector = VersionVector()
            for site in 1...4 where Bool.random(using: &rng) { vector[SiteID(UInt64(site))] = UInt64.random(in: 0...9, using: &rng) }
            return vector
        }
        for _ in 0..<1_000 {
            let (a, b, c) = (random(), random(), random())
            #expect(a.merged(with: b) == b.merged(with: a))
            #expect(a.merged(with: b).merged(with: c) == a.merged(with: b.merged(with: c)))
            #expect(a.merged(with: a) == a)
            #expect(a.merged(with: b).dominates(a) && a.merged(with: b).dominates(b))
        }
    }
}
