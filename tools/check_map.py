#!/usr/bin/env python3
"""Sanity-check Assets/map/{countries,borders}.geojson (stdlib only).

  python3 tools/check_map.py            # checks, exit 1 on failure
  python3 tools/check_map.py --preview  # also print an ASCII map (120x50)
"""

from __future__ import annotations

import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "Assets", "map")
XMIN, XMAX, YMIN, YMAX = 88.0, 150.0, 0.0, 56.0
EXPECTED = "KP KR CN RU MN LA VN TH JP PH TW HK MO MM KH MY ID IN BD BT NP BN".split()
REQUIRED_BORDERS = [("CN", "KP"), ("KP", "KR"), ("KP", "RU"), ("CN", "RU"), ("CN", "HK")]
ISLANDS = [("KR", "Jeju", 126.55, 33.38), ("JP", "Tsushima", 129.33, 34.42),
           ("JP", "Okinawa", 127.95, 26.50), ("TW", "Kinmen", 118.38, 24.45)]

errors = []


def err(msg):
    errors.append(msg)


def area(r):
    return sum(r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1] for i in range(len(r) - 1)) / 2


def pip(x, y, r):
    c = False
    for i in range(len(r) - 1):
        (x1, y1), (x2, y2) = r[i], r[i + 1]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            c = not c
    return c


def in_poly(x, y, poly):
    return pip(x, y, poly[0]) and not any(pip(x, y, h) for h in poly[1:])


def key(p, q):
    p, q = tuple(p), tuple(q)
    return (p, q) if p <= q else (q, p)


def is_box_edge(p, q):
    return (p[0] == q[0] and p[0] in (XMIN, XMAX)) or (p[1] == q[1] and p[1] in (YMIN, YMAX))


def main():
    paths = {n: os.path.join(DIR, n + ".geojson") for n in ("countries", "borders")}
    with open(paths["countries"]) as f:
        countries = json.load(f)
    with open(paths["borders"]) as f:
        borders = json.load(f)

    polys = {}  # iso -> list of polygons
    edge_owner = {}  # undirected edge -> list of iso
    vertices = 0
    for ft in countries["features"]:
        pr = ft["properties"]
        iso = pr["iso"]
        g = ft["geometry"]
        ps = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        if g["type"] not in ("Polygon", "MultiPolygon"):
            err(f"{iso}: geometry {g['type']}")
        polys[iso] = ps
        for poly in ps:
            for ri, r in enumerate(poly):
                vertices += len(r)
                if len(r) < 4:
                    err(f"{iso}: ring with {len(r)} points")
                if r[0] != r[-1]:
                    err(f"{iso}: ring not closed")
                for x, y in r:
                    if not (math.isfinite(x) and math.isfinite(y)):
                        err(f"{iso}: non-finite coordinate")
                    if not (XMIN <= x <= XMAX and YMIN <= y <= YMAX):
                        err(f"{iso}: point {x},{y} outside box")
                a = area(r)
                if a == 0:
                    err(f"{iso}: zero-area ring")
                if (ri == 0) != (a > 0):
                    err(f"{iso}: ring {ri} has wrong orientation")
                for i in range(len(r) - 1):
                    edge_owner.setdefault(key(r[i], r[i + 1]), []).append(iso)
        lx, ly = pr["label"]
        if not any(in_poly(lx, ly, p) for p in ps):
            err(f"{iso}: label {lx},{ly} not inside its polygon")

    # borders.geojson must be made of exactly the polygon edges (minus box edges)
    line_edges = set()
    pairs = set()
    line_vertices = 0
    for ft in borders["features"]:
        a, b = ft["properties"]["a"], ft["properties"]["b"]
        pairs.add((a, b))
        cs = ft["geometry"]["coordinates"]
        line_vertices += len(cs)
        want = sorted([a, b]) if b else [a]
        if b and a > b:
            err(f"border {a}/{b}: codes not sorted")
        for i in range(len(cs) - 1):
            k = key(cs[i], cs[i + 1])
            if k in line_edges:
                err(f"edge {k} appears in two border lines")
            line_edges.add(k)
            if sorted(edge_owner.get(k, [])) != want:
                err(f"border {a}/{b}: edge {k} owned by {edge_owner.get(k)}")
    poly_edges = {k for k in edge_owner if not is_box_edge(*k)}
    if poly_edges != line_edges:
        err(f"polygon/border edge mismatch: {len(poly_edges - line_edges)} polygon-only, "
            f"{len(line_edges - poly_edges)} border-only")
    for k, owners in edge_owner.items():
        if len(owners) > 2 or (len(owners) == 2 and owners[0] == owners[1]):
            err(f"edge {k} owned by {owners}")
        if len(owners) == 2 and is_box_edge(*k):
            err(f"box edge {k} shared")

    missing = [c for c in EXPECTED if c not in polys]
    if missing:
        err(f"missing countries: {missing}")
    for p in REQUIRED_BORDERS:
        if p not in pairs:
            err(f"missing border arc {p}")
    for iso, name, x, y in ISLANDS:
        if not any(in_poly(x, y, p) for p in polys.get(iso, [])):
            err(f"{name} missing")

    # spot check: shared arc vertices appear identically in both neighbours
    def verts(iso):
        return {tuple(p) for poly in polys[iso] for r in poly for p in r}
    for a, b in [("CN", "KP"), ("KP", "KR"), ("KP", "RU"), ("CN", "VN"), ("LA", "TH"), ("ID", "MY")]:
        for ft in borders["features"]:
            if (ft["properties"]["a"], ft["properties"]["b"]) == (a, b):
                cs = {tuple(p) for p in ft["geometry"]["coordinates"]}
                if not (cs <= verts(a) and cs <= verts(b)):
                    err(f"{a}/{b} arc vertices not in both polygons")
                print(f"  {a}-{b}: {len(cs)} shared vertices, identical in both polygons")

    sizes = {n: os.path.getsize(p) for n, p in paths.items()}
    print(f"countries: {len(countries['features'])} features, {vertices} vertices, {sizes['countries']} bytes")
    print(f"borders: {len(borders['features'])} lines, {line_vertices} vertices, {sizes['borders']} bytes")
    print("codes: " + ", ".join(f"{ft['properties']['iso']} {ft['properties']['name']}"
                                for ft in countries["features"]))

    if "--preview" in sys.argv:
        cols, rows = 120, 50
        flat = [(iso, poly) for iso, ps in polys.items() for poly in ps]
        bbs = [(min(p[0] for p in poly[0]), max(p[0] for p in poly[0]),
                min(p[1] for p in poly[0]), max(p[1] for p in poly[0])) for _, poly in flat]
        for j in range(rows):
            y = YMAX - (j + 0.5) * (YMAX - YMIN) / rows
            line = []
            for i in range(cols):
                x = XMIN + (i + 0.5) * (XMAX - XMIN) / cols
                ch = " "
                for (iso, poly), (x0, x1, y0, y1) in zip(flat, bbs):
                    if x0 <= x <= x1 and y0 <= y <= y1 and in_poly(x, y, poly):
                        ch = "#" if iso in ("KP", "KR") else ("o" if iso == "CN" else ".")
                        break
                line.append(ch)
            print("".join(line).rstrip())

    if errors:
        for e in errors[:50]:
            print("FAIL: " + e, file=sys.stderr)
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
