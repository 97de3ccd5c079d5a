#!/usr/bin/env python3
"""Clip Natural Earth 1:10m admin-0 countries to the Corridor Atlas map box.

Usage:
    /usr/bin/python3 clip_countries.py NE_COUNTRIES_10M_TOPOJSON OUTPUT_GEOJSON

Input : countries-10m.json (TopoJSON from the npm package world-atlas 2.0.2 =
        Natural Earth admin-0 v4.1.0; object `countries`, id = ISO 3166-1
        numeric, properties.name).
Output: GeoJSON FeatureCollection (WGS 84 lon/lat), one feature per country
        that intersects lon -10..60 / lat 28..60, geometries clipped to that
        box, coordinates rounded to 4 decimals, valid Polygon/MultiPolygon
        (exterior rings counter-clockwise, holes clockwise), features sorted by
        iso_a3 (then name), stable property order.

Requires GDAL/OGR Python bindings built with GEOS (Debian: python3-gdal).
Country attributes come from the table below: ISO 3166-1 codes (standard
reference values), UN M49 sub-region, EU membership, and the corridor
grouping / capitals of resources reference "corridor-facts.md" section 6.
"""

import json
import sys

from osgeo import gdal, ogr

BOX = (-10.0, 28.0, 60.0, 60.0)  # min lon, min lat, max lon, max lat
DECIMALS = 4
SOURCE = "Natural Earth 1:10m admin-0 v4.1.0 (public domain)"

