import CRDT
import FieldReports
import Foundation
import Identity
import Replica
import Synthetic
import TrafficForecast

/// Step 2: reports taken at a district node through `RecordDesk.intake` (validation,
/// catalog, tracking code, the report, its case and its photo in one transaction, the
/// projection's facts, totals and search index in the same) against plain SQLite inserts
/// of the same fields, one row and one transaction per report (`PlainStore`: WAL,
/// synchronous NORMAL).
///
/// Intake runs with `concurrency` reports in flight, as a node's web server, webhooks
/// and officers submit them at once (the replica commits the writes that wait together,
/// `GroupCommit`); a further quarter of the count is then taken one at a time, the
/// latency-bound figure.
///
/// Like step 1 of `sync`, the work is cut into rounds that alternate the two (and which
/// goes first), so load from other processes falls on both alike.
struct ReportIntakeBenchmark {
    struct Result: Sendable {
        var count: Int
        var intakeSeconds: Double
        var sqliteSeconds: Double
        var intakeCPUSeconds: Double
        var sqliteCPUSeconds: Double
        var concurrency: Int
        var sequentialCount: Int
        var sequentialSeconds: Double
        var casesAtNode: Int
        var nodeBytes: Int64
    }

    /// A report as intake receives it, and the same fields as the baseline's row.
    struct Prepared: Sendable {
        var intake: ReportIntake
        var id: Data
        var document: String
    }

    let count: Int
    var concurrency = 32
    let district = "651"  // Ea Kar
    let rounds = 4

    func run(node: Replica, folder: String) async throws -> Result {
        let catalog = ReferenceCatalog(replica: node)
        // A node receives the catalog from the hub; seeding it here writes the same entities.
        try await catalog.seedIfEmpty(author: "bench@hub")
        let reference = try await catalog.snapshot()
        let desk = RecordDesk(replica: node, homeScope: district, catalog: catalog, hasAttachment: { _ in true })
        let plain = try PlainStore(path: folder + "/plain-intake.sqlite")
        let sequentialCount = max(1, count / 4)
        let prepared = Self.prepare(count + sequentialCount, categories: reference.categories.filter(\.active))

        let clock = ContinuousClock()
        var intakeTime = Duration.zero
        var sqliteTime = Duration.zero
        var intakeCPU = 0.0
        var sqliteCPU = 0.0
        let progress = ProgressBar(
            "step 2: \(Format.grouped(Double(count))) reports taken at node \(district) (\(concurrency) in flight), RecordDesk.intake vs plain SQLite",
            total: 2 * count + sequentialCount)
        var done = 0

        func intakeBlock(_ range: Range<Int>) async throws {
            let cpu = CPUTime.now()
            let start = clock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = range.lowerBound
                func submit() {
                    let intake = prepared[next].intake
                    group.addTask { _ = try await desk.intake(intake, author: "tiep-nhan@ea-kar") }
                    next += 1
                }
                while next < range.upperBound, next - range.lowerBound < concurrency { submit() }
                while try await group.next() != nil {
                    if next < range.upperBound { submit() }
                    if next & 63 == 0 { progress.update(done + next - range.lowerBound) }
                }
            }
            intakeTime += clock.now - start
            intakeCPU += CPUTime.now() - cpu
            done += range.count
        }
        func sqliteBlock(_ range: Range<Int>) throws {
            let cpu = CPUTime.now()
            let start = clock.now
            for index in range {
                try plain.insert(id: prepared[index].id, type: RecordDesk.reportType, scope: district, document: prepared[index].document)
                if index & 63 == 0 { progress.update(done + index - range.lowerBound) }
            }
            sqliteTime += clock.now - start
            sqliteCPU += CPUTime.now() - cpu
            done += range.count
        }

        for round in 0..<rounds {
            let range = (count * round / rounds)..<(count * (round + 1) / rounds)
            if round.isMultiple(of: 2) {
                try sqliteBlock(range)
                try await intakeBlock(range)
            } else {
                try await intakeBlock(range)
                try sqliteBlock(range)
            }
        }
        let sequentialStart = clock.now
        for index in count..<(count + sequentialCount) {
            _ = try await desk.intake(prepared[index].intake, author: "tiep-nhan@ea-kar")
            if index & 63 == 0 { progress.update(done + index - count) }
        }
        let sequentialSeconds = (clock.now - sequentialStart).seconds

