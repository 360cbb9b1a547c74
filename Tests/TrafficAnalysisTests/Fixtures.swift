import Foundation
import Testing

@testable import TrafficAnalysis

/// Shared builders for the analytics tests.
enum Fixture {
    /// A 1000×1000 uncalibrated camera with one horizontal line `L` at y = 500 from x = 100 to 900.
    /// Moving down the picture crosses it left-to-right.
    static func plainCamera(
        allowed: AllowedDirection = .both, zones: [Zone] = [], calibration: Calibration? = nil, stopLine: StopLine? = nil
    ) -> CameraGeometry {
        CameraGeometry(
            id: "test-cam", districtCode: "643", position: GeoPosition(latitude: 12.6675, longitude: 108.0378), headingDegrees: 0,
            streamReference: "test", imageSize: PixelSize(width: 1000, height: 1000),
            countingLines: [CountingLine(name: "L", start: PixelPoint(x: 100, y: 500), end: PixelPoint(x: 900, y: 500), allowedDirection: allowed)],
            zones: zones, calibration: calibration, speedLimitKmh: 50, stopLine: stopLine)
    }

    /// A detection whose box anchor (bottom-centre) is at (x, y).
    static func detection(
        _ t: Int64, track: Int, x: Double, y: Double, _ vehicleClass: VehicleClass = .car, width: Double = 40,
        plate: PlateObservation? = nil, frameRef: String? = nil, confidence: Double = 0.9
    ) -> Detection {
        Detection(
            timeMillis: t, trackID: track, vehicleClass: vehicleClass, box: PixelBox(x: x - width / 2, y: y - width, width: width, height: width),
            confidence: confidence, plate: plate, frameRef: frameRef)
    }

    /// Everything a run produced, drained and concatenated.
    struct Run {
        var analyzer: CameraAnalyzer
        var output = AnalyzerOutput()

        mutating func drain() {
            let o = analyzer.drainOutput()
            output.crossings += o.crossings
            output.aggregates += o.aggregates
            output.congestion += o.congestion
            output.events += o.events
            output.dwells += o.dwells
        }
    }

    /// Parses synthetic text and analyzes it with one analyzer per camera; signal changes from the truth are applied.
    static func analyze(
        _ traffic: SyntheticTraffic, cameras: [CameraGeometry], scenario: SyntheticScenario,
        configuration: AnalyzerConfiguration = AnalyzerConfiguration()
    ) throws -> [String: Run] {
        var parser = DetectionParser(streamStartMillis: scenario.startMillis)
        let batch = parser.parse(traffic.text)
        #expect(batch.malformed.isEmpty, "synthetic text must parse cleanly: \(batch.malformed.prefix(3))")
        var runs: [Run] = []
        for camera in cameras {
            var analyzer = try CameraAnalyzer(geometry: camera, configuration: configuration)
            for change in traffic.truth.signalChanges { analyzer.setSignal(phase: change.phase, at: change.millis) }
            runs.append(Run(analyzer: analyzer))
        }
        let route = batch.cameraIDs.map { id in cameras.firstIndex { $0.id == id } ?? -1 }
        for (i, d) in batch.detections.enumerated() {
            let r = route[Int(d.cameraIndex)]
            guard r >= 0 else { continue }
            runs[r].analyzer.ingest(d)
            if i % 5000 == 0 { runs[r].drain() }
        }
        var result: [String: Run] = [:]
        for (i, camera) in cameras.enumerated() {
            runs[i].analyzer.finish()
            runs[i].drain()
            result[camera.id] = runs[i]
        }
        return result
    }

    /// Maps every tracker id of a camera's truth vehicles to the vehicle.
    static func vehiclesByTrack(_ truth: SyntheticTruth, camera: String) -> [Int: SyntheticTruth.Vehicle] {
        var map: [Int: SyntheticTruth.Vehicle] = [:]
        for v in truth.vehicles where v.cameraID == camera {
            for id in v.trackIDs { map[id] = v }
        }
        return map
    }
}
