import Foundation
import Testing

extension FederationTests {
    /// `IOC_FAULT_SCHEDULES` schedules (3 in the suite; `Deploy/faults N` runs more) from
    /// `IOC_FAULT_SEED` (random if unset, printed so a failure replays). Prints
    /// `schedules=N lost=L diverged=D` last, and writes it to `IOC_FAULT_REPORT` if set.
    @Test func faultSchedulesLoseNoAcknowledgedWriteAndEndWithEveryNodeIdenticalToTheHub() async throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["IOC_FAULT_SCHEDULES"].flatMap { Int($0) } ?? 3
        let seed = environment["IOC_FAULT_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...999_999)
        var lost = 0
        var diverged = 0
        for index in 0..<count {
            let started = ContinuousClock.now
            let outcome = try await FaultSchedule(seed: seed &+ UInt64(index)).run()
            lost += outcome.lost.count
            diverged += outcome.diverged.count
            print("schedule \(index + 1)/\(count) seed=\(seed &+ UInt64(index)) \(ContinuousClock.now - started): \(outcome.writes) writes; "
                + outcome.events.joined(separator: ", ")
                + (outcome.lost.isEmpty ? "" : "; LOST \(outcome.lost)") + (outcome.diverged.isEmpty ? "" : "; DIVERGED \(outcome.diverged)"))
        }
        let summary = "schedules=\(count) lost=\(lost) diverged=\(diverged)"
        print(summary)
        if let path = environment["IOC_FAULT_REPORT"] { try summary.write(toFile: path, atomically: true, encoding: .utf8) }
        #expect(lost == 0 && diverged == 0, "seed \(seed): \(summary)")
    }
}
