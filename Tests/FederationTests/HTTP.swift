import Foundation
import Synchronization

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
        return try await withCheckedThrowingContinuation { continuation in
            let task = ChallengeRefusal.session.dataTask(with: request)
            ChallengeRefusal.shared.expect(task.taskIdentifier, continuation)
            task.resume()
        }
    }

    func get(_ path: String) async throws -> Reply { try await request("GET", path) }
}

/// The client's URLSession delegate. swift-corelibs-foundation (6.3.1) never completes a
/// request answered 401 with `WWW-Authenticate` when no delegate takes the challenge, and its
/// timeout does not fire either: this one refuses the challenge and answers the 401 itself.
final class ChallengeRefusal: NSObject, URLSessionDataDelegate, Sendable {
    static let shared = ChallengeRefusal()
    static let session = URLSession(configuration: .ephemeral, delegate: shared, delegateQueue: nil)

    private struct Pending {
        var continuation: CheckedContinuation<HTTP.Reply, any Error>
        var data = Data()
        var challenged: HTTPURLResponse?
    }

    private let pending = Mutex<[Int: Pending]>([:])

    func expect(_ task: Int, _ continuation: CheckedContinuation<HTTP.Reply, any Error>) {
        pending.withLock { $0[task] = Pending(continuation: continuation) }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        pending.withLock { $0[dataTask.taskIdentifier]?.data.append(data) }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        pending.withLock { $0[task.taskIdentifier]?.challenged = challenge.failureResponse as? HTTPURLResponse }
        completionHandler(.cancelAuthenticationChallenge, nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let done = pending.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let challenged = done.challenged {
            done.continuation.resume(returning: HTTP.Reply(status: challenged.statusCode, data: done.data))
        } else if let error {
            done.continuation.resume(throwing: error)
        } else {
            done.continuation.resume(returning: HTTP.Reply(status: (task.response as? HTTPURLResponse)?.statusCode ?? 0, data: done.data))
        }
    }
}
