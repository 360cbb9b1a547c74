import FieldReports
import Replica
import TrafficAnalysis

/// Why a traffic request was refused: a code with the values a district officer or an
/// integrator needs to act on it. The words are the web layer's (`Localizer.message(_:)`).
public enum TrafficDeskError: Error, Sendable, CustomStringConvertible {
    /// The request itself is wrong (field named); nothing was written.
    case invalid(field: String, Invalid)
    case unknownCamera(String)
    /// The camera belongs to another district: this node does not analyse it.
    case cameraOutsideDistrict(camera: String, district: String)
    case inactiveCamera(String)
    case badGeometry(camera: String, GeometryError)
    case notFound(Missing)
    /// The event or alert is not in a state that allows the action.
    case conflict(Conflict)
    case storage(ReplicaError)
    /// The account reads its own district only, not this one.
    case otherDistrict(String)

    /// What was wrong with the input.
    public enum Invalid: Sendable {
        case required
        case unknownDistrict(String)
        case notAPlate(String)
        case noStopLine(camera: String)
        /// A detection or plate-read batch that does not parse; `detail` is the parser's account (line, field).
        case malformedBatch(detail: String)
        /// The case the violation would open was refused by field reports.
        case caseRefused(RecordError)
    }

    /// What was not found.
    public enum Missing: Sendable, Hashable {
        case event(String)
        case alert(String)
        case plate(String)
    }

    /// Why the action does not fit the record's state.
    public enum Conflict: Sendable, Hashable {
        case onlyViolationsOpenCases
        case violationDismissed
        case caseAlreadyOpen(trackingCode: String)
        case alertNotUpdated(detail: String)
    }

    /// For logs: the code with its values.
    public var description: String {
        switch self {
        case .invalid(let field, let reason): "invalid \(field): \(reason)"
        case .unknownCamera(let id): "unknown camera \(id)"
        case .cameraOutsideDistrict(let id, let district): "camera \(id) belongs to district \(district)"
        case .inactiveCamera(let id): "camera \(id) is deactivated"
        case .badGeometry(let id, let error): "invalid geometry of camera \(id): \(error)"
        case .notFound(let missing): "not found: \(missing)"
        case .conflict(let conflict): "conflict: \(conflict)"
        case .storage(let error): "storage: \(error)"
        case .otherDistrict(let code): "this account reads its own district only, not \(code)"
        }
    }
}
