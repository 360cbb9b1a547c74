import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A minimal JSON client for the node and hub APIs.
struct HTTP {
    let base: String
    /// The staff account requests are made as (HTTP Basic).
    var user = "can-bo"

    /// Accounts the harness creates at every site, all with `password`.
    static let staff = ["can-bo", "an", "binh", "dieu-hanh"]
    static let password = "mat-khau-thu-nghiem"

    /// The same client, signed in as `user`.
    func `as`(_ user: String) -> HTTP { HTTP(base: base, user: user) }

    struct Reply {
        let status: Int
        let data: Data
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:] }
    }

    func request(_ method: String, _ path: String, json: Any? = nil, body: Data? = nil, headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.timeoutInterval = 10
        if let json { request.httpBody = try JSONSerialization.data(withJSONObject: json) }
        if let body { request.httpBody = body }
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Basic " + Data("\(user):\(Self.password)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return Reply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, data: data)
    }

    func get(_ path: String) async throws -> Reply { try await request("GET", path) }
}
