// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/ReviewDiff.h"

#include "services/git/Repository.h"
#include "services/notebook/Convert.h"
#include "services/notebook/Notebook.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace slipway::project {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::project)
};

QString syntaxFor(const QString& path)
{
    const QString suffix = path.section(u'.', -1).toLower();
    static const QHash<QString, QString> bySuffix{
        {u"py"_s, u"Python"_s},      {u"ipynb"_s, u"JSON"_s},
        {u"md"_s, u"Markdown"_s},    {u"toml"_s, u"TOML"_s},
        {u"yaml"_s, u"YAML"_s},      {u"yml"_s, u"YAML"_s},
        {u"json"_s, u"JSON"_s},      {u"cfg"_s, u"INI Files"_s},
        {u"ini"_s, u"INI Files"_s},  {u"sh"_s, u"Bash"_s},
        {u"r"_s, u"R Script"_s},     {u"sql"_s, u"SQL"_s},
        {u"txt"_s, u"Plain Text"_s}, {u"rst"_s, u"reStructuredText"_s},
        {u"cpp"_s, u"C++"_s},        {u"h"_s, u"C++"_s},
        {u"js"_s, u"JavaScript"_s},  {u"csv"_s, u"Plain Text"_s}};
    return bySuffix.value(suffix, u"Plain Text"_s);
}

bool looksBinary(const QByteArray& bytes)
{
    return bytes.left(8000).contains('\0');
}

// Words for intra-line highlighting: runs of letters/digits/underscore, runs of spaces, single others.
QList<std::pair<int, int>> tokens(const QString& text)
{
    QList<std::pair<int, int>> out;
    int i = 0;
    while (i < text.size()) {
        const int start = i;
        const auto kind = [](QChar c) { return c.isLetterOrNumber() || c == u'_' ? 0 : c.isSpace() ? 1 : 2; };
        const int k = kind(text[i]);
        ++i;
        if (k != 2)
            while (i < text.size() && kind(text[i]) == k)
                ++i;
        out.append({start, i - start});
    }
    return out;
}

