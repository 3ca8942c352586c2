import AtlasGeo

/// Reads the map asset (GeoJSON written by `tools/build_map.py`) and checks every ring.
enum GeoJSONLoader {
    /// The countries, each with its name in every edition (`name`, `name_ko`).
    static func countries(_ bytes: [UInt8], file: String, problems: inout [ContentProblem]) -> [CountryShape] {
        guard let features = featureList(bytes, file: file, problems: &problems) else { return [] }
        var shapes: [CountryShape] = []
        var seen: Set<String> = []
        for (n, feature) in features.enumerated() {
            let path = "features[\(n)]"
            let line = feature.line
            func fail(_ field: String, _ message: String) {
                problems.append(ContentProblem(file: file, line: line, field: "\(path).\(field)", message: message))
            }
            guard let props = feature["properties"] else { fail("properties", "missing"); continue }
            guard let iso = props["iso"]?.string, iso.count == 2, iso.allSatisfy({ $0.isASCII && $0.isUppercase })
            else { fail("properties.iso", "expected a two-letter upper-case ISO code"); continue }
            guard seen.insert(iso).inserted else { fail("properties.iso", "\(iso) appears twice"); continue }
            guard let name = props["name"]?.string, !name.isEmpty, TextSafety.firstControl(in: name) == nil
            else { fail("properties.name", "expected a name without control characters"); continue }
            var names: [String: String] = [:]
            for language in Language.allCases where language != .en {
                let key = "name" + language.fieldSuffix
                guard let local = props[key]?.string, !local.isEmpty, TextSafety.firstControl(in: local) == nil else {
                    fail("properties.\(key)", "missing: the \(language.englishName) name of \(iso)"); continue
                }
                names[language.rawValue] = HangulComposition.compose(local)
            }
            guard let geometry = feature["geometry"], let type = geometry["type"]?.string,
                  let coordinates = geometry["coordinates"]?.array
            else { fail("geometry", "expected a Polygon or MultiPolygon with coordinates"); continue }
            let polygons: [[JSONValue]]
            switch type {
            case "Polygon": polygons = [coordinates]
            case "MultiPolygon": polygons = coordinates.map { $0.array ?? [] }
            default: fail("geometry.type", "'\(type)' is not Polygon or MultiPolygon"); continue
            }
            var rings: [[GeoPoint]] = []
            var bounds = GeoRect.empty
            var broken = false
            for polygon in polygons {
                for ringValue in polygon {
                    switch ring(ringValue) {
                    case .success(let points):
                        points.forEach { bounds.include($0) }
                        rings.append(points)
                    case .failure(let message):
                        fail("geometry.coordinates", message)
                        broken = true
                    }
                    if broken { break }
                }
                if broken { break }
            }
            if broken { continue }
            guard !rings.isEmpty else { fail("geometry.coordinates", "the geometry is empty"); continue }
            var label = GeoPoint(lon: (bounds.minLon + bounds.maxLon) / 2, lat: (bounds.minLat + bounds.maxLat) / 2)
            if let pair = props["label"]?.array, pair.count == 2, let lon = pair[0].number, let lat = pair[1].number,
               (-180...180).contains(lon), (-90...90).contains(lat) {
                label = GeoPoint(lon: lon, lat: lat)
            }
            shapes.append(CountryShape(iso: iso, name: name, label: label, rings: rings, bounds: bounds, names: names))
        }
        return shapes
    }

    static func borders(_ bytes: [UInt8], file: String, problems: inout [ContentProblem]) -> [BorderArc] {
        guard let features = featureList(bytes, file: file, problems: &problems) else { return [] }
        var arcs: [BorderArc] = []
        for (n, feature) in features.enumerated() {
            guard let a = feature["properties"]?["a"]?.string, let b = feature["properties"]?["b"]?.string,
                  let coordinates = feature["geometry"]?["coordinates"], let coords = pointList(coordinates), coords.count >= 2
            else {
                problems.append(ContentProblem(file: file, line: feature.line, field: "features[\(n)]",
                                               message: "expected a LineString with properties a and b"))
                continue
            }
            var points: [GeoPoint] = []
            points.reserveCapacity(coords.count)
            for c in coords {
                guard let p = c else {
                    problems.append(ContentProblem(file: file, line: feature.line, field: "features[\(n)].geometry.coordinates",
                                                   message: "expected [longitude, latitude] pairs within range"))
                    return arcs
                }
                points.append(p)
            }
            arcs.append(BorderArc(a: a, b: b, points: points))
        }
        return arcs
    }

    private static func featureList(_ bytes: [UInt8], file: String, problems: inout [ContentProblem]) -> [JSONValue]? {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            problems.append(ContentProblem(file: file, line: error.line, field: "", message: "JSON syntax error: \(error.message)"))
            return nil
        }
        guard let features = root["features"]?.array else {
            problems.append(ContentProblem(file: file, line: root.line, field: "features",
                                           message: "expected a GeoJSON FeatureCollection with a features list"))
            return nil
        }
        return features
    }

    /// The points of a coordinate list, each nil where it is not a point within range.
    private static func pointList(_ value: JSONValue) -> [GeoPoint?]? {
        switch value {
        case .pairs(let flat, _):
            return stride(from: 0, to: flat.count - 1, by: 2).map { k in
                let lon = flat[k], lat = flat[k + 1]
                return (-180...180).contains(lon) && (-90...90).contains(lat) ? GeoPoint(lon: lon, lat: lat) : nil
            }
        case .array(let items, _):
            return items.map(point)
        default:
            return nil
        }
    }

    private static func point(_ value: JSONValue) -> GeoPoint? {
        guard case .array(let pair, _) = value, pair.count >= 2,
              case .number(let lon) = pair[0], case .number(let lat) = pair[1],
              (-180...180).contains(lon), (-90...90).contains(lat) else { return nil }
        return GeoPoint(lon: lon, lat: lat)
    }

    private enum RingResult { case success([GeoPoint]), failure(String) }

    private static func ring(_ value: JSONValue) -> RingResult {
        guard let items = pointList(value) else { return .failure("expected a ring as a list of points") }
        guard items.count >= 4 else { return .failure("a ring needs at least 4 points, this one has \(items.count)") }
        var points: [GeoPoint] = []
        points.reserveCapacity(items.count)
        for item in items {
            guard let p = item else { return .failure("expected [longitude, latitude] with longitude in -180...180 and latitude in -90...90") }
            points.append(p)
        }
        guard points.first == points.last else { return .failure("a ring must end where it starts") }
        return .success(points)
    }
}
