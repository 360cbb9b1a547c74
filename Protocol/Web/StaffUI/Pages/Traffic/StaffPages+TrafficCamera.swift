import Vietnam
extension StaffPages {
    /// One camera's page (`/ui/traffic/cameras/{id}`): the name with its traffic-state badge,
    /// the camera's details and position, links switching the interval length
    /// (`?period=30s`, `5m`, `15m`, the one shown marked `aria-current`), the flow chart with
    /// the forecast points after the last interval, the interval table (newest first: flow,
    /// vehicles, mean and 85th percentile speed, occupancy %, headway), the forecast table
    /// with MAE, MAPE and n, one counts table per counting line (per class and direction),
    /// and the camera's recent events with their action forms.
    public static func trafficCamera(_ page: TrafficCameraPage, context: PageContext) -> String {
        let l = context.localizer
        let camera = page.camera
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(TrafficLinks.overview)\">\(l.backToTraffic)</a></p>\n"
        html += "<h1>\(camera.name) \(Badge.congestion(camera.congestion, l))</h1>\n"
        html += "<div class=\"grid\">\n\(cameraFacts(camera, l))\(cameraPosition(camera, l))</div>\n"
        html += periodSwitch(page, l)
        if page.intervals.isEmpty {
            html += "<p class=\"card muted\">\(l.noIntervals)</p>\n"
        } else {
            html += TrafficFlowChart.render(
                intervals: page.intervals, forecasts: page.forecasts, periodSeconds: page.intervalPeriodSeconds, l)
            html += intervalTable(page, l)
        }
        html += forecastTable(page.forecasts, l)
        html += lineCounts(page.lines, l)
        html += "<section aria-labelledby=\"camera-events-title\"><h2 id=\"camera-events-title\">"
            + "\(l.cameraEvents)</h2>\n"
            + trafficEventTable(page.events, context: context, caption: nil, showCamera: false, showActions: true)
            + "<p><a href=\"\(trafficEventsLink(TrafficEventFilters(camera: camera.id)))\">"
            + "\(l.allTrafficEvents) ›</a></p></section>\n"
        return PageLayout.render(title: camera.name, body: html, context: context)
    }

    private static func cameraFacts(_ camera: TrafficCameraSummary, _ l: Localizer) -> HTML {
        var rows: [(label: String, value: HTML)] = [
            (l.cameraID, "<span class=\"code\">\(camera.id)</span>"),
            (l.district, HTML(text: camera.districtName)),
            (l.congestionColumn, Badge.congestion(camera.congestion, l)),
            (l.currentFlow, orDash(camera.flowVehiclesPerHour) { l.flow($0) }),
            (l.meanSpeed, orDash(camera.meanSpeedKmh) { l.speed($0) }),
            (l.speedLimit, HTML(text: l.speed(camera.speedLimitKmh))),
            (l.byClassColumn, classCounts(camera.countsByClass, l)),
            (l.violationsToday, "\(l.number(camera.violationsToday))"),
            (
                l.lastDetection,
                camera.lastDetectionMillis.map { Badge.time(millis: $0) } ?? "<span class=\"muted\">\(l.never)</span>"
            ),
            (l.dataSource, HTML(text: camera.isLive ? l.liveSource : l.syncedSource)),
        ]
        if let tracks = camera.tracksFollowed, let share = camera.adjustedTrackShare {
            let text = HTML(text: l.trackQualityValue(share: share, tracks: tracks))
            // Above a fifth, counts from this camera deserve a look (CityFlow's baseline trackers stay under 0.1 to 1.1).
            rows.append((l.trackQuality, share > 0.2 ? "<strong>\(text)</strong>" : text))
        }
        if camera.latitude.isFinite, camera.longitude.isFinite {
            rows.insert((l.coordinates, "<span class=\"code\">\(coordinate(camera.latitude)), \(coordinate(camera.longitude))</span>"), at: 2)
        }
        if camera.headingDegrees.isFinite {
            rows.insert((l.heading, HTML(text: "\(l.measure(camera.headingDegrees))° (\(l.compass(camera.headingDegrees)))")), at: 3)
        }
        return "<section class=\"card\"><h2>\(l.cameraDetails)</h2>\n\(DetailList(rows).render())</section>\n"
    }

    private static func cameraPosition(_ camera: TrafficCameraSummary, _ l: Localizer) -> HTML {
        guard CameraMap.isValid(latitude: camera.latitude, longitude: camera.longitude) else { return "" }
        let frame = CameraMap.frame(cameras: [camera])
        return "<section class=\"card camera-map small-map\"><h2>\(l.cameraPositionTitle)</h2>"
            + CameraMap.svg(title: l.cameraPositionTitle, titleID: "camera-position-title", frame: frame, cameras: [camera], l, linkCameras: false)
            + "</section>\n"
    }

    private static func periodSwitch(_ page: TrafficCameraPage, _ l: Localizer) -> HTML {
        let items: [HTML] = TrafficCameraPage.periods.map { period in
            let current: HTML = period.seconds == page.intervalPeriodSeconds ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(TrafficLinks.camera(page.camera.id, period: period.query))\"\(current)>"
                + "\(l.periodLabel(seconds: period.seconds))</a></li>"
        }
        return "<h2 id=\"intervals-title\">\(l.intervalsTitle)</h2>"
            + "<nav aria-label=\"\(l.intervalLength)\"><ul class=\"tabs\">\(items.joined())</ul></nav>\n"
    }

