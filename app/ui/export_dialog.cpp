#include "app/ui/export_dialog.h"

#include "app/render/map_layout.h"
#include "app/ui/app_settings.h"
#include "app/ui/layer_tree_model.h"
#include "app/ui/map_canvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <exception>
#include <filesystem>
#include <system_error>

namespace corridor::ui {

// --- the preview widget ----------------------------------------------------------------------------

/// Shows the page image centred on a grey desk, a message instead of it (e.g. nothing to draw), and a
/// "Rendering…" badge while a newer preview is on its way (the old image stays meanwhile).
class ExportPreview : public QWidget {
public:
    explicit ExportPreview(QWidget* parent) : QWidget(parent)
    {
        setMinimumSize(460, 330);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setFocusPolicy(Qt::NoFocus);
    }
    /// Where the page may go (logical px).
    QRect pageArea() const { return rect().adjusted(kPad, kPad, -kPad, -kPad); }
    void setImage(const QImage& image)
    {
        m_image = image;
        m_message.clear();
        update();
    }
    void setMessage(const QString& message)
    {
        m_message = message;
        update();
    }
    void setBusy(bool busy)
    {
        if (busy != m_busy) {
            m_busy = busy;
            update();
        }
    }
    void setBusyText(const QString& text)
    {
        m_busyText = text;
        update();
    }
    std::function<void()> resized;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Mid));
        if (!m_message.isEmpty()) {
            p.setPen(palette().color(QPalette::BrightText));
            p.drawText(pageArea(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        } else if (!m_image.isNull()) {
            const QSizeF logical = m_image.deviceIndependentSize();
            const QRectF target(QPointF(width() - logical.width(), height() - logical.height()) / 2.0, logical);
            p.fillRect(target.translated(3, 3), QColor(0, 0, 0, 70));
            p.drawImage(target, m_image);
            p.setPen(QColor(0, 0, 0, 90));
            p.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));
        }
        if (m_busy) {
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            const QFontMetrics fm(f);
            const QRectF badge(width() - fm.horizontalAdvance(m_busyText) - 34, 12, fm.horizontalAdvance(m_busyText) + 22,
                               fm.height() + 10);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(30, 30, 30, 190));
            p.drawRoundedRect(badge, 6, 6);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, m_busyText);
        }
    }
    void resizeEvent(QResizeEvent*) override
    {
        if (resized)
            resized();
    }

private:
    static constexpr int kPad = 10;
    QImage m_image;
    QString m_message;
    QString m_busyText;
    bool m_busy = false;
};

