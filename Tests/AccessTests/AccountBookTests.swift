import Access
import CRDT
import Foundation
import GRDB
import Identity
import Replica
import Testing

@Suite struct AccountBookTests {
    let fixture: AccessFixture
    init() throws { fixture = try AccessFixture() }

    @Test func accountsAreKeyedByDistrictAndUserName() async throws {
        try await fixture.officer("can-bo", of: "651")
        try await fixture.officer("can-bo", of: "648")
        #expect(try await fixture.book.list().map(\.qualifiedName) == ["can-bo@648", "can-bo@651"])
        #expect(await fixture.book.resolve("can-bo", home: "648")?.district == "648")
        #expect(await fixture.book.resolve("can-bo@651", home: "648")?.district == "651")
    }

    @Test func theRightPasswordSignsInAndAWrongOneOrADisabledAccountDoesNot() async throws {
        var account = try await fixture.officer()
        #expect(try await fixture.book.verify("can-bo", password: AccessFixture.password, home: "651") != nil)
        #expect(try await fixture.book.verify("can-bo", password: "sai-mat-khau", home: "651") == nil)
        #expect(try await fixture.book.verify("khong-co", password: AccessFixture.password, home: "651") == nil)
        account.disabled = true
        try await fixture.book.update(account, author: "quan-tri")
        #expect(try await fixture.book.verify("can-bo", password: AccessFixture.password, home: "651") == nil)
    }

    @Test func disablingAPasswordChangeAndSignOutEverywhereEachRaiseTheEpoch() async throws {
        var account = try await fixture.officer()
        let start = account.epoch
        try await fixture.book.setPassword(district: "651", user: "can-bo", password: "mat-khau-moi-123", author: "can-bo")
        try await fixture.book.endSessions(district: "651", user: "can-bo", author: "can-bo")
        account.disabled = true
        try await fixture.book.update(account, author: "quan-tri")
        #expect(await fixture.book.account(district: "651", user: "can-bo")?.epoch == start + 3)
        #expect(try await fixture.book.verify("can-bo@651", password: "mat-khau-moi-123", home: nil) == nil, "disabled")
    }

    @Test func badAccountsAreRefusedAndWriteNothing() async throws {
        let cases: [(Account, String, AccessError)] = [
            (Account(district: "651", user: "Có Dấu", name: "", roles: [.districtOfficer]), AccessFixture.password, .invalidUserName("Có Dấu")),
            (Account(district: "999", user: "an", name: "", roles: [.districtOfficer]), AccessFixture.password, .invalidDistrict("999")),
            (Account(district: "651", user: "an", name: "", roles: []), AccessFixture.password, .noRoles),
            (Account(district: "651", user: "an", name: "", roles: [.unitHandler]), AccessFixture.password, .unitRequired),
            (Account(district: "651", user: "an", name: "", roles: [.districtOfficer]), "ngan", .passwordTooShort(minimum: 8)),
        ]
        for (account, password, expected) in cases {
            await #expect(throws: expected) { try await fixture.book.create(account, password: password, author: "test") }
        }
        #expect(try await fixture.book.list().isEmpty)
    }

    @Test func aSecondCreateOfTheSameAccountIsRefusedUnlessReplacing() async throws {
        try await fixture.officer()
        await #expect(throws: AccessError.accountExists("can-bo@651")) { try await fixture.officer() }
    }

    @Test func theFormerStaffTableBecomesAccountsWithTheirPasswordsOnce() async throws {
        let hash = try PasswordHash.make(password: "mat-khau-cu-1")
        try await fixture.replica.withDatabase { db in
            try db.execute(sql: "CREATE TABLE staff (user TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, password_hash TEXT NOT NULL, created_ms INTEGER NOT NULL)")
            try db.execute(sql: "INSERT INTO staff VALUES ('can-bo', 'Cán bộ Ea Kar', ?, 0)", arguments: [hash])
        }
        let carried = try await fixture.book.migrateLegacyStaff(home: "651", author: "system")
        #expect(carried.map(\.qualifiedName) == ["can-bo@651"])
        #expect(try await fixture.book.verify("can-bo", password: "mat-khau-cu-1", home: "651")?.roles == [.districtOfficer])
        #expect(try await fixture.book.migrateLegacyStaff(home: "651", author: "system").isEmpty, "idempotent")
        let hub = try AccessFixture()
        try await hub.replica.withDatabase { db in
            try db.execute(sql: "CREATE TABLE staff (user TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, password_hash TEXT NOT NULL, created_ms INTEGER NOT NULL)")
            try db.execute(sql: "INSERT INTO staff VALUES ('dieu-hanh', 'Điều hành', ?, 0)", arguments: [hash])
        }
        try await hub.book.migrateLegacyStaff(home: Scope.province, author: "system")
        #expect(await hub.book.account(district: Scope.province, user: "dieu-hanh")?.roles == [.provincialOperator, .administrator])
    }
}