    private static func intervalTable(_ page: TrafficCameraPage, _ l: Localizer) -> HTML {
        let newestFirst = page.intervals.enumerated().sorted {
            ($0.element.startMillis, $1.offset) > ($1.element.startMillis, $0.offset)
        }.map(\.element)
        var html: HTML = "<div class=\"table-wrap\"><table class=\"intervals\"><caption>"
            + "\(l.intervalsCaption(page.intervalPeriodSeconds))</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(l.intervalStart)</th>"
        for header in [l.flowColumn, l.vehicleCount, l.meanSpeedColumn, l.speed85Column, l.occupancyColumn, l.headwayColumn] {
            html += "<th scope=\"col\" class=\"num\">\(header)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        let withSeconds = page.intervalPeriodSeconds < 60
        for point in newestFirst {
            let date = VietnamTime.instant(millis: point.startMillis)
            let shown = withSeconds
                ? VietnamTime.formatDay(date) + " " + VietnamTime.formatClock(date, seconds: true) : VietnamTime.format(date)
            html += "<tr><th scope=\"row\"><time datetime=\"\(VietnamTime.iso8601(date))\">\(shown)</time></th>"
            html += "<td class=\"num\">\(l.decimal(point.flowVehiclesPerHour, places: 0))</td>"
            html += "<td class=\"num\">\(l.number(point.vehicleCount))</td>"
            html += "<td class=\"num\">\(orDash(point.meanSpeedKmh) { l.measure($0) })</td>"
            html += "<td class=\"num\">\(orDash(point.speed85Kmh) { l.measure($0) })</td>"
            html += "<td class=\"num\">\(orDash(point.occupancy) { l.measure($0 * 100) })</td>"
            html += "<td class=\"num\">\(orDash(point.meanHeadwaySeconds) { l.measure($0) })</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    private static func forecastTable(_ forecasts: [TrafficForecastRow], _ l: Localizer) -> HTML {
        var html: HTML = "<section aria-labelledby=\"forecast-title\"><h2 id=\"forecast-title\">\(l.forecastTitle)</h2>\n"
        guard !forecasts.isEmpty else { return html + "<p class=\"card muted\">\(l.noForecasts)</p></section>\n" }
        html += "<div class=\"table-wrap\"><table class=\"forecasts\"><caption>\(l.forecastCaption)</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(l.model)</th><th scope=\"col\">\(l.horizon)</th>"
        for header in [l.forecastFlowColumn, l.maeColumn, l.mapeColumn, l.evaluatedColumn] {
            html += "<th scope=\"col\" class=\"num\">\(header)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in forecasts {
            html += "<tr><th scope=\"row\">\(row.modelLabel)</th>"
            html += "<td>\(l.horizonValue(row.horizonMinutes))</td>"
            html += "<td class=\"num\">\(orDash(row.flowVehiclesPerHour) { l.decimal($0, places: 0) })</td>"
            html += "<td class=\"num\">\(orDash(row.maeVehiclesPerHour) { l.measure($0) })</td>"
            html += "<td class=\"num\">\(orDash(row.mapePercent) { l.measure($0) })</td>"
            html += "<td class=\"num\">\(l.number(row.evaluatedCount))</td></tr>\n"
        }
        return html + "</tbody></table></div></section>\n"
    }

    private static func lineCounts(_ lines: [TrafficLineCounts], _ l: Localizer) -> HTML {
        var html: HTML = "<section aria-labelledby=\"lines-title\"><h2 id=\"lines-title\">\(l.lineCountsTitle)</h2>\n"
        guard !lines.isEmpty else { return html + "<p class=\"card muted\">\(l.noLines)</p></section>\n" }
        for line in lines {
            html += "<div class=\"table-wrap\"><table class=\"line-counts\"><caption>\(l.lineCaption(line.name))"
                + "</caption>\n<thead><tr><th scope=\"col\">\(l.vehicleClassColumn)</th>"
                + "<th scope=\"col\" class=\"num\">\(l.forward)</th>"
                + "<th scope=\"col\" class=\"num\">\(l.backward)</th>"
                + "<th scope=\"col\" class=\"num\">\(l.subtotal)</th></tr></thead>\n<tbody>\n"
            for row in line.rows {
                html += "<tr><th scope=\"row\">\(l.vehicleClass(row.classCode))</th>"
                    + "<td class=\"num\">\(l.number(row.forward))</td><td class=\"num\">\(l.number(row.backward))</td>"
                    + "<td class=\"num\">\(l.number(row.forward &+ row.backward))</td></tr>\n"
            }
            let forward = line.rows.reduce(0) { $0 &+ $1.forward }
            let backward = line.rows.reduce(0) { $0 &+ $1.backward }
            html += "</tbody>\n<tfoot><tr><th scope=\"row\">\(l.totalRow)</th><td class=\"num\">\(l.number(forward))</td>"
                + "<td class=\"num\">\(l.number(backward))</td><td class=\"num\">\(l.number(forward &+ backward))</td></tr></tfoot>"
                + "</table></div>\n"
        }
        return html + "</section>\n"
    }
}