        let cases = try await node.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM case_fact") ?? 0 }
        let plainRows = try plain.count()
        guard cases == count + sequentialCount, plainRows == count else {
            throw BenchmarkFailure("intake: \(cases) cases at the node and \(plainRows) plain rows for \(count) + \(sequentialCount) reports")
        }
        let result = Result(
            count: count, intakeSeconds: intakeTime.seconds, sqliteSeconds: sqliteTime.seconds, intakeCPUSeconds: intakeCPU,
            sqliteCPUSeconds: sqliteCPU, concurrency: concurrency, sequentialCount: sequentialCount, sequentialSeconds: sequentialSeconds,
            casesAtNode: cases, nodeBytes: ReportHubLoad.bytes(node.path))
        progress.finish(
            "intake \(Format.grouped(Double(count) / result.intakeSeconds)) reports/s "
                + "(one at a time \(Format.grouped(Double(sequentialCount) / sequentialSeconds))/s), "
                + "SQLite \(Format.grouped(Double(count) / result.sqliteSeconds)) inserts/s")
        return result
    }

    /// `count` plausible reports from citizens of Ea Kar, each with a location, one photo
    /// and the answers its category asks for; and each as the baseline's row (the same
    /// fields as one JSON document, rendered here, outside the timing).
    static func prepare(_ count: Int, categories: [ReportCategory]) -> [Prepared] {
        var rng = SplitMix64(seed: 0x1A7A_4E_0651)
        let channels = ReportIntake.channels.sorted()
        let names = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Nam", "H'Hen Niê", "Y Moan Êban", "Phạm Thu Hà"]
        return (0..<count).map { index in
            let category = categories[Int.random(in: 0..<categories.count, using: &rng)]
            var attributes: [String: [String]] = [:]
            for question in category.attributes where question.required || Bool.random(using: &rng) {
                if let choice = question.choices.randomElement(using: &rng) { attributes[question.code] = [choice.key] }
            }
            let problem = ReportGenerator.problems.randomElement(using: &rng)!
            let street = ReportGenerator.streets.randomElement(using: &rng)!
            let description = "\(problem) trước số nhà \(Int.random(in: 1...420, using: &rng)) đường \(street), thị trấn Ea Kar. "
                + "Tình trạng kéo dài nhiều ngày, đề nghị cơ quan chức năng kiểm tra."
            let lat = (Double.random(in: 12.6...12.8, using: &rng) * 100_000).rounded() / 100_000
            let lon = (Double.random(in: 108.0...108.1, using: &rng) * 100_000).rounded() / 100_000
            let photo = SHA256.hex((0..<64).map { _ in UInt8.random(in: 0...255, using: &rng) })
            var reporter = ReporterContact()
            if Double.random(in: 0..<1, using: &rng) < 0.6 {
                reporter = .init(name: names.randomElement(using: &rng)!, phone: "09\(Int.random(in: 10_000_000...99_999_999, using: &rng))")
            }
            let channel = channels[index % channels.count]
            let intake = ReportIntake(
                category: category.code, description: description, latitude: lat, longitude: lon, channel: channel, reporter: reporter,
                photos: [photo], attributes: attributes)
            var document: [String: Any] = [
                "category": category.code, "description": description, "location": ["lat": lat, "lon": lon], "channel": channel,
                "photos": [photo], "attributes": attributes, "status": "received", "created_at": Int(Replica.systemMillis()),
            ]
            if let name = reporter.name, let phone = reporter.phone { document["reporter"] = ["name": name, "phone": phone] }
            let id = EntityID.make(millis: Replica.systemMillis(), using: &rng)
            return Prepared(intake: intake, id: Data(id.bytes), document: String(decoding: RecordDesk.serialize(document), as: UTF8.self))
        }
    }
}