namespace {

using render::kLayoutDpi;

struct PreviewResult {
    quint64 generation = 0;
    QImage image;
    QString error;
    double ms = 0.0;
};

struct ExportOutcome {
    bool cancelled = false;
    QString error;
    render::ExportResult result;
};

/// The page at `targetPx` (device pixels fit into, keeping the page's aspect) drawn with the snapshots
/// render::exportLayout builds for the same request: the map sized to the layout's frame, the inset
/// locator around it. Worker thread; catches everything.
PreviewResult renderPreview(const render::ExportRequest& rq, QSize targetPx, qreal dpr, quint64 generation)
{
    PreviewResult out;
    out.generation = generation;
    QElapsedTimer t;
    t.start();
    try {
        if (rq.extent.isNull() || !rq.crs.isValid() || rq.layers.empty()) {
            out.error = ExportDialog::tr("Nothing to draw: the map has no layers.");
            return out;
        }
        const QSizeF pageSize = rq.page.layoutSize();
        const double scale = std::min(targetPx.width() * dpr / pageSize.width(), targetPx.height() * dpr / pageSize.height());
        if (!(scale > 0)) {
            out.error = ExportDialog::tr("The preview has no room.");
            return out;
        }
        // The page as render::exportLayout draws it (the same snapshots), at preview resolution.
        auto snapshots = render::pageSnapshots(rq, scale);
        if (!snapshots) {
            out.error = snapshots.error().message;
            return out;
        }
        const QSizeF page = snapshots->page;
        render::RenderSnapshot& map = snapshots->map;
        map.generation = generation;
        const render::RenderSnapshot& inset = snapshots->inset;
        const bool withInset = snapshots->withInset;

        const QSize img(std::max(1, static_cast<int>(std::lround(page.width() * scale))),
                        std::max(1, static_cast<int>(std::lround(page.height() * scale))));
        QImage image(img, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            out.error = ExportDialog::tr("Not enough memory for the preview.");
            return out;
        }
        // 96 logical dpi, as the PNG export draws (fonts in points come out the same).
        image.setDotsPerMeterX(static_cast<int>(std::lround(kLayoutDpi / 0.0254)));
        image.setDotsPerMeterY(static_cast<int>(std::lround(kLayoutDpi / 0.0254)));
        {
            QPainter p(&image);
            p.scale(img.width() / page.width(), img.height() / page.height());
            render::MapLayout::render(rq.layout, map, withInset ? &inset : nullptr, p, page);
        }
        image.setDevicePixelRatio(dpr);
        out.image = std::move(image);
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    } catch (...) {
        out.error = ExportDialog::tr("The preview failed.");
    }
    out.ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    return out;
}

/// Writes `rq` (whose outPath is a temporary name next to `target`) and moves it over `target` unless
/// `cancel` was set meanwhile; the temporary file never survives. Worker thread; catches everything.
ExportOutcome runExport(const render::ExportRequest& rq, const QString& target, const std::atomic_bool& cancel)
{
    ExportOutcome out;
    const QString tmp = rq.outPath;
    try {
        const auto done = render::exportLayout(rq);
        if (!done) {
            QFile::remove(tmp);
            out.error = done.error().message;
            return out;
        }
        if (cancel.load()) {
            QFile::remove(tmp);
            out.cancelled = true;
            return out;
        }
        if (QFileInfo::exists(target))
            QFile::setPermissions(tmp, QFile::permissions(target));
        std::error_code ec;
        // rename(2): atomic, replaces an existing file.
        std::filesystem::rename(std::filesystem::path(QFile::encodeName(tmp).toStdString()),
                                std::filesystem::path(QFile::encodeName(target).toStdString()), ec);
        if (ec) {
            QFile::remove(tmp);
            out.error = ExportDialog::tr("cannot write: %1").arg(QString::fromLocal8Bit(ec.message().c_str()));
            return out;
        }
        out.result = *done;
    } catch (const std::exception& e) {
        QFile::remove(tmp);
        out.error = QString::fromUtf8(e.what());
    } catch (...) {
        QFile::remove(tmp);
        out.error = ExportDialog::tr("unexpected error");
    }
    return out;
}

/// A hidden file next to `target` with the same suffix (the engine picks the format by suffix).
QString temporaryPathFor(const QFileInfo& target)
{
    return target.absolutePath() + QStringLiteral("/.") + target.completeBaseName() + QStringLiteral(".export-")
           + QString::number(QRandomGenerator::global()->generate(), 16) + QLatin1Char('.') + target.suffix();
}

QLabel* buddyLabel(QWidget* parent, QWidget* buddy)
{
    auto* l = new QLabel(parent);
    l->setBuddy(buddy);
    return l;
}

} // namespace

// --- the dialog -------------------------------------------------------------------------------------

