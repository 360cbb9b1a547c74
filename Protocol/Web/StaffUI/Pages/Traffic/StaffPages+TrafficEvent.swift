extension StaffPages {
    /// One event's page (`/ui/traffic/events/{id}`): the facts (event id, camera linked to
    /// its page, time, vehicle, plate, speed against the limit, dwell, handling), the whole
    /// evidence bundle as a definition list — track ids, plate reads with confidence, the
    /// best-frame and plate-crop hashes linked to `/attachments/{hash}`, pixel and map
    /// coordinates, signal phase — a small camera map with the event's map position marked,
    /// and, for a new violation, the "Mở vụ việc" and "Bỏ qua" POST forms with the CSRF field.
    public static func trafficEvent(_ page: TrafficEventPage, context: PageContext) -> String {
        let l = context.localizer
        let event = page.event
        let title = event.title
        var html: HTML = "<p class=\"breadcrumb\"><a href=\"\(TrafficLinks.events)\">‹ \(l.trafficEventsTitle)</a></p>\n"
        html += "<h1>\(title)"
        if event.isViolation { html += " <span class=\"badge violation\">\(l.violation)</span>" }
        html += "</h1>\n<div class=\"grid\">\n\(trafficEventFacts(event, context))"
        html += trafficEvidence(event.evidence, l)
        html += "</div>\n"
        html += trafficEventMap(page, l)
        html += "<section class=\"card\" aria-labelledby=\"event-actions-title\"><h2 id=\"event-actions-title\">"
            + "\(l.eventActions)</h2><div>\(trafficHandling(event, context: context, showActions: true))</div>"
            + "</section>\n"
        return PageLayout.render(title: title, body: html, context: context)
    }

    private static func trafficEventFacts(_ event: TrafficEventRow, _ context: PageContext) -> HTML {
        let l = context.localizer
        var rows: [(label: String, value: HTML)] = [
            (l.eventID, "<span class=\"code\">\(event.id)</span>"),
            (
                l.camera,
                "<a href=\"\(TrafficLinks.camera(event.cameraID))\">\(event.cameraName)</a>"
                    + " <span class=\"muted\">(\(event.cameraID))</span>"
            ),
            (l.district, HTML(text: event.districtName)),
            (l.time, Badge.time(millis: event.timeMillis)),
        ]
        if let code = event.vehicleClassCode, !code.isEmpty { rows.append((l.vehicleClassColumn, HTML(text: l.vehicleClass(code)))) }
        if let plate = event.plate, !plate.isEmpty {
            rows.append((l.plateQuery, "<a class=\"code\" href=\"\(TrafficLinks.plate(plate))\">\(plate)</a>"))
        }
        if let speed = event.speedKmh {
            var text = HTML(text: l.speed(speed))
            if let limit = event.speedLimitKmh {
                text = HTML(text: l.speedWithLimit(l.speed(speed), limit: l.speed(limit)))
                if speed > limit {
                    let excess = l.overLimit(l.speed(speed - limit))
                    let share = limit > 0 ? " (\(l.percent((speed - limit) / limit * 100)))" : ""
                    text += " <strong class=\"over-limit\">\(excess + share)</strong>"
                }
            }
            rows.append((l.speedColumn, text))
        }
        if let dwell = event.dwellSeconds { rows.append((l.dwell, HTML(text: l.seconds(dwell)))) }
        return "<section class=\"card\"><h2>\(l.eventFacts)</h2>\n\(DetailList(rows).render())</section>\n"
    }

    private static func trafficEvidence(_ evidence: TrafficEvidenceView?, _ l: Localizer) -> HTML {
        var html: HTML = "<section class=\"card\"><h2>\(l.eventDetails)</h2>\n"
        guard let evidence else { return html + "<p class=\"muted\">\(l.noEvidence)</p></section>\n" }
        var rows: [(label: String, value: HTML)] = []
        if !evidence.trackIDs.isEmpty {
            rows.append((l.trackIDs, "<span class=\"code\">" + evidence.trackIDs.map { "#\($0)" }.joined(separator: ", ") + "</span>"))
        }
        if evidence.plateReads.isEmpty {
            rows.append((l.plateReads, "<span class=\"muted\">\(l.noPlate)</span>"))
        } else {
            let reads: [HTML] = evidence.plateReads.map { read in
                var item: HTML = "<li><span class=\"code\">\(read.text)</span>"
                if let confidence = read.confidence {
                    item += " — \(l.confidence) \(l.percent(confidence * 100))"
                }
                return item + " — \(Badge.time(millis: read.timeMillis))</li>"
            }
            rows.append((l.plateReads, "<ul class=\"plain\">\(reads.joined())</ul>"))
        }
        for (label, reference) in [(l.bestFrame, evidence.bestFrameRef), (l.plateCrop, evidence.plateCropRef)] {
            guard let reference, !reference.isEmpty else { continue }
            rows.append(
                (label, "<a class=\"code hash\" href=\"\(TrafficLinks.attachment(reference))\">\(reference)</a>"))
        }
        rows.append((l.pixelPosition, "<span class=\"code\">x = \(l.measure(evidence.pixelX)), y = "
            + "\(l.measure(evidence.pixelY))</span>"))
        if let latitude = evidence.latitude, let longitude = evidence.longitude, latitude.isFinite, longitude.isFinite {
            rows.append((l.mapPosition, "<span class=\"code\">\(coordinate(latitude)), \(coordinate(longitude))</span>"))
        }
        if let phase = evidence.signalPhase, !phase.isEmpty {
            let css = ["green", "amber", "red"].contains(phase) ? " phase-\(phase)" : ""
            rows.append((l.signalPhaseLabel, "<span class=\"badge phase\(css)\">\(l.signalPhase(phase))</span>"))
        }
        html += "\(DetailList(rows).render())</section>\n"
        return html
    }

    /// The camera and the event's map position on one small sketch, or "" when neither is known.
    private static func trafficEventMap(_ page: TrafficEventPage, _ l: Localizer) -> HTML {
        let cameras = page.camera.map { [$0] } ?? []
        var point: CameraMap.Point?
        if let evidence = page.event.evidence, let latitude = evidence.latitude, let longitude = evidence.longitude,
            CameraMap.isValid(latitude: latitude, longitude: longitude)
        {
            point = CameraMap.Point(latitude: latitude, longitude: longitude, title: page.event.title)
        }
        guard !cameras.isEmpty || point != nil else { return "" }
        let frame = CameraMap.frame(cameras: cameras, point: point, minimumSpanMetres: 500)
        return "<section class=\"card camera-map small-map\"><h2>\(l.eventMapTitle)</h2>"
            + CameraMap.svg(title: l.eventMapTitle, titleID: "event-map-title", frame: frame, cameras: cameras, l, point: point)
            + "</section>\n"
    }
}
