import Foundation
import Testing

extension FederationTests {
    /// `IOC_FAULT_SCHEDULES` schedules (3 in the suite; `Deploy/faults N` runs more) from
    /// `IOC_FAULT_SEED` (random if unset, printed so a failure replays). Prints
    /// `schedules=N failed=F lost=L diverged=D` last, and writes it to `IOC_FAULT_REPORT` if
    /// set. A schedule the harness could not carry out (a process that did not start in
    /// time) counts as failed, with its error, and the next one runs.
    @Test func faultSchedulesLoseNoAcknowledgedWriteAndEndWithEveryNodeIdenticalToTheHub() async throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["IOC_FAULT_SCHEDULES"].flatMap { Int($0) } ?? 3
        let seed = environment["IOC_FAULT_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...999_999)
        var lost = 0
        var diverged = 0
        var failed = 0
        for index in 0..<count {
            let started = ContinuousClock.now
            let outcome: FaultSchedule.Outcome
            do {
                outcome = try await FaultSchedule(seed: seed &+ UInt64(index)).run()
            } catch {
                failed += 1
                print("schedule \(index + 1)/\(count) seed=\(seed &+ UInt64(index)) \(ContinuousClock.now - started): FAILED \(error)")
                continue
            }
            lost += outcome.lost.count
            diverged += outcome.diverged.count
            print("schedule \(index + 1)/\(count) seed=\(seed &+ UInt64(index)) \(ContinuousClock.now - started): \(outcome.writes) writes; "
                + outcome.events.joined(separator: ", ")
                + (outcome.lost.isEmpty ? "" : "; LOST \(outcome.lost)") + (outcome.diverged.isEmpty ? "" : "; DIVERGED \(outcome.diverged)"))
        }
        let summary = "schedules=\(count) failed=\(failed) lost=\(lost) diverged=\(diverged)"
        print(summary)
        if let path = environment["IOC_FAULT_REPORT"] { try summary.write(toFile: path, atomically: true, encoding: .utf8) }
        #expect(failed == 0 && lost == 0 && diverged == 0, "seed \(seed): \(summary)")
    }
}
