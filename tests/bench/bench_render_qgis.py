#!/usr/bin/python3
"""The same render as bench_render, in QGIS (Debian packages qgis + python3-qgis), for the comparison in
the benchmark notes. Not a build dependency; run by hand:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/bench/bench_render_qgis.py [/tmp/corridor-bench-world-v2.gpkg] [frames]

Same file (written by bench_render), 1920x1080, antialiased, single fill symbol (same colours, 0.5 px
outline), full extent and zoomed in 8x / 64x around the centre, in EPSG:4326 and EPSG:3857. Reports the
median of `frames` renders (a sequential job, no render cache: each frame is a full render) and the cold
first frame (layer load + first render), next to the layer load alone.
"""
import statistics
import sys
import time

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFillSymbol,
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/corridor-bench-world-v2.gpkg"
frames = int(sys.argv[2]) if len(sys.argv) > 2 else 9

app = QgsApplication([], False)
app.initQgis()


def load():
    layer = QgsVectorLayer(path + "|layername=world", "world", "ogr")
    assert layer.isValid(), path
    sym = QgsFillSymbol.createSimple({"color": "157,195,143", "outline_color": "59,94,43",
                                      "outline_width": "0.5", "outline_width_unit": "Pixel"})
    layer.renderer().setSymbol(sym)
    return layer


def render(layer, crs, extent):
    s = QgsMapSettings()
    s.setLayers([layer])
    s.setDestinationCrs(crs)
    s.setOutputSize(QSize(1920, 1080))
    s.setExtent(extent)
    s.setBackgroundColor(QColor(255, 255, 255))
    s.setFlag(QgsMapSettings.Antialiasing, True)
    job = QgsMapRendererSequentialJob(s)
    t = time.perf_counter()
    job.start()
    job.waitForFinished()
    return (time.perf_counter() - t) * 1000.0, job.renderedImage()


# Load alone: open the layer and read every feature once (what our load does: all geometry in memory).
loads = []
for _ in range(3):
    t = time.perf_counter()
    l = load()
    n = 0
    for f in l.getFeatures():
        n += 1
    loads.append((time.perf_counter() - t) * 1000.0)
print("QGIS: layer open + read all features: median %.1f ms (%d features)" % (statistics.median(loads), n))

for code in ("EPSG:4326", "EPSG:3857"):
    crs = QgsCoordinateReferenceSystem(code)
    t = time.perf_counter()
    layer = load()
    QgsProject.instance().addMapLayer(layer, False)
    full = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(layer.extent())
    first, img = render(layer, crs, full)
    cold = (time.perf_counter() - t) * 1000.0
    print("[%s] QGIS cold first frame (open + render): %.1f ms (first render %.1f ms)" % (code, cold, first))
    if code == "EPSG:4326":
        img.save("/tmp/bench_qgis_world_full.png")
    times = [render(layer, crs, full)[0] for _ in range(frames)]
    print("[%s] QGIS world full extent: median %.1f ms (%d frames)" % (code, statistics.median(times), frames))
    for zoom in (8.0, 64.0):
        w, h = full.width() / zoom, full.height() / zoom
        c = full.center()
        ext = QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)
        render(layer, crs, ext)
        times = [render(layer, crs, ext)[0] for _ in range(frames)]
        print("[%s] QGIS world zoomed in %gx: median %.1f ms" % (code, zoom, statistics.median(times)))
    # QGIS's own on-the-fly simplification (Layer Properties > Rendering, 1 px threshold), which a
    # standalone script does not get by default: the fairest setting to compare our LOD with.
    from qgis.core import QgsVectorSimplifyMethod
    m = QgsVectorSimplifyMethod()
    m.setSimplifyHints(QgsVectorSimplifyMethod.GeometrySimplification)
    m.setThreshold(1.0)
    m.setForceLocalOptimization(True)
    layer.setSimplifyMethod(m)
    render(layer, crs, full)
    times = [render(layer, crs, full)[0] for _ in range(frames)]
    print("[%s] QGIS world full extent, simplification on (1 px): median %.1f ms" % (code, statistics.median(times)))
    QgsProject.instance().removeMapLayer(layer.id())

app.exitQgis()