# Key: Natural Earth feature id (ISO numeric) or, for features without id,
# the Natural Earth name.
# Value: iso_a2, iso_a3, iso_n3, English short name, UN M49 sub-region, EU member
COUNTRIES = {
    "008": ("AL", "ALB", "008", "Albania", "Southern Europe", 0),
    "012": ("DZ", "DZA", "012", "Algeria", "Northern Africa", 0),
    "020": ("AD", "AND", "020", "Andorra", "Southern Europe", 0),
    "031": ("AZ", "AZE", "031", "Azerbaijan", "Western Asia", 0),
    "040": ("AT", "AUT", "040", "Austria", "Western Europe", 1),
    "051": ("AM", "ARM", "051", "Armenia", "Western Asia", 0),
    "056": ("BE", "BEL", "056", "Belgium", "Western Europe", 1),
    "070": ("BA", "BIH", "070", "Bosnia and Herzegovina", "Southern Europe", 0),
    "100": ("BG", "BGR", "100", "Bulgaria", "Eastern Europe", 1),
    "112": ("BY", "BLR", "112", "Belarus", "Eastern Europe", 0),
    "191": ("HR", "HRV", "191", "Croatia", "Southern Europe", 1),
    "196": ("CY", "CYP", "196", "Cyprus", "Western Asia", 1),
    "203": ("CZ", "CZE", "203", "Czechia", "Eastern Europe", 1),
    "208": ("DK", "DNK", "208", "Denmark", "Northern Europe", 1),
    "233": ("EE", "EST", "233", "Estonia", "Northern Europe", 1),
    "246": ("FI", "FIN", "246", "Finland", "Northern Europe", 1),
    "248": ("AX", "ALA", "248", "Åland Islands", "Northern Europe", 1),
    "250": ("FR", "FRA", "250", "France", "Western Europe", 1),
    "268": ("GE", "GEO", "268", "Georgia", "Western Asia", 0),
    "275": ("PS", "PSE", "275", "Palestine", "Western Asia", 0),
    "276": ("DE", "DEU", "276", "Germany", "Western Europe", 1),
    "292": ("GI", "GIB", "292", "Gibraltar", "Southern Europe", 0),
    "300": ("GR", "GRC", "300", "Greece", "Southern Europe", 1),
    "348": ("HU", "HUN", "348", "Hungary", "Eastern Europe", 1),
    "364": ("IR", "IRN", "364", "Iran", "Southern Asia", 0),
    "368": ("IQ", "IRQ", "368", "Iraq", "Western Asia", 0),
    "372": ("IE", "IRL", "372", "Ireland", "Northern Europe", 1),
    "376": ("IL", "ISR", "376", "Israel", "Western Asia", 0),
    "380": ("IT", "ITA", "380", "Italy", "Southern Europe", 1),
    "398": ("KZ", "KAZ", "398", "Kazakhstan", "Central Asia", 0),
    "400": ("JO", "JOR", "400", "Jordan", "Western Asia", 0),
    "414": ("KW", "KWT", "414", "Kuwait", "Western Asia", 0),
    "422": ("LB", "LBN", "422", "Lebanon", "Western Asia", 0),
    "428": ("LV", "LVA", "428", "Latvia", "Northern Europe", 1),
    "434": ("LY", "LBY", "434", "Libya", "Northern Africa", 0),
    "438": ("LI", "LIE", "438", "Liechtenstein", "Western Europe", 0),
    "440": ("LT", "LTU", "440", "Lithuania", "Northern Europe", 1),
    "442": ("LU", "LUX", "442", "Luxembourg", "Western Europe", 1),
    "470": ("MT", "MLT", "470", "Malta", "Southern Europe", 1),
    "492": ("MC", "MCO", "492", "Monaco", "Western Europe", 0),
    "498": ("MD", "MDA", "498", "Moldova", "Eastern Europe", 0),
    "499": ("ME", "MNE", "499", "Montenegro", "Southern Europe", 0),
    "504": ("MA", "MAR", "504", "Morocco", "Northern Africa", 0),
    "528": ("NL", "NLD", "528", "Netherlands", "Western Europe", 1),
    "578": ("NO", "NOR", "578", "Norway", "Northern Europe", 0),
    "616": ("PL", "POL", "616", "Poland", "Eastern Europe", 1),
    "620": ("PT", "PRT", "620", "Portugal", "Southern Europe", 1),
    "642": ("RO", "ROU", "642", "Romania", "Eastern Europe", 1),
    "643": ("RU", "RUS", "643", "Russian Federation", "Eastern Europe", 0),
    "674": ("SM", "SMR", "674", "San Marino", "Southern Europe", 0),
    "682": ("SA", "SAU", "682", "Saudi Arabia", "Western Asia", 0),
    "688": ("RS", "SRB", "688", "Serbia", "Southern Europe", 0),
    "703": ("SK", "SVK", "703", "Slovakia", "Eastern Europe", 1),
    "705": ("SI", "SVN", "705", "Slovenia", "Southern Europe", 1),
    "724": ("ES", "ESP", "724", "Spain", "Southern Europe", 1),
    "752": ("SE", "SWE", "752", "Sweden", "Northern Europe", 1),
    "756": ("CH", "CHE", "756", "Switzerland", "Western Europe", 0),
    "760": ("SY", "SYR", "760", "Syria", "Western Asia", 0),
    "788": ("TN", "TUN", "788", "Tunisia", "Northern Africa", 0),
    "792": ("TR", "TUR", "792", "Türkiye", "Western Asia", 0),
    "795": ("TM", "TKM", "795", "Turkmenistan", "Central Asia", 0),
    "804": ("UA", "UKR", "804", "Ukraine", "Eastern Europe", 0),
    "807": ("MK", "MKD", "807", "North Macedonia", "Southern Europe", 0),
    "818": ("EG", "EGY", "818", "Egypt", "Northern Africa", 0),
    "826": ("GB", "GBR", "826", "United Kingdom", "Northern Europe", 0),
    "831": ("GG", "GGY", "831", "Guernsey", "Northern Europe", 0),
    "832": ("JE", "JEY", "832", "Jersey", "Northern Europe", 0),
    "833": ("IM", "IMN", "833", "Isle of Man", "Northern Europe", 0),
    "860": ("UZ", "UZB", "860", "Uzbekistan", "Central Asia", 0),
    # Features without an ISO numeric id in Natural Earth (keyed by NE name).
    # Kosovo: user-assigned codes XK / XKX as in the facts sheet; no numeric
    # code, no UN M49 sub-region.
    "Kosovo": ("XK", "XKX", "", "Kosovo", "", 0),
    # No ISO 3166-1 codes exist for these; codes are left empty.
    "N. Cyprus": ("", "", "", "Northern Cyprus", "", 0),
    "Cyprus U.N. Buffer Zone": ("", "", "", "Cyprus U.N. Buffer Zone", "", 0),
    "Akrotiri": ("", "", "", "Akrotiri (UK Sovereign Base Area)", "", 0),
    "Dhekelia": ("", "", "", "Dhekelia (UK Sovereign Base Area)", "", 0),
}

