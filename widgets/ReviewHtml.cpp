// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ReviewHtml.h"

#include "widgets/EditorTheme.h"

#include <QColor>
#include <QCoreApplication>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace slipway {

using namespace Qt::StringLiterals;
using project::ReviewFile;
using project::ReviewHunk;
using project::ReviewLine;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::ReviewHtml)
};

QColor mix(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

struct Span
{
    int offset;
    int length;
    KSyntaxHighlighting::Format format;
};

// Highlights one line at a time, carrying the state from line to line (one per side of the diff).
class LineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<Span> spans;
    KSyntaxHighlighting::State state;

    void line(const QString& text)
    {
        spans.clear();
        state = highlightLine(text, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override
    {
        if (length > 0)
            spans.append({offset, length, format});
    }
};

struct Colours
{
    QColor paper, text, added, removed, addedWord, removedWord, hunk, numbers, muted, note, border;
};

Colours coloursFor(const KSyntaxHighlighting::Theme& theme)
{
    Colours c;
    c.paper = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    c.text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const bool dark = c.paper.lightnessF() < 0.5;
    const QColor green(dark ? 0x3f : 0x2d, dark ? 0xb9 : 0xa4, dark ? 0x50 : 0x4e);
    const QColor red(dark ? 0xf0 : 0xd7, dark ? 0x50 : 0x3a, dark ? 0x50 : 0x4a);
    c.added = mix(c.paper, green, dark ? 0.22 : 0.16);
    c.removed = mix(c.paper, red, dark ? 0.22 : 0.14);
    c.addedWord = mix(c.paper, green, dark ? 0.5 : 0.38);
    c.removedWord = mix(c.paper, red, dark ? 0.5 : 0.36);
    c.hunk = mix(c.paper, QColor(0x3d, 0x8b, 0xd9), dark ? 0.2 : 0.1);
    c.numbers = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
    c.muted = mix(c.text, c.paper, 0.45);
    c.note = mix(c.paper, QColor(0xd9, 0xa4, 0x2d), dark ? 0.18 : 0.14);
    c.border = mix(c.paper, c.text, 0.18);
    return c;
}

QString css(const QColor& colour)
{
    return colour.name(QColor::HexRgb);
}

class Renderer
{
public:
    Renderer(const KSyntaxHighlighting::Theme& theme, const ReviewHtmlOptions& options)
        : m_theme(theme)
        , m_options(options)
        , m_c(coloursFor(theme))
    {}

    QString render(const QList<ReviewFile>& files)
    {
        const QString font = u"font-family: 'DejaVu Sans Mono', 'Noto Mono', monospace; font-size: 9.5pt;"_s;
        m_pre = m_options.wrap ? u"white-space: pre-wrap;"_s : u"white-space: pre;"_s;
        QString html;
        if (m_options.standalone) {
            html += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s +
                    m_options.title.toHtmlEscaped() + u"</title></head>\n"_s;
            html += u"<body style=\"background: %1; color: %2; %3 margin: 16px;\">\n"_s.arg(
                css(m_c.paper), css(m_c.text), font);
            if (!m_options.title.isEmpty())
                html += u"<h2 style=\"font-family: sans-serif;\">"_s + m_options.title.toHtmlEscaped() +
                        u"</h2>\n"_s;
        } else {
            html += u"<div style=\"%1\">"_s.arg(font);
        }
        if (files.isEmpty())
            html += u"<p style=\"color: %1; font-family: sans-serif;\">"_s.arg(css(m_c.muted)) +
                    Text::tr("No differences.") + u"</p>"_s;
        for (qsizetype f = 0; f < files.size(); ++f)
            html += file(files[f], int(f));
        html += m_options.standalone ? u"</body></html>\n"_s : u"</div>"_s;
        return html;
    }

    int changes() const { return m_changes; }

private:
    const KSyntaxHighlighting::Theme& m_theme;
    const ReviewHtmlOptions& m_options;
    Colours m_c;
    QString m_pre;
    int m_changes = 0;
    int m_lines = 0;

    QString file(const ReviewFile& f, int index)
    {
        QString html;
        const QString name =
            f.oldPath != f.path && !f.oldPath.isEmpty() ? f.oldPath + u" → "_s + f.path : f.path;
        const QString status = f.status == 'A'   ? Text::tr("added")
                               : f.status == 'D' ? Text::tr("deleted")
                               : f.status == 'R' ? Text::tr("renamed")
                                                 : Text::tr("modified");
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 10px; "
                "border-bottom: 1px solid %1; font-family: sans-serif;\"><tr><td><b>%2</b> &nbsp;"
                "<span style=\"color: %3;\">%4</span></td><td align=\"right\"><span style=\"color: "
                "%5;\">+%6</span> "
                "<span style=\"color: %7;\">−%8</span></td></tr></table>\n"_s.arg(
                    css(m_c.border), name.toHtmlEscaped(), css(m_c.muted), status,
                    css(mix(m_c.text, QColor(0x2d, 0xa4, 0x4e), 0.8)), QString::number(f.added),
                    css(mix(m_c.text, QColor(0xd7, 0x3a, 0x4a), 0.8)), QString::number(f.removed));
        QStringList notes;
        if (!f.note.isEmpty())
            notes << f.note.toHtmlEscaped();
        if (m_options.summaries) {
            const auto lines = f.outputChanges + f.metadataChanges;
            for (const QString& line : lines)
                notes << u"• "_s + line.toHtmlEscaped();
        } else if (!f.outputChanges.isEmpty() || !f.metadataChanges.isEmpty()) {
            notes << Text::tr("%1 output or metadata change(s) hidden (Outputs & Metadata shows them)")
                         .arg(f.outputChanges.size() + f.metadataChanges.size());
        }
        if (!notes.isEmpty())
            html +=
                u"<p style=\"background: %1; font-family: sans-serif; margin: 4px 0px; padding: 4px;\">%2</p>\n"_s
                    .arg(css(m_c.note), notes.join(u"<br>"_s));
        if (f.binary) {
            html += u"<p style=\"color: %1;\">"_s.arg(css(m_c.muted)) + Text::tr("Binary file: not shown.") +
                    u"</p>"_s;
            return html;
        }
        if (f.hunks.isEmpty() && f.outputChanges.isEmpty() && f.metadataChanges.isEmpty() && f.note.isEmpty())
            html += u"<p style=\"color: %1;\">"_s.arg(css(m_c.muted)) + Text::tr("No changes in the text.") +
                    u"</p>"_s;
        const KSyntaxHighlighting::Definition definition =
            EditorTheme::repository().definitionForName(f.syntax);
        for (qsizetype h = 0; h < f.hunks.size(); ++h)
            html += hunk(f, int(h), index, definition);
        return html;
    }

    QString lineHtml(const ReviewLine& line, const QList<Span>& spans, bool changedBackground)
    {
        const QString& text = line.text;
        // Per character: colour, bold, italic from the syntax; the changed words get a stronger tint.
        QString html;
        int i = 0;
        const auto styleAt = [&](int pos) {
            QString style;
            for (const Span& span : spans) {
                if (pos < span.offset || pos >= span.offset + span.length)
                    continue;
                if (span.format.hasTextColor(m_theme))
                    style += u"color: "_s + css(span.format.textColor(m_theme)) + u';';
                if (span.format.isBold(m_theme))
                    style += u"font-weight: bold;"_s;
                if (span.format.isItalic(m_theme))
                    style += u"font-style: italic;"_s;
            }
            if (changedBackground)
                for (const project::WordSpan& word : line.changed)
                    if (pos >= word.start && pos < word.start + word.length)
                        style += u"background-color: "_s +
                                 css(line.origin == '+' ? m_c.addedWord : m_c.removedWord) + u';';
            return style;
        };
        while (i < text.size()) {
            const QString style = styleAt(i);
            int j = i + 1;
            while (j < text.size() && styleAt(j) == style)
                ++j;
            const QString part = text.mid(i, j - i).toHtmlEscaped();
            html += style.isEmpty() ? part : u"<span style=\""_s + style + u"\">"_s + part + u"</span>"_s;
            i = j;
        }
        return html.isEmpty() ? u"&nbsp;"_s : html;
    }

    QString numberCell(int number) const
    {
        return u"<td align=\"right\" style=\"color: %1; padding: 0px 6px;\">%2</td>"_s.arg(
            css(m_c.numbers), number > 0 ? QString::number(number) : QString());
    }

    QString hunk(const ReviewFile& f, int h, int fileIndex, const KSyntaxHighlighting::Definition& definition)
    {
        const ReviewHunk& hk = f.hunks[h];
        LineHighlighter oldSide, newSide;
        oldSide.setDefinition(definition);
        oldSide.setTheme(m_theme);
        newSide.setDefinition(definition);
        newSide.setTheme(m_theme);
        const int columns = m_options.sideBySide ? 4 : 3;
        QString html =
            u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin: 2px 0px;\">"_s;
        html += u"<tr style=\"background-color: %1;\"><td colspan=\"%2\" style=\"color: %3; padding: 2px "
                u"6px;\">%4 "
                "<b>%5</b></td></tr>\n"_s.arg(css(m_c.hunk))
                    .arg(columns)
                    .arg(css(m_c.muted), hk.header.toHtmlEscaped(), hk.context.toHtmlEscaped());
        // Runs of unchanged lines longer than 2 × context fold, unless opened.
        QList<int> hiddenFrom(hk.lines.size(), -1);
        for (int i = 0; i < hk.lines.size();) {
            if (hk.lines[i].origin != ' ') {
                ++i;
                continue;
            }
            int end = i;
            while (end < hk.lines.size() && hk.lines[end].origin == ' ')
                ++end;
            const int keepBefore = i == 0 ? 0 : m_options.context;
            const int keepAfter = end == hk.lines.size() ? 0 : m_options.context;
            const int hidden = end - i - keepBefore - keepAfter;
            const QString key = u"%1:%2:%3"_s.arg(fileIndex).arg(h).arg(i);
            if (hidden > 2 && !m_options.unfolded.contains(key))
                for (int k = i + keepBefore; k < end - keepAfter; ++k)
                    hiddenFrom[k] = i + keepBefore;
            i = end;
        }
        for (int i = 0; i < hk.lines.size();) {
            const ReviewLine& line = hk.lines[i];
            if (hiddenFrom[i] >= 0) {
                int count = 0;
                while (i + count < hk.lines.size() && hiddenFrom[i + count] == hiddenFrom[i])
                    ++count;
                // Hidden lines are not highlighted (a notebook's script can have 100,000 of them): the lines
                // after a fold start from a fresh state.
                oldSide.state = {};
                newSide.state = {};
                html += u"<tr style=\"background-color: %1;\"><td colspan=\"%2\" align=\"center\" "
                        u"style=\"padding: 2px;\">"
                        "<a href=\"fold:%3\" style=\"color: %4;\">"_s.arg(css(m_c.hunk))
                            .arg(columns)
                            .arg(foldKey(hk, i, fileIndex, h), css(m_c.muted)) +
                        Text::tr("⋯ %1 unchanged lines").arg(count) + u"</a></td></tr>\n"_s;
                i += count;
                continue;
            }
            if (line.origin == ' ') {
                oldSide.line(line.text);
                newSide.line(line.text);
                if (visible(columns, html))
                    html += m_options.sideBySide ? pairRow(&line, oldSide.spans, &line, newSide.spans, {})
                                                 : unifiedRow(line, newSide.spans, {});
                ++i;
                continue;
            }
            // A change: the removed lines, then the added ones.
            int removedEnd = i;
            while (removedEnd < hk.lines.size() && hk.lines[removedEnd].origin == '-')
                ++removedEnd;
            int addedEnd = removedEnd;
            while (addedEnd < hk.lines.size() && hk.lines[addedEnd].origin == '+')
                ++addedEnd;
            QList<QList<Span>> removedSpans, addedSpans;
            for (int k = i; k < removedEnd; ++k) {
                oldSide.line(hk.lines[k].text);
                removedSpans.append(oldSide.spans);
            }
            for (int k = removedEnd; k < addedEnd; ++k) {
                newSide.line(hk.lines[k].text);
                addedSpans.append(newSide.spans);
            }
            QString anchor = u"<a name=\"change-%1\"></a>"_s.arg(m_changes++);
            if (m_options.sideBySide) {
                const int rows = std::max(removedEnd - i, addedEnd - removedEnd);
                for (int r = 0; r < rows; ++r) {
                    const bool hasLeft = i + r < removedEnd;
                    const bool hasRight = removedEnd + r < addedEnd;
                    if (visible(columns, html))
                        html += pairRow(hasLeft ? &hk.lines[i + r] : nullptr,
                                        hasLeft ? removedSpans[r] : QList<Span>{},
                                        hasRight ? &hk.lines[removedEnd + r] : nullptr,
                                        hasRight ? addedSpans[r] : QList<Span>{}, anchor);
                    anchor.clear();
                }
            } else {
                for (int k = i; k < removedEnd; ++k) {
                    if (visible(columns, html))
                        html += unifiedRow(hk.lines[k], removedSpans[k - i], anchor);
                    anchor.clear();
                }
                for (int k = removedEnd; k < addedEnd; ++k) {
                    if (visible(columns, html))
                        html += unifiedRow(hk.lines[k], addedSpans[k - removedEnd], anchor);
                    anchor.clear();
                }
            }
            i = addedEnd;
        }
        html += u"</table>\n"_s;
        return html;
    }

    // Counts a row; past the limit it is left out (once, with a note).
    bool visible(int columns, QString& html)
    {
        if (++m_lines <= m_options.maxLines)
            return true;
        if (m_lines == m_options.maxLines + 1)
            html += u"<tr><td colspan=\"%1\" style=\"color: %2; padding: 4px;\">"_s.arg(columns).arg(
                        css(m_c.muted)) +
                    Text::tr("The diff is too long to show here: export it to see everything.") +
                    u"</td></tr>"_s;
        return false;
    }

    QString foldKey(const ReviewHunk& hk, int firstHidden, int fileIndex, int h) const
    {
        // The key of the run the hidden lines belong to: its first line.
        int start = firstHidden;
        while (start > 0 && hk.lines[start - 1].origin == ' ')
            --start;
        return u"%1:%2:%3"_s.arg(fileIndex).arg(h).arg(start);
    }

    QString unifiedRow(const ReviewLine& line, const QList<Span>& spans, const QString& anchor)
    {
        const QColor background = line.origin == '+'   ? m_c.added
                                  : line.origin == '-' ? m_c.removed
                                                       : m_c.paper;
        const QString sign = line.origin == ' ' ? u"&nbsp;"_s : (line.origin == '-' ? u"−"_s : u"+"_s);
        return u"<tr style=\"background-color: %1;\">"_s.arg(css(background)) + numberCell(line.oldLine) +
               numberCell(line.newLine) +
               u"<td width=\"100%\" style=\"%1 padding-left: 4px;\">%2<span style=\"color: %3;\">%4</span> %5</td></tr>\n"_s
                   .arg(m_pre, anchor, css(m_c.muted), sign, lineHtml(line, spans, true));
    }

    QString half(const ReviewLine* line, const QList<Span>& spans, bool left, const QString& anchor)
    {
        if (!line)
            return numberCell(0) + u"<td width=\"50%\" style=\"background-color: %1;\">%2</td>"_s.arg(
                                       css(mix(m_c.paper, m_c.text, 0.05)), anchor);
        const QColor background = line->origin == '+'   ? m_c.added
                                  : line->origin == '-' ? m_c.removed
                                                        : m_c.paper;
        return numberCell(left ? line->oldLine : line->newLine) +
               u"<td width=\"50%\" style=\"%1 background-color: %2; padding-left: 4px;\">%3%4</td>"_s.arg(
                   m_pre, css(background), anchor, lineHtml(*line, spans, true));
    }

    QString pairRow(const ReviewLine* left, const QList<Span>& leftSpans, const ReviewLine* right,
                    const QList<Span>& rightSpans, const QString& anchor)
    {
        return u"<tr>"_s + half(left, leftSpans, true, anchor) + half(right, rightSpans, false, {}) +
               u"</tr>\n"_s;
    }
};

} // namespace

QString reviewHtml(const QList<project::ReviewFile>& files, const KSyntaxHighlighting::Theme& theme,
                   const ReviewHtmlOptions& options, int* changeCount)
{
    Renderer renderer(theme, options);
    QString html = renderer.render(files);
    if (changeCount)
        *changeCount = renderer.changes();
    return html;
}

} // namespace slipway
