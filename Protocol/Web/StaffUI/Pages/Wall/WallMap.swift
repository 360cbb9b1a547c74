import Foundation
import Vietnam

/// The province map of the wall, server-rendered SVG with no tiles: the former districts'
/// real boundaries coloured by a measure in five classes of one hue (readable with any
/// colour vision, and in grey), the 2025 communes as points (no official polygons exist),
/// and each node's district seat with its link's state.
enum WallMap {
    static let width = 1000.0

    /// The frame around every boundary, with the height that keeps real proportions.
    struct Frame {
        let south: Double, north: Double, west: Double, east: Double
        let height: Double

        /// How much larger than the province's frame this one draws (points grow with it).
        let zoom: Double

        /// The frame around `boundaries`, `margin` degrees wider on every side.
        init(_ boundaries: [UnitBoundary], margin: Double = 0) {
            south = (boundaries.map(\.south).min() ?? 12) - margin
            north = (boundaries.map(\.north).max() ?? 14) + margin
            west = (boundaries.map(\.west).min() ?? 107) - margin
            east = (boundaries.map(\.east).max() ?? 110) + margin
            zoom = min(1.6, max(1, sqrt(2.0 / max(0.1, east - west))))
            let middle = (south + north) / 2 * Double.pi / 180
            height = ((north - south) / ((east - west) * cos(middle)) * WallMap.width).rounded()
        }

        func project(_ latitude: Double, _ longitude: Double) -> (x: Double, y: Double) {
            ((longitude - west) / (east - west) * WallMap.width, (north - latitude) / (north - south) * height)
        }
    }

    /// Five classes: none, then four of equal width up to the largest value.
    static let classes = 5

    static func classIndex(_ value: Double?, maximum: Double) -> Int? {
        guard let value else { return nil }
        guard value > 0, maximum > 0 else { return 0 }
        return min(classes - 1, 1 + Int((value / maximum * Double(classes - 1)).rounded(.up)) - 1)
    }

