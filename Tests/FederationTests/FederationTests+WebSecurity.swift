import Foundation
import Testing

extension FederationTests {
    /// A node given a certificate file serves HTTPS that curl verifies against it, announces an
    /// https address, sends HSTS and the security headers, and marks its session cookie Secure;
    /// plain HTTP on that port gets no page.
    @Test func aNodeServesHTTPSFromItsCertificateFileToCurl() async throws {
        try await Federation.with { federation in
            let certificate = federation.folder + "/site.crt", key = federation.folder + "/site.key"
            _ = try FederationProcess.runSystem("/usr/bin/openssl", [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", certificate,
                "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            ])
            try federation.addNode("ea-kar", district: "651", arguments: ["--https-certificate", certificate, "--https-key", key])
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let base = try federation.http("ea-kar").base
            #expect(base.hasPrefix("https://127.0.0.1:"))

            let page = try FederationProcess.runSystem("/usr/bin/curl", ["-sS", "--cacert", certificate, "-D", "-", "-o", "/dev/null", base + "/ui/login"])
            let head = page.lowercased()
            #expect(head.hasPrefix("http/1.1 200"))
            #expect(head.contains("strict-transport-security: max-age="))
            #expect(head.contains("content-security-policy: default-src 'none'; script-src 'self'"))
            #expect(head.contains("x-content-type-options: nosniff") && head.contains("referrer-policy: same-origin"))

            let signIn = try FederationProcess.runSystem("/usr/bin/curl", [
                "-sS", "--cacert", certificate, "-D", "-", "-o", "/dev/null", "--data-urlencode", "user=an", "--data-urlencode", "password=\(HTTP.password)",
                base + "/ui/login",
            ])
            let cookie = signIn.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie:") } ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("; Secure"), "\(cookie)")

            let plain = base.replacingOccurrences(of: "https://", with: "http://")
            #expect(throws: (any Error).self, "no page over plain HTTP") {
                try FederationProcess.runSystem("/usr/bin/curl", ["-sSf", "--max-time", "5", plain + "/ui/login"])
            }
        }
    }

    /// A missing certificate file stops `ioc-node serve` at once, naming the file.
    @Test func aMissingCertificateFileIsNamedAndNothingIsServed() throws {
        let folder = NSTemporaryDirectory() + "ioc-https-\(UUID().uuidString.prefix(6))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FederationProcess.run("ioc-node", ["init", "--data", folder, "--district", "651", "--name", "ea-kar"])
        do {
            try FederationProcess.run("ioc-node", [
                "serve", "--data", folder, "--http-port", "0", "--https-certificate", folder + "/none.crt", "--https-key", folder + "/none.key",
            ])
            Issue.record("serve started without its certificate")
        } catch {
            #expect("\(error)".contains(folder + "/none.crt"), "\(error)")
        }
        #expect(throws: (any Error).self, "both files or neither") {
            try FederationProcess.run("ioc-node", ["serve", "--data", folder, "--https-certificate", folder + "/none.crt"])
        }
    }

    /// Under the Content-Security-Policy, which forbids inline script, the report form's map
    /// picker still runs in Chromium: it is served as a file of the site.
    @Test func theMapPickerRunsInChromiumUnderTheContentSecurityPolicy() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let dom = try await Browser(folder: federation.folder).dom(try federation.http("ea-kar").base + "/report")
            #expect(dom.contains("class=\"map-picker active\""))
        }
    }
}