ExportDialog::ExportDialog(MapCanvas* canvas, LayerTreeModel* layers, QWidget* parent)
    : QDialog(parent), m_canvas(canvas), m_layers(layers)
{
    Q_ASSERT(canvas && layers);
    setObjectName(QStringLiteral("exportDialog"));
    render::ensureRenderFonts(); // on the GUI thread, before any worker draws text
    buildUi();
    loadPreferences();

    m_previewTimer.setSingleShot(true);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);
    m_preview->resized = [this] {
        if (isVisible())
            schedulePreview();
    };

    // Options.
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_subtitle, &QLineEdit::textEdited, this, [this] { m_subtitleIsDefault = false; });
    connect(m_subtitle, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        schedulePreview();
    });
    for (QSpinBox* s : {m_width, m_height})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            updateFormat();
            schedulePreview();
        });
    connect(m_orientation, &QComboBox::currentIndexChanged, this, [this] {
        updateFormat();
        schedulePreview();
    });
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updateFormat); // the page is the same
    for (QCheckBox* c : {m_legend, m_scaleBar, m_northArrow, m_inset, m_graticule})
        connect(c, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_flows, &QCheckBox::clicked, this, [this] { m_flowsTouched = true; });
    connect(m_flows, &QCheckBox::toggled, this, [this] {
        updateDefaultSubtitle();
        schedulePreview();
    });
    connect(m_extent, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        updateFormat();
        if (!m_exporting)
            showError({});
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);

    // What the window shows. The window updates the canvas from the layer model first (it connected
    // earlier); the debounce makes the order irrelevant anyway.
    connect(m_layers, &LayerTreeModel::layersChanged, this, &ExportDialog::schedulePreview);
    connect(m_canvas, &MapCanvas::extentChanged, this, &ExportDialog::schedulePreview);
    connect(m_canvas, &MapCanvas::frameRendered, this, &ExportDialog::windowChanged);

    windowChanged();
    updateEnabled();
    updateDefaultSubtitle();

    // Room for a readable preview, within the screen.
    QSize size(1180, 780);
    if (const QScreen* screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size.expandedTo(minimumSizeHint()));
}

