import CRDT
import Dispatch
import Foundation
import Replica
import SiteProbes
import Synchronization
import Vietnam

/// One vantage point's checks of the monitored sites: the hub's, or a district node's.
///
/// Each site this vantage point is named for (`SiteVantages`) is probed every
/// `intervalMillis`; each result is read against the site's expectation and its approved
/// baseline, and moves the site's `VantageState` (down only after `confirmations` failures
/// in a row). What replicates, in this vantage point's scope:
/// - one `security-vantage` entity per site: the latest check and the state with its start,
///   written when the state, the page's verdict or the maintenance flag changes, and at least
///   every `heartbeatMillis` (so the hub can tell a silent vantage point from a healthy one);
/// - one `security-probe-hour` entity per site and hour: checks, failures, degraded checks
///   and the sum of response times, as per-site counters (nothing lost when written twice);
/// - at the hub only (`recordsPages`), the page last seen, when its structure changes: what an
///   operator approves as the baseline.
///
/// Threads: probes are blocking libcurl calls and run on a dispatch queue of their own, at
/// most `maxConcurrent` at once, never on the cooperative pool; one site is never probed
/// twice at once. Safe to call from any task.
public final class SiteMonitor: Sendable {
    public struct Settings: Sendable {
        /// How often due sites are looked for and results written.
        public var tickMillis: Int64 = 500
        public var heartbeatMillis: Int64 = 60_000
        /// How often the registry and the baselines are read again.
        public var reloadMillis: Int64 = 5_000
        public var maxConcurrent = 16
        public var confirmations = 3
        public var probeOptions = HTTPProbe.Options()

        public init() {}
    }

    public typealias Probe = @Sendable (MonitoredSite, HTTPProbe.Options, Int64) -> ProbeResult
    public static let vantageType = "security-vantage"
    public static let hourType = "security-probe-hour"

    public let desk: SecurityDesk
    /// `hub`, or the node's district code.
    public let vantage: String
    let writeScope: String
    let recordsPages: Bool
    let settings: Settings
    let probe: Probe
    let didWrite: @Sendable () -> Void
    let onFailure: @Sendable (SecurityError) -> Void
    private let queue = DispatchQueue(label: "ioc.site-probes", attributes: .concurrent)
    private let state = Mutex(State())
    private let loop = Mutex<Task<Void, Never>?>(nil)

    /// - Parameters:
    ///   - vantage: `SiteVantages.hubName` at the hub, the district code at a node.
    ///   - writeScope: where this vantage point's records live (the hub's own scope, or the district).
    ///   - probe: how a page is fetched (`HTTPProbe.run` unless a test or the bench says otherwise).
    public init(
        desk: SecurityDesk, vantage: String, writeScope: String, recordsPages: Bool, settings: Settings = Settings(),
        probe: @escaping Probe = { site, options, now in HTTPProbe.run(site.url, options: options, now: now) },
        didWrite: @escaping @Sendable () -> Void = {}, onFailure: @escaping @Sendable (SecurityError) -> Void = { _ in }
    ) {
        self.desk = desk
        self.vantage = vantage
        self.writeScope = writeScope
        self.recordsPages = recordsPages
        self.settings = settings
        self.probe = probe
        self.didWrite = didWrite
        self.onFailure = onFailure
    }

    static func vantageID(site: String, vantage: String) -> EntityID { StableID.make(vantageType, "\(site)|\(vantage)") }
    static func hourID(site: String, vantage: String, hour: Int64) -> EntityID { StableID.make(hourType, "\(site)|\(vantage)|\(hour)") }

    /// What one vantage point keeps of one site between checks.
    struct Watch {
        var site: MonitoredSite
        var vantage: VantageState
        var nextDue: Int64 = 0
        var inFlight = false
        var latest: SiteCheck?
        /// What the replicated record says now, to write only what moved.
        var written: (state: VantageState.State, page: DefacementCheck.Verdict?, maintenance: Bool, at: Int64)?
        var fresh = false
    }

    struct HourCounts {
        var checks: Int64 = 0, failed: Int64 = 0, degraded: Int64 = 0, millis: Int64 = 0
    }

