import CRDT
import Foundation
import GRDB
import Replica
import Vietnam

extension RecordDesk {
    /// Takes a report from any channel and opens its case, in one transaction.
    ///
    /// Guarantees: nothing is written unless every check passes (category known and
    /// active, text lengths, location in the province or an address, contact formats,
    /// photos stored, required questions answered); a delivery that repeats a channel's
    /// external id returns the first receipt and writes nothing; the case starts
    /// `received` with a provisional deadline (the category's working days from receipt),
    /// fixed for good at acceptance.
    public func intake(_ intake: ReportIntake, author: String) async throws(RecordError) -> IntakeReceipt {
        let reference: ReferenceCatalog.Snapshot
        do { reference = try await catalog.snapshot() } catch { throw RecordError(error) }
        let valid = try validate(intake, reference: reference)
        let district = valid.district
        if let externalID = intake.externalID, let existing = try await receipt(channel: intake.channel, externalID: externalID) {
            return existing
        }
        let now = self.now()
        let reportID = EntityID.make(millis: UInt64(now))
        let caseID = EntityID.make(millis: UInt64(now))
        let category = reference.category(intake.category)!
        let received = VietnamTime.date(millis: now)
        let provisional = reference.calendar.addingWorkingDays(category.deadlineWorkingDays, to: received)

        var report: [Edit] = [
            .init("category", .assign(Self.fragment(intake.category))),
            .init("description", .assign(Self.fragment(valid.description))),
            .init("channel", .assign(Self.fragment(intake.channel))),
            .init("case_id", .assign(Self.fragment(caseID.description))),
            .init("created_at", .assign(Self.fragment(Int(now)))),
        ]
        if let lat = intake.latitude, let lon = intake.longitude {
            report.append(.init("location", .assign(Self.fragment(["lat": lat, "lon": lon]))))
        }
        if let address = valid.address { report.append(.init("address", .assign(Self.fragment(address)))) }
        if !intake.reporter.isEmpty {
            var reporter: [String: String] = [:]
            reporter["name"] = intake.reporter.name
            reporter["phone"] = intake.reporter.phone
            reporter["email"] = intake.reporter.email
            report.append(.init("reporter", .assign(Self.fragment(reporter))))
        }
        if !intake.attributes.isEmpty { report.append(.init("attributes", .assign(Self.fragment(intake.attributes)))) }
        if let externalID = intake.externalID { report.append(.init("external_id", .assign(Self.fragment("\(intake.channel):\(externalID)")))) }
        for photo in Set(intake.photos).sorted() { report.append(.init("photos", .add(Self.fragment(photo)))) }

        let summary = String(valid.description.prefix(160))
        let caseEdits: [Edit] = [
            .init("report_id", .assign(Self.fragment(reportID.description))),
            .init("category", .assign(Self.fragment(intake.category))),
            .init("status", .assign(Self.fragment(CaseStatus.received.rawValue))),
            .init("priority", .assign(Self.fragment("normal"))),
            .init("received_at", .assign(Self.fragment(Int(now)))),
            .init("created_at", .assign(Self.fragment(Int(now)))),
            .init("deadline_date", .assign(Self.fragment(provisional.description))),
            .init("deadline_at", .assign(Self.fragment(Int(VietnamTime.endOfDay(provisional))))),
            .init("deadline_basis", .assign(Self.fragment("received"))),
            .init("summary", .assign(Self.fragment(summary))),
            .init("address", .assign(Self.fragment(valid.address ?? ""))),
            .init("channel", .assign(Self.fragment(intake.channel))),
            .init("history", .append(Self.fragment(["action": "receive", "to": CaseStatus.received.rawValue, "channel": intake.channel]))),
        ]
        // A drawn code is checked free in the transaction that stores it; a taken one
        // (about one in 34 billion) is drawn again. The channel's message id is checked
        // there too, so two deliveries racing each other store one report.
        let externalKey = intake.externalID.map { "\(intake.channel):\($0)" }
        for _ in 0..<8 {
            let code = TrackingCode.make(district: district)
            let writes = [
                EntityWrite(id: reportID, type: Self.reportType, scope: district, edits: report + [.init("tracking_code", .assign(Self.fragment(code)))]),
                EntityWrite(id: caseID, type: Self.caseType, scope: district, edits: caseEdits + [.init("tracking_code", .assign(Self.fragment(code)))]),
            ]
            let stored: [Change]?
            do {
                stored = try await replica.write(writes, author: author) { db in
                    if let externalKey,
                        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM report_external WHERE key = ?)"), arguments: [externalKey]) ?? false
                    {
                        return false
                    }
                    return try !(Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM case_fact WHERE tracking_code = ?)"), arguments: [code]) ?? false)
                }
            } catch { throw RecordError(error) }
            if stored != nil { return IntakeReceipt(report: reportID, case: caseID, trackingCode: code, duplicate: false) }
            if let externalID = intake.externalID, let existing = try await receipt(channel: intake.channel, externalID: externalID) {
                return existing
            }
        }
        throw RecordError(.storage, .trackingCodesExhausted)
    }

    public struct ValidIntake: Sendable {
        public var district: String
        public var description: String
        public var address: String?
    }

    /// Checks `intake` without writing anything (a form validates before storing its photos).
    public func validate(_ intake: ReportIntake, reference: ReferenceCatalog.Snapshot) throws(RecordError) -> ValidIntake {
        guard let category = reference.category(intake.category), category.active else {
            throw .invalid("category", .unknownCategory(String(intake.category.prefix(64)), choices: reference.categories.filter(\.active).map(\.code)))
        }
        let description = intake.description.trimmed
        guard !description.isEmpty else { throw .invalid("description", .required) }
        guard description.count <= Self.maxText else { throw .invalid("description", .tooLong(max: Self.maxText)) }
        let address = intake.address?.trimmed.nilIfEmpty
        if let address, address.count > 300 { throw .invalid("address", .tooLong(max: 300)) }
        switch (intake.latitude, intake.longitude) {
        case let (lat?, lon?):
            guard lat.isFinite, lon.isFinite, ReportIntake.latitudes.contains(lat), ReportIntake.longitudes.contains(lon) else {
                throw .invalid("location", .outsideProvince(latitude: lat, longitude: lon))
            }
        case (nil, nil):
            guard address != nil else { throw .invalid("location", .locationOrAddressRequired) }
        default:
            throw .invalid("location", .bothCoordinatesRequired)
        }
        guard ReportIntake.channels.contains(intake.channel) else {
            throw .invalid("channel", .notOneOf(value: nil, choices: ReportIntake.channels.sorted()))
        }
        if let name = intake.reporter.name, name.count > 120 { throw .invalid("reporter.name", .tooLong(max: 120)) }
        if let phone = intake.reporter.phone {
            let digits = phone.filter(\.isNumber)
            guard phone.allSatisfy({ $0.isNumber || " +.-()".contains($0) }), (8...15).contains(digits.count) else {
                throw .invalid("reporter.phone", .invalidPhone)
            }
        }
        if let email = intake.reporter.email {
            let parts = email.split(separator: "@")
            guard email.count <= 200, parts.count == 2, parts[1].contains("."), !email.contains(" ") else {
                throw .invalid("reporter.email", .invalidEmail)
            }
        }
        guard intake.photos.count <= 10 else { throw .invalid("photos", .tooManyPhotos(max: 10)) }
        for photo in intake.photos where !hasAttachment(photo) {
            throw .invalid("photos", .photoNotUploaded(String(photo.prefix(64))))
        }
        for question in category.attributes {
            let answers = intake.attributes[question.code] ?? []
            if question.required, answers.isEmpty {
                throw .invalid("attributes.\(question.code)", .answerRequired(prompt: question.prompt))
            }
            if !question.choices.isEmpty, let wrong = answers.first(where: { answer in !question.choices.contains { $0.key == answer } }) {
                throw .invalid("attributes.\(question.code)", .notOneOf(value: String(wrong.prefix(40)), choices: question.choices.map(\.key)))
            }
        }
        guard intake.externalID.map({ !$0.isEmpty && $0.count <= 200 }) ?? true else {
            throw .invalid("external_id", .lengthOutOfRange(min: 1, max: 200))
        }
        let district: String
        if seesEveryDistrict {
            guard let named = intake.district, AdministrativeUnit.named(named) != nil || named.allSatisfy(\.isNumber) && named.count == 3 else {
                throw .invalid("district", .districtRequired(choices: AdministrativeUnit.districts.map(\.code)))
            }
            district = AdministrativeUnit.named(named)?.code ?? named
        } else {
            district = homeScope
        }
        return ValidIntake(district: district, description: description, address: address)
    }

    /// The receipt of an earlier delivery with the same channel and external id.
    func receipt(channel: String, externalID: String) async throws(RecordError) -> IntakeReceipt? {
        let key = "\(channel):\(externalID)"
        do {
            return try await replica.read { db -> IntakeReceipt? in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT e.id, json_extract(e.doc, '$.case_id'), json_extract(e.doc, '$.tracking_code') FROM report_external x
                    JOIN entity e ON e.id = x.report_id WHERE x.key = ?
                    """, arguments: [key]),
                    let report = EntityID(bytes: row[0] as Data), let caseID = EntityID(row[1] as String? ?? "")
                else { return nil }
                return IntakeReceipt(report: report, case: caseID, trackingCode: row[2] ?? "", duplicate: true)
            }
        } catch { throw RecordError(error) }
    }

    /// `ReportIntake` from the JSON API's body.
    public static func parseIntake(json body: Data) throws(RecordError) -> ReportIntake {
        let object = try object(body)
        try allowOnly(["category", "description", "location", "address", "channel", "reporter", "photos", "attributes", "external_id", "district"], in: object)
        var intake = ReportIntake(
            category: try text(object, "category", max: 64, required: true)!,
            description: try text(object, "description", max: maxText, required: true)!,
            address: try text(object, "address", max: 300, required: false),
            channel: try text(object, "channel", max: 32, required: false) ?? "api",
            externalID: try text(object, "external_id", max: 200, required: false),
            district: try text(object, "district", max: 32, required: false))
        if let location = object["location"], !(location is NSNull) {
            guard let location = location as? [String: Any] else {
                throw .invalid("location", .notALocation)
            }
            guard let lat = location["lat"] as? NSNumber, let lon = location["lon"] as? NSNumber else { throw .invalid("location", .notNumbers) }
            intake.latitude = lat.doubleValue
            intake.longitude = lon.doubleValue
        }
        if let reporter = object["reporter"], !(reporter is NSNull) {
            guard let reporter = reporter as? [String: Any] else { throw .invalid("reporter", .notAnObject) }
            try allowOnly(["name", "phone", "email"], in: reporter)
            intake.reporter = .init(
                name: try text(reporter, "name", max: 120, required: false)?.nilIfEmpty,
                phone: try text(reporter, "phone", max: 32, required: false)?.nilIfEmpty,
                email: try text(reporter, "email", max: 200, required: false)?.nilIfEmpty)
        }
        if let photos = object["photos"], !(photos is NSNull) {
            guard let list = photos as? [String] else { throw .invalid("photos", .notAPhotoList) }
            intake.photos = list.map { $0.lowercased() }
        }
        if let attributes = object["attributes"], !(attributes is NSNull) {
            guard let map = attributes as? [String: Any] else { throw .invalid("attributes", .notAnObject) }
            for (key, value) in map {
                if let one = value as? String { intake.attributes[key] = [one] } else if let many = value as? [String] { intake.attributes[key] = many } else {
                    throw .invalid("attributes.\(key)", .notAString)
                }
            }
        }
        return intake
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
