import Foundation
import Testing

extension FederationTests {
    /// A photo taken with a phone tells where and with what: Pillow writes a real JPEG with a
    /// GPS position and a camera in its EXIF, a node stores it, and exiftool finds neither in
    /// what the node serves back, which is still a 32×24 JPEG.
    @Test func aPhotosGPSPositionAndCameraAreGoneBeforeItIsStored() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startNode("ea-kar")
            let original = federation.folder + "/gps.jpg"
            _ = try FederationProcess.runSystem("/usr/bin/env", [
                "python3", "-c",
                """
                from PIL import Image
                exif = Image.Exif()
                exif[0x010F] = 'Camera Thu Nghiem'
                exif[0x8825] = {1: 'N', 2: (12.0, 40.0, 30.0), 3: 'E', 4: (108.0, 3.0, 0.0)}
                Image.new('RGB', (32, 24), (200, 80, 40)).save('\(original)', 'JPEG', exif=exif.tobytes(), quality=85)
                """,
            ])
            let before = try FederationProcess.runSystem("/usr/bin/exiftool", ["-s", "-GPSLatitude", "-Make", original])
            #expect(before.contains("12 deg 40' 30.00\" N") && before.contains("Camera Thu Nghiem"), "the fixture carries them: \(before)")

            let node = try federation.http("ea-kar")
            let upload = try await node.request("POST", "/api/v1/attachments", body: try Data(contentsOf: URL(fileURLWithPath: original)), headers: ["Content-Type": "image/jpeg"])
            let sha = try #require(upload.json["sha256"] as? String, "\(String(decoding: upload.data, as: UTF8.self))")
            let served = try await node.get("/attachments/\(sha)")
            #expect(served.status == 200)
            let stored = federation.folder + "/stored.jpg"
            try served.data.write(to: URL(fileURLWithPath: stored))
            let after = try FederationProcess.runSystem("/usr/bin/exiftool", ["-s", "-GPS:all", "-Make", "-Model", "-ImageWidth", "-ImageHeight", "-FileType", stored])
            #expect(!after.contains("GPS") && !after.contains("Camera"), "\(after)")
            #expect(after.contains("ImageWidth                      : 32") && after.contains("FileType                        : JPEG"), "\(after)")
        }
    }
}
