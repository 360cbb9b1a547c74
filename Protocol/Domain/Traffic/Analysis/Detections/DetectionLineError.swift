/// Why one line (or one JSON detection) was not accepted. Descriptions name the 1-based field
/// and its column name so an operator can find the fault in the exporter.
public enum DetectionLineError: Error, Codable, Sendable, Hashable, CustomStringConvertible {
    case lineTooLong(bytes: Int)
    case wrongFieldCount(found: Int)
    case emptyField(field: Int, name: String)
    case notANumber(field: Int, name: String, text: String)
    case notAnInteger(field: Int, name: String, text: String)
    case invalidTime(text: String)
    case unknownClass(String)
    case unknownClassID(Int)
    case negativeSize(dimension: String, value: Double)
    case zeroSize(dimension: String)
    case outOfRange(field: Int, name: String, value: Double)
    case notAContentHash(field: Int, name: String, text: String)
    case invalidJSONDetection(reason: String)
    /// MOTChallenge rows have 6 to 10 fields.
    case wrongMOTFieldCount(found: Int)
    /// A MOTChallenge row without a track (`id` -1): detections, not tracks.
    case untracked(id: Int64)
    /// A MOTChallenge frame number that is negative or beyond the longest stream at its frame rate.
    case frameOutOfRange(frame: Int64)

    public var description: String {
        switch self {
        case .lineTooLong(let n): "line is \(n) bytes, longer than the \(DetectionParser.maxLineBytes)-byte limit"
        case .wrongFieldCount(let n): "expected 9 to 13 comma-separated fields (camera,time,track,class,x,y,w,h,confidence[,plate,plate_confidence,plate_crop,frame_ref]), found \(n)"
        case .emptyField(let f, let name): "field \(f) (\(name)) is empty"
        case .notANumber(let f, let name, let t): "field \(f) (\(name)) is not a number: '\(t)'"
        case .notAnInteger(let f, let name, let t): "field \(f) (\(name)) is not a non-negative integer: '\(t)'"
        case .invalidTime(let t): "field 2 (time) '\(t)' is neither epoch milliseconds nor f<frame>@<fps>"
        case .unknownClass(let c): "unknown class '\(c)' (expected motorbike, bicycle, car, bus, truck, pedestrian or a COCO id 0,1,2,3,5,7)"
        case .unknownClassID(let id): "class id \(id) is not a road user (COCO ids 0,1,2,3,5,7 are accepted)"
        case .negativeSize(let d, let v): "box has negative \(d) (\(v))"
        case .zeroSize(let d): "box has zero \(d)"
        case .outOfRange(let f, let name, let v): "field \(f) (\(name)) is \(v), outside 0…1 (scale percentages to fractions)"
        case .notAContentHash(let f, let name, let t): "field \(f) (\(name)) '\(t)' is not a hex SHA-256 (64 hex digits)"
        case .invalidJSONDetection(let r): r
        case .wrongMOTFieldCount(let n):
            "expected 6 to 10 fields (frame,id,bb_left,bb_top,bb_width,bb_height,conf,x,y,z, or the ground truth's frame,id,bb_left,bb_top,bb_width,bb_height,consider,class,visibility), found \(n)"
        case .untracked(let id): "field 2 (id) is \(id): a detection without a track (a det.txt file?); counting needs tracker output or ground truth"
        case .frameOutOfRange(let frame): "field 1 (frame) \(frame) is negative or beyond a year of video at this frame rate"
        }
    }
}
