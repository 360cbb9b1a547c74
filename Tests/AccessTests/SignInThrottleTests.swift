import Access
import Testing

/// `SignInThrottle`: who is locked out, for how long, and what a success clears.
@Suite struct SignInThrottleTests {
    let start: Int64 = 1_000_000_000

    @Test func anAccountIsLockedAfterFiveFailuresForAMinute() {
        let throttle = SignInThrottle()
        let keys = [SignInThrottle.account("Can-Bo@651 "), .address("127.0.0.2")]
        for attempt in 0..<4 { throttle.failed(keys, nowMillis: start + Int64(attempt)) }
        #expect(throttle.retryAfter(keys, nowMillis: start + 10) == nil)
        throttle.failed(keys, nowMillis: start + 10)
        #expect(throttle.retryAfter([SignInThrottle.account("can-bo@651")], nowMillis: start + 11) == 60)
        #expect(throttle.retryAfter([.address("127.0.0.2")], nowMillis: start + 11) == nil, "an address has a limit of its own")
        #expect(throttle.retryAfter(keys, nowMillis: start + 10 + 60_000) == nil)
    }

    @Test func eachFailureAfterTheLimitDoublesTheLockoutUpToTheLongest() {
        let throttle = SignInThrottle()
        let key = SignInThrottle.account("an")
        for attempt in 0..<7 { throttle.failed([key], nowMillis: start + Int64(attempt)) }
        #expect(throttle.retryAfter([key], nowMillis: start + 6) == 240)
        for attempt in 7..<30 { throttle.failed([key], nowMillis: start + Int64(attempt)) }
        #expect(throttle.retryAfter([key], nowMillis: start + 29) == 15 * 60)
    }

    @Test func anAddressIsLockedAfterTwentyFailuresWhateverTheAccounts() {
        let throttle = SignInThrottle()
        for attempt in 0..<20 { throttle.failed([.account("user-\(attempt)"), .address("127.0.0.9")], nowMillis: start + Int64(attempt)) }
        #expect(throttle.retryAfter([.account("someone-else"), .address("127.0.0.9")], nowMillis: start + 20) == 60)
        #expect(throttle.retryAfter([.account("someone-else"), .address("127.0.0.10")], nowMillis: start + 20) == nil)
    }

    @Test func aSuccessClearsTheAccountsFailuresButNotTheAddresss() {
        let throttle = SignInThrottle()
        let keys = [SignInThrottle.account("an"), .address("127.0.0.3")]
        for attempt in 0..<4 { throttle.failed(keys, nowMillis: start + Int64(attempt)) }
        throttle.succeeded(keys[0])
        throttle.failed(keys, nowMillis: start + 5)
        #expect(throttle.retryAfter([keys[0]], nowMillis: start + 6) == nil, "the count started again")
        for attempt in 6..<21 { throttle.failed(keys, nowMillis: start + Int64(attempt)) }
        #expect(throttle.retryAfter([keys[1]], nowMillis: start + 21) != nil, "the address kept all twenty")
    }

    @Test func failuresOlderThanTheWindowDoNotCount() {
        let throttle = SignInThrottle()
        let key = SignInThrottle.account("an")
        for attempt in 0..<4 { throttle.failed([key], nowMillis: start + Int64(attempt)) }
        throttle.failed([key], nowMillis: start + 15 * 60_000 + 10)
        #expect(throttle.retryAfter([key], nowMillis: start + 15 * 60_000 + 11) == nil)
    }

    @Test func administratorsSeeTheLockoutsAndCanEndOne() {
        let throttle = SignInThrottle()
        for attempt in 0..<5 { throttle.failed([.account("an"), .address("127.0.0.4")], nowMillis: start + Int64(attempt)) }
        let lockouts = throttle.lockouts(nowMillis: start + 5)
        #expect(lockouts.map(\.key) == [.account("an")] && lockouts.first?.failures == 5 && lockouts.first?.untilMillis == start + 4 + 60_000)
        throttle.release(.account("an"))
        #expect(throttle.lockouts(nowMillis: start + 5).isEmpty && throttle.retryAfter([.account("an")], nowMillis: start + 5) == nil)
    }

    @Test func memoryStaysBoundedUnderAFloodOfNames() {
        let throttle = SignInThrottle(limits: .init(capacity: 100))
        for attempt in 0..<5_000 { throttle.failed([.account("name-\(attempt)")], nowMillis: start + Int64(attempt)) }
        for attempt in 0..<5 { throttle.failed([.account("an")], nowMillis: start + 5_000 + Int64(attempt)) }
        #expect(throttle.retryAfter([.account("an")], nowMillis: start + 5_006) != nil, "a fresh lockout survives eviction")
        #expect(throttle.retryAfter([.account("name-0")], nowMillis: start + 5_006) == nil)
    }
}
