import Vietnam
/// The server-rendered line chart of a camera's flow: measured vehicles per hour per interval
/// as a solid line with dots, then each forecast model's +15/+30/+60 min points drawn after
/// the last interval as a dashed line from the last measured dot to diamonds, all on one
/// time axis (UTC+7 clock labels) and one flow axis starting at zero, with an HTML legend.
enum TrafficFlowChart {
    static let width = 640.0
    static let height = 260.0
    static let left = 58.0
    static let right = 16.0
    static let top = 14.0
    static let bottom = 34.0

    /// The chart section, or "" when there is no interval to draw.
    static func render(intervals: [TrafficIntervalPoint], forecasts: [TrafficForecastRow], periodSeconds: Int, _ l: Localizer)
        -> HTML
    {
        let observed = intervals.filter { $0.flowVehiclesPerHour.isFinite }.sorted { $0.startMillis < $1.startMillis }
        guard let first = observed.first, let last = observed.last else { return "" }
        let models = forecastSeries(forecasts, after: last, l.language)
        let targets = models.flatMap { $0.points.map(\.time) }
        let startTime = first.startMillis
        var endTime = max(last.startMillis, targets.max() ?? last.startMillis)
        if endTime == startTime { endTime = startTime &+ Int64(max(1, periodSeconds)) &* 1000 }
        let span = max(1, Double(endTime) - Double(startTime))
        let values = observed.map(\.flowVehiclesPerHour) + models.flatMap { $0.points.map(\.value) }
        let top = ChartScale.niceCeiling(max(1, values.max() ?? 1))
        let plotWidth = width - left - right
        let plotHeight = height - self.top - bottom
        func x(_ time: Int64) -> Double { left + (Double(time) - Double(startTime)) / span * plotWidth }
        func y(_ value: Double) -> Double { self.top + plotHeight - max(0, value) / top * plotHeight }

        var svg: HTML = "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"flow-chart-title "
            + "flow-chart-desc\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"flow-chart-title\">"
            + "\(l.flowChartTitle)</title><desc id=\"flow-chart-desc\">"
            + "\(l.flowChartDescription(periodSeconds))</desc>"
        for step in 0...4 {
            let value = top * Double(step) / 4
            svg += "<line class=\"axis-grid\" x1=\"\(n(left))\" y1=\"\(n(y(value)))\" x2=\"\(n(width - right))\" "
                + "y2=\"\(n(y(value)))\"/><text class=\"axis-label\" x=\"\(n(left - 6))\" y=\"\(n(y(value) + 4))\" "
                + "text-anchor=\"end\">\(l.decimal(value, places: 0))</text>"
        }
        svg += "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(y(0)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(0)))\"/>"
        let ticks = timeTicks(from: startTime, to: endTime)
        for time in ticks.times {
            let tickX = x(time)
            let anchor = tickX < left + 16 ? "start" : tickX > width - right - 16 ? "end" : "middle"
            let date = VietnamTime.instant(millis: time)
            let text = ticks.step >= 86_400_000
                ? String(VietnamTime.formatDay(date).prefix(5)) : VietnamTime.formatClock(date, seconds: ticks.step < 60_000)
            svg += "<line class=\"axis\" x1=\"\(n(tickX))\" y1=\"\(n(y(0)))\" x2=\"\(n(tickX))\" y2=\"\(n(y(0) + 4))\"/>"
                + "<text class=\"axis-label\" x=\"\(n(tickX))\" y=\"\(n(height - 12))\" text-anchor=\"\(anchor)\">\(text)</text>"
        }
        svg += "<line class=\"now-line\" x1=\"\(n(x(last.startMillis)))\" y1=\"\(n(self.top))\" "
            + "x2=\"\(n(x(last.startMillis)))\" y2=\"\(n(y(0)))\"/>"
        let line = observed.map { "\(n(x($0.startMillis))),\(n(y($0.flowVehiclesPerHour)))" }.joined(separator: " ")
        svg += "<polyline class=\"flow-line\" points=\"\(line)\"/>"
        for point in observed {
            let time = VietnamTime.format(VietnamTime.instant(millis: point.startMillis))
            svg += "<circle class=\"flow-point\" cx=\"\(n(x(point.startMillis)))\" cy=\"\(n(y(point.flowVehiclesPerHour)))\" "
                + "r=\"2.5\"><title>\(time): \(l.flow(point.flowVehiclesPerHour))</title></circle>"
        }
        for (index, model) in models.enumerated() {
            let css = "forecast-model-\(index % 3)"
            let path = [(last.startMillis, last.flowVehiclesPerHour)] + model.points.map { ($0.time, $0.value) }
            svg += "<polyline class=\"forecast-line \(css)\" points=\""
                + path.map { "\(n(x($0.0))),\(n(y($0.1)))" }.joined(separator: " ") + "\"/>"
            for point in model.points {
                let px = x(point.time)
                let py = y(point.value)
                svg += "<polygon class=\"forecast-point \(css)\" data-horizon=\"\(point.horizon)\" points=\"\(n(px)),"
                    + "\(n(py - 6)) \(n(px + 6)),\(n(py)) \(n(px)),\(n(py + 6)) \(n(px - 6)),\(n(py))\"><title>"
                    + "\(l.forecastSeries(model.label)) \(l.horizonValue(point.horizon)): "
                    + "\(l.flow(point.value))</title></polygon>"
            }
        }
        svg += "</svg>"
        var legend: HTML = "<li><span class=\"swatch swatch-flow\"></span>\(l.measuredFlow)</li>"
        for (index, model) in models.enumerated() {
            legend += "<li><span class=\"swatch swatch-forecast forecast-model-\(index % 3)\"></span>"
                + "\(l.forecastSeries(model.label))</li>"
        }
        return "<section class=\"card chart flow-chart\" aria-labelledby=\"flow-chart-heading\"><h2 id=\"flow-chart-heading\">"
            + "\(l.flowChartTitle)</h2><p class=\"hint\">\(l.flowChartDescription(periodSeconds))</p>"
            + "\(svg)<ul class=\"legend\">\(legend)</ul></section>\n"
    }

