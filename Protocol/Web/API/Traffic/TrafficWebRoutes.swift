import Access
import CRDT
import FieldReports
import Foundation
import Hummingbird
import StaffUI
import TrafficAnalysis
import TrafficDesk
import TrafficForecast
import TrafficPlates
import Vietnam

/// The staff pages of the traffic service: overview with the district (or province) map,
/// camera pages with counts, intervals and forecasts, the events list with evidence and the
/// violation-to-case action, plate search with the route, and the watch-list (edited at the hub).
///
/// Guarantees: pages need a staff session; every form carries the session's CSRF token and a
/// refused action writes nothing and says why.
struct TrafficWebRoutes: Sendable {
    let web: WebRoutes
    let traffic: TrafficDesk
    let engine: TrafficEngine?

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("ui/traffic") { request, _ in await web.signedIn(request, .trafficRead) { principal in await self.overview(request, principal) } }
        router.get("ui/traffic/cameras/:id") { request, context in
            await web.signedIn(request, .trafficRead) { principal in await self.camera(request, principal, context.parameters.get("id") ?? "") }
        }
        router.get("ui/traffic/events") { request, _ in await web.signedIn(request, .trafficEvents) { principal in await self.events(request, principal) } }
        router.get("ui/traffic/events/:id") { request, context in
            await web.signedIn(request, .trafficEvents) { principal in await self.event(request, principal, context.parameters.get("id") ?? "", flash: nil) }
        }
        router.post("ui/traffic/events/:id/:action") { request, context in
            await web.signedIn(request, .trafficEvents) { principal in
                await self.review(request, principal, id: context.parameters.get("id") ?? "", action: context.parameters.get("action") ?? "")
            }
        }
        router.get("ui/traffic/plates") { request, _ in await web.signedIn(request, .trafficPlates) { principal in await self.plates(request, principal) } }
        router.get("ui/traffic/watchlist") { request, _ in await web.signedIn(request, .trafficPlates) { _ in await self.watchlist(request, form: nil) } }
    }

    /// The hub's watch-list editing pages (province reference data).
    func registerCatalogEditing<Context: RequestContext>(on router: Router<Context>) {
        router.post("ui/traffic/watchlist") { request, _ in await web.signedIn(request, .referenceEdit) { principal in await self.watch(request, principal) } }
        router.post("ui/traffic/watchlist/:key/remove") { request, context in
            await web.signedIn(request, .referenceEdit) { principal in await self.unwatch(request, principal, key: context.parameters.get("key") ?? "") }
        }
    }

    private var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
    /// The district `principal` reads here: a node's own; at the hub a district account's
    /// own, nil (every district) for a province account.
    /// The district a page shows: the one `asked` (`?district=`, the wall's links) when the
    /// reader may see it, else the reader's own (every district for the province).
    private func scope(_ principal: Principal, asked: String? = nil) -> String? {
        guard traffic.seesEveryDistrict else { return traffic.homeScope }
        if let chosen = try? principal.district(reading: asked) { return chosen }
        return try? principal.district(reading: nil)
    }

    // MARK: Pages

    private func overview(_ request: Request, _ principal: Principal) async -> Response {
        let scope = scope(principal, asked: RecordRoutes.parameters(request)["district"])
        do {
            let snapshot = try await traffic.catalog.snapshot()
            let summaries = try await summaries(snapshot, scope: scope)
            let events = try await traffic.events(TrafficEventQuery(scope: scope, limit: 10)).rows
            let alerts = try await traffic.alerts(scope: scope, unacknowledgedOnly: true, limit: 10)
            let names = Dictionary(snapshot.cameras.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let refresh = RecordRoutes.parameters(request)["refresh"] == "0" ? nil : 30
            let page = TrafficOverviewPage(
                cameras: summaries, recentEvents: events.map { row($0, names, web.localizer(request)) },
                alerts: alerts.map { alert in
                    PlateAlertRow(
                        id: alert.id, plate: alert.plate, reason: alert.reason, cameraID: alert.camera, cameraName: names[alert.camera]?.name ?? alert.camera,
                        districtName: Self.districtName(alert.scope), timeMillis: alert.timeMillis, acknowledged: alert.acknowledged)
                }, generatedAtMillis: now, autoRefreshSeconds: refresh)
            return WebRoutes.html(StaffPages.trafficOverview(page, context: web.context(request, audience: .staff)))
        } catch { return web.errorPage(request, .serviceUnavailable, "\(error)") }
    }

    private func camera(_ request: Request, _ principal: Principal, _ id: String) async -> Response {
        let scope = scope(principal)
        do {
            let snapshot = try await traffic.catalog.snapshot()
            guard let camera = snapshot.camera(id), scope == nil || camera.districtCode == scope else {
                return web.errorPage(request, .notFound, web.localizer(request).message(HTTPRefusal.noSuchCamera(id)))
            }
            let period = TrafficCameraPage.periodSeconds(query: RecordRoutes.parameters(request)["period"] ?? "") ?? 300
            let live = await engine?.liveCameras()[id]
            let states = try await traffic.cameraStates(scope: camera.districtCode)
            let summary = self.summary(camera, state: states[id], live: live, violationsToday: try await violationsToday(camera: id))
            var intervals: [TrafficIntervalPoint] = []
            if period == 30 {
                let grouped = Dictionary(grouping: live?.recent ?? [], by: \.startMillis)
                intervals = grouped.keys.sorted().map { start in Self.point(grouped[start] ?? [], start: start, period: 30) }
            } else {
                let flows = try await traffic.flows(camera: id, periodSeconds: period, since: now - 24 * 3_600_000)
                let grouped = Dictionary(grouping: flows, by: \.startMillis)
                intervals = grouped.keys.sorted().map { start in Self.point(grouped[start] ?? [], start: start, period: period) }
            }
            let lines = (live?.lineCounts ?? []).map { counts in
                TrafficLineCounts(
                    name: counts.line,
                    rows: VehicleClass.allCases.map {
                        TrafficLineClassCount(classCode: $0.rawValue, forward: counts.leftToRight[$0] ?? 0, backward: counts.rightToLeft[$0] ?? 0)
                    })
            }
            let forecasts = Self.forecastRows(live: live, state: states[id], web.localizer(request))
            let events = try await traffic.events(TrafficEventQuery(camera: id, limit: 20)).rows
            let names = Dictionary(snapshot.cameras.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let page = TrafficCameraPage(
                camera: summary, lines: lines, intervals: intervals, intervalPeriodSeconds: period, forecasts: forecasts,
                events: events.map { row($0, names, web.localizer(request)) })
            return WebRoutes.html(StaffPages.trafficCamera(page, context: web.context(request, audience: .staff)))
        } catch { return web.errorPage(request, .serviceUnavailable, "\(error)") }
    }

    private func events(_ request: Request, _ principal: Principal) async -> Response {
        let scope = scope(principal)
        let q = RecordRoutes.parameters(request)
        let offset = max(0, Int(q["offset"] ?? "") ?? 0)
        let filters = TrafficEventFilters(
            camera: q["camera"] ?? "", kind: q["kind"] ?? "", onlyViolations: q["violations"] == "1", from: q["from"] ?? "", to: q["to"] ?? "")
        func day(_ text: String, end: Bool) -> Int64? {
            guard let date = CivilDate(iso: text) else { return nil }
            return end ? VietnamTime.endOfDay(date) + 1 : VietnamTime.endOfDay(date.adding(days: -1)) + 1
        }
        do {
            let snapshot = try await traffic.catalog.snapshot()
            let query = TrafficEventQuery(
                scope: scope, camera: filters.camera.isEmpty ? nil : filters.camera, kind: filters.kind.isEmpty ? nil : filters.kind,
                violationsOnly: filters.onlyViolations, fromMillis: day(filters.from, end: false), toMillis: day(filters.to, end: true), limit: 50,
                offset: offset)
            let (rows, total) = try await traffic.events(query)
            let names = Dictionary(snapshot.cameras.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let l = web.localizer(request)
            let page = TrafficEventsPage(
                filters: filters,
                cameraChoices: snapshot.cameras.filter { scope == nil || $0.districtCode == scope }.map { CodeName(code: $0.id, name: $0.name) },
                kindChoices: TrafficEventKind.codes.map { CodeName(code: $0, name: l.eventKind($0)) }, rows: rows.map { row($0, names, web.localizer(request)) },
                offset: offset, limit: 50, total: total)
            return WebRoutes.html(StaffPages.trafficEvents(page, context: web.context(request, audience: .staff)))
        } catch { return web.errorPage(request, .serviceUnavailable, "\(error)") }
    }

    private func event(_ request: Request, _ principal: Principal, _ id: String, flash: PageContext.Flash?, status: HTTPResponse.Status = .ok) async -> Response {
        let scope = scope(principal)
        guard let entityID = EntityID(id) else { return web.errorPage(request, .notFound, web.localizer(request).message(HTTPRefusal.noSuchEvent)) }
        do {
            guard let record = try await traffic.event(entityID), scope == nil || record.scope == scope else {
                return web.errorPage(request, .notFound, web.localizer(request).message(HTTPRefusal.noSuchEvent))
            }
            let snapshot = try await traffic.catalog.snapshot()
            let names = Dictionary(snapshot.cameras.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let camera = names[record.camera].map { summary($0, state: nil, live: nil, violationsToday: 0) }
            let page = TrafficEventPage(event: row(record, names, web.localizer(request)), camera: camera)
            return WebRoutes.html(StaffPages.trafficEvent(page, context: web.context(request, audience: .staff, flash: flash)), status: status)
        } catch { return web.errorPage(request, .serviceUnavailable, "\(error)") }
    }

    private func review(_ request: Request, _ principal: Principal, id: String, action: String) async -> Response {
        guard let entityID = EntityID(id), ["case", "dismiss"].contains(action) else {
            return web.errorPage(request, .notFound, web.localizer(request).noSuchAction)
        }
        guard let form = await checkedForm(request) else {
            return web.errorPage(request, .forbidden, web.localizer(request).formExpired)
        }
        do {
            guard try await traffic.event(entityID, readableBy: principal) != nil else {
                return web.errorPage(request, .notFound, web.localizer(request).message(TrafficDeskError.notFound(.event(id))))
            }
            if action == "case" {
                let receipt = try await traffic.openCase(
                    for: entityID, records: web.desk, category: form["category"].flatMap { $0.isEmpty ? nil : $0 }, author: principal.author
                ) { Localizer(.vi).violationCaseFile($0, cameraName: $1?.name, note: form["note"]) }
                web.api.didWrite()
                return Response(status: .seeOther, headers: [.location: "/ui/cases/\(receipt.case)"])
            }
            try await traffic.dismiss(entityID, reason: form["reason"], author: principal.author)
            web.api.didWrite()
            return Response(status: .seeOther, headers: [.location: "/ui/traffic/events/\(entityID)"])
        } catch {
            let status: HTTPResponse.Status = if case .conflict = error { .conflict } else if case .notFound = error { .notFound } else { .badRequest }
            return await event(request, principal, id, flash: .init(.error, web.localizer(request).message(error)), status: status)
        }
    }

    private func plates(_ request: Request, _ principal: Principal) async -> Response {
        let query = (RecordRoutes.parameters(request)["q"] ?? "").trimmed
        let context = web.context(request, audience: .staff)
        let l = web.localizer(request)
        guard !query.isEmpty else { return WebRoutes.html(StaffPages.plateSearch(PlateSearchPage(), context: context)) }
        guard let plate = try? VehiclePlate(parsing: query), plate.isRecognised else {
            let page = PlateSearchPage(query: query, errorText: web.localizer(request).message(HTTPRefusal.notAPlate(query)))
            return WebRoutes.html(StaffPages.plateSearch(page, context: context), status: .badRequest)
        }
        do {
            let snapshot = try await traffic.catalog.snapshot()
            let names = Dictionary(snapshot.cameras.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let sightings = try await traffic.sightings(of: plate, cameras: snapshot.cameras).filter { principal.sees(district: String($0.districtCode)) }
            let route = sightings.isEmpty ? nil : try? RouteTracer().trace(sightings)
            let hit = snapshot.watchlist.match(plate, atMillis: now)
            let rows = sightings.map { s in
                let direction = s.travelBearingDegrees.map { CompassDirection(bearingDegrees: $0) }
                return PlateSightingRow(
                    timeMillis: s.timeMillis, cameraID: s.cameraID, cameraName: names[s.cameraID]?.name ?? s.cameraID,
                    districtName: Self.districtName(String(s.districtCode)), latitude: s.cameraLocation.latitudeDegrees,
                    longitude: s.cameraLocation.longitudeDegrees, directionLabel: direction.map { l.heading($0) }, confidence: s.readConfidence)
            }
            let routeView = route.map { r in
                PlateRouteView(
                    hops: r.hops.map { hop in
                        let from = names[hop.fromCameraID], to = names[hop.toCameraID]
                        return PlateHopRow(
                            fromCameraID: hop.fromCameraID, fromCameraName: from?.name ?? hop.fromCameraID,
                            fromLatitude: from?.geometry.position.latitude ?? 0, fromLongitude: from?.geometry.position.longitude ?? 0,
                            toCameraID: hop.toCameraID, toCameraName: to?.name ?? hop.toCameraID, toLatitude: to?.geometry.position.latitude ?? 0,
                            toLongitude: to?.geometry.position.longitude ?? 0, departedMillis: hop.departedMillis, arrivedMillis: hop.arrivedMillis,
                            distanceMetres: hop.distanceMetres, impliedSpeedKmh: hop.impliedSpeedKmh, impossible: hop.isPhysicallyImpossible,
                            impossibleReason: hop.impossibility.map { l.impossibility($0) })
                    }, totalDistanceMetres: r.totalDistanceMetres, overallDirection: r.overallDirection.map { l.heading($0) }, districtsCrossed: r.districtsCrossed.map { Self.districtName(String($0)) })
            }
            let page = PlateSearchPage(
                query: query, normalisedPlate: plate.display, onWatchlist: hit != nil, watchReason: hit?.entry.reason, sightings: rows, route: routeView)
            return WebRoutes.html(StaffPages.plateSearch(page, context: context))
        } catch { return web.errorPage(request, .serviceUnavailable, "\(error)") }
    }

    private func watchlist(_ request: Request, form: (plate: String, reason: String, error: String)?, status: HTTPResponse.Status = .ok) async -> Response {
        do {
            let entries = try await traffic.catalog.snapshot().watchlist.entries.map {
                WatchlistRow(plateKey: $0.plate.key, plate: $0.plate.display, reason: $0.reason, addedBy: $0.addedBy, expiresMillis: $0.expiresAtMillis)
            }
            let page = WatchlistPage(entries: entries, formPlate: form?.plate ?? "", formReason: form?.reason ?? "", errorText: form?.error)
            return WebRoutes.html(StaffPages.watchlist(page, context: web.context(request, audience: .staff)), status: status)
        } catch { return web.errorPage(request, .serviceUnavailable, "\(error)") }
    }

    private func watch(_ request: Request, _ principal: Principal) async -> Response {
        guard let form = await checkedForm(request) else {
            return web.errorPage(request, .forbidden, web.localizer(request).formExpired)
        }
        let raw = form["plate"] ?? "", reason = form["reason"] ?? ""
        do {
            let plate = try VehiclePlate(parsing: raw)
            try await traffic.catalog.watch(WatchlistEntry(plate: plate, reason: reason, addedBy: principal.author, addedAtMillis: now), author: principal.author)
            web.api.didWrite()
            return Response(status: .seeOther, headers: [.location: "/ui/traffic/watchlist"])
        } catch let error as TrafficDeskError {
            return await watchlist(request, form: (raw, reason, web.localizer(request).message(error)), status: .badRequest)
        } catch {
            return await watchlist(request, form: (raw, reason, web.localizer(request).message(HTTPRefusal.notAPlate(raw))), status: .badRequest)
        }
    }

    private func unwatch(_ request: Request, _ principal: Principal, key: String) async -> Response {
        guard await checkedForm(request) != nil else {
            return web.errorPage(request, .forbidden, web.localizer(request).formExpired)
        }
        do {
            guard let plate = try? VehiclePlate(parsing: key.removingPercentEncoding ?? key), try await traffic.catalog.unwatch(plate, author: principal.author) else {
                return await watchlist(request, form: ("", "", web.localizer(request).message(HTTPRefusal.noSuchPlateOnList)), status: .notFound)
            }
            web.api.didWrite()
            return Response(status: .seeOther, headers: [.location: "/ui/traffic/watchlist"])
        } catch { return web.errorPage(request, .serviceUnavailable, "\(error)") }
    }

    // MARK: Mapping

    /// The form, when its CSRF token matches the session.
    private func checkedForm(_ request: Request) async -> FormInput? {
        guard let form = try? await FormInput.read(request, limit: 64 * 1024), web.formIsFromThisSession(request, form) else { return nil }
        return form
    }

    private func summaries(_ snapshot: TrafficCatalog.Snapshot, scope: String?) async throws(TrafficDeskError) -> [TrafficCameraSummary] {
        let cameras = snapshot.cameras.filter { scope == nil || $0.districtCode == scope }
        let states = try await traffic.cameraStates(scope: scope)
        let live = await engine?.liveCameras() ?? [:]
        var out: [TrafficCameraSummary] = []
        for camera in cameras {
            out.append(summary(camera, state: states[camera.id], live: live[camera.id], violationsToday: try await violationsToday(camera: camera.id)))
        }
        return out
    }

    private func violationsToday(camera: String) async throws(TrafficDeskError) -> Int {
        let today = VietnamTime.endOfDay(VietnamTime.date(millis: now).adding(days: -1)) + 1
        return try await traffic.events(TrafficEventQuery(camera: camera, violationsOnly: true, fromMillis: today, limit: 0)).total
    }

    private func summary(_ camera: RegisteredCamera, state: CameraLiveState?, live: LiveCamera?, violationsToday: Int) -> TrafficCameraSummary {
        let level = live?.congestion ?? state?.congestion
        let counts = (state?.countsByClass ?? [:]).sorted { $0.key < $1.key }.map { TrafficClassCount(classCode: $0.key, count: $0.value) }
        return TrafficCameraSummary(
            id: camera.id, name: camera.name, districtCode: camera.districtCode, districtName: Self.districtName(camera.districtCode),
            latitude: camera.geometry.position.latitude, longitude: camera.geometry.position.longitude, headingDegrees: camera.geometry.headingDegrees,
            congestion: level.flatMap { TrafficCongestion(rawValue: $0.rawValue) } ?? .unknown, flowVehiclesPerHour: state?.flowVehiclesPerHour,
            meanSpeedKmh: state?.meanSpeedKmh, speedLimitKmh: camera.geometry.speedLimitKmh, countsByClass: counts,
            lastDetectionMillis: live?.lastDetectionMillis ?? state?.lastDetectionMillis, violationsToday: violationsToday, isLive: live != nil,
            tracksFollowed: live?.trackQuality.tracks ?? state?.tracksFollowed,
            adjustedTrackShare: live?.trackQuality.adjustedShare ?? state?.adjustedTrackShare)
    }

    private func row(_ r: TrafficEventRecord, _ cameras: [String: RegisteredCamera], _ l: Localizer) -> TrafficEventRow {
        let status: TrafficEventStatus =
            switch r.status {
            case .new: .new
            case .dismissed: .dismissed
            case .caseOpened: .caseOpened(caseID: r.caseID ?? "", trackingCode: r.trackingCode ?? "")
            }
        let evidence = r.evidence.map { e in
            TrafficEvidenceView(
                trackIDs: e.trackIDs, plateReads: e.plateReads.map { PlateReadView(text: $0.text, confidence: $0.confidence, timeMillis: $0.timeMillis) },
                bestFrameRef: e.bestFrameRef, plateCropRef: e.plateCropRef, pixelX: e.anchorPixel.x, pixelY: e.anchorPixel.y,
                latitude: e.map?.latitude, longitude: e.map?.longitude, signalPhase: e.signalPhase?.rawValue)
        }
        return TrafficEventRow(
            id: r.id, kindCode: r.kind, cameraID: r.camera, cameraName: cameras[r.camera]?.name ?? r.camera, districtName: Self.districtName(r.scope),
            timeMillis: r.timeMillis, title: l.eventTitle(code: r.kind, subject: r.subject, level: r.congestionLevel), isViolation: r.isViolation, vehicleClassCode: r.vehicleClass?.rawValue,
            plate: r.plate, speedKmh: r.speedKmh, speedLimitKmh: r.speedLimitKmh, dwellSeconds: r.dwellSeconds, status: status, evidence: evidence)
    }

    /// One chart point from the subjects of one interval: flow summed over lanes (or the first
    /// line), speeds and occupancy averaged over lanes.
    private static func point(_ subjects: [IntervalAggregate], start: Int64, period: Int) -> TrafficIntervalPoint {
        let lanes = subjects.filter { if case .lane = $0.subject { true } else { false } }
        let basis = lanes.isEmpty ? Array(subjects.prefix(1)) : lanes
        return point(
            start: start, period: period, flow: basis.reduce(0) { $0 + $1.flowVehiclesPerHour }, vehicles: basis.reduce(0) { $0 + $1.vehicleCount },
            speeds: basis.compactMap(\.meanSpeedKmh), p85: basis.compactMap(\.speed85thPercentileKmh), occupancy: basis.compactMap(\.occupancy),
            headway: basis.compactMap(\.meanHeadwaySeconds))
    }

    private static func point(_ subjects: [FlowInterval], start: Int64, period: Int) -> TrafficIntervalPoint {
        point(subjects.map { $0.aggregate() }, start: start, period: period)
    }

    private static func point(
        start: Int64, period: Int, flow: Double, vehicles: Int, speeds: [Double], p85: [Double], occupancy: [Double], headway: [Double]
    ) -> TrafficIntervalPoint {
        func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
        return TrafficIntervalPoint(
            startMillis: start, periodSeconds: period, flowVehiclesPerHour: flow, meanSpeedKmh: mean(speeds), speed85Kmh: p85.max(),
            occupancy: mean(occupancy), meanHeadwaySeconds: mean(headway), vehicleCount: vehicles)
    }

    private static func forecastRows(live: LiveCamera?, state: CameraLiveState?, _ l: Localizer) -> [TrafficForecastRow] {
        guard let live else {
            return (state?.forecast ?? [:]).compactMap { key, value in
                Int(key).map {
                    TrafficForecastRow(modelCode: "preferred", modelLabel: l.nodeForecast, horizonMinutes: $0, flowVehiclesPerHour: value)
                }
            }.sorted { $0.horizonMinutes < $1.horizonMinutes }
        }
        return live.forecasts.map { f in
            let accuracy = live.accuracy.first { $0.model == f.model && $0.horizon == f.horizon }
            return TrafficForecastRow(
                modelCode: f.model.rawValue, modelLabel: l.forecastModel(f.model), horizonMinutes: f.horizon.minutes,
                targetStartMillis: f.targetIntervalStartMillis, flowVehiclesPerHour: f.vehPerHour, maeVehiclesPerHour: accuracy?.maeVehPerHour,
                mapePercent: accuracy?.mapePercent, evaluatedCount: accuracy?.count ?? 0)
        }
    }

    static func districtName(_ code: String) -> String { AdministrativeUnit.named(code)?.name ?? code }
}