# Facts sheet section 6: corridor group (display value) per ISO alpha-2.
CORRIDOR_GROUP = {
    "AZ": "South Caucasus", "GE": "South Caucasus", "AM": "South Caucasus",
    "TR": "Türkiye",
    "GR": "Balkans", "BG": "Balkans", "RS": "Balkans", "MK": "Balkans",
    "AL": "Balkans", "ME": "Balkans", "BA": "Balkans", "HR": "Balkans",
    "RO": "Balkans", "XK": "Balkans",
    "HU": "Central Europe", "AT": "Central Europe", "SK": "Central Europe",
    "SI": "Central Europe", "CZ": "Central Europe",
    "IT": "Southern Europe",
    "MD": "Eastern neighbourhood", "UA": "Eastern neighbourhood",
    "RU": "Supplier",
}

# Facts sheet section 6: simple two-way split.
MODEL_REGION = {}
for _c in ("HU", "AT", "SK", "CZ", "SI"):
    MODEL_REGION[_c] = "Central Europe"
for _c in ("IT", "GR", "HR", "AL", "ME", "BA", "RS", "MK", "BG", "RO"):
    MODEL_REGION[_c] = "Southern Europe"

# Facts sheet section 6: capitals (lat, lon), approx. 0.05 deg, unsourced.
CAPITALS = {
    "AZ": ("Baku", 40.41, 49.87),
    "GE": ("Tbilisi", 41.72, 44.79),
    "AM": ("Yerevan", 40.18, 44.51),
    "TR": ("Ankara", 39.93, 32.86),
    "GR": ("Athens", 37.98, 23.73),
    "BG": ("Sofia", 42.70, 23.32),
    "RS": ("Belgrade", 44.82, 20.46),
    "MK": ("Skopje", 42.00, 21.43),
    "AL": ("Tirana", 41.33, 19.82),
    "ME": ("Podgorica", 42.44, 19.26),
    "BA": ("Sarajevo", 43.86, 18.41),
    "HR": ("Zagreb", 45.81, 15.98),
    "RO": ("Bucharest", 44.43, 26.10),
    "XK": ("Pristina", 42.66, 21.17),
    "HU": ("Budapest", 47.50, 19.04),
    "AT": ("Vienna", 48.21, 16.37),
    "SK": ("Bratislava", 48.15, 17.11),
    "SI": ("Ljubljana", 46.06, 14.51),
    "CZ": ("Prague", 50.08, 14.44),
    "IT": ("Rome", 41.90, 12.50),
    "MD": ("Chișinău", 47.01, 28.86),
    "UA": ("Kyiv", 50.45, 30.52),
    "RU": ("Moscow", 55.76, 37.62),
}

PROPERTY_ORDER = (
    "iso_a2", "iso_a3", "iso_n3", "name", "corridor_group", "model_region",
    "un_subregion", "eu_member", "capital", "capital_lat", "capital_lon",
    "source",
)


def polygon_parts(geom):
    """Return a list of OGR Polygon geometries contained in geom (any type)."""
    parts = []
    if geom is None or geom.IsEmpty():
        return parts
    gtype = ogr.GT_Flatten(geom.GetGeometryType())
    if gtype == ogr.wkbPolygon:
        parts.append(geom.Clone())
    elif gtype in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            parts.extend(polygon_parts(geom.GetGeometryRef(i)))
    # points / lines produced by clipping or MakeValid are dropped
    return parts


def make_valid(geom):
    """Valid polygonal geometry (MultiPolygon) or None."""
    if not geom.IsValid():
        fixed = geom.MakeValid()
        if fixed is None or not fixed.IsValid():
            fixed = geom.Buffer(0)
        geom = fixed
    parts = polygon_parts(geom)
    if not parts:
        return None
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in parts:
        mp.AddGeometry(p)
    if not mp.IsValid():  # touching/overlapping parts: dissolve them
        mp = mp.Buffer(0)
        parts = polygon_parts(mp)
        mp = ogr.Geometry(ogr.wkbMultiPolygon)
        for p in parts:
            mp.AddGeometry(p)
    return mp if not mp.IsEmpty() else None


def ring_area2(ring):
    """Twice the signed (shoelace) area of a closed ring, lon/lat units."""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return s


def round_ring(ring):
    out = []
    for pt in ring:
        q = (round(pt[0], DECIMALS), round(pt[1], DECIMALS))
        if not out or out[-1] != q:
            out.append(q)
    if out and out[0] != out[-1]:
        out.append(out[0])
    if len(out) < 4 or ring_area2(out) == 0.0:
        return None
    return out