// The changed middle of two lines, by common word prefix and suffix; nothing when most of it changed.
std::pair<WordSpan, WordSpan> changedWords(const QString& a, const QString& b)
{
    const QList<std::pair<int, int>> ta = tokens(a);
    const QList<std::pair<int, int>> tb = tokens(b);
    const auto same = [&](int i, int j) {
        return QStringView(a).mid(ta[i].first, ta[i].second) == QStringView(b).mid(tb[j].first, tb[j].second);
    };
    int prefix = 0;
    while (prefix < ta.size() && prefix < tb.size() && same(prefix, prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < ta.size() - prefix && suffix < tb.size() - prefix &&
           same(int(ta.size()) - 1 - suffix, int(tb.size()) - 1 - suffix))
        ++suffix;
    const auto span = [](const QList<std::pair<int, int>>& t, const QString& s, int from, int backFrom) {
        const int start = from < t.size() ? t[from].first : int(s.size());
        const int end = backFrom < t.size() && int(t.size()) - backFrom > 0 ? t[t.size() - backFrom].first
                                                                            : int(s.size());
        return WordSpan{start, std::max(0, end - start)};
    };
    WordSpan sa = span(ta, a, prefix, suffix == 0 ? int(ta.size()) : suffix);
    WordSpan sb = span(tb, b, prefix, suffix == 0 ? int(tb.size()) : suffix);
    if (suffix == 0) {
        sa.length = int(a.size()) - sa.start;
        sb.length = int(b.size()) - sb.start;
    }
    // A line that changed almost everywhere is shown as changed, without word marks.
    const bool mostly = (sa.length > 0.7 * std::max<qsizetype>(a.size(), 1)) &&
                        (sb.length > 0.7 * std::max<qsizetype>(b.size(), 1));
    if (mostly)
        return {WordSpan{0, 0}, WordSpan{0, 0}};
    return {sa, sb};
}

void markWords(QList<ReviewLine>& lines)
{
    int i = 0;
    while (i < lines.size()) {
        if (lines[i].origin != '-') {
            ++i;
            continue;
        }
        int removedEnd = i;
        while (removedEnd < lines.size() && lines[removedEnd].origin == '-')
            ++removedEnd;
        int addedEnd = removedEnd;
        while (addedEnd < lines.size() && lines[addedEnd].origin == '+')
            ++addedEnd;
        const int pairs = std::min(removedEnd - i, addedEnd - removedEnd);
        for (int k = 0; k < pairs; ++k) {
            ReviewLine& removed = lines[i + k];
            ReviewLine& added = lines[removedEnd + k];
            const auto [a, b] = changedWords(removed.text, added.text);
            if (a.length > 0 || b.length > 0) {
                if (a.length > 0)
                    removed.changed.append(a);
                if (b.length > 0)
                    added.changed.append(b);
            }
        }
        i = addedEnd;
    }
}

// Cell markers of a percent script: line number (1-based) → "cell N · type".
struct CellMarker
{
    int line = 0;
    QString label;
};

QList<CellMarker> cellMarkers(const QByteArray& script)
{
    QList<CellMarker> markers;
    int line = 0, cell = 0;
    const auto texts = script.split('\n');
    for (const QByteArray& text : texts) {
        ++line;
        if (!text.startsWith("# %%"))
            continue;
        ++cell;
        const QString type = text.contains("[markdown]") || text.contains("[md]") ? Text::tr("markdown")
                             : text.contains("[raw]")                             ? Text::tr("raw")
                                                                                  : Text::tr("code");
        markers.append({line, Text::tr("cell %1 · %2").arg(cell).arg(type)});
    }
    return markers;
}

QString cellAt(const QList<CellMarker>& markers, int line)
{
    QString label = Text::tr("header");
    for (const CellMarker& marker : markers) {
        if (marker.line > line)
            break;
        label = marker.label;
    }
    return label;
}

QStringList outputKinds(const json::Value* outputs)
{
    int images = 0, streams = 0, errors = 0, html = 0, other = 0;
    if (outputs && outputs->isArray()) {
        for (const json::Value& raw : outputs->array()) {
            const json::Value output = raw.isRaw() ? raw.materialized().value_or(json::Value()) : raw;
            const json::Value* type = output.find("output_type");
            const std::string kind = type && type->isString() ? type->string() : std::string();
            if (kind == "stream") {
                ++streams;
            } else if (kind == "error") {
                ++errors;
            } else if (const json::Value* data = output.find("data"); data && data->isObject()) {
                bool image = false, isHtml = false;
                for (const auto& [mime, value] : data->object()) {
                    image = image || mime.starts_with("image/");
                    isHtml = isHtml || mime == "text/html";
                }
                image ? ++images : isHtml ? ++html : ++other;
            } else {
                ++other;
            }
        }
    }
    QStringList parts;
    if (images)
        parts << (images == 1 ? Text::tr("1 image") : Text::tr("%1 images").arg(images));
    if (streams)
        parts << (streams == 1 ? Text::tr("1 stream") : Text::tr("%1 streams").arg(streams));
    if (errors)
        parts << (errors == 1 ? Text::tr("1 error") : Text::tr("%1 errors").arg(errors));
    if (html)
        parts << Text::tr("%1 HTML").arg(html);
    if (other)
        parts << Text::tr("%1 other").arg(other);
    return parts;
}

QStringList changedKeys(const json::Value* a, const json::Value* b)
{
    QStringList keys;
    const json::Value empty(json::Value::Object{});
    const json::Value& x = a && a->isObject() ? *a : empty;
    const json::Value& y = b && b->isObject() ? *b : empty;
    for (const auto& [key, value] : x.object()) {
        const json::Value* other = y.find(key);
        if (!other || !(*other == value))
            keys << QString::fromStdString(key);
    }
    for (const auto& [key, value] : y.object())
        if (!x.find(key))
            keys << QString::fromStdString(key);
    keys.removeDuplicates();
    return keys;
}

void summarise(const notebook::Notebook* before, const notebook::Notebook* after, ReviewFile& file)
{
    static const json::Value::Array none;
    const json::Value::Array& a =
        before && !before->cellLists().empty() ? *before->cellLists().front() : none;
    const json::Value::Array& b = after && !after->cellLists().empty() ? *after->cellLists().front() : none;
    // Cells pair by id when both sides have ids, else by position.
    QHash<QString, size_t> byId;
    bool ids = !a.empty() && !b.empty();
    for (size_t i = 0; i < a.size(); ++i) {
        const json::Value* id = a[i].find("id");
        if (!id || !id->isString())
            ids = false;
        else
            byId.insert(QString::fromStdString(id->string()), i);
    }
    for (size_t j = 0; j < b.size(); ++j) {
        const json::Value* id = b[j].find("id");
        if (!id || !id->isString())
            ids = false;
    }
    for (size_t j = 0; j < b.size(); ++j) {
        const json::Value* old = nullptr;
        if (ids) {
            const auto it = byId.constFind(QString::fromStdString(b[j].find("id")->string()));
            old = it == byId.constEnd() ? nullptr : &a[*it];
        } else if (j < a.size()) {
            old = &a[j];
        }
        const int number = int(j) + 1;
        const json::Value* newOutputs = b[j].find("outputs");
        const json::Value* oldOutputs = old ? old->find("outputs") : nullptr;
        const bool hadOutputs = oldOutputs && oldOutputs->truthy();
        const bool hasOutputs = newOutputs && newOutputs->truthy();
        if ((hadOutputs || hasOutputs) && !(oldOutputs && newOutputs && *oldOutputs == *newOutputs)) {
            const QStringList kinds = outputKinds(hasOutputs ? newOutputs : oldOutputs);
            const QString what = !hasOutputs   ? Text::tr("outputs cleared")
                                 : !hadOutputs ? Text::tr("outputs added")
                                               : Text::tr("outputs changed");
            file.outputChanges << Text::tr("cell %1: %2 (%3)").arg(number).arg(what, kinds.join(u", "_s));
        }
        if (old) {
            const QStringList keys = changedKeys(old->find("metadata"), b[j].find("metadata"));
            if (!keys.isEmpty())
                file.metadataChanges
                    << Text::tr("cell %1: metadata changed (%2)").arg(number).arg(keys.join(u", "_s));
        }
    }
    const QStringList keys = changedKeys(before ? before->root.find("metadata") : nullptr,
                                         after ? after->root.find("metadata") : nullptr);
    if (before && after && !keys.isEmpty())
        file.metadataChanges.prepend(Text::tr("notebook metadata changed (%1)").arg(keys.join(u", "_s)));
}

void fold(ReviewHunk& hunk, int context, int foldAbove)
{
    QList<ReviewLine> out;
    int i = 0;
    while (i < hunk.lines.size()) {
        if (hunk.lines[i].origin != ' ') {
            out.append(hunk.lines[i++]);
            continue;
        }
        int end = i;
        while (end < hunk.lines.size() && hunk.lines[end].origin == ' ')
            ++end;
        const bool atStart = i == 0;
        const bool atEnd = end == hunk.lines.size();
        const int keepBefore = atStart ? 0 : context;
        const int keepAfter = atEnd ? 0 : context;
        const int run = end - i;
        if (run - keepBefore - keepAfter > foldAbove) {
            for (int k = i; k < i + keepBefore; ++k)
                out.append(hunk.lines[k]);
            ReviewLine placeholder;
            placeholder.origin = '~';
            placeholder.folded = run - keepBefore - keepAfter;
            placeholder.oldLine = hunk.lines[i + keepBefore].oldLine;
            placeholder.newLine = hunk.lines[i + keepBefore].newLine;
            out.append(placeholder);
            for (int k = end - keepAfter; k < end; ++k)
                out.append(hunk.lines[k]);
        } else {
            for (int k = i; k < end; ++k)
                out.append(hunk.lines[k]);
        }
        i = end;
    }
    hunk.lines = std::move(out);
}

} // namespace

