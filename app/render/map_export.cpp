#include "app/render/map_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <mutex>

namespace corridor::render {

namespace {
class ExportText {
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};

geo::Error ioError(const QString& message, const QString& path) { return geo::Error{geo::ErrorCode::Io, message, path}; }
} // namespace

std::optional<ExportFormat> exportFormatFor(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (s == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (s == QLatin1String("png"))
        return ExportFormat::Png;
    return std::nullopt;
}

QSizeF PageSetup::layoutSize() const
{
    if (pixels.isValid() && !pixels.isEmpty())
        return QSizeF(pixels);
    QSizeF mm = QPageSize(paper).size(QPageSize::Millimeter);
    if (landscape != (mm.width() > mm.height()))
        mm.transpose();
    return mm / 25.4 * kLayoutDpi;
}

QSize PageSetup::imageSize() const
{
    if (pixels.isValid() && !pixels.isEmpty())
        return pixels;
    const QSizeF l = layoutSize() * (dpi / kLayoutDpi);
    return QSize(static_cast<int>(std::lround(l.width())), static_cast<int>(std::lround(l.height())));
}

void ensureRenderFonts()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QDir dir(QStringLiteral("/usr/share/fonts/truetype/dejavu"));
        for (const char* f : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"})
            if (dir.exists(QLatin1String(f)))
                QFontDatabase::addApplicationFont(dir.filePath(QLatin1String(f)));
    });
}

QString briefingAttribution(const geo::Crs& mapCrs)
{
    return ExportText::tr("Base map: Natural Earth (public domain). Infrastructure, capacities and status: Corridor Atlas "
                          "facts sheet; each feature cites its sources (table \"sources\"). Projection: %1. "
                          "Scale bar true at the map centre; arrow points to true north.")
        .arg(mapCrs.name().isEmpty() ? mapCrs.displayName() : QStringLiteral("%1 (%2)").arg(mapCrs.name(), mapCrs.displayName()));
}

void fitLayoutToPage(LayoutSpec& spec, const PageSetup& page)
{
    const QSize px = page.pixels;
    if (!px.isValid() || std::min(px.width(), px.height()) >= kMinLayoutPx)
        return;
    spec = LayoutSpec{};
    spec.title.clear();
    spec.legend = spec.scaleBar = spec.northArrow = spec.inset = false;
    spec.marginPx = 0;
}

geo::Result<PageSnapshots> pageSnapshots(const ExportRequest& rq, double pixelRatio)
{
    if (rq.extent.isNull() || !rq.crs.isValid())
        return geo::Error{geo::ErrorCode::InvalidArgument, ExportText::tr("nothing to draw: empty extent"), {}};
    PageSnapshots out;
    out.page = rq.page.layoutSize();
    out.frame = MapLayout::mapFrame(rq.layout, out.page);
    const QRectF& frame = out.frame;
    if (frame.width() < 8 || frame.height() < 8)
        return geo::Error{geo::ErrorCode::InvalidArgument, ExportText::tr("the page is too small for a map"), {}};
    const QSize frameSize(static_cast<int>(std::floor(frame.width())), static_cast<int>(std::floor(frame.height())));

    RenderSnapshot& map = out.map;
    map.layers = rq.layers;
    map.background = rq.background;
    map.graticule = rq.graticule;
    map.fontFamily = rq.layout.fontFamily;
    map.viewport = Viewport(rq.crs, rq.extent, frameSize);
    map.flows = rq.flows;
    map.pixelRatio = pixelRatio;

    out.withInset = rq.layout.inset && !rq.insetLayers.empty();
    if (out.withInset) {
        RenderSnapshot& inset = out.inset;
        inset.layers = rq.insetLayers;
        for (auto& l : inset.layers) {
            l.style.label.enabled = false;
            l.style.capitalField.clear();
            l.style.strokeWidthPx = std::min(l.style.strokeWidthPx, 0.4);
            for (auto& c : l.style.categories)
                c.symbol.strokeWidthPx = std::min(c.symbol.strokeWidthPx, 0.4);
        }
        inset.labels = false;
        inset.background = rq.background;
        const geo::Envelope& e = map.viewport.extent();
        const double span = std::max(e.width(), e.height()) * 1.4;
        const geo::Envelope ie(e.centerX() - span, e.centerY() - span * 0.75, e.centerX() + span, e.centerY() + span * 0.75);
        const double w = std::clamp(frame.width() * 0.2, 110.0, 190.0);
        inset.viewport = Viewport(rq.crs, ie, QSize(static_cast<int>(w), static_cast<int>(w * 0.72)));
        inset.pixelRatio = pixelRatio;
    }
    return out;
}

