import Access
import ArgumentParser
import CRDT
import Commands
import Foundation
import HubKit
import Replica
import StaffUI
import Vietnam

/// `ioc-hub token create|list|revoke`: integrators' API tokens, made and revoked at the hub.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Mã truy cập — API tokens for integrators (one-stop system, SOC, camera gateways), one permission each.",
        discussion: """
            A token holds one permission in one district (or the province), until it expires or is revoked; \
            revocation reaches every node with the next sync. The token is printed once: only its hash is kept.
            A camera gateway of Ea Kar:
              ioc-hub token create --data ./data/hub --label "Cổng camera Ea Kar" --district 651 --permission traffic.ingest
            It sends: Authorization: Bearer ioc_<id>_<secret>
            """,
        subcommands: [Create.self, List.self, Revoke.self])

    /// The permissions a token may be given, as the help lists them.
    static var grantable: String {
        AccessPolicy.standard.known.subtracting(APIToken.withheld).sorted().map(\.rawValue).joined(separator: ", ")
    }

    static func book(_ data: HubDataOption) throws -> APITokenBook {
        let (_, replica, _) = try HubApplication.open(HubConfiguration(dataDirectory: data.data))
        return APITokenBook(replica: replica)
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a token and print it once.")
        @OptionGroup var data: HubDataOption
        @Option(help: "What the token is for, in words (1–80 characters).") var label: String
        @Option(help: "A district code (651), or province for every district.") var district = "province"
        @Option(help: "The one permission it holds: \(TokenCommand.grantable).") var permission: String
        @Option(help: "Days until it expires (1–\(APITokenBook.maximumDays)).") var days = 365

        func run() async throws {
            let book = try TokenCommand.book(data)
            let (token, text) = try await book.create(
                label: label, district: district, permission: Permission(permission), days: days, known: AccessPolicy.standard.known,
                author: OperatingSystemUser.author, nowMillis: Int64(Replica.systemMillis()))
            try await HubStaffCommand.audit(book.replica).recordCommand(.accountsManage)
            FileHandle.standardError.write(Data((Localizer.bilingual { $0.tokenMade(token) } + "\n").utf8))
            print(text)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the tokens: id, label, district, permission, expiry, state (never the token).")
        @OptionGroup var data: HubDataOption
        @Option(help: "Only this district's (or province).") var district: String?

        func run() async throws {
            let now = Int64(Replica.systemMillis())
            for token in try await TokenCommand.book(data).list(district: district) {
                let state = token.revoked ? "revoked" : token.isValid(nowMillis: now) ? "active" : "expired"
                print([token.id, token.label, token.district, token.permission.rawValue, VietnamTime.dateTimeText(millis: token.expiresMillis), state].joined(separator: "\t"))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token for good: here at once, at every node after sync.")
        @OptionGroup var data: HubDataOption
        @Option(help: "The token's id (16 hex digits, from `token list`).") var id: String

        func run() async throws {
            let book = try TokenCommand.book(data)
            try await book.revoke(id: id, author: OperatingSystemUser.author)
            try await HubStaffCommand.audit(book.replica).recordCommand(.accountsManage)
            print(Localizer.bilingual { $0.tokenRevoked(id) })
        }
    }
}
