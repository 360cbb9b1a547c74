import Access
import CRDT
import Foundation
import Replica
import Testing

/// What the hub accepts from a node of district 651 about accounts (`AccountBook.nodeWriteRefusal`).
@Suite struct NodeWriteRuleTests {
    let fixture: AccessFixture
    init() throws { fixture = try AccessFixture() }

    /// The last change this site made, and the account's state before it.
    func lastChange(_ write: () async throws -> Void) async throws -> (Change, EntityState?) {
        let before = try fixture.replica.ownChanges(after: 0, maxBytes: .max).count
        try await write()
        let changes = try fixture.replica.ownChanges(after: UInt64(before), maxBytes: .max).map { try $0.change() }
        let change = try #require(changes.last)
        var state: EntityState?
        for earlier in try fixture.replica.ownChanges(after: 0, maxBytes: .max).map({ try $0.change() }) where earlier.entityID == change.entityID && earlier.seq < change.seq {
            if state == nil { state = EntityState(entityType: earlier.entityType, scope: earlier.scope) }
            state!.apply(earlier)
        }
        return (change, state)
    }

    @Test func aNodeMayCreateAnOfficerOfItsOwnDistrict() async throws {
        let (change, current) = try await lastChange { try await fixture.officer() }
        #expect(AccountBook.nodeWriteRefusal(change, current: current, district: "651") == nil)
        #expect(AccountBook.nodeWriteRefusal(change, current: current, district: "648") != nil, "not of another district")
    }

    @Test func aNodeMayNotCreateAnOperatorAUnitHandlerOrADisabledAccount() async throws {
        for account in [
            Account(district: "651", user: "a1", name: "", roles: [.provincialOperator]),
            Account(district: "651", user: "a2", name: "", roles: [.districtOfficer, .administrator]),
            Account(district: "651", user: "a3", name: "", roles: [.unitHandler], unit: "ubnd-xa"),
            Account(district: "651", user: "a4", name: "", roles: [.districtOfficer], disabled: true),
        ] {
            let (change, current) = try await lastChange { try await fixture.book.create(account, password: AccessFixture.password, author: "node") }
            #expect(AccountBook.nodeWriteRefusal(change, current: current, district: "651") != nil, "\(account.qualifiedName)")
        }
    }

    @Test func aNodeMayChangeAPasswordAndSignOutButNotRolesOrDisabling() async throws {
        var account = try await fixture.officer()
        let (password, before) = try await lastChange {
            try await fixture.book.setPassword(district: "651", user: "can-bo", password: "mat-khau-moi-123", author: "can-bo")
        }
        #expect(AccountBook.nodeWriteRefusal(password, current: before, district: "651") == nil)
        let (signOut, held) = try await lastChange { try await fixture.book.endSessions(district: "651", user: "can-bo", author: "can-bo") }
        #expect(AccountBook.nodeWriteRefusal(signOut, current: held, district: "651") == nil)
        account.roles = [.districtOfficer, .administrator]
        let (promotion, current) = try await lastChange { try await fixture.book.update(account, author: "node") }
        #expect(AccountBook.nodeWriteRefusal(promotion, current: current, district: "651") != nil)
        account.roles = [.districtOfficer]
        account.disabled = true
        let (disabling, state) = try await lastChange { try await fixture.book.update(account, author: "node") }
        #expect(AccountBook.nodeWriteRefusal(disabling, current: state, district: "651") != nil)
    }
}