    static func svg(_ page: WallPage, measure: WallMeasure?, _ l: Localizer) -> HTML {
        let boundaries = UnitBoundaries.shipped
        // A district's center shows its own district, a commune's the former districts it was
        // formed from with itself marked, the province's wall all of them.
        let focusedCommunes = Set((page.focus ?? []).filter { code in
            AdministrativeUnits.shipped.unit(code).map { [.commune, .ward].contains($0.kind) } ?? false
        })
        let frameCodes = Set((page.focus ?? []).flatMap { code in
            focusedCommunes.contains(code) ? AdministrativeUnits.shipped.unit(code)?.formedFrom ?? [] : [code]
        })
        let focused = boundaries.formerDistricts.filter { frameCodes.contains($0.code) }
        let frame = Frame(focused.isEmpty ? boundaries.formerDistricts : focused, margin: focused.isEmpty ? 0 : 0.08)
        let maximum = measure?.values.values.max() ?? 0
        let communeValues = measure?.communeValues ?? [:]
        let communeMaximum = communeValues.values.max() ?? 0
        var svg: HTML = "<svg class=\"wall-map-svg\" viewBox=\"0 0 \(n(width)) \(n(frame.height))\" role=\"img\" aria-labelledby=\"wall-map-title\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"wall-map-title\">\(l.wallMapTitle(measure?.label))</title>"
        for district in boundaries.formerDistricts {
            let value = measure?.values[district.code]
            let index = classIndex(value, maximum: maximum)
            let name = AdministrativeUnit.named(district.code)?.name ?? district.name
            let label = value.map { "\(name): \(l.decimal($0)) \(measure?.unit ?? "")" } ?? "\(name): \(l.noDataText)"
            // Around a district's own center, its neighbours are drawn faded.
            let elsewhere = focused.isEmpty ? "" : focused.contains { $0.code == district.code } ? " focus" : " elsewhere"
            let path: HTML = "<path class=\"district class-\(index.map(String.init) ?? "none")\(elsewhere)\" data-district=\"\(district.code)\" d=\"\(HTML(trusted: pathData(district, frame)))\"><title>\(label)</title></path>"
            if let measure, value != nil {
                svg += "<a href=\"\(measure.href.replacingOccurrences(of: "{district}", with: district.code))\">\(path)</a>"
            } else {
                svg += path
            }
        }
        for commune in AdministrativeUnits.shipped.communes(on: page.today) {
            guard let latitude = commune.latitude, let longitude = commune.longitude else { continue }
            let p = frame.project(latitude, longitude)
            if focusedCommunes.contains(commune.code) {
                let value = communeValues[commune.code].map { ": \(l.decimal($0)) \(measure?.unit ?? "")" } ?? ""
                svg += "<circle class=\"commune focus\" data-commune=\"\(commune.code)\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"\(n(9 * frame.zoom))\">"
                    + "<title>\(commune.name)\(value)</title></circle>"
                    + "<text class=\"focus-name\" x=\"\(n(p.x))\" y=\"\(n(p.y - 16 * frame.zoom))\" text-anchor=\"middle\">\(commune.name)</text>"
            } else if communeValues.isEmpty {
                svg += "<circle class=\"commune\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"\(n(2.5 * frame.zoom))\"><title>\(commune.name)</title></circle>"
            } else {
                // Communes coloured by the measure too, ringed so they stand out on their district.
                let value = communeValues[commune.code] ?? 0
                let index = classIndex(value, maximum: communeMaximum) ?? 0
                svg += "<circle class=\"commune class-\(index)\" data-commune=\"\(commune.code)\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"\(n(5 * frame.zoom))\">"
                    + "<title>\(commune.name): \(l.decimal(value)) \(measure?.unit ?? "")</title></circle>"
            }
        }
        for link in page.links {
            guard let unit = AdministrativeUnit.named(link.district), let latitude = unit.latitude, let longitude = unit.longitude else { continue }
            let p = frame.project(latitude, longitude)
            svg += "<g class=\"node-mark link-\(link.connected ? "up" : "down")\" data-node=\"\(link.name)\"><circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"11\"/>"
                + "<text x=\"\(n(p.x + 15))\" y=\"\(n(p.y + 6))\">\(unit.name)</text><title>\(unit.name): \(l.linkStateName(link.connected))</title></g>"
        }
        for district in focused where focusedCommunes.isEmpty {
            guard let unit = AdministrativeUnit.named(district.code), let latitude = unit.latitude, let longitude = unit.longitude else { continue }
            let p = frame.project(latitude, longitude)
            svg += "<text class=\"focus-name\" x=\"\(n(p.x))\" y=\"\(n(p.y))\" text-anchor=\"middle\">\(unit.name)</text>"
        }
        return svg + "</svg>"
    }

    /// The legend: the classes with their ranges, no data, communes as points, the nodes.
    static func legend(measure: WallMeasure?, _ l: Localizer) -> HTML {
        var html: HTML = "<ul class=\"wall-legend\">"
        if let measure {
            let maximum = measure.values.values.max() ?? 0
            html += "<li><span class=\"swatch class-0\"></span>0</li>"
            if maximum > 0 {
                let step = maximum / Double(classes - 1)
                for index in 1..<classes {
                    let low = step * Double(index - 1), high = step * Double(index)
                    html += "<li><span class=\"swatch class-\(index)\"></span>\(l.decimal(low)) – \(l.decimal(high))</li>"
                }
            }
            html += "<li><span class=\"swatch class-none\"></span>\(l.noDataText)</li>"
        }
        html += "<li><span class=\"dot commune\"></span>\(l.communePointsNote)</li>"
        if let measure, !measure.communeValues.isEmpty { html += "<li>\(l.communesColouredNote)</li>" }
        html += "<li><span class=\"dot link-up\"></span>\(l.linkStateName(true))</li><li><span class=\"dot link-down\"></span>\(l.linkStateName(false))</li>"
        return html + "</ul><p class=\"attribution\">\(UnitBoundaries.attribution)</p>"
    }

    static func pathData(_ boundary: UnitBoundary, _ frame: Frame) -> String {
        var d = ""
        for polygon in boundary.polygons {
            for ring in polygon where !ring.isEmpty {
                for (index, point) in ring.enumerated() {
                    let p = frame.project(point.latitude, point.longitude)
                    d += (index == 0 ? "M" : "L") + n(p.x) + " " + n(p.y)
                }
                d += "Z"
            }
        }
        return d
    }

    private static func n(_ value: Double) -> String { ChartScale.coordinate(value) }
}
