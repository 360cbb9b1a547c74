extension StaffPages {
    /// The plate search (`GET /ui/traffic/plates?q=`): the search form with its explanation
    /// that punctuation does not matter (47A-123.45 = 47A12345), the query's error if any, the
    /// plate it was read as, a prominent `role="alert"` box when the plate is on the
    /// watch-list, the sightings table (each linked to its camera and event), and the route:
    /// total distance, overall direction, districts crossed, one row per leg (distance km,
    /// travel minutes, implied km/h) with impossible legs highlighted and their reason, and
    /// the legs drawn as numbered arrows on a camera sketch (impossible ones red and dashed).
    public static func plateSearch(_ page: PlateSearchPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(TrafficLinks.overview)\">\(l.backToTraffic)</a></p>\n"
        html += "<h1>\(l.plateSearchTitle)</h1>\n"
        html += "<div class=\"card\">\(plateSearchForm(query: page.query, id: "plate-q", l))</div>\n"
        if let error = page.errorText, !error.isEmpty {
            html += "<p class=\"flash flash-error\" role=\"alert\">\(error)</p>\n"
        }
        if let plate = page.normalisedPlate, !plate.isEmpty {
            html += "<p>\(l.normalisedPlate): <span class=\"code plate\">\(plate)</span></p>\n"
        }
        if page.onWatchlist {
            html += "<div class=\"watch-alert\" role=\"alert\"><h2>⚠ \(l.onWatchlist)</h2>"
            if let reason = page.watchReason, !reason.isEmpty {
                html += "<p><strong>\(l.reason):</strong> \(reason)</p>"
            }
            html += "</div>\n"
        }
        let searched = !page.query.isEmpty && (page.errorText ?? "").isEmpty
        if searched || !page.sightings.isEmpty { html += sightingsTable(page.sightings, context) }
        if let route = page.route { html += routeSection(route, sightings: page.sightings, context) }
        return PageLayout.render(title: l.plateSearchTitle, body: html, context: context)
    }

    private static func sightingsTable(_ sightings: [PlateSightingRow], _ context: PageContext) -> HTML {
        let l = context.localizer
        var html: HTML = "<section aria-labelledby=\"sightings-title\"><h2 id=\"sightings-title\">\(l.sightingsTitle)</h2>\n"
        guard !sightings.isEmpty else { return html + "<p class=\"card muted\">\(l.noSightings)</p></section>\n" }
        html += "<div class=\"table-wrap\"><table class=\"sightings\">\n<thead><tr>"
        html += [l.time, l.camera, l.district, l.coordinates, l.direction].map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "<th scope=\"col\" class=\"num\">\(l.confidence)</th><th scope=\"col\">\(l.event)</th>"
        html += "</tr></thead>\n<tbody>\n"
        for sighting in sightings {
            html += "<tr><th scope=\"row\">\(Badge.time(millis: sighting.timeMillis))</th>"
            html += "<td><a href=\"\(TrafficLinks.camera(sighting.cameraID))\">\(sighting.cameraName)</a></td>"
            html += "<td>\(sighting.districtName)</td>"
            html += sighting.latitude.isFinite && sighting.longitude.isFinite
                ? "<td class=\"code\">\(coordinate(sighting.latitude)), \(coordinate(sighting.longitude))</td>"
                : "<td><span class=\"muted\">—</span></td>"
            html += "<td>\(sighting.directionLabel.map(HTML.init(text:)) ?? Badge.dash)</td>"
            html += "<td class=\"num\">\(l.percent(sighting.confidence * 100))</td>"
            html += "<td>\(sighting.eventID.map { id -> HTML in "<a class=\"code\" href=\"\(TrafficLinks.event(id))\">\(id)</a>" } ?? Badge.dash)</td></tr>\n"
        }
        return html + "</tbody></table></div></section>\n"
    }

    private static func routeSection(_ route: PlateRouteView, sightings: [PlateSightingRow], _ context: PageContext) -> HTML {
        let l = context.localizer
        var html: HTML = "<section aria-labelledby=\"route-title\"><h2 id=\"route-title\">\(l.routeTitle)</h2>\n"
        let impossible = route.hops.filter(\.impossible).count
        if impossible > 0 {
            html += "<p class=\"flash flash-error\">⚠ \(l.impossibleSummary(impossible))</p>\n"
        }
        var facts: [(label: String, value: HTML)] = [(l.totalDistance, HTML(text: "\(l.kilometres(metres: route.totalDistanceMetres)) km"))]
        if let direction = route.overallDirection, !direction.isEmpty { facts.append((l.overallDirection, HTML(text: direction))) }
        if !route.districtsCrossed.isEmpty {
            facts.append((l.districtsCrossed, route.districtsCrossed.map(HTML.init(text:)).joined(separator: " → ")))
        }
        html += DetailList(facts).render(classes: "details card") + "\n"
        if !route.hops.isEmpty {
            html += "<div class=\"table-wrap\"><table class=\"hops\"><caption>\(l.hopsCaption)</caption>\n<thead><tr>"
            html += "<th scope=\"col\" class=\"num\">#</th>"
            html += [l.fromCamera, l.toCamera, l.departed, l.arrived].map { "<th scope=\"col\">\($0)</th>" }.joined()
            html += [l.distanceKm, l.transitMinutes, l.impliedSpeed].map { "<th scope=\"col\" class=\"num\">\($0)</th>" }.joined()
            html += "<th scope=\"col\">\(l.note)</th></tr></thead>\n<tbody>\n"
            for (index, hop) in route.hops.enumerated() {
                html += hop.impossible ? "<tr class=\"row-impossible\">" : "<tr>"
                html += "<th scope=\"row\" class=\"num\">\(index + 1)</th>"
                html += "<td>\(hop.fromCameraName)</td><td>\(hop.toCameraName)</td>"
                html += "<td>\(Badge.time(millis: hop.departedMillis))</td><td>\(Badge.time(millis: hop.arrivedMillis))</td>"
                html += "<td class=\"num\">\(l.kilometres(metres: hop.distanceMetres))</td>"
                html += "<td class=\"num\">\(l.measure(hop.transitMinutes))</td>"
                html += "<td class=\"num\">\(orDash(hop.impliedSpeedKmh) { l.measure($0) })</td>"
                if hop.impossible {
                    html += "<td><strong class=\"impossible\">⚠ \(l.impossibleHop)</strong>"
                    if let reason = hop.impossibleReason, !reason.isEmpty { html += ": \(reason)" }
                    html += "</td>"
                } else {
                    html += "<td></td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody></table></div>\n"
        }
        html += routeMap(route, sightings: sightings, l)
        return html + "</section>\n"
    }

    private static func routeMap(_ route: PlateRouteView, sightings: [PlateSightingRow], _ l: Localizer) -> HTML {
        var spots: [CameraMap.Spot] = []
        var seen: Set<String> = []
        func addSpot(_ id: String, _ name: String, _ latitude: Double, _ longitude: Double) {
            guard !seen.contains(id), CameraMap.isValid(latitude: latitude, longitude: longitude) else { return }
            seen.insert(id)
            spots.append(CameraMap.Spot(latitude: latitude, longitude: longitude, label: name))
        }
        for sighting in sightings { addSpot(sighting.cameraID, sighting.cameraName, sighting.latitude, sighting.longitude) }
        let hops = route.hops.map { hop in
            addSpot(hop.fromCameraID, hop.fromCameraName, hop.fromLatitude, hop.fromLongitude)
            addSpot(hop.toCameraID, hop.toCameraName, hop.toLatitude, hop.toLongitude)
            var title = "\(hop.fromCameraName) → \(hop.toCameraName): \(l.kilometres(metres: hop.distanceMetres)) km"
            if let speed = hop.impliedSpeedKmh { title += ", \(l.speed(speed))" }
            if hop.impossible { title += " — \(l.impossibleHop)" + (hop.impossibleReason.map { ": \($0)" } ?? "") }
            return CameraMap.Hop(
                fromLatitude: hop.fromLatitude, fromLongitude: hop.fromLongitude, toLatitude: hop.toLatitude,
                toLongitude: hop.toLongitude, impossible: hop.impossible, title: title)
        }
        guard !spots.isEmpty else { return "" }
        let frame = CameraMap.frame(cameras: [], hops: hops, spots: spots)
        return "<div class=\"card camera-map\"><h3>\(l.routeMapTitle)</h3>"
            + CameraMap.svg(title: l.routeMapTitle, titleID: "route-map-title", frame: frame, cameras: [], l, hops: hops, spots: spots)
            + "<p class=\"map-note\">\(l.routeMapNote)</p></div>\n"
    }
}
