import Attachments
import Foundation
import Testing

/// `PhotoMetadata`: what goes, what stays, and that stripping twice changes nothing.
@Suite struct PhotoMetadataTests {
    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
    }

    static let scan: [UInt8] = segment(0xDA, [1, 1, 0, 0, 0x3F, 0]) + [0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]
    static let jfif = segment(0xE0, Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
    static let exif = segment(0xE1, Array("Exif\0\0".utf8) + Array("GPS 12.68N 108.05E".utf8))
    static let icc = segment(0xE2, Array("ICC_PROFILE\0".utf8) + [1, 1, 9, 9])
    static let comment = segment(0xFE, Array("chụp tại nhà ông A".utf8))
    static let quantisation = segment(0xDB, [0] + Array(repeating: 1, count: 64))

    @Test func aJPEGLosesEXIFAndCommentsButKeepsItsHeadersProfileAndScan() throws {
        let photo: [UInt8] = [0xFF, 0xD8] + Self.jfif + Self.exif + Self.icc + Self.comment + Self.quantisation + Self.scan
        let stripped = try #require(PhotoMetadata.stripped(photo, .jpeg))
        #expect(stripped == [0xFF, 0xD8] + Self.jfif + Self.icc + Self.quantisation + Self.scan)
        #expect(PhotoMetadata.stripped(stripped, .jpeg) == stripped, "idempotent")
    }

    @Test func aPNGLosesItsTextAndEXIFChunks() throws {
        func chunk(_ name: String, _ data: [UInt8]) -> [UInt8] {
            [0, 0, 0, UInt8(data.count)] + Array(name.utf8) + data + [0, 0, 0, 0]
        }
        let header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let kept = chunk("IHDR", Array(repeating: 1, count: 13)) + chunk("IDAT", [1, 2, 3])
        let photo = header + chunk("IHDR", Array(repeating: 1, count: 13)) + chunk("tEXt", Array("Author\0Hoa".utf8)) + chunk("eXIf", [1, 2])
            + chunk("IDAT", [1, 2, 3]) + chunk("IEND", [])
        #expect(PhotoMetadata.stripped(photo, .png) == header + kept + chunk("IEND", []))
    }

    @Test func aWebPLosesEXIFAndXMPWithItsSizeAndFlagsMended() throws {
        func chunk(_ name: String, _ data: [UInt8]) -> [UInt8] {
            Array(name.utf8) + [UInt8(data.count), 0, 0, 0] + data + (data.count % 2 == 1 ? [0] : [])
        }
        func riff(_ chunks: [UInt8]) -> [UInt8] {
            Array("RIFF".utf8) + [UInt8((chunks.count + 4) & 0xFF), UInt8((chunks.count + 4) >> 8), 0, 0] + Array("WEBP".utf8) + chunks
        }
        let vp8x = chunk("VP8X", [0x0C, 0, 0, 0, 7, 0, 0, 7, 0, 0])
        let image = chunk("VP8L", [0x2F, 1, 2, 3, 4])
        let photo = riff(vp8x + image + chunk("EXIF", Array("GPS".utf8)) + chunk("XMP ", Array("<x/>".utf8)))
        let stripped = try #require(PhotoMetadata.stripped(photo, .webp))
        #expect(stripped == riff(chunk("VP8X", [0x00, 0, 0, 0, 7, 0, 0, 7, 0, 0]) + image))
    }

    @Test func aDamagedJPEGIsRefusedAndNothingIsStored() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "ioc-photos-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try AttachmentStore(directory: folder)
        let damaged: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00] + Array("Exif".utf8)
        #expect(throws: AttachmentError.unreadablePhoto(type: "image/jpeg")) { try store.put(damaged, queueForHub: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["outbox"])
    }

    @Test func aTransferFromAnotherSiteIsStoredByteForByte() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "ioc-photos-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try AttachmentStore(directory: folder)
        let photo: [UInt8] = [0xFF, 0xD8] + Self.jfif + Self.exif + Self.scan
        let uploaded = try store.put(photo, queueForHub: false).attachment
        #expect(uploaded.size == photo.count - Self.exif.count, "an upload is stripped")
        let sha = uploaded.sha256
        let again = try store.put(try #require(try store.get(sha)).bytes, expectedSHA256: sha, queueForHub: false)
        #expect(again.attachment.sha256 == sha && !again.isNew)
    }
}
