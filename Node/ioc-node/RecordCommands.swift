import Access
import ArgumentParser
import CRDT
import Commands
import FieldReports
import Foundation
import NodeKit

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Take and read field reports (phản ánh hiện trường) in the local replica.",
        subcommands: [Create.self, Show.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take a new report (and open its case); prints the report id.")
        @OptionGroup var data: DataOption
        @Option(help: "Category, e.g. lan-chiem-long-le-duong.") var category: String
        @Option(help: "What the citizen reports.") var description: String
        @Option(help: "Latitude (WGS 84).") var lat: Double
        @Option(help: "Longitude (WGS 84).") var lon: Double

        func run() async throws {
            let (configuration, replica) = try IOCNode.open(data)
            let body = RecordDesk.serialize([
                "category": category, "description": description, "location": ["lat": lat, "lon": lon], "channel": "hotline",
            ])
            let desk = RecordDesk(replica: replica, homeScope: configuration.district)
            let ids = try await desk.createReport(json: body, author: OperatingSystemUser.author)
            try await AuditLog(replica: replica, site: configuration.district).recordCommand(.fieldReportsAct)
            print(ids.report)
            FileHandle.standardError.write(Data("case \(ids.case)\n".utf8))
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one report as JSON.")
        @OptionGroup var data: DataOption
        @Argument(help: "The report id.") var id: String
        func run() async throws { try await printRecord(id, type: RecordDesk.reportType, data: data) }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the newest reports as JSON.")
        @OptionGroup var data: DataOption
        @Option(help: "How many.") var limit = 20
        func run() async throws {
            let (configuration, replica) = try IOCNode.open(data)
            let json = try await RecordDesk(replica: replica, homeScope: configuration.district)
                .listJSON(type: RecordDesk.reportType, scope: nil, conflictedOnly: false, limit: max(1, min(limit, 1000)), offset: 0)
            print(String(decoding: json, as: UTF8.self))
        }
    }
}

struct CaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Read and edit cases in the local replica.", subcommands: [Show.self, Edit.self])

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one case as JSON, with its conflicts.")
        @OptionGroup var data: DataOption
        @Argument(help: "The case id.") var id: String
        func run() async throws { try await printRecord(id, type: RecordDesk.caseType, data: data) }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Edit a case: status, assigned unit, priority, note, or add a comment.",
            discussion: "The change is recorded as made by the operating-system user who runs the command (os:<user>).")
        @OptionGroup var data: DataOption
        @Argument(help: "The case id.") var id: String
        @Option(help: "received, accepted, assigned, in_progress, resolved, closed or ineligible.") var status: String?
        @Option(help: "The unit that handles it.") var assignedUnit: String?
        @Option(help: "low, normal, high or urgent.") var priority: String?
        @Option(help: "A note (replaces the previous note).") var note: String?
        @Option(help: "A comment (kept forever in the case history).") var comment: String?

        func run() async throws {
            guard let id = EntityID(id) else { throw ValidationError("'\(self.id)' is not a case id (UUID)") }
            var body: [String: Any] = [:]
            body["status"] = status
            body["assigned_unit"] = assignedUnit
            body["priority"] = priority
            body["note"] = note
            body["comment"] = comment
            let (configuration, replica) = try IOCNode.open(data)
            let desk = RecordDesk(replica: replica, homeScope: configuration.district)
            try await desk.patchCase(id, json: RecordDesk.serialize(body), author: OperatingSystemUser.author)
            try await AuditLog(replica: replica, site: configuration.district).recordCommand(.fieldReportsAct)
            print(String(decoding: try await desk.recordJSON(id, type: RecordDesk.caseType), as: UTF8.self))
        }
    }
}

/// Prints one record of the local replica as JSON.
func printRecord(_ text: String, type: String, data: DataOption) async throws {
    guard let id = EntityID(text) else { throw ValidationError("'\(text)' is not a \(type) id (UUID)") }
    let (configuration, replica) = try IOCNode.open(data)
    let json = try await RecordDesk(replica: replica, homeScope: configuration.district).recordJSON(id, type: type)
    print(String(decoding: json, as: UTF8.self))
}