    struct State {
        var watches: [String: Watch] = [:]
        var baselines: [String: PageFingerprint] = [:]
        var loadedAt: Int64?
        var inFlight = 0
        var hours: [String: [Int64: HourCounts]] = [:]
        /// Pages seen at the hub and not yet written, and the structure last written per site.
        var pages: [String: (PageFingerprint, Int64)] = [:]
        var pageHashes: [String: String] = [:]
        var checks = 0
    }

    /// Checks made since start.
    public var checksMade: Int { state.withLock { $0.checks } }

    /// Starts the periodic checks; `stop` ends them.
    public func start() {
        let task = Task.detached { [self] in
            while !Task.isCancelled {
                await self.tick(waitForProbes: false)
                try? await Task.sleep(for: .milliseconds(self.settings.tickMillis))
            }
            await self.flush()
        }
        loop.withLock { $0 = task }
    }

    public func stop() { loop.withLock { $0?.cancel() } }

    /// Probes every site this vantage point watches now, whatever its interval, waits for
    /// the results and writes them: what a test or an operator's "check now" wants.
    public func checkAll() async {
        await reload(force: true)
        state.withLock { state in for code in state.watches.keys { state.watches[code]?.nextDue = Int64.min } }
        // Each tick takes at most `maxConcurrent`: tick until no site is left waiting.
        repeat {
            await tick(waitForProbes: true)
        } while state.withLock({ $0.watches.values.contains { $0.nextDue == Int64.min } })
    }

    private func tick(waitForProbes: Bool) async {
        await reload(force: false)
        let now = desk.nowMillis
        let due = state.withLock { state -> [MonitoredSite] in
            var due: [MonitoredSite] = []
            for code in state.watches.keys.sorted() {
                guard var watch = state.watches[code], !watch.inFlight, watch.nextDue <= now, state.inFlight < settings.maxConcurrent else { continue }
                watch.inFlight = true
                watch.nextDue = now + watch.site.intervalMillis
                state.watches[code] = watch
                state.inFlight += 1
                due.append(watch.site)
            }
            return due
        }
        if waitForProbes {
            await withTaskGroup(of: Void.self) { group in for site in due { group.addTask { await self.check(site) } } }
        } else {
            for site in due { Task.detached { await self.check(site) } }
        }
        await flush()
    }

    /// Reads the registry and the baselines again when they are due (or `force`).
    private func reload(force: Bool) async {
        let now = desk.nowMillis
        guard force || state.withLock({ $0.loadedAt.map { now - $0 >= settings.reloadMillis } ?? true }) else { return }
        do throws(SecurityError) {
            let sites = try await desk.sites().filter { !$0.retired && $0.vantages.includes(vantage) }
            let baselines = try await desk.baselines()
            let hashes = recordsPages ? try await desk.pageHashes() : [:]
            state.withLock { state in
                state.loadedAt = now
                state.baselines = baselines
                if state.pageHashes.isEmpty { state.pageHashes = hashes }
                let codes = Set(sites.map(\.code))
                for code in state.watches.keys where !codes.contains(code) { state.watches[code] = nil }
                for site in sites {
                    if var watch = state.watches[site.code] {
                        if watch.site.intervalMillis != site.intervalMillis { watch.nextDue = min(watch.nextDue, now) }
                        watch.site = site
                        state.watches[site.code] = watch
                    } else {
                        state.watches[site.code] = Watch(site: site, vantage: VantageState(confirmations: settings.confirmations))
                    }
                }
            }
        } catch { onFailure(error) }
    }

