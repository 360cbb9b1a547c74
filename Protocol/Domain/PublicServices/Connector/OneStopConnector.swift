import Foundation
import Synchronization
import Vietnam

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Polls the province's one-stop system for dossiers changed since the last poll and
/// ingests them, at the hub.
///
/// The exchange: `GET <url>?since=<yyyyMMddHHmmss>&page=<n>&size=<m>` (Vietnam's time, pages
/// from 0, ordered by last change, oldest first), answered by a JSON object holding the
/// dossiers under `data` (or `content`, as Spring pages have them) and `last: true` on the
/// last page (or `totalPages`). The parameter names are settings, so an adapter for another
/// system is configuration.
///
/// Guarantees:
/// - incremental and resumable: the cursor (the latest change ingested) is saved to a file
///   after every page, so a restarted hub goes on where it stopped; pages overlap at the
///   cursor's instant, which idempotent ingest makes harmless;
/// - a failed request is retried with exponential back-off; a run that still fails keeps
///   the cursor and is reported in `status`;
/// - a page's bad dossiers are reported with their reasons and skipped; each good dossier is
///   written whole;
/// - one run at a time.
public actor OneStopConnector {
    public struct Configuration: Sendable {
        public var url: URL
        /// Sent as `Authorization: Bearer …` when set.
        public var token: String?
        public var pageSize = 200
        /// Attempts per request before the run gives up.
        public var attempts = 4
        /// The first retry's wait; each next one doubles.
        public var retryDelay: Duration = .milliseconds(500)
        /// Longest wait for one answer.
        public var requestTimeout: Duration = .seconds(30)
        public var sinceParameter = "since"
        public var pageParameter = "page"
        public var sizeParameter = "size"
        /// The instant to start from when there is no cursor yet (nil: everything).
        public var start: Int64?

        public init(url: URL, token: String? = nil) {
            self.url = url
            self.token = token
        }
    }

    /// What the connector did: shown on the hub's pages and API.
    public struct Status: Sendable, Codable, Hashable {
        public var cursor: Int64?
        public var lastRunAt: Int64?
        public var lastSuccessAt: Int64?
        public var lastError: String?
        public var runs = 0
        public var pages = 0
        public var fetched = 0
        public var ingested = DossierDesk.IngestOutcome()
        /// The latest problems (at most 50), newest last.
        public var problems: [DossierProblem] = []
    }

    public let configuration: Configuration
    let desk: DossierDesk
    let cursorPath: String
    let author: String
    private(set) public var status: Status

    public init(configuration: Configuration, desk: DossierDesk, cursorPath: String, author: String = "mot-cua-tinh") {
        self.configuration = configuration
        self.desk = desk
        self.cursorPath = cursorPath
        self.author = author
        status = Status(cursor: Self.loadCursor(cursorPath))
    }

    /// One poll: every page changed since the cursor. Returns the status after it.
    @discardableResult
    public func run() async -> Status {
        status.runs += 1
        status.lastRunAt = desk.nowMillis
        do {
            var page = 0
            let since = status.cursor ?? configuration.start
            while true {
                let (items, last) = try await fetch(since: since, page: page)
                status.pages += 1
                status.fetched += items.count
                let outcome = try desk.importer.read(json: items)
                status.problems = Array((status.problems + outcome.problems).suffix(50))
                if !outcome.dossiers.isEmpty {
                    let written = try await desk.ingest(outcome.dossiers, author: author)
                    status.ingested.created += written.created
                    status.ingested.updated += written.updated
                    status.ingested.unchanged += written.unchanged
                }
                if let newest = outcome.dossiers.compactMap(\.updatedAt).max(), newest > (status.cursor ?? .min) {
                    status.cursor = newest
                    try await Self.saveCursor(newest, to: cursorPath)
                }
                if last || items.isEmpty { break }
                page += 1
            }
            status.lastSuccessAt = desk.nowMillis
            status.lastError = nil
        } catch {
            status.lastError = "\(error)"
        }
        return status
    }

    /// Why a request failed for good.
    public enum FetchError: Error, CustomStringConvertible {
        case status(Int, String)
        case notJSON(String)
        case transport(String)
        case timedOut

        public var description: String {
            switch self {
            case .status(let code, let body): "HTTP \(code): \(body)"
            case .notJSON(let why): "not a JSON page: \(why)"
            case .transport(let why): why
            case .timedOut: "no answer in time"
            }
        }

        /// Worth another attempt: the network, a timeout, 429 or a server error.
        var isTransient: Bool {
            switch self {
            case .status(let code, _): code == 429 || code >= 500
            case .transport, .timedOut: true
            case .notJSON: false
            }
        }
    }

    /// One page, with retries: its dossiers as JSON bytes and whether it is the last.
    func fetch(since: Int64?, page: Int) async throws -> ([UInt8], Bool) {
        var components = URLComponents(url: configuration.url, resolvingAgainstBaseURL: false)
        var query = components?.queryItems ?? []
        if let since { query.append(URLQueryItem(name: configuration.sinceParameter, value: Self.exported(since))) }
        query.append(URLQueryItem(name: configuration.pageParameter, value: String(page)))
        query.append(URLQueryItem(name: configuration.sizeParameter, value: String(configuration.pageSize)))
        components?.queryItems = query
        guard let url = components?.url else { throw FetchError.transport("bad URL \(configuration.url)") }
        var delay = configuration.retryDelay
        var attempt = 1
        while true {
            do {
                let (status, body) = try await get(url)
                guard status == 200 else { throw FetchError.status(status, String(decoding: body.prefix(200), as: UTF8.self)) }
                return try Self.page(body, page: page)
            } catch let error as FetchError where error.isTransient && attempt < configuration.attempts {
                try await Task.sleep(for: delay)
                delay *= 2
                attempt += 1
            }
        }
    }

    /// The dossiers of a page and whether it is the last.
    static func page(_ body: Data, page: Int) throws -> ([UInt8], Bool) {
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else {
            throw FetchError.notJSON(String(decoding: body.prefix(120), as: UTF8.self))
        }
        guard let items = (object["data"] ?? object["content"] ?? object["items"]) as? [Any] else { throw FetchError.notJSON("no data array") }
        let last = (object["last"] as? Bool) ?? (object["totalPages"] as? Int).map { page + 1 >= $0 } ?? items.isEmpty
        return (Array(try JSONSerialization.data(withJSONObject: items)), last)
    }

    private func get(_ url: URL) async throws -> (Int, Data) {
        var request = URLRequest(url: url)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let token = configuration.token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let seconds = Double(configuration.requestTimeout.components.seconds) + Double(configuration.requestTimeout.components.attoseconds) / 1e18
        request.timeoutInterval = seconds
        let outcome = Mutex<CheckedContinuation<(Int, Data), any Error>?>(nil)
        let task = Mutex<URLSessionDataTask?>(nil)
        // corelibs-foundation may never call back (a 401 with a challenge): a deadline ends the wait.
        return try await withCheckedThrowingContinuation { continuation in
            outcome.withLock { $0 = continuation }
            let dataTask = URLSession.shared.dataTask(with: request) { data, response, error in
                guard let waiting = outcome.withLock({ c in
                    let taken = c
                    c = nil
                    return taken
                }) else { return }
                if let error { waiting.resume(throwing: FetchError.transport("\(error.localizedDescription)")) } else {
                    waiting.resume(returning: ((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data()))
                }
            }
            task.withLock { $0 = dataTask }
            dataTask.resume()
            Task {
                try? await Task.sleep(for: configuration.requestTimeout + .seconds(1))
                guard let waiting = outcome.withLock({ c in
                    let taken = c
                    c = nil
                    return taken
                }) else { return }
                task.withLock { $0?.cancel() }
                waiting.resume(throwing: FetchError.timedOut)
            }
        }
    }

    /// `yyyyMMddHHmmss` in Vietnam's time, as the national portal writes instants.
    static func exported(_ millis: Int64) -> String {
        let local = millis + VietnamTime.offsetMillis
        let day = Int((Double(local) / 86_400_000).rounded(.down))
        let rest = Int((local - Int64(day) * 86_400_000) / 1000)
        let date = CivilDate(daysSince1970: day)
        func pad(_ n: Int, _ width: Int = 2) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return pad(date.year, 4) + pad(date.month) + pad(date.day) + pad(rest / 3600) + pad(rest / 60 % 60) + pad(rest % 60)
    }

    static func loadCursor(_ path: String) -> Int64? {
        guard let data = FileManager.default.contents(atPath: path), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return (object["cursor"] as? NSNumber)?.int64Value
    }

    /// Writes the cursor to a temporary file and renames it over the old one, off the
    /// cooperative pool: a crash leaves the old cursor or the new, never half of one.
    static func saveCursor(_ cursor: Int64, to path: String) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            DispatchQueue.global().async {
                do {
                    let data = try JSONSerialization.data(withJSONObject: ["cursor": cursor, "since": exported(cursor)])
                    try data.write(to: URL(fileURLWithPath: path), options: .atomic)
                    done.resume()
                } catch { done.resume(throwing: error) }
            }
        }
    }
}
