import Foundation
import Testing

@testable import Open311

/// Sample Đắk Lắk data shared by the tests, and small readers for what the encoders produce.
enum Fixtures {
    /// 2026-11-23T14:05:00+07:00
    static let reportedAt = Date(timeIntervalSince1970: 1_795_417_500)
    /// 2026-11-24T09:00:00+07:00
    static let updatedAt = Date(timeIntervalSince1970: 1_795_485_600)
    /// 2026-11-26T17:00:00+07:00
    static let expectedAt = Date(timeIntervalSince1970: 1_795_687_200)

    static let pothole = Open311Service(
        serviceCode: "POTHOLE", serviceName: "Ổ gà, hư hỏng mặt đường",
        description: "Mặt đường bị lún, nứt hoặc có ổ gà", metadata: true, type: .realtime,
        keywords: ["đường", "ổ gà"], group: "Giao thông")
    static let streetLight = Open311Service(
        serviceCode: "LIGHT", serviceName: "Đèn đường hỏng", metadata: false, type: .realtime, group: "Chiếu sáng")
    static let waste = Open311Service(
        serviceCode: "WASTE", serviceName: "Rác thải không đúng nơi quy định", metadata: false, type: .batch,
        group: "Môi trường")

    static let potholeDefinition = Open311ServiceDefinition(
        serviceCode: "POTHOLE",
        attributes: [
            Open311Attribute(
                code: "SIZE", datatype: .singlevaluelist, required: true, order: 1, description: "Kích thước ổ gà",
                values: [.init(key: "small", name: "Nhỏ (< 30 cm)"), .init(key: "large", name: "Lớn (≥ 30 cm)")]),
            Open311Attribute(
                code: "HAZARDS", datatype: .multivaluelist, order: 2, description: "Nguy cơ",
                values: [
                    .init(key: "traffic", name: "Cản trở giao thông"), .init(key: "flood", name: "Đọng nước"),
                    .init(key: "night", name: "Khó thấy ban đêm"),
                ]),
            Open311Attribute(
                code: "DEPTH", datatype: .number, datatypeDescription: "Độ sâu ước tính (cm)", order: 3,
                description: "Độ sâu"),
            Open311Attribute(
                variable: false, code: "NOTE", datatype: .text, order: 4,
                description: "Không chụp ảnh biển số xe / Do not photograph licence plates"),
        ])

    static let request = Open311Request(
        serviceRequestID: "DL-2026-000123", status: .open, serviceName: pothole.serviceName,
        serviceCode: pothole.serviceCode,
        description: "Ổ gà sâu trước số 12 Lê Duẩn & gần trường <THCS> \"Nguyễn Du\"",
        agencyResponsible: "UBND phường Tân Thành", serviceNotice: "Sẽ xử lý trong 72 giờ",
        requestedDatetime: reportedAt, expectedDatetime: expectedAt,
        address: "12 Lê Duẩn, phường Tân Thành, Buôn Ma Thuột, Đắk Lắk", zipcode: "630000", lat: 12.6667,
        long: 108.0378, mediaURL: "https://ioc.daklak.gov.vn/media/123.jpg?size=large&v=2")

    static let closedRequest = Open311Request(
        serviceRequestID: "DL-2026-000124", status: .closed, statusNotes: "Đã vá xong / Repaired",
        serviceName: streetLight.serviceName, serviceCode: streetLight.serviceCode, requestedDatetime: reportedAt,
        updatedDatetime: updatedAt, addressID: "ADDR-991")

    /// The objects of a JSON array.
    static func jsonArray(_ bytes: [UInt8]) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(bytes))
        return try #require(value as? [[String: Any]])
    }

    static func jsonObject(_ bytes: [UInt8]) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(bytes))
        return try #require(value as? [String: Any])
    }

    /// The names of an XML element's children, in order.
    static func childNames(_ node: Open311Node) -> [String] {
        guard case .object(let fields) = node else { return [] }
        return fields.map(\.name)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
