extension StaffPages {
    /// The traffic overview (`/ui/traffic`): when the figures were read, links to the events
    /// list, the plate search and the watch-list, a GET plate search form (`/ui/traffic/plates`,
    /// field `q`), the watch-list alerts (unacknowledged ones highlighted), a true-to-scale
    /// camera map (the whole province's cameras on the hub, with the district seats when the
    /// cameras span several districts), the camera table — name linked to the camera page,
    /// district, traffic-state badge, flow, mean speed, counts by class, violations today and
    /// last detection in UTC+7 — and the recent events. With `autoRefreshSeconds` the page
    /// reloads itself and offers a link to `/ui/traffic?refresh=0`.
    public static func trafficOverview(_ page: TrafficOverviewPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.trafficTitle)</h1>\n"
        html += "<p class=\"muted\">\(l.updatedAt) \(Badge.time(millis: page.generatedAtMillis))"
        if let seconds = page.autoRefreshSeconds {
            html += " · \(l.autoRefreshNote(max(5, seconds))) "
                + "<a href=\"\(TrafficLinks.overview)?refresh=0\">\(l.stopAutoRefresh)</a>"
        }
        html += "</p>\n"
        html += trafficTools(context)
        html += plateAlerts(page.alerts, l)
        html += cameraMapSection(page.cameras, context)
        html += cameraTable(page.cameras, context)
        html += "<section aria-labelledby=\"recent-events-title\"><h2 id=\"recent-events-title\">"
            + "\(l.recentEvents)</h2>\n"
            + trafficEventTable(page.recentEvents, context: context, caption: nil, showCamera: true, showActions: false)
            + "<p><a href=\"\(TrafficLinks.events)\">\(l.allTrafficEvents) ›</a></p></section>\n"
        return PageLayout.render(
            title: l.trafficTitle, body: html, context: context, refreshSeconds: page.autoRefreshSeconds.map { max(5, $0) })
    }

    /// The links to the traffic tools and the plate search form.
    private static func trafficTools(_ context: PageContext) -> HTML {
        let l = context.localizer
        let links = [(TrafficLinks.events, l.trafficEventsTitle), (TrafficLinks.plates, l.plateSearchTitle),
            (TrafficLinks.watchlist, l.watchlistTitle)]
        let items: HTML = links.map { "<li><a href=\"\($0.0)\">\($0.1)</a></li>" }.joined()
        return "<div class=\"card traffic-tools\"><nav aria-label=\"\(l.trafficTools)\"><ul class=\"tool-links\">"
            + "\(items)</ul></nav>\(plateSearchForm(query: "", id: "overview-plate", l))</div>\n"
    }

    /// The GET plate search form to `/ui/traffic/plates` with its `q` field.
    static func plateSearchForm(query: String, id: String, _ l: Localizer) -> HTML {
        "<form class=\"plate-search\" role=\"search\" aria-label=\"\(l.plateSearchTitle)\" method=\"get\" "
            + "action=\"\(TrafficLinks.plates)\">"
            + "<div class=\"field\"><label for=\"\(id)\">\(l.plateQuery)</label>"
            + "<p class=\"hint\" id=\"\(id)-hint\">\(l.plateHint)</p>"
            + "<input type=\"search\" id=\"\(id)\" name=\"q\" value=\"\(query)\" aria-describedby=\"\(id)-hint\" "
            + "autocomplete=\"off\" spellcheck=\"false\" placeholder=\"47A-123.45\"></div>"
            + "<button type=\"submit\">\(l.lookUp)</button></form>"
    }

    private static func plateAlerts(_ alerts: [PlateAlertRow], _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card plate-alerts\" aria-labelledby=\"plate-alerts-title\"><h2 id=\"plate-alerts-title\">"
        let open = alerts.filter { !$0.acknowledged }.count
        html += "\(l.plateAlertsTitle)"
        if open > 0 { html += "<span class=\"count alert-count\">\(l.number(open))</span>" }
        html += "</h2>\n"
        guard !alerts.isEmpty else { return html + "<p class=\"muted\">\(l.noPlateAlerts)</p></section>\n" }
        html += "<div class=\"table-wrap\"><table class=\"plate-alerts\">\n<thead><tr>"
        html += [l.time, l.plateQuery, l.reason, l.camera, l.district, l.statusColumn]
            .map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for alert in alerts {
            html += alert.acknowledged ? "<tr class=\"row-acknowledged\">" : "<tr class=\"row-alert\">"
            html += "<td>\(Badge.time(millis: alert.timeMillis))</td>"
            html += "<th scope=\"row\"><a class=\"code\" href=\"\(TrafficLinks.plate(alert.plate))\">"
                + "\(alert.plate)</a></th>"
            html += "<td>\(alert.reason)</td>"
            html += "<td><a href=\"\(TrafficLinks.camera(alert.cameraID))\">\(alert.cameraName)</a></td>"
            html += "<td>\(alert.districtName)</td>"
            html += alert.acknowledged
                ? "<td><span class=\"badge dismissed\">\(l.acknowledged)</span></td>"
                : "<td><span class=\"badge watch\">\(l.notAcknowledged)</span></td>"
            html += "</tr>\n"
        }
        return html + "</tbody></table></div></section>\n"
    }

    private static func cameraMapSection(_ cameras: [TrafficCameraSummary], _ context: PageContext) -> HTML {
        let l = context.localizer
        guard !cameras.isEmpty else { return "" }
        let title = context.seesEveryDistrict ? l.provinceCameraMapTitle : l.cameraMapTitle
        let districts = Set(cameras.map(\.districtCode))
        let frame = CameraMap.frame(cameras: cameras)
        return "<section class=\"card camera-map\" aria-labelledby=\"camera-map-heading\"><h2 id=\"camera-map-heading\">"
            + "\(title)</h2>"
            + CameraMap.svg(
                title: title, titleID: "camera-map-title", frame: frame, cameras: cameras, l,
                showLandmarks: context.seesEveryDistrict && districts.count > 1)
            + CameraMap.legend(l) + "<p class=\"map-note\">\(l.cameraMapNote)</p></section>\n"
    }

    private static func cameraTable(_ cameras: [TrafficCameraSummary], _ context: PageContext) -> HTML {
        let l = context.localizer
        var html: HTML = "<section aria-labelledby=\"cameras-title\"><h2 id=\"cameras-title\">\(l.camerasTitle)</h2>\n"
        guard !cameras.isEmpty else { return html + "<p class=\"card muted\">\(l.noCameras)</p></section>\n" }
        html += "<div class=\"table-wrap\"><table class=\"cameras\"><caption>\(l.camerasCaption)</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(l.camera)</th><th scope=\"col\">\(l.district)</th>"
            + "<th scope=\"col\">\(l.congestionColumn)</th>"
            + "<th scope=\"col\" class=\"num\">\(l.flowColumn)</th>"
            + "<th scope=\"col\" class=\"num\">\(l.meanSpeedColumn)</th>"
            + "<th scope=\"col\">\(l.byClassColumn)</th>"
            + "<th scope=\"col\" class=\"num\">\(l.violationsToday)</th>"
            + "<th scope=\"col\">\(l.lastDetection)</th>"
        html += "</tr></thead>\n<tbody>\n"
        for camera in cameras {
            html += "<tr><th scope=\"row\"><a href=\"\(TrafficLinks.camera(camera.id))\">"
                + "\(camera.name)</a><br><span class=\"muted small\">"
                + "\(camera.isLive ? l.liveSource : l.syncedSource)</span></th>"
            html += "<td>\(camera.districtName)</td>"
            html += "<td>\(Badge.congestion(camera.congestion, l))</td>"
            html += "<td class=\"num\">\(orDash(camera.flowVehiclesPerHour) { l.decimal($0, places: 0) })</td>"
            html += "<td class=\"num\">\(orDash(camera.meanSpeedKmh) { l.measure($0) })</td>"
            html += "<td>\(classCounts(camera.countsByClass, l))</td>"
            html += "<td class=\"num\">\(camera.violationsToday > 0 ? "<strong>\(l.number(camera.violationsToday))</strong>" as HTML : "0")</td>"
            html += "<td>\(camera.lastDetectionMillis.map { Badge.time(millis: $0) } ?? "<span class=\"muted\">\(l.never)</span>")</td>"
            html += "</tr>\n"
        }
        return html + "</tbody></table></div></section>\n"
    }

    /// The value formatted and escaped, or a muted "—".
    static func orDash(_ value: Double?, _ format: (Double) -> String) -> HTML {
        value.map { HTML(text: format($0)) } ?? Badge.dash
    }

    /// "xe máy 1.234 · ô tô 56 …" in the known class order, unknown codes last; "—" when none.
    static func classCounts(_ counts: [TrafficClassCount], _ l: Localizer) -> HTML {
        guard !counts.isEmpty else { return Badge.dash }
        let known = TrafficClassCount.knownClassCodes
        let ordered = counts.enumerated().sorted { a, b in
            let ra = known.firstIndex(of: a.element.classCode) ?? known.count
            let rb = known.firstIndex(of: b.element.classCode) ?? known.count
            return (ra, a.offset) < (rb, b.offset)
        }.map(\.element)
        let items: [HTML] = ordered.map {
            "<li>\(l.vehicleClass($0.classCode)) <strong>\(l.number($0.count))</strong></li>"
        }
        return "<ul class=\"class-counts\">\(items.joined())</ul>"
    }
}
