/// Waits until `condition` holds, checking every 25 ms, or fails after `timeout`.
/// - Returns: how long it took.
@discardableResult
func eventually(
    _ what: String, timeout: Duration = .seconds(30), _ condition: () async throws -> Bool
) async throws -> Duration {
    let start = ContinuousClock.now
    while ContinuousClock.now - start < timeout {
        if (try? await condition()) == true { return ContinuousClock.now - start }
        try await Task.sleep(for: .milliseconds(25))
    }
    throw HarnessError("timed out after \(timeout) waiting for: \(what)")
}