def round_multipolygon(mp):
    """Round coordinates; returns list of polygons (list of rings) or []."""
    polys = []
    for i in range(mp.GetGeometryCount()):
        poly = mp.GetGeometryRef(i)
        rings = []
        for j in range(poly.GetGeometryCount()):
            r = poly.GetGeometryRef(j)
            pts = [(r.GetX(k), r.GetY(k)) for k in range(r.GetPointCount())]
            rr = round_ring(pts)
            if rr is None:
                if j == 0:
                    rings = []
                    break
                continue
            rings.append(rr)
        if rings:
            polys.append(rings)
    return polys


def to_ogr(polys):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for rings in polys:
        p = ogr.Geometry(ogr.wkbPolygon)
        for r in rings:
            lr = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in r:
                lr.AddPoint_2D(x, y)
            p.AddGeometry(lr)
        mp.AddGeometry(p)
    return mp


def orient(polys):
    """RFC 7946 right-hand rule: exterior CCW, holes CW."""
    out = []
    for rings in polys:
        new = []
        for idx, r in enumerate(rings):
            ccw = ring_area2(r) > 0
            want_ccw = idx == 0
            new.append(list(r) if ccw == want_ccw else list(reversed(r)))
        out.append(new)
    return out


def clip_round(geom, box):
    geom = make_valid(geom)
    if geom is None:
        return None
    if not geom.Intersects(box):
        return None
    clipped = make_valid(geom.Intersection(box))
    if clipped is None:
        return None
    current = clipped
    for _ in range(10):
        polys = round_multipolygon(current)
        if not polys:
            return None
        rebuilt = to_ogr(polys)
        if rebuilt.IsValid():
            return orient(polys)
        current = make_valid(rebuilt)
        if current is None:
            return None
    raise RuntimeError("could not obtain a valid geometry after rounding")


def geojson_geometry(polys):
    coords = [[[[x, y] for x, y in r] for r in rings] for rings in polys]
    if len(coords) == 1:
        return {"type": "Polygon", "coordinates": coords[0]}
    return {"type": "MultiPolygon", "coordinates": coords}


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    src, dst = argv[1], argv[2]
    ogr.UseExceptions()
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # NE input has known self-intersections

    minx, miny, maxx, maxy = BOX
    box = ogr.CreateGeometryFromWkt(
        "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(minx, miny, maxx, maxy))

    ds = ogr.Open(src)
    if ds is None:
        raise SystemExit("cannot open " + src)
    lyr = ds.GetLayerByName("countries")
    if lyr is None:
        raise SystemExit("no `countries` object in " + src)

    features = []
    unknown = []
    for f in lyr:
        g = f.GetGeometryRef()
        if g is None or g.IsEmpty():
            continue
        polys = clip_round(g.Clone(), box)
        if not polys:
            continue
        ne_id = f.GetField("id")
        ne_name = f.GetField("name")
        key = ne_id if ne_id else ne_name
        if key not in COUNTRIES:
            unknown.append("{} ({})".format(ne_name, ne_id))
            continue
        a2, a3, n3, name, subregion, eu = COUNTRIES[key]
        cap = CAPITALS.get(a2)
        props = {
            "iso_a2": a2,
            "iso_a3": a3,
            "iso_n3": n3,
            "name": name,
            "corridor_group": CORRIDOR_GROUP.get(a2, "Other"),
            "model_region": MODEL_REGION.get(a2, ""),
            "un_subregion": subregion,
            "eu_member": eu,
            "capital": cap[0] if cap else "",
            "capital_lat": cap[1] if cap else None,
            "capital_lon": cap[2] if cap else None,
            "source": SOURCE,
        }
        props = {k: props[k] for k in PROPERTY_ORDER}
        features.append({"type": "Feature", "properties": props,
                         "geometry": geojson_geometry(polys)})

    if unknown:
        raise SystemExit("no attribute row for: " + ", ".join(sorted(unknown)))

    # Empty iso_a3 (entities without ISO code) sort last, then by name.
    features.sort(key=lambda ft: (ft["properties"]["iso_a3"] == "",
                                  ft["properties"]["iso_a3"],
                                  ft["properties"]["name"]))

    with open(dst, "w", encoding="utf-8", newline="\n") as out:
        out.write('{"type":"FeatureCollection",\n')
        out.write('"name":"countries",\n')
        out.write('"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},\n')
        out.write('"bbox":[{},{},{},{}],\n'.format(minx, miny, maxx, maxy))
        out.write('"features":[\n')
        for i, ft in enumerate(features):
            out.write(json.dumps(ft, ensure_ascii=False, separators=(",", ":")))
            out.write(",\n" if i < len(features) - 1 else "\n")
        out.write("]}\n")
    sys.stderr.write("wrote {} features to {}\n".format(len(features), dst))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
