import Access
import CRDT
import Foundation
import Replica

/// A replica with an account book in a temporary folder that disappears with the fixture.
final class AccessFixture: @unchecked Sendable {
    let folder: String
    let replica: Replica
    let book: AccountBook

    init(workers: PasswordWorkers = PasswordWorkers()) throws {
        folder = NSTemporaryDirectory() + "ioc-access-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        replica = try Replica(path: folder + "/site.sqlite", site: SiteID(7))
        book = AccountBook(replica: replica, workers: workers)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static let password = "mat-khau-dai-du"

    @discardableResult
    func officer(_ user: String = "can-bo", of district: String = "651") async throws -> Account {
        try await book.create(Account(district: district, user: user, name: "Cán bộ", roles: [.districtOfficer]), password: Self.password, author: "test")
    }
}