geo::Result<ExportResult> exportLayout(const ExportRequest& rq)
{
    const auto format = exportFormatFor(rq.outPath);
    if (!format)
        return geo::Error{geo::ErrorCode::InvalidArgument,
                          ExportText::tr("unsupported output format \"%1\" (use .pdf, .svg or .png)").arg(QFileInfo(rq.outPath).suffix()),
                          rq.outPath};
    ensureRenderFonts();
    const QSizeF pageSize = rq.page.layoutSize();
    const QSize img = rq.page.imageSize();
    auto snapshots = pageSnapshots(rq, *format == ExportFormat::Png ? img.width() / pageSize.width() : 4.0);
    if (!snapshots)
        return snapshots.error();
    const QSizeF page = snapshots->page;
    RenderSnapshot& map = snapshots->map;
    RenderSnapshot& inset = snapshots->inset;
    const bool withInset = snapshots->withInset;
    ExportResult result;

    QSaveFile file(rq.outPath);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(ExportText::tr("cannot write: %1").arg(file.errorString()), rq.outPath);

    switch (*format) {
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Corridor Atlas"));
        pdf.setTitle(rq.layout.title);
        if (rq.page.pixels.isValid() && !rq.page.pixels.isEmpty())
            pdf.setPageSize(QPageSize(page / kLayoutDpi * 72.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        else
            pdf.setPageSize(QPageSize(rq.page.paper));
        pdf.setPageOrientation(rq.page.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        // 96 dpi device units: layout units map 1:1 and fonts in points come out right. Vector output,
        // so the "resolution" only fixes the unit.
        pdf.setResolution(static_cast<int>(kLayoutDpi));
        QPainter p;
        if (!p.begin(&pdf))
            return ioError(ExportText::tr("cannot start the PDF"), rq.outPath);
        result.layout = MapLayout::render(rq.layout, map, withInset ? &inset : nullptr, p, page);
        p.end();
        result.imageSize = page.toSize();
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(page.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), page));
        svg.setResolution(static_cast<int>(kLayoutDpi));
        svg.setTitle(rq.layout.title);
        svg.setDescription(rq.layout.subtitle);
        QPainter p;
        if (!p.begin(&svg))
            return ioError(ExportText::tr("cannot start the SVG"), rq.outPath);
        result.layout = MapLayout::render(rq.layout, map, withInset ? &inset : nullptr, p, page);
        p.end();
        result.imageSize = page.toSize();
        break;
    }
    case ExportFormat::Png: {
        if (img.width() < 16 || img.height() < 16 || img.width() > 30000 || img.height() > 30000)
            return geo::Error{geo::ErrorCode::InvalidArgument,
                              ExportText::tr("image size %1×%2 is out of range (16 to 30000 pixels per side)").arg(img.width()).arg(img.height()),
                              {}};
        QImage image(img, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return geo::Error{geo::ErrorCode::InvalidArgument, ExportText::tr("not enough memory for a %1×%2 image").arg(img.width()).arg(img.height()), {}};
        // Draw at 96 logical dpi (fonts in points), scaled to the device; the file says the real DPI.
        image.setDotsPerMeterX(3780);
        image.setDotsPerMeterY(3780);
        {
            QPainter p(&image);
            p.scale(img.width() / page.width(), img.height() / page.height());
            result.layout = MapLayout::render(rq.layout, map, withInset ? &inset : nullptr, p, page);
        }
        const int dpi = rq.page.pixels.isValid() && !rq.page.pixels.isEmpty() ? 96 : rq.page.dpi;
        image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            file.cancelWriting();
            return ioError(ExportText::tr("cannot write the image: %1").arg(writer.errorString()), rq.outPath);
        }
        result.imageSize = img;
        break;
    }
    }
    if (!file.commit())
        return ioError(ExportText::tr("cannot write: %1").arg(file.errorString()), rq.outPath);
    return result;
}

} // namespace corridor::render
