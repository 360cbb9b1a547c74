import Foundation

/// A real headless Chromium (Debian's `chromium`) driving the web UI: each call loads a
/// page, lets redirects and scripts finish (virtual time), and returns the DOM as text.
/// One profile folder per browser keeps the session cookie between calls.
///
/// Forms are submitted from pages served on another loopback port: same site as the
/// node (ports do not count), so the browser sends its `SameSite=Lax` session cookie
/// with the POST exactly as it does for the node's own forms.
final class Browser: Sendable {
    static let executable = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let profile: String
    private let pages: String
    private let pageServer: StaticPageServer
    private let pageBase: String

    init(folder: String) async throws {
        guard Self.executable != nil else {
            throw HarnessError("headless Chromium is missing: Deploy/test installs Debian's `chromium` (apt-get install chromium)")
        }
        let id = UUID().uuidString.prefix(6)
        profile = folder + "/chromium-\(id)"
        pages = folder + "/pages-\(id)"
        try FileManager.default.createDirectory(atPath: profile, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
        try "ok".write(toFile: pages + "/ready", atomically: true, encoding: .utf8)
        pageServer = try await StaticPageServer(name: "pages-\(id)", serving: pages, logFolder: folder)
        pageBase = pageServer.base
    }

    /// The DOM of `url` after it loaded.
    func dom(_ url: String) throws -> String {
        try FederationProcess.runSystem(Self.executable!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile)",
            "--virtual-time-budget=5000", "--dump-dom", url,
        ])
    }

    /// Submits a form as a person would (a POST navigation from a page), and returns the
    /// DOM of where the server's answer (and its redirects) lead.
    func submit(_ action: String, _ fields: [String: String]) throws -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let inputs = fields.map { "<input type=\"hidden\" name=\"\(escape($0.key))\" value=\"\(escape($0.value))\">" }.joined()
        let name = "form-\(UUID().uuidString.prefix(6)).html"
        let page = pages + "/" + name
        let html = """
            <!doctype html><meta charset="utf-8"><form id="f" method="post" action="\(escape(action))" accept-charset="utf-8">\(inputs)</form>
            <script>document.getElementById('f').submit()</script>
            """
        try html.write(toFile: page, atomically: true, encoding: .utf8)
        return try dom(pageBase + "/" + name)
    }

    /// The value of the hidden `csrf_token` field in `dom`.
    static func csrfToken(in dom: String) -> String? {
        guard let range = dom.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        return String(dom[range.upperBound...].prefix { $0 != "\"" })
    }
}
