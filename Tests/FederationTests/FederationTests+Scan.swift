import Foundation
import Testing

extension FederationTests {
    /// schemathesis, an independent tool, fuzzes every operation of a running node's own
    /// OpenAPI document as the district's officer: no server error, every status code and
    /// body as documented, and the node still serving afterwards.
    @Test func schemathesisFindsNoServerErrorOrSchemaViolationAtANode() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startNode("ea-kar")
            try Self.scan(base: try federation.http("ea-kar").base, user: "an@651", folder: federation.folder)
            #expect(try await federation.http("ea-kar").get("/healthz").status == 200)
        }
    }

    /// The same at the hub, as the province's operator and administrator (reference editing,
    /// sync state and metrics included).
    @Test func schemathesisFindsNoServerErrorOrSchemaViolationAtTheHub() async throws {
        try await Federation.with { federation in
            try await federation.startHub()
            try Self.scan(base: federation.hubHTTP.base, user: "dieu-hanh", folder: federation.folder)
            #expect(try await federation.hubHTTP.get("/healthz").status == 200)
        }
    }

    /// Runs schemathesis for `seconds` against the document the site serves; throws with its
    /// report when it finds anything.
    static func scan(base: String, user: String, folder: String, seconds: Int = 25) throws {
        let executable = ["/usr/local/bin/schemathesis", "/usr/bin/schemathesis"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/schemathesis" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let executable else { throw HarnessError("schemathesis is missing: Deploy/install-deps --python installs it (pip install schemathesis)") }
        // At nice 10 and one worker: the scan runs beside the rest of the suite on two cores,
        // and must not starve the processes other tests are starting. It runs in the test's
        // folder, where it leaves its cache.
        let report = try FederationProcess.runSystem("/usr/bin/env", [
            "-C", folder, "nice", "-n", "10", executable, "run", base + "/api/v1/openapi.json", "--auth", "\(user):\(HTTP.password)",
            "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            "--phases", "examples,coverage,fuzzing", "--max-time", "\(seconds)", "--workers", "1", "--seed", "20261205", "--no-color",
            "--report-dir", folder + "/schemathesis",
        ])
        #expect(report.contains(" passed"), "\(report.suffix(2_000))")
    }
}
