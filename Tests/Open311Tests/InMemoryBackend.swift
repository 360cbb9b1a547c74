import Foundation

@testable import Open311

/// A backend keeping everything in memory, with Đắk Lắk's bounding box as its jurisdiction check.
actor InMemoryBackend: Open311Backend {
    struct Failure: Error {}

    let catalogue: [Open311Service]
    let definitions: [String: Open311ServiceDefinition]
    private(set) var stored: [String: Open311Request] = [:]
    private(set) var submissions: [Open311Submission] = []
    private var tokens: [String: String] = [:]
    private var counter = 0
    private let failing: Bool

    init(
        services: [Open311Service] = [Fixtures.pothole, Fixtures.streetLight, Fixtures.waste],
        definitions: [Open311ServiceDefinition] = [Fixtures.potholeDefinition], requests: [Open311Request] = [],
        failing: Bool = false
    ) {
        catalogue = services
        self.definitions = Dictionary(uniqueKeysWithValues: definitions.map { ($0.serviceCode, $0) })
        for request in requests { stored[request.serviceRequestID] = request }
        self.failing = failing
    }

    func services() async throws -> [Open311Service] {
        if failing { throw Failure() }
        return catalogue
    }

    func definition(serviceCode: String) async throws -> Open311ServiceDefinition? { definitions[serviceCode] }

    func requests(matching query: Open311RequestQuery) async throws -> [Open311Request] {
        stored.values.filter(query.matches).sorted { $0.serviceRequestID < $1.serviceRequestID }
    }

    func request(id: String) async throws -> Open311Request? { stored[id] }

    func create(_ submission: Open311Submission) async throws -> Open311CreateResult {
        if let lat = submission.lat, let long = submission.long,
            !(11.9...13.8).contains(lat) || !(107.4...109.5).contains(long)
        {
            throw Open311Error(
                code: 400, vietnamese: "Vị trí nằm ngoài tỉnh Đắk Lắk", english: "lat/long is outside Đắk Lắk province")
        }
        submissions.append(submission)
        counter += 1
        let id = "DL-\(counter)"
        let service = catalogue.first { $0.serviceCode == submission.serviceCode }
        stored[id] = Open311Request(
            serviceRequestID: id, status: .open, serviceName: service?.serviceName ?? "",
            serviceCode: submission.serviceCode, description: submission.description,
            requestedDatetime: Fixtures.reportedAt, address: submission.addressString, addressID: submission.addressID,
            lat: submission.lat, long: submission.long, mediaURL: submission.mediaURL)
        if service?.type == .batch {
            let token = "T-\(counter)"
            tokens[token] = id
            return Open311CreateResult(token: token, serviceNotice: "Đã tiếp nhận")
        }
        return Open311CreateResult(serviceRequestID: id, serviceNotice: "Đã tiếp nhận")
    }

    func token(_ token: String) async throws -> [Open311TokenAnswer] {
        guard let id = tokens[token] else { return [] }
        return [Open311TokenAnswer(serviceRequestID: id, token: token)]
    }
}
