// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AnsiText.h"

#include <QColor>
#include <QStringList>

#include <optional>

namespace slipway {

namespace {

struct Style
{
    bool bold = false;
    bool italic = false;
    bool underline = false;
    std::optional<QColor> foreground;
    std::optional<QColor> background;

    bool plain() const { return !bold && !italic && !underline && !foreground && !background; }
};

QColor basicColor(int index, bool bright, bool dark)
{
    // The 16 colours, tuned to read on a light or a dark paper.
    static const QColor light[16] = {
        QColor(0x00, 0x00, 0x00), QColor(0xc5, 0x1e, 0x14), QColor(0x1d, 0x80, 0x2c),
        QColor(0x98, 0x6f, 0x00), QColor(0x1e, 0x5b, 0xc6), QColor(0x9b, 0x2f, 0xae),
        QColor(0x0e, 0x7c, 0x86), QColor(0x6e, 0x6e, 0x6e), QColor(0x55, 0x55, 0x55),
        QColor(0xe0, 0x3a, 0x2f), QColor(0x2f, 0x9e, 0x44), QColor(0xb5, 0x89, 0x00),
        QColor(0x3b, 0x78, 0xe7), QColor(0xb8, 0x4c, 0xc9), QColor(0x1a, 0x9d, 0xa8),
        QColor(0x2b, 0x2b, 0x2b)};
    static const QColor darkColors[16] = {
        QColor(0x6e, 0x6e, 0x6e), QColor(0xf1, 0x4c, 0x4c), QColor(0x5f, 0xd0, 0x6a),
        QColor(0xe5, 0xc0, 0x7b), QColor(0x61, 0xaf, 0xef), QColor(0xd1, 0x7f, 0xe3),
        QColor(0x56, 0xc8, 0xd8), QColor(0xd0, 0xd0, 0xd0), QColor(0x8a, 0x8a, 0x8a),
        QColor(0xff, 0x6e, 0x6e), QColor(0x86, 0xe0, 0x8d), QColor(0xf0, 0xd2, 0x8e),
        QColor(0x84, 0xc3, 0xff), QColor(0xe3, 0xa2, 0xf0), QColor(0x7f, 0xdc, 0xe8),
        QColor(0xff, 0xff, 0xff)};
    const int i = (bright ? 8 : 0) + (index & 7);
    return dark ? darkColors[i] : light[i];
}

QColor xterm256(int n, bool dark)
{
    if (n < 16)
        return basicColor(n & 7, n >= 8, dark);
    if (n < 232) {
        const int c = n - 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(c / 36), level((c / 6) % 6), level(c % 6));
    }
    const int grey = 8 + (n - 232) * 10;
    return QColor(grey, grey, grey);
}

void apply(Style& style, const QList<int>& codes, bool dark)
{
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int code = codes[i];
        if (code == 0)
            style = Style{};
        else if (code == 1)
            style.bold = true;
        else if (code == 3)
            style.italic = true;
        else if (code == 4)
            style.underline = true;
        else if (code == 22)
            style.bold = false;
        else if (code == 23)
            style.italic = false;
        else if (code == 24)
            style.underline = false;
        else if (code >= 30 && code <= 37)
            style.foreground = basicColor(code - 30, false, dark);
        else if (code >= 90 && code <= 97)
            style.foreground = basicColor(code - 90, true, dark);
        else if (code >= 40 && code <= 47)
            style.background = basicColor(code - 40, false, dark);
        else if (code >= 100 && code <= 107)
            style.background = basicColor(code - 100, true, dark);
        else if (code == 39)
            style.foreground.reset();
        else if (code == 49)
            style.background.reset();
        else if ((code == 38 || code == 48) && i + 1 < codes.size()) {
            std::optional<QColor> color;
            if (codes[i + 1] == 5 && i + 2 < codes.size()) {
                color = xterm256(codes[i + 2], dark);
                i += 2;
            } else if (codes[i + 1] == 2 && i + 4 < codes.size()) {
                color = QColor(codes[i + 2], codes[i + 3], codes[i + 4]);
                i += 4;
            }
            (code == 38 ? style.foreground : style.background) = color;
        }
    }
}

QString openSpan(const Style& style)
{
    QStringList css;
    if (style.bold)
        css << QStringLiteral("font-weight:bold");
    if (style.italic)
        css << QStringLiteral("font-style:italic");
    if (style.underline)
        css << QStringLiteral("text-decoration:underline");
    if (style.foreground)
        css << QStringLiteral("color:") + style.foreground->name();
    if (style.background)
        css << QStringLiteral("background-color:") + style.background->name();
    return QStringLiteral("<span style=\"") + css.join(u';') + QStringLiteral("\">");
}

// Calls `onText` for the text between escape sequences and `onSgr` for each "ESC [ … m".
template <typename Text, typename Sgr>
void scan(const QString& input, Text&& onText, Sgr&& onSgr)
{
    qsizetype plain = 0;
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (input[i] != QChar(0x1b))
            continue;
        onText(QStringView(input).mid(plain, i - plain));
        qsizetype end = i + 1;
        if (end < input.size() && input[end] == u'[') {
            ++end;
            while (end < input.size() && !(input[end].unicode() >= 0x40 && input[end].unicode() <= 0x7e))
                ++end;
            if (end < input.size() && input[end] == u'm') {
                QList<int> codes;
                const auto parts = QStringView(input).mid(i + 2, end - i - 2).split(u';');
                for (const QStringView part : parts)
                    codes.append(part.isEmpty() ? 0 : part.toInt());
                onSgr(codes);
            }
        }
        i = end;
        plain = end + 1;
    }
    if (plain < input.size())
        onText(QStringView(input).mid(plain));
}

} // namespace

QString ansiToHtml(const QString& text, bool dark)
{
    QString html;
    html.reserve(text.size() + text.size() / 4);
    Style style;
    bool open = false;
    scan(
        text,
        [&](QStringView chunk) {
            if (!chunk.isEmpty())
                html += chunk.toString().toHtmlEscaped();
        },
        [&](const QList<int>& codes) {
            if (open) {
                html += QStringLiteral("</span>");
                open = false;
            }
            apply(style, codes, dark);
            if (!style.plain()) {
                html += openSpan(style);
                open = true;
            }
        });
    if (open)
        html += QStringLiteral("</span>");
    return html;
}

QString stripAnsi(const QString& text)
{
    QString out;
    scan(text, [&](QStringView chunk) { out += chunk; }, [](const QList<int>&) {});
    return out;
}

} // namespace slipway