ReviewFile reviewTexts(const QString& path, const QByteArray& oldBytes, const QByteArray& newBytes,
                       const ReviewOptions& options)
{
    ReviewFile file;
    file.path = file.oldPath = path;
    file.syntax = syntaxFor(path);
    QByteArray oldText = oldBytes;
    QByteArray newText = newBytes;
    QList<CellMarker> oldMarkers, newMarkers;
    if (path.endsWith(u".ipynb"_s) && options.notebookAware) {
        std::optional<notebook::Notebook> before, after;
        QString problem;
        if (!oldBytes.isEmpty()) {
            if (Result<notebook::Notebook> n = notebook::parseNotebook(oldBytes, path, true))
                before = std::move(*n);
            else
                problem = Text::tr("the old version is not a valid notebook (%1)").arg(n.error().message);
        }
        if (!newBytes.isEmpty() && problem.isEmpty()) {
            if (Result<notebook::Notebook> n = notebook::parseNotebook(newBytes, path, true))
                after = std::move(*n);
            else
                problem = Text::tr("the new version is not a valid notebook (%1)").arg(n.error().message);
        }
        if (problem.isEmpty()) {
            oldText = before ? notebook::toPercentScript(*before).value_or(QByteArray()) : QByteArray();
            newText = after ? notebook::toPercentScript(*after).value_or(QByteArray()) : QByteArray();
            file.notebook = true;
            file.syntax = u"Python"_s;
            file.note =
                Text::tr("notebook: compared as percent scripts (outputs and volatile metadata left out)");
            oldMarkers = cellMarkers(oldText);
            newMarkers = cellMarkers(newText);
            if (options.summaries)
                summarise(before ? &*before : nullptr, after ? &*after : nullptr, file);
        } else {
            file.note = problem + Text::tr("; compared as JSON text");
        }
    }
    if (!file.notebook && (looksBinary(oldText) || looksBinary(newText))) {
        file.binary = true;
        return file;
    }
    const int context = options.foldAbove > 0 ? 1 << 28 : options.context;
    const git::FileDiff diff = git::diffTexts(oldText, newText, path, context);
    static const QRegularExpression headerPattern(u"^(@@ -\\d+(?:,\\d+)? \\+\\d+(?:,\\d+)? @@)\\s?(.*)$"_s);
    for (const git::DiffHunk& raw : diff.hunks) {
        ReviewHunk hunk;
        const QRegularExpressionMatch m = headerPattern.match(raw.header);
        hunk.header = m.hasMatch() ? m.captured(1) : raw.header;
        hunk.context = m.hasMatch() ? m.captured(2) : QString();
        for (const git::DiffLine& line : raw.lines) {
            ReviewLine out;
            out.origin = line.origin;
            out.text = line.text;
            out.oldLine = line.oldLine;
            out.newLine = line.newLine;
            file.added += line.origin == '+';
            file.removed += line.origin == '-';
            hunk.lines.append(std::move(out));
        }
        if (file.notebook) {
            const auto firstChange =
                std::ranges::find_if(hunk.lines, [](const ReviewLine& l) { return l.origin != ' '; });
            if (firstChange != hunk.lines.end())
                hunk.context = firstChange->newLine > 0 ? cellAt(newMarkers, firstChange->newLine)
                                                        : cellAt(oldMarkers, firstChange->oldLine);
        }
        markWords(hunk.lines);
        if (options.foldAbove > 0)
            fold(hunk, options.context, options.foldAbove);
        file.hunks.append(std::move(hunk));
    }
    return file;
}

