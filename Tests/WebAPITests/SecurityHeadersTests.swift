import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import StaffUI
import Testing

@testable import WebAPI

/// What every answer of a site carries, and the deadline on a request's head.
@Suite struct SecurityHeadersTests: Sendable {
    let hub: AccessHub
    init() async throws { hub = try await AccessHub() }

    @Test func everyAnswerErrorsIncludedCarriesTheSecurityHeaders() async throws {
        try await hub.test { client async throws in
            for path in ["/report", "/ui/login", "/api/v1/cases", "/no/such/page", "/assets/ioc.css"] {
                try await client.execute(uri: path, method: .get) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), "\(path)")
                    #expect(!policy.contains("unsafe-inline"), "\(path)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin", "\(path)")
                    #expect(response.headers[.strictTransportSecurity] == nil, "no HSTS over plain HTTP")
                }
            }
        }
    }

    @Test func theStylesheetAndThePickerScriptAreServedAsFiles() async throws {
        try await hub.test { client async throws in
            for asset in StaticAsset.all {
                try await client.execute(uri: asset.href, method: .get) { response in
                    #expect(response.status == .ok && response.headers[.contentType] == asset.contentType)
                    #expect(Array(buffer: response.body) == asset.bytes)
                }
            }
        }
    }

    @Test func aConnectionWhoseRequestHeadNeverCompletesIsClosedAtTheDeadline() throws {
        let loop = EmbeddedEventLoop()
        let channel = EmbeddedChannel(handler: RequestHeadDeadline(timeout: .seconds(15)), loop: loop)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        loop.advanceTime(by: .seconds(14))
        #expect(channel.isActive)
        loop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive)
    }

    @Test func aRequestHeadInTimeCancelsTheDeadlineAndTheAnswerRearmsIt() throws {
        let loop = EmbeddedEventLoop()
        let channel = EmbeddedChannel(handler: RequestHeadDeadline(timeout: .seconds(15)), loop: loop)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        loop.advanceTime(by: .seconds(10))
        try channel.writeInbound(HTTPRequestPart.head(HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/")))
        loop.advanceTime(by: .seconds(60))
        #expect(channel.isActive, "a slow answer is not the client's fault")
        try channel.writeOutbound(HTTPResponsePart.end(nil))
        loop.advanceTime(by: .seconds(16))
        #expect(!channel.isActive, "the next head must come in time too")
    }
}
