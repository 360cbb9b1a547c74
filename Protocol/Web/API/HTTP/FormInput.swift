import Attachments
import Foundation
import Hummingbird
import StaffUI
import WebForms

/// A posted HTML form, URL-encoded or multipart, with its uploaded files.
struct FormInput: Sendable {
    var fields: [String: String]
    var files: [MultipartFormData.Part]

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
            var files: [MultipartFormData.Part] = []
            for part in parts {
                if part.filename != nil {
                    if !part.bytes.isEmpty { files.append(part) }
                } else if fields[part.name] == nil {
                    guard let text = part.text else { throw HTTPRefusal.fieldNotUTF8(part.name) }
                    fields[part.name] = text
                }
            }
            return FormInput(fields: fields, files: files)
        }
        var fields: [String: String] = [:]
        for field in URLEncodedForm(body: bytes).fields where fields[field.name] == nil { fields[field.name] = field.value }
        return FormInput(fields: fields, files: [])
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
