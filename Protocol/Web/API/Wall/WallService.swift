import Access
import Foundation
import Hummingbird
import ServiceLifecycle
import StaffUI
import Synchronization
import Vietnam

/// The operations center's wall, `/ui/ioc`: at the hub the province with every node's link,
/// at a node its own district with its link to the hub; the same page, assembled from the
/// services mounted at the site (`sources`).
///
/// Each screen of a room has its own URL (`WallScreen`: one part, one service, one measure),
/// and a display may run a playlist instead, `/ui/ioc/playlist/NAME`, which shows each of its
/// screens in turn (a page refresh to the next one, so a display that lost its network
/// resumes the rotation by itself).
///
/// Guarantees: needs a staff session with `wall.read` (the kiosk role holds nothing else);
/// the live stream `/ui/ioc/events` sends an `update` when a text changes and a comment
/// every 15 s, serves at most `maxStreams` readers at once (503 beyond), and ends when the
/// process begins its graceful shutdown, so a stopping hub never waits for a screen.
public struct WallService: Sendable {
    let web: WebRoutes
    let sources: [any WallSource]
    let links: @Sendable () -> [WallLink]
    let title: @Sendable (Localizer) -> String
    let isDistrictCenter: Bool
    let now: @Sendable () -> Int64
    let streams: Streams
    let updateInterval: Duration
    /// The configured playlists, and `WallPlaylist.everyService` of the sources when none.
    let playlists: [WallPlaylist]
    /// The districts the map frames: a node's own; nil for the province.
    let focus: [String]?

    public static let defaultMaxStreams = 64
    static let keepAliveInterval: Duration = .seconds(15)

    /// Counts the open streams against the cap.
    final class Streams: Sendable {
        let limit: Int
        private let open = Mutex(0)
        init(limit: Int) { self.limit = limit }
        func enter() -> Bool { open.withLock { count in count < limit ? { count += 1; return true }() : false } }
        func leave() { open.withLock { $0 -= 1 } }
        var count: Int { open.withLock { $0 } }
    }

    public init(
        records: FieldReportService, sources: [any WallSource], links: @escaping @Sendable () -> [WallLink], title: @escaping @Sendable (Localizer) -> String,
        isDistrictCenter: Bool, focus: [String]? = nil, playlists: [WallPlaylist] = [], maxStreams: Int = defaultMaxStreams, updateInterval: Duration = .seconds(2),
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
    ) {
        self.focus = focus
        self.playlists = playlists.isEmpty ? [WallPlaylist.everyService(sources.map(\.wallKey))] : playlists
        web = WebRoutes(api: records.routes, siteTitle: records.siteTitle)
        self.sources = sources
        self.links = links
        self.title = title
        self.isDistrictCenter = isDistrictCenter
        self.now = now
        streams = Streams(limit: maxStreams)
        self.updateInterval = updateInterval
    }

    public func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("ui/ioc") { request, _ in
            await web.signedIn(request, .wallRead) { principal in
                let context = web.context(request, audience: .staff)
                let page = await self.page(request, principal, context.localizer)
                return WebRoutes.html(StaffPages.wall(page, context: context))
            }
        }
        router.get("ui/ioc/events") { request, _ in await web.signedIn(request, .wallRead) { principal in self.events(request, principal) } }
        router.get("ui/ioc/playlist/:name") { request, context in
            let name = context.parameters.get("name") ?? ""
            return await web.signedIn(request, .wallRead) { principal in
                let page = web.context(request, audience: .staff)
                guard let playlist = self.playlists.first(where: { $0.name == name }) else {
                    return web.errorPage(request, .notFound, page.localizer.wallNoPlaylist(name, known: self.playlists.map(\.name)))
                }
                let step = RecordRoutes.parameters(request)["step"].flatMap(Int.init) ?? 0
                let (screen, next) = playlist.screen(at: step)
                var wall = await self.page(request, principal, page.localizer, screen: screen, kiosk: true)
                wall.next = ("/ui/ioc/playlist/\(playlist.name)?step=\(next)", playlist.seconds)
                return WebRoutes.html(StaffPages.wall(wall, context: page))
            }
        }
    }

    func page(_ request: Request, _ principal: Principal, _ l: Localizer) async -> WallPage {
        let parameters = RecordRoutes.parameters(request)
        return await page(request, principal, l, screen: WallScreen(parameters: parameters), kiosk: parameters["kiosk"] == "1")
    }

    func page(_ request: Request, _ principal: Principal, _ l: Localizer, screen: WallScreen, kiosk: Bool) async -> WallPage {
        let areas = principal.districts.map { Array($0).sorted() }
        let at = now()
        var tiles: [WallTile] = [], alerts: [WallAlert] = [], measures: [WallMeasure] = []
        for source in sources where screen.service == nil || screen.service == source.wallKey {
            if let tile = await source.wallTile(l, areas: areas, now: at) { tiles.append(tile) }
            alerts += await source.wallAlerts(l, areas: areas, now: at)
            measures += await source.wallMeasures(l, areas: areas, now: at)
        }
        return WallPage(
            title: title(l), isDistrictCenter: isDistrictCenter, tiles: tiles, links: links(), alerts: alerts, measures: measures,
            screen: screen, kiosk: kiosk, focus: focus, now: at)
    }

    private func events(_ request: Request, _ principal: Principal) -> Response {
        guard streams.enter() else {
            return Response(status: .serviceUnavailable, headers: [.retryAfter: "30", .contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "too many wall screens\n")))
        }
        let l = web.localizer(request)
        let service = self
        let body = ResponseBody { writer in
            defer { service.streams.leave() }
            try await writer.write(ByteBuffer(string: "retry: 5000\n\n"))
            var last: WallUpdate?
            var lastWrite = ContinuousClock.now
            var nextUpdate = ContinuousClock.now
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            while !Task.isShuttingDownGracefully, !Task.isCancelled {
                if ContinuousClock.now >= nextUpdate {
                    nextUpdate = ContinuousClock.now + service.updateInterval
                    let update = WallUpdate(await service.page(request, principal, l), l)
                    if update != last {
                        let json = String(decoding: try encoder.encode(update), as: UTF8.self)
                        try await writer.write(ByteBuffer(string: "event: update\ndata: \(json)\n\n"))
                        last = update
                        lastWrite = ContinuousClock.now
                    }
                }
                if ContinuousClock.now - lastWrite >= Self.keepAliveInterval {
                    try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                    lastWrite = ContinuousClock.now
                }
                try? await Task.sleep(for: .milliseconds(200))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
            body: body)
    }
}
