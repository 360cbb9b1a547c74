import StaffUI
import Testing

@Suite struct ReportFormTests {
    @Test func theCitizenFormPostsMultipartToReportWithEveryField() {
        let html = PublicPages.reportForm(ReportFormPage(categories: Fixtures.categories), context: Fixtures.citizen(path: "/report"))
        #expect(html.contains(#"<form class="card report-form" method="post" action="/report" enctype="multipart/form-data">"#))
        for name in ["category", "description", "address", "lat", "lon", "photos", "name", "phone", "email"] {
            #expect(html.contains("name=\"\(name)\""), "\(name)")
            #expect(html.contains("<label for=\"field-\(name)\">"), "\(name)")
        }
        #expect(html.contains(#"<input type="file" id="field-photos" name="photos" multiple accept="image/jpeg,image/png,image/webp">"#))
        #expect(html.contains(#"<input type="number" id="field-lat" name="lat" step="any""#))
        #expect(html.contains("<dt>Rác thải</dt><dd>Xả rác, tập kết rác sai nơi</dd>"))
        #expect(!html.contains("name=\"channel\""))
        #expect(!html.contains("name=\"district\""))
    }

    @Test func staffEntryPostsElsewhereWithCallerFieldsAndAChannel() {
        let page = ReportFormPage(categories: Fixtures.categories, values: .init(channel: .walkIn), staffEntry: true)
        let html = PublicPages.reportForm(page, context: Fixtures.node(path: "/ui/reports/new"))
        #expect(html.contains(#"method="post" action="/ui/reports" enctype="multipart/form-data""#))
        #expect(html.contains("Họ tên người gọi"))
        #expect(html.contains("Số điện thoại người gọi"))
        #expect(html.contains(#"<option value="hotline">Đường dây nóng</option><option value="walk_in" selected>Trực tiếp tại trụ sở</option>"#))
        #expect(html.contains(#"href="/ui/reports/new" aria-current="page""#))
    }

    @Test func theHubFormAsksForTheDistrict() {
        let page = ReportFormPage(categories: Fixtures.categories, districts: Fixtures.districts, values: .init(district: "648"))
        let html = PublicPages.reportForm(page, context: Fixtures.hub(path: "/ui/reports/new"))
        #expect(html.contains(#"<select id="field-district" name="district" required>"#))
        #expect(html.contains(#"<option value="648" selected>Cư M&#39;gar</option>"#))
    }

    @Test func errorsAreSummarisedLinkedAndTheValuesRefilled() {
        let page = ReportFormPage(
            categories: Fixtures.categories,
            values: .init(category: "duong", description: "Ổ gà \"lớn\" <giữa> đường", latitude: "12.7", longitude: "108.05"),
            errors: ["lat": "Vĩ độ phải trong khoảng 12,1–13,6.", "category": "Vui lòng chọn lĩnh vực."])
        let html = PublicPages.reportForm(page, context: Fixtures.citizen(path: "/report"))
        #expect(html.contains("Vui lòng kiểm tra lại các mục sau:"))
        let summary = ##"<li><a href="#field-category">Vui lòng chọn lĩnh vực.</a></li><li><a href="#field-lat">Vĩ độ phải trong khoảng 12,1–13,6.</a></li>"##
        #expect(html.contains(summary))
        #expect(html.contains(#"aria-invalid="true" aria-describedby="map-hint field-lat-error""#))
        #expect(html.contains(#"<option value="duong" selected>Giao thông</option>"#))
        #expect(html.contains("Ổ gà &quot;lớn&quot; &lt;giữa&gt; đường</textarea>"))
        #expect(html.contains(#"value="12.7""#))
    }

    @Test func theMapPickerShowsTheDistrictsAndSetsTheCoordinatesByScript() {
        let page = ReportFormPage(categories: Fixtures.categories, values: .init(latitude: "12.8", longitude: "108.45"))
        let html = PublicPages.reportForm(page, context: Fixtures.citizen(path: "/report"))
        for name in ["Buôn Ma Thuột", "Buôn Hồ", "Cư M&#39;gar", "Ea Kar", "Krông Năng"] {
            #expect(html.contains("class=\"district-label\"") && html.contains(">\(name)</text>"), "\(name)")
        }
        #expect(html.contains(#"<svg viewBox="0 0 320 306" role="img" aria-labelledby="picker-title" id="map-picker" class="map-picker""#))
        #expect(html.contains(#"data-south="12.1" data-north="13.6" data-west="107.4" data-east="109.0" data-lat-input="field-lat" data-lon-input="field-lon""#))
        #expect(html.contains(#"<circle class="point" id="map-picker-marker" cx="210" cy="163.2" r="6"/>"#))
        #expect(html.occurrences(of: "<script") == 1)
        #expect(html.contains(#"<script src="/assets/map-picker.js?v="#))
        #expect(String(decoding: StaticAsset.mapPicker.bytes, as: UTF8.self).contains("svg.dataset.latInput"))
    }

    @Test func withoutCoordinatesThePickerMarkerStartsHidden() {
        let html = PublicPages.reportForm(ReportFormPage(categories: Fixtures.categories), context: Fixtures.citizen())
        #expect(html.contains(#"id="map-picker-marker" cx="160" cy="153" r="6" display="none"/>"#))
    }
}
