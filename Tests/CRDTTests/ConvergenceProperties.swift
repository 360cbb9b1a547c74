import CRDT
import Testing

/// The federation's core promise, checked on 1,000 random histories each: replicas that
/// see the same changes end identical, and concurrent writes stay visible as conflicts.
@Suite struct ConvergenceProperties {
    static let histories = 1_000

    @Test func fiveReplicasFedTheSameChangesInRandomOrderWithDuplicatesEndIdentical() {
        for seed in 0..<UInt64(Self.histories) {
            let history = RandomHistory(seed: seed)
            var rng = SeededGenerator(seed: seed &* 31 &+ 7)
            var replicas: [EntityState] = []
            for _ in 0..<5 {
                // Retries: a random third of the changes arrive twice.
                var delivery = history.changes + history.changes.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }
                delivery.shuffle(using: &rng)
                replicas.append(RandomHistory.state(applying: delivery))
            }
            #expect(Set(replicas).count == 1, "replicas diverged for seed \(seed)")
        }
    }

    @Test func everyConcurrentWriteNothingReplacedIsReportedAsAConflictOnEveryReplica() {
        for seed in 0..<UInt64(Self.histories) {
            let history = RandomHistory(seed: seed)
            var rng = SeededGenerator(seed: seed ^ 0xABCD)
            for _ in 0..<3 {
                let state = RandomHistory.state(applying: history.changes.shuffled(using: &rng))
                for field in RandomHistory.fields {
                    let frontier = Set(state.registers[field]?.frontier.map(\.stamp) ?? [])
                    #expect(frontier == history.maximalWrites(of: field), "seed \(seed), field \(field)")
                }
            }
        }
    }

    @Test func theWinnerIsTheGreatestStampOfTheFrontier() {
        for seed in 0..<UInt64(Self.histories) {
            let state = RandomHistory.state(applying: RandomHistory(seed: seed).changes)
            for register in state.registers.values {
                #expect(register.winner?.stamp == register.frontier.map(\.stamp).max())
            }
        }
    }

    @Test func aWriteArrivingBeforeTheOneItReplacedIsStillItsSuccessor() {
        let a = Stamp(hlc: HLCTimestamp(physicalMillis: 1), site: SiteID(1))
        let b = Stamp(hlc: HLCTimestamp(physicalMillis: 2), site: SiteID(2))
        var register = MVRegister<String>()
        register.apply(.init(stamp: b, value: "resolved", base: [a]))
        register.apply(.init(stamp: a, value: "new", base: []))
        #expect(register.value == "resolved")
        #expect(!register.isConflicted)
    }

    @Test func aWriteWithAStaleBaseIsRecordedAsAConflictWithBothAuthors() {
        let origin = Stamp(hlc: HLCTimestamp(physicalMillis: 1), site: SiteID(1))
        let atEaKar = Stamp(hlc: HLCTimestamp(physicalMillis: 5), site: SiteID(2))
        let atHub = Stamp(hlc: HLCTimestamp(physicalMillis: 4), site: SiteID(3))
        var register = MVRegister<String>()
        register.apply(.init(stamp: origin, value: "new", base: []))
        register.apply(.init(stamp: atEaKar, value: "assigned", base: [origin], author: "eakar"))
        register.apply(.init(stamp: atHub, value: "ineligible", base: [origin], author: "hub"))
        #expect(register.value == "assigned")
        #expect(Set(register.frontier.map(\.author)) == ["eakar", "hub"])
        // A new write that saw both resolves it.
        let resolution = Stamp(hlc: HLCTimestamp(physicalMillis: 6), site: SiteID(3))
        register.apply(.init(stamp: resolution, value: "assigned", base: register.currentStamps))
        #expect(!register.isConflicted)
    }

    @Test func aConcurrentAddWinsOverARemove() {
        let tag1 = Stamp(hlc: HLCTimestamp(physicalMillis: 1), site: SiteID(1))
        let tag2 = Stamp(hlc: HLCTimestamp(physicalMillis: 2), site: SiteID(2))
        var set = ORSet<String>()
        set.add("police", tag: tag1)
        let observed = set.observedTags(of: "police")
        set.add("police", tag: tag2)  // concurrent with the remove below
        set.remove("police", observed: observed)
        #expect(set.contains("police"))
    }
}

@Suite struct RegisterSizeTests {
    @Test func aFieldEditedTenThousandTimesKeepsAConstantSizeState() {
        var register = MVRegister<Int>()
        var previous: [Stamp] = []
        for index in 1...10_000 {
            let stamp = Stamp(hlc: HLCTimestamp(physicalMillis: UInt64(index)), site: SiteID(UInt64(index % 3)))
            register.apply(.init(stamp: stamp, value: index, base: previous))
            previous = register.currentStamps
        }
        #expect(register.value == 10_000)
        #expect(register.frontier.count == 1)
        #expect(register.superseded.isEmpty)
        #expect(register.seen.count == 3)
    }
}