Result<QList<ReviewFile>> reviewDiff(const ReviewRequest& request, const ReviewOptions& options)
{
    git::GitResult<git::Repository> repository = git::Repository::open(request.repository);
    if (!repository)
        return std::unexpected(repository.error().toError());
    git::GitResult<QList<git::ChangedFile>> changes =
        repository->changedFiles(request.from, request.to, request.paths);
    if (!changes)
        return std::unexpected(changes.error().toError());
    QList<ReviewFile> files;
    for (const git::ChangedFile& change : std::as_const(*changes)) {
        QByteArray before, after;
        if (change.status != 'A') {
            git::GitResult<std::optional<QByteArray>> bytes =
                repository->fileContent(request.from, change.oldPath);
            if (!bytes)
                return std::unexpected(bytes.error().toError());
            before = bytes->value_or(QByteArray());
        }
        if (change.status != 'D') {
            git::GitResult<std::optional<QByteArray>> bytes =
                repository->fileContent(request.to, change.path);
            if (!bytes)
                return std::unexpected(bytes.error().toError());
            after = bytes->value_or(QByteArray());
        }
        ReviewFile file = reviewTexts(change.path, before, after, options);
        file.oldPath = change.oldPath;
        file.status = change.status;
        // Outputs-only changes make no code diff: they stay listed, with their summary.
        files.append(std::move(file));
    }
    return files;
}

