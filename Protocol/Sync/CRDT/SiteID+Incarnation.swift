extension SiteID {
    /// The site this one becomes in its `number`th incarnation (0: itself).
    ///
    /// A site starts a new incarnation when it can no longer number or stamp its changes
    /// after the ones it already issued: its database was restored from a copy older than
    /// what the hub holds, or its clock was far ahead and has been put right. A new
    /// incarnation numbers its changes from 1 again and stamps them from the present, so
    /// no sequence number or stamp is ever issued twice. Incarnations derive from the
    /// enrolled site, so the hub accepts them from the same key without a new enrolment.
    ///
    /// Guarantee: a pure function (SplitMix64's finaliser over the site and the number),
    /// the same on every replica; distinct for distinct numbers of one site, and distinct
    /// from other sites' incarnations but with the odds of a 64-bit collision.
    public func incarnation(_ number: UInt32) -> SiteID {
        guard number > 0 else { return self }
        var z = rawValue ^ (UInt64(number) &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return SiteID(z ^ (z >> 31))
    }
}
