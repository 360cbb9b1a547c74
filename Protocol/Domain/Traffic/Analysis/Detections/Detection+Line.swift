extension Detection {
    /// The detection in the text format's line (FORMAT.md) for `camera`, time in epoch
    /// milliseconds, ending in a line break: what ``DetectionParser`` reads back as this
    /// detection (plate and frame reference included).
    public func line(camera: String) -> String {
        var line = "\(camera),\(timeMillis),\(trackID),\(vehicleClass.rawValue),\(box.x),\(box.y),\(box.width),\(box.height),\(confidence)"
        if plate != nil || frameRef != nil {
            line += ",\(plate?.text ?? ""),\(plate?.confidence.map { "\($0)" } ?? ""),\(plate?.cropRef ?? ""),\(frameRef ?? "")"
        }
        return line + "\n"
    }
}
