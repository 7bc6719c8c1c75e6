// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool (not installed): renders the application's SVG icon as the PNG sizes of the hicolor theme, for
// desktops and software centres that do not read SVG. Usage: slipway-render-icon ICON.svg OUTDIR SIZE…
// writes OUTDIR/SIZExSIZE/apps/io.slipway.Slipway.png.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: slipway-render-icon ICON.svg OUTDIR SIZE…\n", stderr);
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "slipway-render-icon: %s: not a readable SVG\n", qPrintable(arguments.at(1)));
        return 1;
    }
    for (const QString& text : arguments.mid(3)) {
        const int size = text.toInt();
        if (size <= 0 || size > 1024)
            return 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter);
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        if (!QDir().mkpath(folder) || !image.save(folder + QStringLiteral("/io.slipway.Slipway.png"))) {
            std::fprintf(stderr, "slipway-render-icon: cannot write into %s\n", qPrintable(folder));
            return 1;
        }
    }
    return 0;
}
