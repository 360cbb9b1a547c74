import Vietnam

/// A tile-free sketch map of Đắk Lắk: the province's bounding box (latitude 12.1–13.6 N,
/// longitude 107.4–109.0 E) drawn as an SVG frame with a half-degree grid, the district
/// seats, a 50 km scale bar, and optionally one plotted point.
///
/// The frame keeps the real proportions: 320 units wide by 306 high, about 0.54 km per
/// unit either way at the province's latitude.
public enum ProvinceMap {
    /// A district seat drawn on the map for orientation.
    public struct Landmark: Hashable, Sendable {
        public var districtCode: String
        public var name: String
        public var latitude: Double
        public var longitude: Double
    }

    public static let south = 12.1
    public static let north = 13.6
    public static let west = 107.4
    public static let east = 109.0
    /// The SVG viewBox width.
    public static let width = 320.0
    /// The SVG viewBox height: 1.5° of latitude against 1.6° of longitude at ≈12.85° N.
    public static let height = 306.0
    /// The frame's width in kilometres: 1.6° × 111.32 km × cos(12.85°).
    public static let widthKilometres = 173.65

    /// The district seats with a position in the administrative units' data.
    public static var landmarks: [Landmark] { landmarks(of: AdministrativeUnit.districts) }

    /// The seats of `units` that have a position.
    public static func landmarks(of units: [AdministrativeUnit]) -> [Landmark] {
        units.compactMap { unit in
            guard let latitude = unit.latitude, let longitude = unit.longitude else { return nil }
            return Landmark(districtCode: unit.code, name: unit.name, latitude: latitude, longitude: longitude)
        }
    }

    /// True when the point lies inside the frame (edges included).
    public static func contains(latitude: Double, longitude: Double) -> Bool {
        (south...north).contains(latitude) && (west...east).contains(longitude)
    }