ExportDialog::~ExportDialog()
{
    // A running export removes its temporary file instead of moving it into place.
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::setScenarioNames(ScenarioNames names)
{
    m_scenarioNames = std::move(names);
    updateDefaultSubtitle();
}

void ExportDialog::buildUi()
{
    setSizeGripEnabled(true);
    auto* root = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    root->addLayout(columns, 1);
    auto* left = new QVBoxLayout;
    columns->addLayout(left, 0);

    // Text
    auto* textBox = new QGroupBox(this);
    auto* textForm = new QFormLayout(textBox);
    m_title = new QLineEdit(textBox);
    m_title->setObjectName(QStringLiteral("title"));
    m_subtitle = new QLineEdit(textBox);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_title->setMinimumWidth(360);
    auto* titleLabel = buddyLabel(textBox, m_title);
    auto* subtitleLabel = buddyLabel(textBox, m_subtitle);
    textForm->addRow(titleLabel, m_title);
    textForm->addRow(subtitleLabel, m_subtitle);
    left->addWidget(textBox);

    // Page
    auto* pageBox = new QGroupBox(this);
    auto* pageForm = new QFormLayout(pageBox);
    m_paper = new QComboBox(pageBox);
    m_paper->setObjectName(QStringLiteral("paper"));
    for (int id : {int(QPageSize::A4), int(QPageSize::A3), int(QPageSize::Letter), -1})
        m_paper->addItem(QString(), id);
    m_width = new QSpinBox(pageBox);
    m_height = new QSpinBox(pageBox);
    for (QSpinBox* s : {m_width, m_height}) {
        s->setRange(16, 20000);
        s->setSuffix(QStringLiteral(" px"));
        s->setAccelerated(true);
    }
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width, 1);
    auto* times = new QLabel(QStringLiteral("×"), pageBox);
    sizeRow->addWidget(times);
    sizeRow->addWidget(m_height, 1);
    m_orientation = new QComboBox(pageBox);
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(QString());
    m_orientation->addItem(QString());
    m_dpi = new QSpinBox(pageBox);
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_dpi->setRange(10, 2400);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(QStringLiteral(" dpi"));
    m_pageInfo = new QLabel(pageBox);
    m_pageInfo->setForegroundRole(QPalette::PlaceholderText);
    auto* paperLabel = buddyLabel(pageBox, m_paper);
    auto* sizeLabel = buddyLabel(pageBox, m_width);
    auto* orientationLabel = buddyLabel(pageBox, m_orientation);
    auto* dpiLabel = buddyLabel(pageBox, m_dpi);
    pageForm->addRow(paperLabel, m_paper);
    pageForm->addRow(sizeLabel, sizeRow);
    pageForm->addRow(orientationLabel, m_orientation);
    pageForm->addRow(dpiLabel, m_dpi);
    pageForm->addRow(QString(), m_pageInfo);
    left->addWidget(pageBox);

    // Map
    auto* mapBox = new QGroupBox(this);
    auto* mapLay = new QVBoxLayout(mapBox);
    auto* mapForm = new QFormLayout;
    m_extent = new QComboBox(mapBox);
    m_extent->setObjectName(QStringLiteral("extent"));
    m_extent->addItem(QString());
    m_extent->addItem(QString());
    auto* extentLabel = buddyLabel(mapBox, m_extent);
    mapForm->addRow(extentLabel, m_extent);
    mapLay->addLayout(mapForm);
    auto* checks = new QGridLayout;
    m_legend = new QCheckBox(mapBox);
    m_scaleBar = new QCheckBox(mapBox);
    m_northArrow = new QCheckBox(mapBox);
    m_inset = new QCheckBox(mapBox);
    m_graticule = new QCheckBox(mapBox);
    m_flows = new QCheckBox(mapBox);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_scaleBar->setObjectName(QStringLiteral("scaleBar"));
    m_northArrow->setObjectName(QStringLiteral("northArrow"));
    m_inset->setObjectName(QStringLiteral("inset"));
    m_graticule->setObjectName(QStringLiteral("graticule"));
    m_flows->setObjectName(QStringLiteral("flows"));
    checks->addWidget(m_legend, 0, 0);
    checks->addWidget(m_scaleBar, 0, 1);
    checks->addWidget(m_northArrow, 1, 0);
    checks->addWidget(m_inset, 1, 1);
    checks->addWidget(m_graticule, 2, 0);
    checks->addWidget(m_flows, 2, 1);
    mapLay->addLayout(checks);
    left->addWidget(mapBox);

    // Output
    auto* outBox = new QGroupBox(this);
    auto* outForm = new QFormLayout(outBox);
    m_path = new QLineEdit(outBox);
    m_path->setObjectName(QStringLiteral("outPath"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(outBox);
    m_browse->setObjectName(QStringLiteral("browse"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_format = new QLabel(outBox);
    auto* pathLabel = buddyLabel(outBox, m_path);
    auto* formatLabel = new QLabel(outBox);
    outForm->addRow(pathLabel, pathRow);
    outForm->addRow(formatLabel, m_format);
    left->addWidget(outBox);
    left->addStretch(1);

    // Preview
    auto* previewBox = new QGroupBox(this);
    auto* previewLay = new QVBoxLayout(previewBox);
    m_preview = new ExportPreview(previewBox);
    m_preview->setObjectName(QStringLiteral("preview"));
    previewLay->addWidget(m_preview);
    columns->addWidget(previewBox, 1);

    // Errors, progress, buttons
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    root->addWidget(m_error);
    auto* bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the engine reports no progress
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("export"));
    m_exportButton->setDefault(true);
    m_exportButton->setAutoDefault(true);
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("close"));
    m_closeButton->setAutoDefault(false);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    root->addLayout(bottom);

    setTabOrder(m_title, m_subtitle);
    setTabOrder(m_subtitle, m_paper);
    setTabOrder(m_paper, m_width);
    setTabOrder(m_width, m_height);
    setTabOrder(m_height, m_orientation);
    setTabOrder(m_orientation, m_dpi);
    setTabOrder(m_dpi, m_extent);
    setTabOrder(m_extent, m_legend);
    setTabOrder(m_legend, m_scaleBar);
    setTabOrder(m_scaleBar, m_northArrow);
    setTabOrder(m_northArrow, m_inset);
    setTabOrder(m_inset, m_graticule);
    setTabOrder(m_graticule, m_flows);
    setTabOrder(m_flows, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_exportButton);
    setTabOrder(m_exportButton, m_closeButton);

    m_texts([=, this] {
        setWindowTitle(tr("Export Map"));
        textBox->setTitle(tr("Text"));
        titleLabel->setText(tr("&Title:"));
        subtitleLabel->setText(tr("S&ubtitle:"));
        m_subtitle->setPlaceholderText(tr("None"));
        pageBox->setTitle(tr("Page"));
        paperLabel->setText(tr("&Paper:"));
        m_paper->setItemText(0, tr("A4 (210 × 297 mm)"));
        m_paper->setItemText(1, tr("A3 (297 × 420 mm)"));
        m_paper->setItemText(2, tr("Letter (8.5 × 11 in)"));
        m_paper->setItemText(3, tr("Pixel size"));
        sizeLabel->setText(tr("Si&ze:"));
        m_width->setAccessibleName(tr("Width in pixels"));
        m_height->setAccessibleName(tr("Height in pixels"));
        orientationLabel->setText(tr("&Orientation:"));
        m_orientation->setItemText(0, tr("Landscape"));
        m_orientation->setItemText(1, tr("Portrait"));
        dpiLabel->setText(tr("&Resolution:"));
        m_dpi->setToolTip(tr("Pixels per inch of a PNG on paper; PDF and SVG are vector and need none."));
        mapBox->setTitle(tr("Map"));
        extentLabel->setText(tr("Map e&xtent:"));
        m_extent->setItemText(0, tr("Current map view"));
        m_extent->setItemText(1, tr("Full corridor"));
        m_legend->setText(tr("&Legend"));
        m_scaleBar->setText(tr("&Scale bar"));
        m_northArrow->setText(tr("&North arrow"));
        m_inset->setText(tr("&Inset locator"));
        m_graticule->setText(tr("&Graticule"));
        m_flows->setText(tr("Draw model flo&ws"));
        m_flows->setToolTip(tr("The flows the map shows (scenario, difference, outages), with their legend."));
        outBox->setTitle(tr("Output"));
        pathLabel->setText(tr("Output &file:"));
        m_browse->setText(tr("&Browse…"));
        formatLabel->setText(tr("Format:"));
        previewBox->setTitle(tr("Preview"));
        m_preview->setAccessibleName(tr("Page preview"));
        m_preview->setBusyText(tr("Rendering…"));
        m_exportButton->setText(tr("&Export"));
        m_closeButton->setText(m_exporting ? tr("Cancel") : tr("Close"));
    });
}

void ExportDialog::loadPreferences()
{
    const ExportPreferences p = AppSettings::exportPreferences();
    m_title->setText(p.title.isEmpty() ? tr("Azerbaijan–Serbia energy corridor") : p.title);
    int paper = 0;
    if (p.paper == QLatin1String("A3"))
        paper = 1;
    else if (p.paper == QLatin1String("Letter"))
        paper = 2;
    else if (p.paper == QLatin1String("pixels"))
        paper = 3;
    m_paper->setCurrentIndex(paper);
    m_width->setValue(p.pixels.isValid() ? p.pixels.width() : 1920);
    m_height->setValue(p.pixels.isValid() ? p.pixels.height() : 1080);
    m_orientation->setCurrentIndex(p.landscape ? 0 : 1);
    m_dpi->setValue(p.dpi);
    m_legend->setChecked(p.legend);
    m_scaleBar->setChecked(p.scaleBar);
    m_northArrow->setChecked(p.northArrow);
    m_inset->setChecked(p.inset);
    m_graticule->setChecked(p.graticule);
    m_extent->setCurrentIndex(p.fullExtent ? 1 : 0);
    m_path->setText(QDir::toNativeSeparators(p.outPath.isEmpty() ? QDir::home().filePath(QStringLiteral("corridor-map.pdf")) : p.outPath));
}

void ExportDialog::savePreferences() const
{
    ExportPreferences p;
    const QString title = m_title->text();
    p.title = title == tr("Azerbaijan–Serbia energy corridor") ? QString() : title;
    static const char* const papers[] = {"A4", "A3", "Letter", "pixels"};
    p.paper = QLatin1String(papers[std::clamp(m_paper->currentIndex(), 0, 3)]);
    p.pixels = QSize(m_width->value(), m_height->value());
    p.landscape = m_orientation->currentIndex() == 0;
    p.dpi = m_dpi->value();
    p.legend = m_legend->isChecked();
    p.scaleBar = m_scaleBar->isChecked();
    p.northArrow = m_northArrow->isChecked();
    p.inset = m_inset->isChecked();
    p.graticule = m_graticule->isChecked();
    p.fullExtent = m_extent->currentIndex() == 1;
    p.outPath = QDir::fromNativeSeparators(m_path->text().trimmed());
    AppSettings::setExportPreferences(p);
}

render::ExportRequest ExportDialog::request() const
{
    render::ExportRequest rq;
    rq.layers = m_canvas->layers();
    rq.crs = m_canvas->crs();
    const geo::Envelope view = m_canvas->viewport().extent();
    rq.extent = m_extent->currentIndex() == 1 || view.isNull() ? m_canvas->fullExtent() : view;
    rq.background = m_canvas->background();
    rq.graticule.enabled = m_graticule->isChecked();
    // The inset locator: the countries, as `corridor-atlas export` draws it (shown even when hidden on
    // the map: it is the locator's base).
    for (const MapLayer& l : m_layers->layers())
        if (l.projected && l.data && l.data->name == QLatin1String("countries")) {
            render::RenderLayer rl{l.projected, l.style};
            rl.style.visible = true;
            rq.insetLayers.push_back(std::move(rl));
            break;
        }
    if (m_flows->isEnabled() && m_flows->isChecked())
        rq.flows = m_canvas->flowOverlay();

    const int paper = m_paper->currentData().toInt();
    if (paper < 0)
        rq.page.pixels = QSize(m_width->value(), m_height->value());
    else
        rq.page.paper = static_cast<QPageSize::PageSizeId>(paper);
    rq.page.landscape = m_orientation->currentIndex() == 0;
    rq.page.dpi = m_dpi->value();
    rq.outPath = QDir::fromNativeSeparators(m_path->text().trimmed());

    render::LayoutSpec& ls = rq.layout;
    ls.title = m_title->text().trimmed();
    ls.subtitle = m_subtitle->text().trimmed();
    ls.legend = m_legend->isChecked();
    ls.scaleBar = m_scaleBar->isChecked();
    ls.northArrow = m_northArrow->isChecked();
    ls.inset = m_inset->isChecked();
    ls.attribution = render::briefingAttribution(rq.crs);
    render::fitLayoutToPage(ls, rq.page); // a thumbnail: just the map (as the CLI)
    return rq;
}

// --- window state ----------------------------------------------------------------------------------

void ExportDialog::windowChanged()
{
    const render::FlowOverlayPtr& o = m_canvas->flowOverlay();
    const bool has = o && !o->isEmpty();
    const bool wasDrawn = m_flows->isEnabled() && m_flows->isChecked();
    m_flows->setEnabled(has);
    if (!m_flowsTouched) {
        const QSignalBlocker b(m_flows);
        m_flows->setChecked(has);
    }
    const bool drawn = m_flows->isEnabled() && m_flows->isChecked();
    if (o.get() != m_lastOverlay || drawn != wasDrawn) {
        m_lastOverlay = o.get();
        updateDefaultSubtitle();
        schedulePreview();
    }
}

QString ExportDialog::defaultSubtitle() const
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const render::FlowOverlayPtr& o = m_canvas->flowOverlay();
    if (!(m_flows->isEnabled() && m_flows->isChecked() && o))
        return tr("Gas, oil, power and air links · %1").arg(today);
    auto [scenario, reference] = m_scenarioNames ? m_scenarioNames() : std::pair<QString, QString>{};
    if (o->style.difference) {
        if (scenario.isEmpty())
            scenario = o->style.scenarioName;
        if (reference.isEmpty())
            reference = o->style.referenceName;
        if (!scenario.isEmpty() && !reference.isEmpty())
            return tr("Change in modelled flows: scenario \"%1\" minus reference \"%2\" · %3").arg(scenario, reference, today);
        return tr("Change in modelled flows · %1").arg(today);
    }
    if (!scenario.isEmpty())
        return tr("Modelled flows, scenario \"%1\" · %2").arg(scenario, today);
    return tr("Modelled flows · %1").arg(today);
}

void ExportDialog::updateDefaultSubtitle()
{
    if (m_subtitleIsDefault && m_subtitle->text() != defaultSubtitle()) {
        m_subtitle->setText(defaultSubtitle()); // textChanged, not textEdited: stays the default
        m_subtitle->setCursorPosition(0);
    }
}

void ExportDialog::updateEnabled()
{
    const bool pixels = m_paper->currentData().toInt() < 0;
    m_width->setEnabled(pixels);
    m_height->setEnabled(pixels);
    m_orientation->setEnabled(!pixels);
    updateFormat();
}

void ExportDialog::updateFormat()
{
    const QString path = m_path->text().trimmed();
    const auto format = render::exportFormatFor(path);
    const bool pixels = m_paper->currentData().toInt() < 0;
    m_dpi->setEnabled(!pixels && (!format || *format == render::ExportFormat::Png));
    if (!format)
        m_format->setText(path.isEmpty() ? tr("Choose a file ending in .pdf, .svg or .png.")
                                         : tr("Unknown: the file name must end in .pdf, .svg or .png."));
    else if (*format == render::ExportFormat::Pdf)
        m_format->setText(tr("PDF (vector, text as text)"));
    else if (*format == render::ExportFormat::Svg)
        m_format->setText(tr("SVG (vector)"));
    else
        m_format->setText(tr("PNG image"));

    render::PageSetup page;
    const int paper = m_paper->currentData().toInt();
    if (paper < 0)
        page.pixels = QSize(m_width->value(), m_height->value());
    else
        page.paper = static_cast<QPageSize::PageSizeId>(paper);
    page.landscape = m_orientation->currentIndex() == 0;
    page.dpi = m_dpi->value();
    QString info;
    if (pixels) {
        info = tr("%1 × %2 pixels").arg(page.pixels.width()).arg(page.pixels.height());
    } else {
        const QSizeF mm = page.layoutSize() / kLayoutDpi * 25.4;
        info = tr("%1 × %2 mm").arg(std::lround(mm.width())).arg(std::lround(mm.height()));
        if (format && *format == render::ExportFormat::Png)
            info = tr("%1 · %2 × %3 pixels").arg(info).arg(page.imageSize().width()).arg(page.imageSize().height());
    }
    m_pageInfo->setText(info);
}

void ExportDialog::browse()
{
    const QString filters = tr("PDF (vector) (*.pdf);;SVG (vector) (*.svg);;PNG image (*.png)");
    const QStringList list = filters.split(QStringLiteral(";;"));
    const QString current = QDir::fromNativeSeparators(m_path->text().trimmed());
    QString selected = list.value(0);
    if (const auto f = render::exportFormatFor(current))
        selected = list.value(*f == render::ExportFormat::Pdf ? 0 : *f == render::ExportFormat::Svg ? 1 : 2);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), current.isEmpty() ? QDir::homePath() : current, filters, &selected);
    if (path.isEmpty())
        return;
    if (!render::exportFormatFor(path)) {
        const int i = std::max<qsizetype>(0, list.indexOf(selected));
        path += i == 1 ? QStringLiteral(".svg") : i == 2 ? QStringLiteral(".png") : QStringLiteral(".pdf");
    }
    m_path->setText(QDir::toNativeSeparators(path));
}

