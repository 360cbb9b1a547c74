import Attachments
import Foundation
import Hummingbird
import StaffUI
import WebForms

/// A posted HTML form, URL-encoded or multipart, with its uploaded files.
struct FormInput: Sendable {
    /// The first value of each field.
    var fields: [String: String]
    var files: [MultipartFormData.Part]
    /// Every value of each field, in order (checkboxes sharing a name).
    var values: [String: [String]] = [:]

    subscript(name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }

    static func read(_ request: Request, limit: Int) async throws(HTTPRefusal) -> FormInput {
        var request = request
        let contentType = request.headers[.contentType] ?? ""
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: limit) } catch {
            throw HTTPRefusal.formTooLarge(limit: limit)
        }
        let bytes = Array(buffer: buffer)
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            let parts: [MultipartFormData.Part]
            do { parts = try MultipartFormData().parse(body: bytes, contentType: contentType) } catch {
                throw HTTPRefusal.malformedForm(detail: "\(error)")
            }
            var fields: [String: String] = [:]
            var values: [String: [String]] = [:]
            var files: [MultipartFormData.Part] = []
            for part in parts {
                if part.filename != nil {
                    if !part.bytes.isEmpty { files.append(part) }
                } else {
                    guard let text = part.text else { throw HTTPRefusal.fieldNotUTF8(part.name) }
                    if fields[part.name] == nil { fields[part.name] = text }
                    values[part.name, default: []].append(text)
                }
            }
            return FormInput(fields: fields, files: files, values: values)
        }
        var fields: [String: String] = [:]
        var values: [String: [String]] = [:]
        for field in URLEncodedForm(body: bytes).fields {
            if fields[field.name] == nil { fields[field.name] = field.value }
            values[field.name, default: []].append(field.value)
        }
        return FormInput(fields: fields, files: [], values: values)
    }

    /// The uploaded photos that are kept: the first ten `photos` files.
    var photos: [MultipartFormData.Part] { Array(files.filter { $0.name == "photos" }.prefix(10)) }

    /// Stores every uploaded photo (checked, deduplicated) and returns their hashes.
    func storePhotos(_ store: AttachmentStore, queueForHub: Bool) throws(AttachmentError) -> [String] {
        try photos.map { part throws(AttachmentError) in
            try store.put(part.bytes, declaredType: part.contentType, queueForHub: queueForHub).attachment.sha256
        }
    }
}
