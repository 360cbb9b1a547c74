import Foundation

/// A tile-free, true-to-scale SVG sketch of traffic cameras: no map images and no internet,
/// just the cameras' positions projected into a frame around them.
///
/// The projection is equirectangular about the frame's centre latitude: a degree of latitude
/// is 111.32 km and a degree of longitude 111.32 km × cos(latitude), and one SVG unit is the
/// same number of metres across and down, so distances and angles keep their real
/// proportions. The sketch has a light grid, a scale bar of a round distance, a north arrow,
/// each camera as a dot coloured by its traffic state with a fan towards where it looks,
/// a `<title>` tooltip and a link to its page, and optionally a plate's route (numbered
/// arrows, impossible legs red and dashed), plain spots and one marked point.
public enum CameraMap {
    /// The SVG viewBox width; the height follows the frame's proportions (0.6 to 1.2 times this).
    public static let width = 600.0
    /// The narrowest frame, metres across, so that a lone camera still shows its street.
    public static let minimumSpanMetres = 2000.0
    /// Metres per degree of latitude (and of longitude at the equator).
    public static let metresPerDegree = 111_320.0
    /// The scale bar lengths offered, metres.
    public static let roundDistances = [100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000]

    /// The geographic rectangle a sketch shows and its projection into SVG units.
    public struct Frame: Hashable, Sendable {
        public let south: Double
        public let north: Double
        public let west: Double
        public let east: Double
        /// The frame's real size.
        public let widthMetres: Double
        public let heightMetres: Double
        /// The SVG viewBox size: `CameraMap.width` by `width × heightMetres / widthMetres`.
        public let width: Double
        public let height: Double

        /// The frame around `points` (positions that are not finite or not on Earth are left
        /// out): their bounding box, padded by 15 % of its larger side and at least a tenth of
        /// `minimumSpanMetres` each way, at least `minimumSpanMetres` across, and widened or heightened so that the
        /// height is between 0.6 and 1.2 times the width. Without any point it is centred on
        /// Buôn Ma Thuột. A smaller `minimumSpanMetres` (no less than 200 m) suits a close-up.
        public init(points: [(latitude: Double, longitude: Double)], minimumSpanMetres: Double = CameraMap.minimumSpanMetres) {
            let valid = points.filter { CameraMap.isValid(latitude: $0.latitude, longitude: $0.longitude) }
            let latitudes = valid.map(\.latitude)
            let longitudes = valid.map(\.longitude)
            let minLatitude = latitudes.min() ?? 12.667
            let maxLatitude = latitudes.max() ?? 12.667
            let minLongitude = longitudes.min() ?? 108.038
            let maxLongitude = longitudes.max() ?? 108.038
            let centreLatitude = (minLatitude + maxLatitude) / 2
            let centreLongitude = (minLongitude + maxLongitude) / 2
            let metresPerDegreeEast = CameraMap.metresPerDegree * max(0.05, cos(centreLatitude * .pi / 180))
            let spanX = (maxLongitude - minLongitude) * metresPerDegreeEast
            let spanY = (maxLatitude - minLatitude) * CameraMap.metresPerDegree
            let minimumSpan = minimumSpanMetres.isFinite ? min(4e7, max(200, minimumSpanMetres)) : CameraMap.minimumSpanMetres
            let pad = max(minimumSpan / 10, 0.15 * max(spanX, spanY))
            var widthMetres = max(minimumSpan, spanX + 2 * pad)
            var heightMetres = max(0.6 * widthMetres, spanY + 2 * pad)
            if heightMetres > 1.2 * widthMetres { widthMetres = heightMetres / 1.2 }
            heightMetres = max(heightMetres, 0.6 * widthMetres)
            self.widthMetres = widthMetres
            self.heightMetres = heightMetres
            let halfLatitude = heightMetres / 2 / CameraMap.metresPerDegree
            let halfLongitude = widthMetres / 2 / metresPerDegreeEast
            south = centreLatitude - halfLatitude
            north = centreLatitude + halfLatitude
            west = centreLongitude - halfLongitude
            east = centreLongitude + halfLongitude
            width = CameraMap.width
            height = CameraMap.width * heightMetres / widthMetres
        }

