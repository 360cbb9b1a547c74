import Access
import CRDT
import Indicators

extension IndicatorDesk {
    /// Who `principal` writes as here: a district account enters its own district's figures;
    /// a provincial account any area at the hub; at a node, only the node's district (its
    /// replica syncs no other area's writes). Approval is the provincial statistics office's,
    /// at the hub: a node never approves, returns or locks (the hub would refuse its push).
    func actor(_ principal: Principal) -> IndicatorActor {
        var areas = principal.districts
        if !seesEveryArea { areas = (areas ?? [homeScope]).intersection([homeScope]) }
        return IndicatorActor(author: principal.author, areas: areas, approves: seesEveryArea && principal.may(.indicatorsApprove))
    }

    /// Whether `principal` reads `area`'s figures: the province's and its own district's, or
    /// every area for a provincial account; at a node, the province's and the node's.
    func reads(_ area: String, _ principal: Principal) -> Bool {
        guard area == Scope.province || areas.contains(area) else { return false }
        return area == Scope.province || principal.sees(district: area)
    }
}
