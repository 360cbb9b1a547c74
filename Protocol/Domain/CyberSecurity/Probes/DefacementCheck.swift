/// Compares a page with the baseline an operator approved: unchanged, changed (with how
/// much and the lines added and removed), or likely defaced: a defacer's phrase appeared
/// that the baseline did not have, or most of the page was replaced.
public struct DefacementCheck: Sendable, Hashable, Codable {
    /// Phrases defacers leave, lower-case (Zone-H's archive is full of them), English and Vietnamese.
    public static let defacerPhrases = [
        "hacked by", "defaced by", "owned by", "pwned by", "h4ck3d", "hacked!!", "greetz", "greetings to", "was here", "touched by",
        "security is just an illusion", "your security is", "đã bị hack", "bị tấn công bởi",
    ]

    /// Share of lines changed at or above which a page counts as changed (below: unchanged).
    public var changedAt: Double
    /// Share of lines changed at or above which a page is likely defaced even without a phrase.
    public var replacedAt: Double

    public init(changedAt: Double = 0.02, replacedAt: Double = 0.6) {
        self.changedAt = changedAt
        self.replacedAt = replacedAt
    }

    public enum Verdict: String, Sendable, Hashable, Codable {
        case unchanged, changed
        case likelyDefaced = "likely_defaced"
    }

    /// What the comparison found.
    public struct Finding: Sendable, Hashable, Codable {
        public var verdict: Verdict
        /// Share of lines removed or added, 0…1.
        public var ratio: Double
        public var removed: [String]
        public var added: [String]
        /// Defacer phrases on the page that the baseline did not carry.
        public var phrases: [String]
    }

    public func compare(baseline: PageFingerprint, current: PageFingerprint) -> Finding {
        guard baseline.domHash != current.domHash else { return Finding(verdict: .unchanged, ratio: 0, removed: [], added: [], phrases: []) }
        let difference = current.lines.difference(from: baseline.lines)
        var removed: [String] = [], added: [String] = []
        for change in difference {
            switch change {
            case .remove(_, let line, _): removed.append(line)
            case .insert(_, let line, _): added.append(line)
            }
        }
        let total = max(1, baseline.lines.count + current.lines.count)
        let ratio = Double(removed.count + added.count) / Double(total)
        let before = baseline.text, after = current.text
        let phrases = Self.defacerPhrases.filter { after.contains($0) && !before.contains($0) }
        let verdict: Verdict = !phrases.isEmpty || ratio >= replacedAt ? .likelyDefaced : ratio >= changedAt ? .changed : .unchanged
        return Finding(verdict: verdict, ratio: ratio, removed: Array(removed.prefix(200)), added: Array(added.prefix(200)), phrases: phrases)
    }
}
