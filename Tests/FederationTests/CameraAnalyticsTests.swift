import Foundation
import Testing
import TrafficAnalysis
import TrafficDesk

/// Camera analytics end to end: a camera registered at the hub reaches its district node, a
/// MOT file replayed into the node's nng socket gives exactly the counts the synthetic truth
/// predicts, and the intervals, violations and watch-list hits reach the hub.
@Suite(.serialized) struct CameraAnalyticsTests {
    static let camera = DemoCameras.cameras.first { $0.id == "bmt-nga-sau" }!

    /// Registers the demo camera at the hub and waits until the node has it.
    static func register(_ federation: Federation, node: HTTP) async throws {
        let body = try JSONEncoder().encode(camera)
        let put = try await federation.hubHTTP.as("dieu-hanh").request("PUT", "/api/v1/traffic/cameras/\(camera.id)", body: body)
        #expect(put.status == 200, "\(String(decoding: put.data, as: UTF8.self))")
        try await eventually("the camera to reach the node") {
            let items = try await node.get("/api/v1/traffic/cameras").json["items"] as? [[String: Any]] ?? []
            return items.count == 1
        }
    }

    /// A hub and the Buôn Ma Thuột node, started, with the demo camera registered and synced.
    static func start(_ federation: Federation, nodeArguments: [String] = []) async throws -> HTTP {
        try federation.addNode("buon-ma-thuot", district: "643", arguments: nodeArguments)
        try await federation.startHub()
        try await federation.startNode("buon-ma-thuot")
        let node = try federation.http("buon-ma-thuot")
        try await register(federation, node: node)
        return node
    }

    /// Synthetic traffic at the demo camera, an hour ago, on a five-minute boundary, at 10 fps.
    static func traffic(seed: UInt64, seconds: Double, _ configure: (inout SyntheticScenario) -> Void) throws -> (SyntheticTraffic, SyntheticScenario) {
        var scenario = SyntheticScenario()
        scenario.seed = seed
        scenario.startMillis = (Int64(Date().timeIntervalSince1970 * 1000) - 3_600_000) / 300_000 * 300_000
        scenario.durationSeconds = seconds
        scenario.framesPerSecond = 10
        configure(&scenario)
        return (try SyntheticTraffic(cameras: [camera.geometry], scenario: scenario), scenario)
    }