// --- preview ---------------------------------------------------------------------------------------

void ExportDialog::schedulePreview()
{
    ++m_generation;
    m_sinceChange.start();
    m_previewTimer.start(kPreviewDelayMs);
    m_preview->setBusy(true);
}

void ExportDialog::startPreview()
{
    if (!isVisible())
        return; // showEvent schedules one
    if (m_previewRunning) {
        // One preview at a time (a page takes a while); the next starts when this one is in.
        m_previewPending = true;
        return;
    }
    m_previewPending = false;
    m_previewRunning = true;
    const quint64 generation = m_generation;
    const QSize target = m_preview->pageArea().size().expandedTo(QSize(16, 16));
    const qreal dpr = m_preview->devicePixelRatioF();
    auto* watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcher<PreviewResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_previewRunning = false;
        PreviewResult r = watcher->result();
        if (r.generation == m_generation) {
            if (r.error.isEmpty()) {
                m_previewImage = std::move(r.image);
                m_preview->setImage(m_previewImage);
            } else {
                m_previewImage = QImage();
                m_preview->setMessage(r.error);
            }
            m_previewShown = r.generation;
            m_lastRenderMs = r.ms;
            m_lastLatencyMs = static_cast<double>(m_sinceChange.nsecsElapsed()) / 1e6;
        }
        // Stale results are dropped: a newer change has its render scheduled or pending.
        if (m_previewPending)
            startPreview();
        m_preview->setBusy(isPreviewBusy());
        if (r.generation == m_generation)
            emit previewUpdated();
    });
    watcher->setFuture(QtConcurrent::run([rq = request(), target, dpr, generation] { return renderPreview(rq, target, dpr, generation); }));
}

void ExportDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    schedulePreview();
}

// --- export ----------------------------------------------------------------------------------------

void ExportDialog::showError(const QString& text, bool warning)
{
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, warning ? QColor(0x9a, 0x5b, 0x00) : QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(pal);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ExportDialog::errorText() const { return m_error->text(); }

void ExportDialog::setExporting(bool on)
{
    m_exporting = on;
    m_progress->setVisible(on);
    m_exportButton->setEnabled(!on);
    m_closeButton->setText(on ? tr("Cancel") : tr("Close"));
}

void ExportDialog::startExport()
{
    if (m_exporting)
        return;
    showError({});
    m_status->clear();
    const QString typed = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (typed.isEmpty()) {
        showError(tr("Choose an output file (.pdf, .svg or .png)."));
        m_path->setFocus();
        return;
    }
    // Relative names are taken from the home folder (the working directory means nothing in a GUI).
    const QFileInfo target(QDir::home().absoluteFilePath(typed));
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    const auto fail = [&](const QString& reason) {
        const QString msg = tr("Could not export “%1”:\n%2").arg(shown, reason);
        showError(msg);
        emit exportFailed(msg);
    };
    if (!render::exportFormatFor(target.fileName())) {
        fail(tr("unsupported format “%1” (use .pdf, .svg or .png)").arg(target.suffix()));
        m_path->setFocus();
        return;
    }
    if (target.isDir()) {
        fail(tr("this is a folder"));
        return;
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(target.absolutePath())));
        return;
    }
    render::ExportRequest rq = request();
    if (rq.layers.empty() || rq.extent.isNull()) {
        fail(tr("nothing to draw: the map has no layers"));
        return;
    }
    rq.outPath = temporaryPathFor(target);
    savePreferences();

    const QString path = target.absoluteFilePath();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_exportPath = path;
    setExporting(true);
    m_status->setText(tr("Exporting %1…").arg(target.fileName()));
    ++m_exportWorkers;
    auto* watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this, watcher, cancel, path] {
        watcher->deleteLater();
        --m_exportWorkers;
        const ExportOutcome r = watcher->result();
        if (cancel != m_cancel)
            return; // cancelled: the dialog has moved on (and the worker removed its file)
        m_cancel.reset();
        setExporting(false);
        m_status->clear();
        if (r.cancelled)
            return;
        if (!r.error.isEmpty()) {
            const QString msg = tr("Could not export “%1”:\n%2").arg(QDir::toNativeSeparators(path), r.error);
            showError(msg);
            emit exportFailed(msg);
            return;
        }
        m_lastResult = r.result;
        emit exported(path);
        if (const int n = r.result.layout.legendEntriesOmitted; n > 0) {
            // Written, but say what is missing (and stay open for another try).
            showError(tr("Exported %1, but the legend does not fit the page: %n entry(ies) left out (use a larger page, "
                         "or turn the legend off).",
                         nullptr, n)
                          .arg(QDir::toNativeSeparators(path)),
                      true);
            return;
        }
        accept();
    });
    watcher->setFuture(QtConcurrent::run([rq = std::move(rq), path, cancel] { return runExport(rq, path, *cancel); }));
}

void ExportDialog::cancelExport()
{
    if (!m_exporting)
        return;
    m_cancel->store(true);
    m_cancel.reset();
    setExporting(false);
    m_status->setText(tr("Export of %1 cancelled.").arg(QFileInfo(m_exportPath).fileName()));
}

void ExportDialog::reject()
{
    // Esc / Cancel while exporting stops the export; the dialog stays.
    if (m_exporting) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::done(int result)
{
    savePreferences();
    QDialog::done(result);
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        updateFormat();
        updateDefaultSubtitle();
        schedulePreview(); // the page's own words (legend, attribution) are translated too
    }
    QDialog::changeEvent(event);
}

} // namespace corridor::ui
