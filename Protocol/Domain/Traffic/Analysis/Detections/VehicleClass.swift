/// The road-user classes the analytics core distinguishes.
///
/// The raw value is the canonical name used in the text and JSON track formats.
/// Integer class ids in the text format follow the 0-based COCO numbering that
/// YOLO-family detectors emit: 0 person → `pedestrian`, 1 → `bicycle`, 2 → `car`,
/// 3 motorcycle → `motorbike`, 5 → `bus`, 7 → `truck`. Every other id is rejected,
/// because a road counter must not silently turn "train" (6) or "boat" (8) into traffic.
public enum VehicleClass: String, CaseIterable, Codable, Sendable, Hashable, CodingKeyRepresentable {
    case motorbike
    case bicycle
    case car
    case bus
    case truck
    case pedestrian

    /// Pedestrians are counted at lines but excluded from flow, speed, headway and vehicle violations.
    public var isVehicle: Bool { self != .pedestrian }

    /// Road length the class takes up in a lane, metres, for space occupancy: its
    /// passenger-car equivalent (motorbike and bicycle 0.3, since they ride several abreast;
    /// bus and truck 2.5) times a 4.5 m car.
    @inline(__always) var laneLengthMetres: Double {
        switch self {
        case .motorbike, .bicycle: 1.35
        case .car: 4.5
        case .bus, .truck: 11.25
        case .pedestrian: 0.45
        }
    }

    /// Classes a detector plausibly confuses with each other (two-wheelers, four-wheelers, people);
    /// an ID switch is only bridged within one group.
    var bodyGroup: Int {
        switch self {
        case .motorbike, .bicycle: 0
        case .car, .bus, .truck: 1
        case .pedestrian: 2
        }
    }

    /// The 0-based COCO id of the class.
    public var cocoID: Int {
        switch self {
        case .pedestrian: 0
        case .bicycle: 1
        case .car: 2
        case .motorbike: 3
        case .bus: 5
        case .truck: 7
        }
    }

    /// Maps a 0-based COCO id; `nil` for ids that are not road users.
    public init?(cocoID: Int) {
        switch cocoID {
        case 0: self = .pedestrian
        case 1: self = .bicycle
        case 2: self = .car
        case 3: self = .motorbike
        case 5: self = .bus
        case 7: self = .truck
        default: return nil
        }
    }

    /// Accepts the canonical names plus the COCO spellings `person` and `motorcycle`.
    public init?(name: String) {
        var name = name
        let found = name.withUTF8 { VehicleClass(nameBytes: UnsafeRawBufferPointer($0)) }
        guard let found else { return nil }
        self = found
    }

    /// Dense index 0..<6 used for per-class arrays.
    @inline(__always) var index: Int {
        switch self {
        case .motorbike: 0
        case .bicycle: 1
        case .car: 2
        case .bus: 3
        case .truck: 4
        case .pedestrian: 5
        }
    }

    static let byIndex: [VehicleClass] = [.motorbike, .bicycle, .car, .bus, .truck, .pedestrian]

    /// Byte-level name match used by the text parser; ASCII lower case only.
    @inline(__always) init?(nameBytes b: UnsafeRawBufferPointer) {
        @inline(__always) func eq(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == b.count else { return false }
            let p = s.utf8Start
            for i in 0..<b.count where p[i] != b[i] { return false }
            return true
        }
        switch b.count {
        case 3: if eq("car") { self = .car; return }; if eq("bus") { self = .bus; return }
        case 5: if eq("truck") { self = .truck; return }
        case 6: if eq("person") { self = .pedestrian; return }
        case 7: if eq("bicycle") { self = .bicycle; return }
        case 9: if eq("motorbike") { self = .motorbike; return }
        case 10: if eq("motorcycle") { self = .motorbike; return }; if eq("pedestrian") { self = .pedestrian; return }
        default: break
        }
        return nil
    }
}