    static func truthCounts(_ traffic: SyntheticTraffic) -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in camera.geometry.countingLines {
            counts[line.name] = [CrossingDirection.leftToRight, .rightToLeft].reduce(0) {
                $0 + traffic.truth.expectedCount(camera: camera.id, line: line.name, direction: $1)
            }
        }
        return counts
    }

    @Test func aReplayedMOTFileGivesThePredictedCountsAtTheNodeAndItsIntervalsViolationsAndAlertsReachTheHub() async throws {
        try await Federation.with { federation in
            let node = try await Self.start(federation, nodeArguments: ["--detections", "tcp://127.0.0.1:0"])
            let (traffic, scenario) = try Self.traffic(seed: 11, seconds: 600) {
                $0.vehiclesPerMinutePerLane = 10
                $0.speeders = 3
                $0.sidewalkRiders = 1
            }
            let expected = Self.truthCounts(traffic)
            // A vehicle from the second half of the file: the node picks up watch-list changes within seconds,
            // and the replay (at 50× speed) reaches it six seconds in.
            let watched = try #require(
                traffic.truth.vehicles.first { $0.plate != nil && $0.role == .laneTraffic && $0.firstSeenMillis > scenario.startMillis + 300_000 }?.plate)
            let watch = try await federation.hubHTTP.as("dieu-hanh").request(
                "PUT", "/api/v1/traffic/watchlist/\(watched)", json: ["reason": "Xe bị báo mất cắp"])
            #expect(watch.status == 200, "\(String(decoding: watch.data, as: UTF8.self))")
            try await eventually("the watch-list to reach the node") {
                let items = try await node.get("/api/v1/traffic/watchlist").json["items"] as? [[String: Any]] ?? []
                return items.count == 1
            }

            // The file: the synthetic lines with two malformed ones in the middle.
            var lines = traffic.lines
            lines.insert("bmt-nga-sau,not-a-time,1,car,1,1,10,10,0.9", at: lines.count / 2)
            lines.insert("bmt-nga-sau,1795400000000,2,xe-cong-nong,1,1,10,10,0.9", at: lines.count / 2)
            let file = federation.folder + "/bmt-nga-sau.mot"
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
            let ports = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: federation.nodeData("buon-ma-thuot") + "/ports.json"))) as? [String: Any]
            let socket = try #require(ports?["detections"] as? String)
            try FederationProcess.run("ioc-node", ["replay", file, "--to", socket, "--speed", "50"])

            // At the node: the live counts are exactly the truth, and the two bad lines are reported.
            try await eventually("the node to count every crossing", timeout: .seconds(60)) {
                let items = try await node.get("/api/v1/traffic/cameras").json["items"] as? [[String: Any]] ?? []
                let live = items.first?["live"] as? [String: Any]
                let counts = (live?["lineCounts"] as? [[String: Any]] ?? []).reduce(into: [String: Int]()) { out, line in
                    let total = ["leftToRight", "rightToLeft"].reduce(0) { sum, key in
                        sum + ((line[key] as? [String: Int])?.values.reduce(0, +) ?? 0)
                    }
                    out[line["line"] as? String ?? ""] = total
                }
                return counts == expected
            }
            try await eventually("the node to analyse every good line and report the two bad ones") {
                let ingest = try await node.get("/api/v1/traffic/ingest").json
                return ingest["accepted"] as? Int == traffic.lineCount && ingest["malformed"] as? Int == 2
            }

            // At the hub: the 5-minute intervals add up to the same counts; violations and the alert arrived.
            let hub = federation.hubHTTP.as("dieu-hanh")
            try await eventually("the hub to hold the node's intervals", timeout: .seconds(60)) {
                let detail = try await hub.get("/api/v1/traffic/cameras/\(Self.camera.id)?period=300&since=\(scenario.startMillis)").json
                let intervals = detail["intervals"] as? [[String: Any]] ?? []
                var counts: [String: Int] = [:]
                for interval in intervals where interval["subjectKind"] as? String == "line" {
                    counts[interval["subject"] as? String ?? "", default: 0] += (interval["leftToRight"] as? Int ?? 0) + (interval["rightToLeft"] as? Int ?? 0)
                }
                return counts == expected
            }
            let nodeEvents = try await node.get("/api/v1/traffic/events?violations=true&limit=1000").json["total"] as? Int ?? 0
            #expect(nodeEvents >= 4, "3 speeders and a sidewalk rider")
            try await eventually("the hub to hold the node's violations") {
                try await hub.get("/api/v1/traffic/events?violations=true&district=643&limit=1000").json["total"] as? Int == nodeEvents
            }
            try await eventually("the watch-list hit to reach the hub") {
                let alerts = try await hub.get("/api/v1/traffic/alerts").json["items"] as? [[String: Any]] ?? []
                return alerts.contains { $0["camera"] as? String == Self.camera.id && $0["reason"] as? String == "Xe bị báo mất cắp" }
            }
        }
    }

    /// The camera's live counts, per line, at the node.
    static func liveCounts(_ node: HTTP) async throws -> [String: Int] {
        let items = try await node.get("/api/v1/traffic/cameras").json["items"] as? [[String: Any]] ?? []
        let live = items.first?["live"] as? [String: Any]
        return (live?["lineCounts"] as? [[String: Any]] ?? []).reduce(into: [String: Int]()) { out, line in
            out[line["line"] as? String ?? ""] = ["leftToRight", "rightToLeft"].reduce(0) { sum, key in
                sum + ((line[key] as? [String: Int])?.values.reduce(0, +) ?? 0)
            }
        }
    }

    /// A MOTChallenge file (tracker output columns, no camera, frame numbers) in two halves:
    /// the first replayed with `ioc-node replay --format mot`, the second posted by curl to
    /// `?format=mot`. The node counts exactly what the tracks' truth says.
    @Test func aMOTChallengeFileReplayedAndPostedByCurlGivesThePredictedCounts() async throws {
        try await Federation.with { federation in
            let node = try await Self.start(federation, nodeArguments: ["--detections", "tcp://127.0.0.1:0"])
            let (traffic, scenario) = try Self.traffic(seed: 17, seconds: 240) { _ in }
            var parser = DetectionParser(streamStartMillis: scenario.startMillis)
            let detections = parser.parse(traffic.text).detections
            let rows = detections.map { d in
                let frame = Int((Double(d.timeMillis - scenario.startMillis) * scenario.framesPerSecond / 1000).rounded())
                return (frame, "\(frame),\(d.trackID),\(d.box.x),\(d.box.y),\(d.box.width),\(d.box.height),\(d.confidence),-1,-1,-1")
            }
            let half = 1200
            let first = federation.folder + "/first.txt", second = federation.folder + "/second.txt"
            try Data(rows.filter { $0.0 < half }.map { $0.1 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: first))
            try Data(rows.filter { $0.0 >= half }.map { $0.1 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: second))
            let ports = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: federation.nodeData("buon-ma-thuot") + "/ports.json"))) as? [String: Any]
            let socket = try #require(ports?["detections"] as? String)
            try FederationProcess.run(
                "ioc-node", ["replay", first, "--format", "mot", "--camera", Self.camera.id, "--fps", "10", "--start", "\(scenario.startMillis)", "--to", socket, "--speed", "0"])
            let firstCount = rows.filter { $0.0 < half }.count
            try await eventually("the node to analyse the replayed half", timeout: .seconds(60)) {
                try await node.get("/api/v1/traffic/ingest").json["accepted"] as? Int == firstCount
            }
            let query = "format=mot&camera=\(Self.camera.id)&fps=10&start=\(scenario.startMillis)"
            let status = try FederationProcess.runSystem(
                "/usr/bin/curl", [
                    "-s", "-o", "/dev/null", "-w", "%{http_code}", "-u", "\(node.user):\(HTTP.password)", "-H", "Content-Type: text/plain",
                    "--data-binary", "@" + second, node.base + "/api/v1/traffic/detections?" + query,
                ])
            #expect(status == "200")
            try await eventually("the node to count every crossing", timeout: .seconds(60)) { try await Self.liveCounts(node) == Self.truthCounts(traffic) }
            let missing = try await node.request("POST", "/api/v1/traffic/detections?format=mot&camera=\(Self.camera.id)", body: Data("1,1,1,1,1,1".utf8))
            #expect(missing.status == 400 && (missing.json["error"] as? [String: Any])?["field"] as? String == "fps")
        }
    }

    @Test func badDetectionInputIsRefusedWithAReasonAndTheHubSendsFeedsToTheNode() async throws {
        try await Federation.with { federation in
            let node = try await Self.start(federation)

            let json = try await node.request("POST", "/api/v1/traffic/detections", body: Data("{\"camera\": \"bmt-nga-sau\", \"detections\": [".utf8))
            #expect(json.status == 400)
            #expect(String(decoding: json.data, as: UTF8.self).contains("not valid JSON"))

            let text = try await node.request(
                "POST", "/api/v1/traffic/detections", body: Data("bmt-nga-sau,1795400000000,1,car,1,1,-5,10,0.9\nkhong-ton-tai,1795400000000,1,car,1,1,5,10,0.9\n".utf8),
                headers: ["Content-Type": "text/csv"])
            #expect(text.status == 422)
            let report = text.json
            #expect(report["malformed"] as? Int == 1)
            #expect((report["unknownCameras"] as? [[String: Any]])?.first?["camera"] as? String == "khong-ton-tai")

            let good = try await node.request(
                "POST", "/api/v1/traffic/detections", body: Data("bmt-nga-sau,1795400000000,1,car,900,700,80,60,0.9\n".utf8),
                headers: ["Content-Type": "text/csv"])
            #expect(good.status == 200 && good.json["accepted"] as? Int == 1)

            let atHub = try await federation.hubHTTP.request("POST", "/api/v1/traffic/detections", body: Data("x".utf8))
            #expect(atHub.status == 409)
            #expect(atHub.json["error"].flatMap { ($0 as? [String: Any])?["code"] as? String } == "node_only")

            let plates = try await node.request("POST", "/api/v1/traffic/plates?camera=bmt-nga-sau", body: Data("{\"data_type\": \"heartbeat\"}".utf8))
            #expect(plates.status == 400)
        }
    }

    /// An officer sees the camera and its violation in the browser and opens a case from it.
    @Test func anOfficerOpensACaseFromAViolationInTheBrowser() async throws {
        try await Federation.with { federation in
            let node = try await Self.start(federation)
            let (traffic, _) = try Self.traffic(seed: 5, seconds: 120) { $0.sidewalkRiders = 1 }
            let posted = try await node.request("POST", "/api/v1/traffic/detections", body: Data(traffic.text), headers: ["Content-Type": "text/csv"])
            #expect(posted.status == 200)
            var eventID = ""
            try await eventually("the sidewalk violation to be stored") {
                let items = try await node.get("/api/v1/traffic/events?kind=sidewalk").json["items"] as? [[String: Any]] ?? []
                eventID = items.first?["id"] as? String ?? ""
                return !eventID.isEmpty
            }

            let browser = try await Browser(folder: federation.folder)
            let overview = try browser.submit(node.base + "/ui/login", ["user": "an", "password": HTTP.password, "next": "/ui/traffic"])
            #expect(overview.contains(Self.camera.name))
            #expect(overview.contains("<svg"), "the district map")
            let event = try browser.dom(node.base + "/ui/traffic/events/\(eventID)")
            #expect(event.contains("Đi xe trên vỉa hè"))
            let token = try #require(Browser.csrfToken(in: event), "no form token on the event page")
            let casePage = try browser.submit(node.base + "/ui/traffic/events/\(eventID)/case", ["csrf_token": token])
            #expect(casePage.contains("Lấn chiếm lòng lề đường"), "the case opened in the encroachment category")
            let code = try #require(casePage.firstMatch(of: /643-[0-9A-Z]{7}/).map { String($0.output) })
            let stored = try await node.get("/api/v1/traffic/events/\(eventID)").json
            #expect(stored["status"] as? String == "case_opened")
            #expect(stored["trackingCode"] as? String == code)
            let english = try browser.dom(node.base + "/ui/traffic/events/\(eventID)?lang=en")
            #expect(english.contains("Vehicle on sidewalk") && !english.contains("Đi xe trên vỉa hè"), "the route words the event in the page's language")
        }
    }
}
