import Access
import CRDT
import TrafficDesk

extension TrafficDesk {
    /// The event, if `principal` reads its district; nil when there is none or it lies
    /// outside, so an event out of reach looks like no event at all.
    func event(_ id: EntityID, readableBy principal: Principal) async throws(TrafficDeskError) -> TrafficEventRecord? {
        guard let record = try await event(id), principal.sees(district: record.scope) else { return nil }
        return record
    }
}
