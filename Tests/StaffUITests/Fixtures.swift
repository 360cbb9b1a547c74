import FieldReports
import Foundation
import StaffUI

/// Sample view models shared by the page tests.
enum Fixtures {
    static let districts = [
        CodeName(code: "643", name: "Buôn Ma Thuột"), CodeName(code: "644", name: "Buôn Hồ"),
        CodeName(code: "648", name: "Cư M'gar"), CodeName(code: "650", name: "Krông Năng"),
        CodeName(code: "651", name: "Ea Kar"),
    ]

    /// A UTC instant.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    static func node(_ language: Language = .vi, path: String = "/ui/inbox") -> PageContext {
        PageContext(
            language: language, siteTitle: "Trung tâm IOC – Buôn Ma Thuột", currentPath: path,
            districts: [districts[0]])
    }

    static func hub(_ language: Language = .vi, path: String = "/ui/inbox") -> PageContext {
        PageContext(
            language: language, siteTitle: "Trung tâm IOC tỉnh Đắk Lắk", seesEveryDistrict: true, currentPath: path,
            districts: districts)
    }

    static func citizen(_ language: Language = .vi, path: String = "/track") -> PageContext {
        PageContext(
            language: language, siteTitle: "Trung tâm IOC – Buôn Ma Thuột", currentPath: path, audience: .citizen)
    }

    static func row(
        _ code: String, due: DueState = .onTime, status: CaseStatus = .inProgress, conflict: Bool = false,
        address: String = "12 Lê Duẩn, phường Tân Thành"
    ) -> CaseRow {
        CaseRow(
            caseID: "case-\(code)", trackingCode: code, categoryName: "Rác thải", district: districts[0],
            address: address, summary: "Rác tập kết sai giờ trước chợ", receivedAt: utc(2026, 3, 2, 1, 30),
            deadline: utc(2026, 3, 9, 10), due: due, status: status, unitName: "Phòng Tài nguyên và Môi trường",
            hasConflict: conflict, channel: .web)
    }

    static func caseDetail(
        allowed: [CaseAction] = CaseAction.allCases, conflicts: [ConflictView] = [], readOnly: String? = nil,
        timeline: [TimelineEntry]? = nil
    ) -> CaseDetail {
        CaseDetail(
            caseID: "c-0001", reportID: "r-0001", trackingCode: "BMT-26-000123", district: districts[0],
            status: .resolved, category: CodeName(code: "xa-rac", name: "Rác thải"),
            unit: CodeName(code: "tnmt", name: "Phòng Tài nguyên và Môi trường"), priority: .high,
            description: "Rác tập kết sai giờ\ntrước cổng chợ", address: "Chợ Buôn Ma Thuột, phường Thống Nhất",
            latitude: 12.667, longitude: 108.038, channel: .hotline,
            reporter: .init(name: "Nguyễn Thị Hoa", phone: "0912 345 678", email: "hoa@example.vn"),
            photos: ["aa11"], resultPhotos: ["bb22"], receivedAt: utc(2026, 3, 2, 1, 30),
            acceptedAt: utc(2026, 3, 2, 2), deadline: utc(2026, 3, 9, 10), due: .onTime,
            resolvedAt: utc(2026, 3, 4, 8), resultText: "Đã thu gom rác", rating: nil,
            timeline: timeline ?? [
                TimelineEntry(
                    at: utc(2026, 3, 2, 2), author: "Trần Văn Nam", kind: .transition, text: "Đúng lĩnh vực",
                    fromStatus: .received, toStatus: .accepted),
                TimelineEntry(at: utc(2026, 3, 3, 2), author: "Lê Thị Mai", kind: .comment, text: "Đã gọi lại cho người dân"),
                TimelineEntry(
                    at: utc(2026, 3, 4, 8), author: "Trần Văn Nam", kind: .transition, text: "Đã thu gom",
                    fromStatus: .inProgress, toStatus: .resolved),
            ],
            conflicts: conflicts, allowedActions: allowed,
            categoryOptions: [CodeName(code: "xa-rac", name: "Rác thải"), CodeName(code: "duong", name: "Giao thông")],
            unitOptions: [CodeName(code: "tnmt", name: "Phòng Tài nguyên và Môi trường")], districtOptions: districts,
            isReadOnly: readOnly != nil, readOnlyReason: readOnly)
    }

    /// The province's published example: 186 = 175 (119, 56) + 9 (6, 3) + 2.
    static let provinceTotal = StatisticsRow(
        label: "Tổng", received: 186, processedOnTime: 119, processedOverdue: 56, processingOnTime: 6,
        processingOverdue: 3, ineligible: 2, medianResolveHours: 30.5, ratingAverage: 4.23, ratingCount: 37)

    static let statistics = StatisticsPage(
        filters: StatisticsFilters(from: "2026-01-01", to: "2026-03-31", groupBy: .district),
        rows: [
            StatisticsRow(
                label: "Buôn Ma Thuột", received: 100, processedOnTime: 70, processedOverdue: 25, processingOnTime: 3,
                processingOverdue: 1, ineligible: 1, medianResolveHours: 20, ratingAverage: 4.5, ratingCount: 20),
            StatisticsRow(
                label: "Ea Kar", received: 86, processedOnTime: 49, processedOverdue: 31, processingOnTime: 3,
                processingOverdue: 2, ineligible: 1, medianResolveHours: 41, ratingAverage: 3.9, ratingCount: 17),
        ],
        total: provinceTotal, unitOptions: [CodeName(code: "tnmt", name: "Phòng Tài nguyên và Môi trường")],
        categoryOptions: [CodeName(code: "xa-rac", name: "Rác thải")])

    static let categories = [
        ReportFormPage.Category(code: "xa-rac", name: "Rác thải", description: "Xả rác, tập kết rác sai nơi"),
        ReportFormPage.Category(code: "duong", name: "Giao thông"),
    ]
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