QFuture<Result<QList<ReviewFile>>> reviewDiffAsync(const ReviewRequest& request, const ReviewOptions& options)
{
    return QtConcurrent::run([request, options] { return reviewDiff(request, options); });
}

QString unifiedText(const QList<ReviewFile>& files, bool colour, bool summaries)
{
    const auto paint = [&](const char* code, const QString& text) {
        return colour ? u"\x1b["_s + QLatin1StringView(code) + u'm' + text + u"\x1b[m"_s : text;
    };
    QString out;
    for (const ReviewFile& file : files) {
        out += paint("1", u"diff --git a/%1 b/%2"_s.arg(file.oldPath, file.path)) + u'\n';
        if (!file.note.isEmpty())
            out += paint("2", u"# "_s + file.note) + u'\n';
        if (summaries) {
            const auto lines = file.outputChanges + file.metadataChanges;
            for (const QString& line : lines)
                out += paint("33", u"# "_s + line) + u'\n';
        } else if (!file.outputChanges.isEmpty() || !file.metadataChanges.isEmpty()) {
            out += paint("2", Text::tr("# output or metadata changes in %1 place(s) (--outputs lists them)")
                                  .arg(file.outputChanges.size() + file.metadataChanges.size())) +
                   u'\n';
        }
        if (file.binary) {
            out += Text::tr("Binary files a/%1 and b/%2 differ").arg(file.oldPath, file.path) + u'\n';
            continue;
        }
        if (file.hunks.isEmpty())
            continue;
        out += paint("1", file.status == 'A' ? u"--- /dev/null"_s : u"--- a/"_s + file.oldPath) + u'\n';
        out += paint("1", file.status == 'D' ? u"+++ /dev/null"_s : u"+++ b/"_s + file.path) + u'\n';
        for (const ReviewHunk& hunk : file.hunks) {
            out +=
                paint("36", hunk.header) + (hunk.context.isEmpty() ? QString() : u' ' + hunk.context) + u'\n';
            for (const ReviewLine& line : hunk.lines) {
                if (line.origin == '~') {
                    out += paint("2", Text::tr("⋯ %1 unchanged lines").arg(line.folded)) + u'\n';
                    continue;
                }
                if (line.origin == ' ' || !colour) {
                    out += QChar::fromLatin1(line.origin) + line.text + u'\n';
                    continue;
                }
                const char* code = line.origin == '+' ? "32" : "31";
                QString text = line.text;
                if (!line.changed.isEmpty()) {
                    const WordSpan& span = line.changed.front();
                    text = text.left(span.start) + u"\x1b[7m"_s + text.mid(span.start, span.length) +
                           u"\x1b[27m"_s + text.mid(span.start + span.length);
                }
                out += paint(code, QChar::fromLatin1(line.origin) + text) + u'\n';
            }
        }
    }
    return out;
}

} // namespace slipway::project