    /// SVG coordinates of a position: x grows eastwards from the west edge, y southwards
    /// from the north edge.
    public static func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        ((longitude - west) / (east - west) * width, (north - latitude) / (north - south) * height)
    }

    /// The SVG. With `pickerID`, the svg gets that id, the frame's bounds and the ids of the
    /// latitude and longitude `inputs` as data attributes, and a marker `{pickerID}-marker`
    /// (hidden without a point) that `StaticAsset.mapPicker` moves; `point` is plotted only
    /// when inside the frame.
    static func svg(
        title: String, titleID: String, point: (latitude: Double, longitude: Double)?, pickerID: String? = nil,
        inputs: (latitude: String, longitude: String) = ("", "")
    ) -> HTML {
        var svg: HTML = "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(titleID)\""
        if let pickerID {
            svg += " id=\"\(pickerID)\" class=\"map-picker\" data-south=\"\(south)\" data-north=\"\(north)\" data-west=\"\(west)\""
            svg += " data-east=\"\(east)\" data-lat-input=\"\(inputs.latitude)\" data-lon-input=\"\(inputs.longitude)\""
        }
        svg += " xmlns=\"http://www.w3.org/2000/svg\"><title id=\"\(titleID)\">\(title)</title>" + frame(landmarks: landmarks)
        let plotted = point.flatMap { contains(latitude: $0.latitude, longitude: $0.longitude) ? $0 : nil }
        if let pickerID {
            var p: (x: Double, y: Double) = (width / 2, height / 2)
            var hidden: HTML = " display=\"none\""
            if let plotted {
                p = project(latitude: plotted.latitude, longitude: plotted.longitude)
                hidden = ""
            }
            svg += "<circle class=\"point\" id=\"\(pickerID)-marker\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"6\"\(hidden)/>"
        } else if let plotted {
            let p = project(latitude: plotted.latitude, longitude: plotted.longitude)
            svg += "<circle class=\"point\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"6\"/>"
        }
        return svg + "</svg>"
    }


    /// A figure per district drawn as a circle at its seat, its area proportional to the
    /// figure (the largest `maxRadius`), labelled with the district and the figure; a
    /// district without a figure is drawn as its seat only.
    static func bubbles(title: String, titleID: String, values: [(districtCode: String, value: Double?, label: String)], maxRadius: Double = 26) -> HTML {
        let top = values.compactMap(\.value).map(abs).max() ?? 0
        let seats = Dictionary(landmarks.map { ($0.districtCode, $0) }, uniquingKeysWith: { a, _ in a })
        var svg: HTML = "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(titleID)\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(titleID)\">\(title)</title>" + frame(landmarks: [])
        for item in values.sorted(by: { abs($0.value ?? 0) > abs($1.value ?? 0) }) {
            guard let seat = seats[item.districtCode] else { continue }
            let p = project(latitude: seat.latitude, longitude: seat.longitude)
            if let value = item.value, top > 0 {
                let r = max(2, (abs(value) / top).squareRoot() * maxRadius)
                svg += "<circle class=\"bubble\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"\(n(r))\"><title>\(seat.name): \(item.label)</title></circle>"
                svg += "<text class=\"district-label\" x=\"\(n(p.x + r + 3))\" y=\"\(n(p.y - 2))\">\(seat.name)</text>"
                svg += "<text class=\"bubble-label\" x=\"\(n(p.x + r + 3))\" y=\"\(n(p.y + 10))\">\(item.label)</text>"
            } else {
                svg += "<circle class=\"district\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"3.5\"/>"
                svg += "<text class=\"district-label\" x=\"\(n(p.x + 6))\" y=\"\(n(p.y + 4))\">\(seat.name) – \(item.label)</text>"
            }
        }
        return svg + "</svg>"
    }

    /// The frame, the half-degree grid, the seats of `landmarks` and the 50 km scale bar.
    private static func frame(landmarks: [Landmark]) -> HTML {
        var svg: HTML = ""
        svg += "<rect class=\"frame\" x=\"0.75\" y=\"0.75\" width=\"\(n(width - 1.5))\" height=\"\(n(height - 1.5))\"/>"
        for latitude in [12.5, 13.0, 13.5] {
            let y = project(latitude: latitude, longitude: west).y
            svg += "<line class=\"grid-line\" x1=\"0\" y1=\"\(n(y))\" x2=\"\(n(width))\" y2=\"\(n(y))\"/>"
            svg += "<text class=\"grid-label\" x=\"3\" y=\"\(n(y - 2))\">\(n(latitude))°N</text>"
        }
        for longitude in [107.5, 108.0, 108.5] {
            let x = project(latitude: north, longitude: longitude).x
            svg += "<line class=\"grid-line\" x1=\"\(n(x))\" y1=\"0\" x2=\"\(n(x))\" y2=\"\(n(height))\"/>"
            svg += "<text class=\"grid-label\" x=\"\(n(x + 2))\" y=\"10\">\(n(longitude))°E</text>"
        }
        for landmark in landmarks {
            let p = project(latitude: landmark.latitude, longitude: landmark.longitude)
            svg += "<circle class=\"district\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"3.5\"/>"
            svg += "<text class=\"district-label\" x=\"\(n(p.x + 6))\" y=\"\(n(p.y + 4))\">\(landmark.name)</text>"
        }
        let scaleLength = 50 / widthKilometres * width
        let scaleY = height - 14
        svg += "<line class=\"scale\" x1=\"12\" y1=\"\(n(scaleY))\" x2=\"\(n(12 + scaleLength))\" y2=\"\(n(scaleY))\"/>"
        svg += "<line class=\"scale\" x1=\"12\" y1=\"\(n(scaleY - 4))\" x2=\"12\" y2=\"\(n(scaleY + 4))\"/>"
        svg += "<line class=\"scale\" x1=\"\(n(12 + scaleLength))\" y1=\"\(n(scaleY - 4))\" x2=\"\(n(12 + scaleLength))\" "
            + "y2=\"\(n(scaleY + 4))\"/>"
        svg += "<text class=\"scale-label\" x=\"12\" y=\"\(n(scaleY - 6))\">50 km</text>"
        return svg
    }

    private static func n(_ value: Double) -> String { ChartScale.coordinate(value) }
}