        /// Metres per SVG unit, the same across and down.
        public var metresPerUnit: Double { widthMetres / width }

        /// SVG coordinates of a position: x grows eastwards from the west edge, y southwards
        /// from the north edge. Positions outside the frame project outside the viewBox.
        public func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
            ((longitude - west) / (east - west) * width, (north - latitude) / (north - south) * height)
        }

        /// True when the position lies inside the frame (edges included).
        public func contains(latitude: Double, longitude: Double) -> Bool {
            (south...north).contains(latitude) && (west...east).contains(longitude)
        }
    }

    /// The scale bar's length: the largest of `roundDistances` no longer than a quarter of
    /// the frame's width, and never less than 100 m.
    public static func scaleBarMetres(frameWidthMetres: Double) -> Int {
        roundDistances.last { Double($0) <= frameWidthMetres / 4 } ?? roundDistances[0]
    }

    /// A leg of a route, drawn as an arrow from one position to the next.
    struct Hop {
        var fromLatitude: Double
        var fromLongitude: Double
        var toLatitude: Double
        var toLongitude: Double
        var impossible: Bool
        /// Plain text for the leg's tooltip.
        var title: String
    }

    /// A labelled dot that is not a camera summary (a sighting's camera, say).
    struct Spot {
        var latitude: Double
        var longitude: Double
        var label: String
    }

    /// A marked position (an event's map position), drawn as a red ring.
    struct Point {
        var latitude: Double
        var longitude: Double
        var title: String
    }

    static func isValid(latitude: Double, longitude: Double) -> Bool {
        latitude.isFinite && longitude.isFinite && abs(latitude) <= 85 && abs(longitude) <= 180
    }

    /// The frame around everything a sketch will draw.
    static func frame(
        cameras: [TrafficCameraSummary], hops: [Hop] = [], spots: [Spot] = [], point: Point? = nil,
        minimumSpanMetres: Double = CameraMap.minimumSpanMetres
    ) -> Frame {
        var points = cameras.map { (latitude: $0.latitude, longitude: $0.longitude) }
        for hop in hops {
            points.append((hop.fromLatitude, hop.fromLongitude))
            points.append((hop.toLatitude, hop.toLongitude))
        }
        points += spots.map { ($0.latitude, $0.longitude) }
        if let point { points.append((point.latitude, point.longitude)) }
        return Frame(points: points, minimumSpanMetres: minimumSpanMetres)
    }

    /// The SVG. `titleID` must be unique on the page (it also prefixes nothing else). Cameras
    /// link to their pages when `linkCameras`; with `showLandmarks`, the district seats of
    /// `ProvinceMap.landmarks` inside the frame are drawn for orientation. Everything that
    /// comes from data is escaped; positions that are not finite are skipped.
    static func svg(
        title: String, titleID: String, frame: Frame, cameras: [TrafficCameraSummary], _ l: Localizer,
        linkCameras: Bool = true, showLandmarks: Bool = false, hops: [Hop] = [], spots: [Spot] = [],
        point: Point? = nil
    ) -> HTML {
        let role = linkCameras && !cameras.isEmpty ? "group" : "img"
        var svg: HTML = "<svg viewBox=\"0 0 \(n(frame.width)) \(n(frame.height))\" role=\"\(role)\" "
            + "aria-labelledby=\"\(titleID)\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(titleID)\">\(title)</title>"
        svg += "<rect class=\"frame\" x=\"0.75\" y=\"0.75\" width=\"\(n(frame.width - 1.5))\" "
            + "height=\"\(n(frame.height - 1.5))\"/>"
        let scale = scaleBarMetres(frameWidthMetres: frame.widthMetres)
        svg += grid(frame, spacingMetres: Double(scale))
        let shownCameras = cameras.filter { isValid(latitude: $0.latitude, longitude: $0.longitude) }
        let shownSpots = spots.filter { isValid(latitude: $0.latitude, longitude: $0.longitude) }
        let seats = showLandmarks
            ? ProvinceMap.landmarks.filter { frame.contains(latitude: $0.latitude, longitude: $0.longitude) } : []
        var dots = shownCameras.map { frame.project(latitude: $0.latitude, longitude: $0.longitude) }
        dots += shownSpots.map { frame.project(latitude: $0.latitude, longitude: $0.longitude) }
        var labels = LabelPlacer(frame: frame, dots: dots)
        var labelSVG: HTML = ""
        for seat in seats {
            let p = frame.project(latitude: seat.latitude, longitude: seat.longitude)
            svg += "<rect class=\"seat\" x=\"\(n(p.x - 4))\" y=\"\(n(p.y - 4))\" width=\"8\" height=\"8\"><title>"
                + "\(seat.name)</title></rect>"
        }
        for (index, hop) in hops.enumerated() { svg += hopArrow(hop, number: index + 1, frame) }
        for spot in shownSpots {
            let p = frame.project(latitude: spot.latitude, longitude: spot.longitude)
            svg += "<circle class=\"spot\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"6\"><title>"
                + "\(spot.label)</title></circle>"
            labelSVG += labels.place(spot.label, at: p, css: "cam-label")
        }
        for camera in shownCameras {
            let p = frame.project(latitude: camera.latitude, longitude: camera.longitude)
            svg += cameraMarker(camera, at: p, l, link: linkCameras)
            labelSVG += labels.place(camera.name, at: p, css: "cam-label", facing: camera.headingDegrees)
        }
        for seat in seats {
            let p = frame.project(latitude: seat.latitude, longitude: seat.longitude)
            labelSVG += labels.place(seat.name, at: p, css: "seat-label")
        }
        if let point, isValid(latitude: point.latitude, longitude: point.longitude) {
            let p = frame.project(latitude: point.latitude, longitude: point.longitude)
            svg += "<circle class=\"point\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"5\"><title>"
                + "\(point.title)</title></circle>"
        }
        svg += labelSVG
        svg += scaleBar(frame, metres: scale, l)
        svg += northArrow(frame, l)
        return svg + "</svg>"
    }

    /// The HTML key to the dot colours, one swatch per level.
    static func legend(_ l: Localizer) -> HTML {
        let items = TrafficCongestion.allCases.map { level -> HTML in
            "<li><span class=\"swatch \(level.cssClass)\"></span>\(l.congestion(level))</li>"
        }
        return "<ul class=\"legend\" aria-label=\"\(l.congestionLegend)\">\(items.joined())</ul>"
    }

    private static func grid(_ frame: Frame, spacingMetres: Double) -> HTML {
        let step = spacingMetres / frame.metresPerUnit
        guard step.isFinite, step > 4 else { return "" }
        var svg: HTML = ""
        var x = step
        while x < frame.width {
            svg += "<line class=\"grid-line\" x1=\"\(n(x))\" y1=\"0\" x2=\"\(n(x))\" y2=\"\(n(frame.height))\"/>"
            x += step
        }
        var y = step
        while y < frame.height {
            svg += "<line class=\"grid-line\" x1=\"0\" y1=\"\(n(y))\" x2=\"\(n(frame.width))\" y2=\"\(n(y))\"/>"
            y += step
        }
        return svg
    }

    private static func cameraMarker(_ camera: TrafficCameraSummary, at p: (x: Double, y: Double), _ l: Localizer, link: Bool)
        -> HTML
    {
        let level = camera.congestion.cssClass
        var tooltip = "\(camera.name) — \(l.congestion(camera.congestion))"
        if let flow = camera.flowVehiclesPerHour { tooltip += " — \(l.flow(flow))" }
        var marker: HTML = "<title>\(tooltip)</title>"
        if camera.headingDegrees.isFinite {
            let radius = 24.0
            func edge(_ degrees: Double) -> (x: Double, y: Double) {
                let radians = degrees * .pi / 180
                return (p.x + radius * sin(radians), p.y - radius * cos(radians))
            }
            let a = edge(camera.headingDegrees - 30)
            let b = edge(camera.headingDegrees + 30)
            marker += "<path class=\"cam-view \(level)\" d=\"M\(n(p.x)) \(n(p.y)) L\(n(a.x)) \(n(a.y)) "
                + "A\(n(radius)) \(n(radius)) 0 0 1 \(n(b.x)) \(n(b.y)) Z\"/>"
        }
        marker += "<circle class=\"cam \(level)\" data-camera=\"\(camera.id)\" cx=\"\(n(p.x))\" "
            + "cy=\"\(n(p.y))\" r=\"7\"/>"
        return link ? "<a href=\"\(TrafficLinks.camera(camera.id))\">\(marker)</a>" : "<g>\(marker)</g>"
    }

    /// Places short labels beside dots without overlapping one another, the dots, the scale
    /// bar or the north arrow, and inside the frame. A label that fits nowhere is left out;
    /// the dot's tooltip and the page's tables still name it.
    private struct LabelPlacer {
        struct Box {
            var x0, y0, x1, y1: Double
            func overlaps(_ other: Box) -> Bool { x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1 }
        }

        let frame: Frame
        let dots: [Box]
        var taken: [Box]

        init(frame: Frame, dots: [(x: Double, y: Double)]) {
            self.frame = frame
            self.dots = dots.map { Box(x0: $0.x - 8, y0: $0.y - 8, x1: $0.x + 8, y1: $0.y + 8) }
            taken = [
                Box(x0: 8, y0: frame.height - 34, x1: 8 + frame.width / 4 + 24, y1: frame.height - 6),
                Box(x0: frame.width - 40, y0: 6, x1: frame.width - 8, y1: 56),
            ]
        }

        /// The `<text>` for `text` beside the dot at `p`, or "" when it fits nowhere. With a
        /// heading, the side the camera looks towards is tried last, so the label does not
        /// cover the camera's fan.
        mutating func place(_ text: String, at p: (x: Double, y: Double), css: String, facing heading: Double? = nil)
            -> HTML
        {
            let shown = StaffPages.shortened(text, to: 28)
            let width = Double(shown.count) * 6.2 + 2
            // (x of the anchor, baseline y, anchor, box)
            let right = (p.x + 10, p.y + 4, "start", Box(x0: p.x + 9, y0: p.y - 7, x1: p.x + 11 + width, y1: p.y + 6))
            let left = (p.x - 10, p.y + 4, "end", Box(x0: p.x - 11 - width, y0: p.y - 7, x1: p.x - 9, y1: p.y + 6))
            let below = (p.x, p.y + 22, "middle", Box(x0: p.x - width / 2, y0: p.y + 11, x1: p.x + width / 2, y1: p.y + 25))
            let above = (p.x, p.y - 13, "middle", Box(x0: p.x - width / 2, y0: p.y - 24, x1: p.x + width / 2, y1: p.y - 10))
            var candidates = [right, left, below, above]
            if let heading, heading.isFinite {
                let radians = heading * .pi / 180
                let east = sin(radians)
                let south = -cos(radians)
                if east > 0.35 { candidates = [left, below, above, right] }
                else if east < -0.35 { candidates = [right, below, above, left] }
                else if south > 0 { candidates = [right, left, above, below] }
                else { candidates = [right, left, below, above] }
            }
            let own = Box(x0: p.x - 8.5, y0: p.y - 8.5, x1: p.x + 8.5, y1: p.y + 8.5)
            for candidate in candidates {
                let box = candidate.3
                guard box.x0 >= 2, box.y0 >= 2, box.x1 <= frame.width - 2, box.y1 <= frame.height - 2 else { continue }
                guard !taken.contains(where: box.overlaps) else { continue }
                guard !dots.contains(where: { $0.overlaps(box) && !($0.x0 >= own.x0 && $0.x1 <= own.x1 && $0.y0 >= own.y0 && $0.y1 <= own.y1) })
                else { continue }
                taken.append(box)
                let anchor: HTML = candidate.2 == "start" ? "" : " text-anchor=\"\(candidate.2)\""
                return "<text class=\"\(css)\" x=\"\(CameraMap.n(candidate.0))\" y=\"\(CameraMap.n(candidate.1))\"\(anchor)>"
                    + "\(shown)</text>"
            }
            return ""
        }
    }

    private static func hopArrow(_ hop: Hop, number: Int, _ frame: Frame) -> HTML {
        guard isValid(latitude: hop.fromLatitude, longitude: hop.fromLongitude),
            isValid(latitude: hop.toLatitude, longitude: hop.toLongitude)
        else { return "" }
        let from = frame.project(latitude: hop.fromLatitude, longitude: hop.fromLongitude)
        let to = frame.project(latitude: hop.toLatitude, longitude: hop.toLongitude)
        let dx = to.x - from.x
        let dy = to.y - from.y
        let length = (dx * dx + dy * dy).squareRoot()
        let css = hop.impossible ? "hop hop-impossible" : "hop"
        let title: HTML = "<title>\(number). \(hop.title)</title>"
        // Coinciding cameras: a ring instead of an arrow.
        guard length > 22 else {
            return "<circle class=\"\(css)\" cx=\"\(n(to.x))\" cy=\"\(n(to.y))\" r=\"11\" fill=\"none\">\(title)</circle>"
        }
        let ux = dx / length
        let uy = dy / length
        let start = (x: from.x + ux * 10, y: from.y + uy * 10)
        let tip = (x: to.x - ux * 10, y: to.y - uy * 10)
        let base = (x: tip.x - ux * 11, y: tip.y - uy * 11)
        let left = (x: base.x - uy * 5, y: base.y + ux * 5)
        let right = (x: base.x + uy * 5, y: base.y - ux * 5)
        var svg: HTML = "<g class=\"\(css)\">\(title)<line x1=\"\(n(start.x))\" y1=\"\(n(start.y))\" x2=\"\(n(base.x))\" "
            + "y2=\"\(n(base.y))\"/><polygon points=\"\(n(tip.x)),\(n(tip.y)) \(n(left.x)),\(n(left.y)) "
            + "\(n(right.x)),\(n(right.y))\"/></g>"
        let middle = (x: (from.x + to.x) / 2 - uy * 10, y: (from.y + to.y) / 2 + ux * 10)
        svg += "<text class=\"hop-label\" x=\"\(n(middle.x))\" y=\"\(n(middle.y + 4))\" text-anchor=\"middle\">\(number)</text>"
        return svg
    }

    private static func scaleBar(_ frame: Frame, metres: Int, _ l: Localizer) -> HTML {
        let length = Double(metres) / frame.metresPerUnit
        let y = frame.height - 16
        let x0 = 16.0
        let x1 = x0 + length
        return "<g class=\"scale-bar\"><line class=\"scale\" x1=\"\(n(x0))\" y1=\"\(n(y))\" x2=\"\(n(x1))\" y2=\"\(n(y))\"/>"
            + "<line class=\"scale\" x1=\"\(n(x0))\" y1=\"\(n(y - 4))\" x2=\"\(n(x0))\" y2=\"\(n(y + 4))\"/>"
            + "<line class=\"scale\" x1=\"\(n(x1))\" y1=\"\(n(y - 4))\" x2=\"\(n(x1))\" y2=\"\(n(y + 4))\"/>"
            + "<text class=\"scale-label\" x=\"\(n(x0))\" y=\"\(n(y - 7))\">"
            + "\(l.roundDistance(metres: metres))</text></g>"
    }

    private static func northArrow(_ frame: Frame, _ l: Localizer) -> HTML {
        let x = frame.width - 24
        return "<g class=\"north-arrow\"><title>\(l.north)</title>"
            + "<polygon points=\"\(n(x)),12 \(n(x - 8)),36 \(n(x)),30 \(n(x + 8)),36\"/>"
            + "<text x=\"\(n(x))\" y=\"50\" text-anchor=\"middle\">\(l.northLetter)</text></g>"
    }

    fileprivate static func n(_ value: Double) -> String { ChartScale.coordinate(value) }
}
