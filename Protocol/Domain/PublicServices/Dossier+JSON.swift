import Replica

// The hub ingests thousands of dossiers a second and Foundation's `JSONEncoder` was an
// eighth of it: the stored shape is written by hand here.

/// A part of a dossier written as JSON: byte for byte what `JSONEncoder` with `.sortedKeys`
/// and `.withoutEscapingSlashes` writes for it (absent optionals left out, keys in UTF-8
/// order), so a record stored by an earlier version compares equal to the same dossier
/// written now and is not written again.
protocol DossierJSONPart {
    func appendJSON(to out: inout [UInt8])
}

extension DossierJSONPart {
    var json: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        appendJSON(to: &out)
        return out
    }
}

extension Dossier: DossierJSONPart {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter(&out)
        if let applicant { object.key("applicant", &out); applicant.appendJSON(to: &out) }
        object.key("channel", &out); JSONObjectWriter.string(channel.rawValue, &out)
        object.key("code", &out); JSONObjectWriter.string(code, &out)
        if let feeAmount { object.key("feeAmount", &out); JSONObjectWriter.integer(feeAmount, &out) }
        object.key("field", &out); field.appendJSON(to: &out)
        if let finishedAt { object.key("finishedAt", &out); JSONObjectWriter.integer(finishedAt, &out) }
        object.key("handlingOffices", &out); JSONObjectWriter.array(handlingOffices, &out) { JSONObjectWriter.string($0, &$1) }
        if let level { object.key("level", &out); JSONObjectWriter.string(level.rawValue, &out) }
        if let paidOnline { object.key("paidOnline", &out); out.append(contentsOf: paidOnline ? JSONObjectWriter.true : JSONObjectWriter.false) }
        object.key("procedure", &out); procedure.appendJSON(to: &out)
        if let promisedAt { object.key("promisedAt", &out); JSONObjectWriter.integer(promisedAt, &out) }
        if let rating { object.key("rating", &out); JSONObjectWriter.string(rating.rawValue, &out) }
        object.key("receivedAt", &out); JSONObjectWriter.integer(receivedAt, &out)
        if let receivingOffice { object.key("receivingOffice", &out); JSONObjectWriter.string(receivingOffice, &out) }
        if let refusalReason { object.key("refusalReason", &out); JSONObjectWriter.string(refusalReason, &out) }
        if let returnedAt { object.key("returnedAt", &out); JSONObjectWriter.integer(returnedAt, &out) }
        object.key("status", &out); JSONObjectWriter.string(status.rawValue, &out)
        object.key("steps", &out); JSONObjectWriter.array(steps, &out) { $0.appendJSON(to: &$1) }
        if let submittedAt { object.key("submittedAt", &out); JSONObjectWriter.integer(submittedAt, &out) }
        if let timeLimitDays { object.key("timeLimitDays", &out); JSONObjectWriter.integer(Int64(timeLimitDays), &out) }
        object.key("unit", &out); JSONObjectWriter.string(unit, &out)
        if let updatedAt { object.key("updatedAt", &out); JSONObjectWriter.integer(updatedAt, &out) }
        object.key("waits", &out); JSONObjectWriter.array(waits, &out) { $0.appendJSON(to: &$1) }
        object.end(&out)
    }
}

extension Dossier.Procedure: DossierJSONPart {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter(&out)
        object.key("code", &out); JSONObjectWriter.string(code, &out)
        object.key("name", &out); JSONObjectWriter.string(name, &out)
        object.end(&out)
    }
}

extension ServiceField: DossierJSONPart {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter(&out)
        object.key("code", &out); JSONObjectWriter.string(code, &out)
        object.key("englishName", &out); JSONObjectWriter.string(englishName, &out)
        object.key("name", &out); JSONObjectWriter.string(name, &out)
        object.end(&out)
    }
}

extension DossierWait: DossierJSONPart {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter(&out)
        object.key("from", &out); JSONObjectWriter.integer(from, &out)
        object.key("kind", &out); JSONObjectWriter.string(kind.rawValue, &out)
        if let reason { object.key("reason", &out); JSONObjectWriter.string(reason, &out) }
        if let until { object.key("until", &out); JSONObjectWriter.integer(until, &out) }
        object.end(&out)
    }
}

extension ProcessingStep: DossierJSONPart {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter(&out)
        object.key("action", &out); JSONObjectWriter.string(action, &out)
        object.key("at", &out); JSONObjectWriter.integer(at, &out)
        object.key("office", &out); JSONObjectWriter.string(office, &out)
        object.key("officer", &out); JSONObjectWriter.string(officer, &out)
        object.end(&out)
    }
}

extension Applicant: DossierJSONPart {
    func appendJSON(to out: inout [UInt8]) {
        var object = JSONObjectWriter(&out)
        if let address { object.key("address", &out); JSONObjectWriter.string(address, &out) }
        if let idNumber { object.key("idNumber", &out); JSONObjectWriter.string(idNumber, &out) }
        object.key("name", &out); JSONObjectWriter.string(name, &out)
        if let phone { object.key("phone", &out); JSONObjectWriter.string(phone, &out) }
        object.end(&out)
    }
}

/// Writes one JSON object's punctuation: the caller names the keys in sorted order.
private struct JSONObjectWriter {
    private var first = true

    init(_ out: inout [UInt8]) { out.append(UInt8(ascii: "{")) }

    mutating func key(_ name: StaticString, _ out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    func end(_ out: inout [UInt8]) { out.append(UInt8(ascii: "}")) }

    static func string(_ text: String, _ out: inout [UInt8]) { JSONFragment.appendString(text, to: &out, controls: .foundation) }

    static func integer(_ number: Int64, _ out: inout [UInt8]) { out.append(contentsOf: String(number).utf8) }

    static func array<Element>(_ elements: [Element], _ out: inout [UInt8], _ write: (Element, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            write(element, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static let `true` = Array("true".utf8)
    static let `false` = Array("false".utf8)
}