    /// The forecasts with a value, one series per model in order of first appearance, each
    /// sorted by target time; a missing target is the last interval's start plus the horizon.
    static func forecastSeries(_ forecasts: [TrafficForecastRow], after last: TrafficIntervalPoint, _ language: Language)
        -> [(label: String, points: [(time: Int64, value: Double, horizon: Int)])]
    {
        var order: [String] = []
        var labels: [String: String] = [:]
        var points: [String: [(time: Int64, value: Double, horizon: Int)]] = [:]
        for row in forecasts {
            guard let value = row.flowVehiclesPerHour, value.isFinite else { continue }
            let time = row.targetStartMillis ?? last.startMillis &+ Int64(row.horizonMinutes) &* 60_000
            guard time > last.startMillis else { continue }
            if points[row.modelCode] == nil {
                order.append(row.modelCode)
                labels[row.modelCode] = row.modelLabel
            }
            points[row.modelCode, default: []].append((time, value, row.horizonMinutes))
        }
        return order.map { code in
            (labels[code] ?? code, (points[code] ?? []).sorted { $0.time < $1.time })
        }
    }

    /// Round tick times between `start` and `end` (milliseconds): the smallest step of 30 s,
    /// 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h or a day giving at most six ticks, aligned to
    /// Vietnam wall-clock time.
    static func timeTicks(from start: Int64, to end: Int64) -> (step: Int64, times: [Int64]) {
        let steps: [Int64] = [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400].map { $0 * 1000 }
        let span = max(0, Double(end) - Double(start))
        var step = steps.first { span / Double($0) <= 6 } ?? 86_400_000
        if span / Double(step) > 6 { step = 86_400_000 * Int64(min(1e6, (span / 6 / 86_400_000).rounded(.up))) }
        let offset = Int64(VietnamTime.offsetSeconds) * 1000
        let local = start &+ offset
        var time = (local >= 0 ? (local &+ step &- 1) / step : local / step) &* step &- offset
        var times: [Int64] = []
        for _ in 0..<10 where time <= end {
            if time >= start { times.append(time) }
            let (next, overflow) = time.addingReportingOverflow(step)
            if overflow { break }
            time = next
        }
        return (step, times)
    }


    private static func n(_ value: Double) -> String { ChartScale.coordinate(value) }
}
