import FieldReports
import Foundation
import StaffUI

extension CaseRecord {
    /// The case as the API answers: everything for staff (the reporter's contact only with
    /// `contact`, which defaults to `staff`); for the public, no reporter contact, no staff
    /// comments and no staff names.
    public func json(staff: Bool, contact: Bool? = nil, timeline includeTimeline: Bool = true) -> [String: Any] {
        var object: [String: Any] = [
            "id": id.description, "tracking_code": trackingCode, "district": scope, "status": status.rawValue,
            "status_label": Localizer(.vi).status(status), "category": category, "received_at": Int(receivedAt), "due": due.rawValue,
            "description": description, "priority": priority, "channel": channel,
        ]
        object["report_id"] = reportID?.description
        object["unit"] = unit
        object["deadline"] = deadline?.description
        object["deadline_fixed"] = deadlineFixed
        object["accepted_at"] = acceptedAt.map { Int($0) }
        object["resolved_at"] = resolvedAt.map { Int($0) }
        object["closed_at"] = closedAt.map { Int($0) }
        object["resolved_on_time"] = resolvedOnTime
        object["result"] = result
        object["ineligible_reason"] = ineligibleReason
        object["rating"] = rating
        object["rating_comment"] = ratingComment
        object["transferred_from"] = transferredFrom
        object["address"] = address
        if let latitude, let longitude { object["location"] = ["lat": latitude, "lon": longitude] }
        object["photos"] = photos
        object["result_photos"] = resultPhotos
        if staff && (contact ?? staff) {
            var details: [String: Any] = [:]
            details["name"] = reporter.name
            details["phone"] = reporter.phone
            details["email"] = reporter.email
            object["reporter"] = details
        }
        if staff {
            object["attributes"] = attributes
            object["conflicts"] = conflicts.map { conflict in
                ["field": conflict.field, "values": conflict.values.map { ["value": $0.value, "author": $0.author, "site": $0.site, "at": Int($0.at)] }]
            }
        }
        if includeTimeline {
            object["timeline"] = timeline.filter { staff || $0.isPublic }.map { event -> [String: Any] in
                var entry: [String: Any] = ["at": Int(event.at), "kind": event.kind.rawValue]
                entry["action"] = event.action
                entry["from"] = event.from?.rawValue
                entry["to"] = event.to?.rawValue
                if staff { entry["author"] = event.author }
                if staff || event.kind != .transition || event.action == "resolve" || event.action == "reject" { entry["text"] = event.text }
                return entry
            }
        }
        return object
    }
}
