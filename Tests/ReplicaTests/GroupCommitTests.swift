import CRDT
import Foundation
import Replica
import Testing

/// Local writes that arrive together share a commit, and one refused write does not take
/// the others with it.
@Suite struct GroupCommitTests {
    let fixture: ReplicaFixture
    init() throws { fixture = try ReplicaFixture() }

    @Test func concurrentWritesAllCommitWithContiguousSequenceNumbersWhileRefusedOnesLeaveNoTrace() async throws {
        let node = try fixture.replica("node", site: 1)
        let ids = (0..<200).map { EntityID.make(millis: UInt64($0 + 1)) }
        let outcomes = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
            for index in 0..<200 {
                group.addTask {
                    let id = ids[index]
                    let edits = [Edit("status", .assign(Array("\"received\"".utf8)))]
                    // Every fifth call creates an entity and then edits one that does not
                    // exist: it is refused whole, and alone.
                    var writes = [EntityWrite(id: id, type: "case", scope: "651", edits: edits)]
                    if index.isMultiple(of: 5) {
                        writes.append(EntityWrite(id: EntityID.make(millis: 1), type: "case", scope: "651", edits: edits, mustExist: true))
                    }
                    do {
                        _ = try await node.write(writes, author: "can-bo")
                        return (index, true)
                    } catch ReplicaError.notFound {
                        return (index, false)
                    }
                }
            }
            var outcomes: [Int: Bool] = [:]
            for try await (index, stored) in group { outcomes[index] = stored }
            return outcomes
        }
        #expect(outcomes.filter { $0.value }.count == 160)
        #expect(outcomes.allSatisfy { $0.value == !$0.key.isMultiple(of: 5) })
        #expect(try node.allOwnChanges().map(\.seq) == Array(1...160))
        for (index, stored) in outcomes {
            #expect((try await node.entity(ids[index]) != nil) == stored)
        }
    }
}
