import StaffUI
import Testing

@Suite struct TrafficFormattingTests {
    @Test func eachCongestionLevelHasItsLabelAndColourClass() {
        let expected: [(TrafficCongestion, String, String, String)] = [
            (.freeFlow, "Thông thoáng", "Free flow", "congestion-free-flow"),
            (.light, "Đông xe", "Light", "congestion-light"),
            (.heavy, "Đông đúc – di chuyển chậm", "Heavy – slow moving", "congestion-heavy"),
            (.congested, "Ùn tắc", "Congested", "congestion-congested"),
            (.stationary, "Ùn tắc nghiêm trọng", "Standstill", "congestion-stationary"),
            (.unknown, "Chưa có dữ liệu", "No data", "congestion-unknown"),
        ]
        #expect(expected.count == TrafficCongestion.allCases.count)
        let css = String(decoding: StaticAsset.stylesheet.bytes, as: UTF8.self)
        for (level, vi, en, cssClass) in expected {
            #expect(Localizer(.vi).congestion(level) == vi)
            #expect(Localizer(.en).congestion(level) == en)
            #expect(level.cssClass == cssClass)
            #expect(css.contains(".badge.\(cssClass){"), "\(cssClass)")
            #expect(css.contains(".cam.\(cssClass),.cam-view.\(cssClass){fill:"), "\(cssClass)")
        }
        #expect(TrafficCongestion(rawValue: "freeFlow") == .freeFlow)
        #expect(TrafficCongestion(rawValue: "stationary") == .stationary)
    }

    @Test func theCongestionBadgeSaysTheLevelInWords() {
        let html = StaffPages.trafficOverview(TrafficFixtures.overview, context: Fixtures.node())
        #expect(html.contains("<span class=\"badge congestion congestion-heavy\">Đông đúc – di chuyển chậm</span>"))
        #expect(html.contains("<span class=\"badge congestion congestion-unknown\">Chưa có dữ liệu</span>"))
    }

    @Test func vehicleClassesHaveVietnameseAndEnglishNames() {
        let vi = TrafficClassCount.knownClassCodes.map { Localizer(.vi).vehicleClass($0) }
        #expect(vi == ["xe máy", "ô tô", "xe buýt", "xe tải", "xe đạp", "người đi bộ"])
        let en = TrafficClassCount.knownClassCodes.map { Localizer(.en).vehicleClass($0) }
        #expect(en == ["motorbike", "car", "bus", "truck", "bicycle", "pedestrian"])
        #expect(Localizer(.vi).vehicleClass("tractor") == "tractor")
    }

    @Test func decimalsFollowTheLanguage() {
        #expect(Localizer(.vi).decimal(1234.5, places: 1) == "1.234,5")
        #expect(Localizer(.en).decimal(1234.5, places: 2) == "1,234.50")
        #expect(Localizer(.vi).decimal(1839.6, places: 0) == "1.840")
        #expect(Localizer(.vi).decimal(-0.05, places: 2) == "-0,05")
        #expect(Localizer(.vi).decimal(-0.001, places: 2) == "0,00")
        #expect(Localizer(.vi).decimal(.nan, places: 1) == "—")
        #expect(Localizer(.vi).decimal(.infinity, places: 0) == "—")
        #expect(Localizer(.vi).measure(1e300) == "—")
    }

    @Test func distancesSpeedsAndPercentagesHaveTheirUnits() {
        let vi = Localizer(.vi)
        #expect(vi.kilometres(metres: 1780) == "1,78")
        #expect(vi.kilometres(metres: 46_200) == "46,2")
        #expect(vi.roundDistance(metres: 500) == "500 m")
        #expect(vi.roundDistance(metres: 20_000) == "20 km")
        #expect(vi.speed(72.44) == "72,4 km/h")
        #expect(vi.flow(1234.4) == "1.234 xe/giờ")
        #expect(Localizer(.en).flow(1234.4) == "1,234 veh/h")
        #expect(vi.percent(92.5) == "92,5%")
        #expect(vi.seconds(2.4) == "2,4 giây")
    }

    @Test func bearingsReadAsCompassDirections() {
        let vi = Localizer(.vi)
        #expect(vi.compass(0) == "Bắc")
        #expect(vi.compass(44) == "Đông Bắc")
        #expect(vi.compass(-90) == "Tây")
        #expect(vi.compass(540) == "Nam")
        #expect(Localizer(.en).compass(135) == "South-east")
    }

    @Test func intervalLengthsReadAsSecondsOrMinutes() {
        #expect(Localizer(.vi).periodLabel(seconds: 30) == "30 giây")
        #expect(Localizer(.vi).periodLabel(seconds: 900) == "15 phút")
        #expect(Localizer(.en).periodLabel(seconds: 300) == "5 min")
    }
}
