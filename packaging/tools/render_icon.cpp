// corridor-icon-render SVG OUT_DIR SIZE...
// Renders the application icon to OUT_DIR/<size>x<size>/corridor-atlas.png for the hicolor icon theme.
// Uses QtSvg, already a dependency, so packaging needs no extra converter.

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: corridor-icon-render SVG OUT_DIR SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        err << "corridor-icon-render: cannot read " << args[1] << Qt::endl;
        return 1;
    }
    for (int i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args[i].toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "corridor-icon-render: bad size " << args[i] << Qt::endl;
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            svg.render(&p);
        }
        const QString dir = QStringLiteral("%1/%2x%2").arg(args[2]).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/corridor-atlas.png"), "png")) {
            err << "corridor-icon-render: cannot write into " << dir << Qt::endl;
            return 1;
        }
    }
    return 0;
}
