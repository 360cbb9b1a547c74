import Foundation
import TrafficAnalysis

/// The input of `ioc-bench analytics`: dense, noisy synthetic traffic for N demo cameras as the
/// documented text track format (FORMAT.md), in memory, cut at line boundaries into ~1 MiB chunks
/// as a node reading a socket would; and the two measured passes over it.
///
/// Both passes run on the calling thread only (one core): no task, queue or thread is started.
struct AnalyticsWorkload {
    /// One timed pass over the whole text.
    struct Pass {
        var seconds: Double
        var cpuSeconds: Double
        var detections: Int
        var malformed: Int
        /// After ``AnalyticsWorkload/parseAndAnalyze()`` only: every camera's analyzer, finished.
        var analyzers: [CameraAnalyzer] = []
    }

    static let chunkBytes = 1 << 20

    let cameras: [CameraGeometry]
    let scenario: SyntheticScenario
    let traffic: SyntheticTraffic
    let chunks: [Range<Int>]
    let generateSeconds: Double

    /// The noisy, dense scenario of the throughput harness: 46 vehicles a minute in each of the
    /// three lanes at 15–40 km/h (≈ 19 objects a frame), speeders, wrong-way riders, stoppers,
    /// sidewalk riders, pedestrians, a signal plan, jitter, occlusions, ID switches, false
    /// detections and a plate reading every fifth frame.
    static func denseScenario(seconds: Int, framesPerSecond: Double) -> SyntheticScenario {
        var scenario = SyntheticScenario()
        scenario.seed = 2024
        scenario.framesPerSecond = framesPerSecond
        scenario.durationSeconds = Double(seconds)
        scenario.vehiclesPerMinutePerLane = 46
        scenario.speedRangeKmh = 15...40
        scenario.speeders = 20
        scenario.wrongWayVehicles = 10
        scenario.stopperDwellSeconds = Array(repeating: 25, count: 10)
        scenario.sidewalkRiders = 10
        scenario.pedestrians = 30
        scenario.signalCycle = .init(greenSeconds: 30, amberSeconds: 3, redSeconds: 27)
        scenario.noise = SyntheticNoise(
            jitterSigmaPixels: 1.0, occlusionProbability: 0.1, maxOcclusionSeconds: 1.2, idSwitchProbability: 0.05,
            falseDetectionsPerFrame: 0.2)
        scenario.plateEveryFrames = 5
        return scenario
    }

    static func cameraID(_ number: Int) -> String {
        String(format: number < 100 ? "bmt-cam-%02d" : "bmt-cam-%03d", number)
    }

    init(cameraCount: Int, seconds: Int, framesPerSecond: Double) throws {
        cameras = (1...cameraCount).map { SyntheticTraffic.demoCamera(id: Self.cameraID($0)) }
        scenario = Self.denseScenario(seconds: seconds, framesPerSecond: framesPerSecond)
        let clock = ContinuousClock()
        let started = clock.now
        do {
            traffic = try SyntheticTraffic(cameras: cameras, scenario: scenario)
        } catch {
            throw BenchmarkFailure("cannot generate the synthetic traffic: \(error)")
        }
        generateSeconds = (clock.now - started).seconds
        chunks = Self.chunks(of: traffic.text)
    }