    /// One probe of one site, off the cooperative pool, read and recorded in memory.
    private func check(_ site: MonitoredSite) async {
        let baseline = state.withLock { $0.baselines[site.code] }
        let at = desk.nowMillis
        let options = settings.probeOptions
        let check: SiteCheck = await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: SiteCheck(self.probe(site, options, at), site: site, baseline: baseline))
            }
        }
        state.withLock { state in
            state.inFlight -= 1
            state.checks += 1
            guard var watch = state.watches[site.code] else { return }
            watch.inFlight = false
            watch.vantage.record(check.outcome, at: check.at)
            watch.latest = check
            watch.fresh = true
            state.watches[site.code] = watch
            var counts = state.hours[site.code, default: [:]][VietnamTime.hourStart(millis: check.at), default: HourCounts()]
            counts.checks += 1
            if check.outcome.health == .failed { counts.failed += 1 }
            if check.outcome.health == .degraded { counts.degraded += 1 }
            counts.millis += Int64(check.totalMillis.rounded())
            state.hours[site.code, default: [:]][VietnamTime.hourStart(millis: check.at)] = counts
            if recordsPages, let page = check.page, state.pageHashes[site.code] != page.domHash { state.pages[site.code] = (page, check.at) }
        }
    }

    /// Writes what moved since the last flush in one transaction; on failure, keeps the
    /// counts to write with the next.
    func flush() async {
        let now = desk.nowMillis
        let (writes, hours, pages, marks) = state.withLock { state -> ([EntityWrite], [String: [Int64: HourCounts]], [String: (PageFingerprint, Int64)], [String: (VantageState.State, DefacementCheck.Verdict?, Bool, Int64)]) in
            var writes: [EntityWrite] = []
            var marks: [String: (VantageState.State, DefacementCheck.Verdict?, Bool, Int64)] = [:]
            for code in state.watches.keys.sorted() {
                guard let watch = state.watches[code], watch.fresh, let check = watch.latest else { continue }
                let maintenance = watch.site.inMaintenance(at: check.at)
                let mark = (watch.vantage.state, check.finding?.verdict, maintenance, now)
                if let written = watch.written, written.state == mark.0, written.page == mark.1, written.maintenance == mark.2,
                    now - written.at < settings.heartbeatMillis
                {
                    continue
                }
                marks[code] = mark
                writes.append(EntityWrite(
                    id: Self.vantageID(site: code, vantage: vantage), type: Self.vantageType, scope: writeScope,
                    edits: check.edits(site: code, vantage: vantage, state: watch.vantage, maintenance: maintenance)))
            }
            for (code, byHour) in state.hours.sorted(by: { $0.key < $1.key }) {
                for (hour, counts) in byHour.sorted(by: { $0.key < $1.key }) {
                    var edits = [
                        Edit("site", .assign(JSONFragment.encode(code))), Edit("vantage", .assign(JSONFragment.encode(vantage))),
                        Edit("hour_ms", .assign(JSONFragment.encode(hour))), Edit("checks", .increment(counts.checks)),
                    ]
                    if counts.failed > 0 { edits.append(Edit("failed", .increment(counts.failed))) }
                    if counts.degraded > 0 { edits.append(Edit("degraded", .increment(counts.degraded))) }
                    if counts.millis > 0 { edits.append(Edit("millis", .increment(counts.millis))) }
                    writes.append(EntityWrite(id: Self.hourID(site: code, vantage: vantage, hour: hour), type: Self.hourType, scope: writeScope, edits: edits))
                }
            }
            for (code, page) in state.pages.sorted(by: { $0.key < $1.key }) {
                writes.append(EntityWrite(
                    id: SecurityDesk.pageID(code), type: SecurityDesk.pageType, scope: Scope.hub,
                    edits: [
                        Edit("site", .assign(JSONFragment.encode(code))), Edit("fingerprint", .assign(JSONFragment.encoded(page.0))),
                        Edit("seen_ms", .assign(JSONFragment.encode(page.1))),
                    ]))
            }
            let taken = (writes, state.hours, state.pages, marks)
            state.hours = [:]
            state.pages = [:]
            for code in state.watches.keys { state.watches[code]?.fresh = false }
            return taken
        }
        guard !writes.isEmpty else { return }
        do {
            _ = try await desk.replica.write(writes, author: "monitor:\(vantage)")
            state.withLock { state in
                for (code, mark) in marks { state.watches[code]?.written = (mark.0, mark.1, mark.2, mark.3) }
                for (code, page) in pages { state.pageHashes[code] = page.0.domHash }
            }
            didWrite()
        } catch {
            state.withLock { state in
                for (code, byHour) in hours {
                    for (hour, counts) in byHour {
                        var merged = state.hours[code, default: [:]][hour, default: HourCounts()]
                        merged.checks += counts.checks
                        merged.failed += counts.failed
                        merged.degraded += counts.degraded
                        merged.millis += counts.millis
                        state.hours[code, default: [:]][hour] = merged
                    }
                }
                for (code, page) in pages where state.pages[code] == nil { state.pages[code] = page }
                for code in marks.keys { state.watches[code]?.fresh = true }
            }
            onFailure(.storage("\(error)"))
        }
    }
}