    /// `text` cut at line breaks into pieces of about ``chunkBytes``.
    static func chunks(of text: [UInt8]) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var start = 0
        while start < text.count {
            var end = min(start + Self.chunkBytes, text.count)
            while end < text.count && text[end - 1] != 10 { end += 1 }
            chunks.append(start..<end)
            start = end
        }
        return chunks
    }

    /// One timed pass of `reader` over `text`, chunk by chunk, on the calling thread.
    static func parsePass(_ reader: inout some DetectionReader, _ text: [UInt8], _ chunks: [Range<Int>]) -> Pass {
        var batch = DetectionBatch()
        var detections = 0
        var malformed = 0
        let clock = ContinuousClock()
        let cpuStart = CPUTime.now()
        let start = clock.now
        text.withUnsafeBytes { all in
            for range in chunks {
                batch.removeAll()
                reader.parse(UnsafeRawBufferPointer(rebasing: all[range]), into: &batch)
                detections += batch.detections.count
                malformed += batch.malformed.count
            }
        }
        return Pass(seconds: (clock.now - start).seconds, cpuSeconds: CPUTime.now() - cpuStart, detections: detections, malformed: malformed)
    }

    var frames: Int { Int((scenario.durationSeconds * scenario.framesPerSecond).rounded(.down)) * cameras.count }

    var objectsPerFrame: Double { Double(traffic.lineCount) / Double(max(1, frames)) }

    /// Counting-line crossings in the truth (every road user, every line and direction).
    var truthCrossings: Int { traffic.truth.vehicles.reduce(0) { $0 + $1.crossings.count } }

    /// (a) The text parsed into detections, nothing else.
    func parseOnly() -> Pass {
        var parser = DetectionParser(streamStartMillis: scenario.startMillis)
        return Self.parsePass(&parser, traffic.text, chunks)
    }

    /// The same detections as MOTChallenge tracker output (`frame,id,l,t,w,h,conf,-1,-1,-1`,
    /// every camera in one file), cut into ~1 MiB chunks like the text; made once, not timed.
    func motText() -> (text: [UInt8], chunks: [Range<Int>]) {
        var parser = DetectionParser(streamStartMillis: scenario.startMillis)
        let detections = parser.parse(traffic.text).detections
        var text: [UInt8] = []
        text.reserveCapacity(traffic.text.count)
        for d in detections {
            let frame = Int((Double(d.timeMillis - scenario.startMillis) * scenario.framesPerSecond / 1000).rounded())
            text += Array("\(frame),\(d.trackID),\(d.box.x),\(d.box.y),\(d.box.width),\(d.box.height),\(d.confidence),-1,-1,-1\n".utf8)
        }
        return (text, Self.chunks(of: text))
    }

    /// (c) The MOT form of the same detections parsed by ``MOTParser``, nothing else.
    func motParseOnly(_ mot: (text: [UInt8], chunks: [Range<Int>])) -> Pass {
        guard var parser = MOTParser(camera: "bmt-cam-01", fps: scenario.framesPerSecond, startMillis: scenario.startMillis) else {
            return Pass(seconds: .infinity, cpuSeconds: .infinity, detections: 0, malformed: 0)
        }
        return Self.parsePass(&parser, mot.text, mot.chunks)
    }

    /// (b) The same parse, each detection routed to its camera's analyzer, the output drained
    /// after every chunk. The analyzers are finished after the clock stops.
    func parseAndAnalyze() throws -> Pass {
        var parser = DetectionParser(streamStartMillis: scenario.startMillis)
        var batch = DetectionBatch()
        var analyzers: [CameraAnalyzer] = []
        var route: [Int] = []
        var detections = 0
        var malformed = 0
        var failure: (any Error)?
        let clock = ContinuousClock()
        let cpuStart = CPUTime.now()
        let start = clock.now
        traffic.text.withUnsafeBytes { all in
            for range in chunks where failure == nil {
                batch.removeAll()
                parser.parse(UnsafeRawBufferPointer(rebasing: all[range]), into: &batch)
                while route.count < batch.cameraIDs.count {
                    let id = batch.cameraIDs[route.count]
                    guard let camera = cameras.first(where: { $0.id == id }) else {
                        route.append(-1)
                        continue
                    }
                    do {
                        var analyzer = try CameraAnalyzer(geometry: camera)
                        for change in traffic.truth.signalChanges { analyzer.setSignal(phase: change.phase, at: change.millis) }
                        analyzers.append(analyzer)
                        route.append(analyzers.count - 1)
                    } catch {
                        failure = error
                        route.append(-1)
                    }
                }
                for d in batch.detections {
                    let a = route[Int(d.cameraIndex)]
                    if a >= 0 { analyzers[a].ingest(d) }
                }
                detections += batch.detections.count
                malformed += batch.malformed.count
                for i in analyzers.indices { _ = analyzers[i].drainOutput() }
            }
        }
        let seconds = (clock.now - start).seconds
        let cpuSeconds = CPUTime.now() - cpuStart
        if let failure { throw BenchmarkFailure("a demo camera's geometry is rejected: \(failure)") }
        for i in analyzers.indices { analyzers[i].finish() }
        return Pass(seconds: seconds, cpuSeconds: cpuSeconds, detections: detections, malformed: malformed, analyzers: analyzers)
    }
}
