// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/SimpleIndex.h"

#include "services/version/Pep440.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::SimpleIndex)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString unescaped(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s).replace(u"&#x27;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    return text;
}

QStringList sortedVersions(const QList<IndexFile>& files)
{
    QList<version::Version> parsed;
    QStringList unparsed;
    for (const IndexFile& f : files) {
        const QString v = f.version();
        if (v.isEmpty())
            continue;
        if (auto p = version::Version::parse(v)) {
            if (!parsed.contains(*p))
                parsed << *p;
        } else if (!unparsed.contains(v)) {
            unparsed << v;
        }
    }
    std::sort(parsed.begin(), parsed.end());
    QStringList out;
    for (const auto& v : std::as_const(parsed))
        out << v.toString();
    return out + unparsed;
}

// Splits "name-version" off a file name; the version is the second '-' separated part.
QStringList nameParts(const QString& filename)
{
    QString stem = filename;
    if (stem.endsWith(u".whl"_s))
        return stem.chopped(4).split(u'-');
    for (const QString& ext : {u".tar.gz"_s, u".zip"_s, u".tar.bz2"_s}) {
        if (stem.endsWith(ext)) {
            stem.chop(ext.size());
            const qsizetype dash = stem.lastIndexOf(u'-');
            if (dash <= 0)
                return {};
            return {stem.left(dash), stem.mid(dash + 1)};
        }
    }
    return {};
}

IndexFile fileFromJson(const QJsonObject& o)
{
    IndexFile f;
    f.filename = o.value(u"filename"_s).toString();
    f.url = o.value(u"url"_s).toString();
    f.sha256 = o.value(u"hashes"_s).toObject().value(u"sha256"_s).toString().toLower();
    f.size = o.contains(u"size"_s) ? qint64(o.value(u"size"_s).toDouble(-1)) : -1;
    f.uploadTime = o.value(u"upload-time"_s).toString();
    f.requiresPython = o.value(u"requires-python"_s).toString();
    const QJsonValue yanked = o.value(u"yanked"_s);
    if (yanked.isString())
        f.yanked = yanked.toString();
    else if (yanked.toBool(false))
        f.yanked = QString();
    QJsonValue metadata = o.value(u"core-metadata"_s);
    if (metadata.isUndefined())
        metadata = o.value(u"data-dist-info-metadata"_s);
    f.hasMetadata = metadata.isObject() || metadata.toBool(false);
    f.metadataSha256 = metadata.toObject().value(u"sha256"_s).toString();
    return f;
}

Result<ProjectPage> parseJson(const QByteArray& bytes, const QString& source, const PageLimits& limits)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return fail(Text::tr("read index page"), source,
                    Text::tr("not a PEP 691 JSON page: %1").arg(error.errorString()));
    ProjectPage page;
    page.name = version::normalizeName(doc.object().value(u"name"_s).toString());
    const QJsonArray files = doc.object().value(u"files"_s).toArray();
    if (files.size() > limits.maxFiles)
        return fail(Text::tr("read index page"), source,
                    Text::tr("more than %1 files: not read").arg(limits.maxFiles));
    for (const auto& v : files)
        page.files << fileFromJson(v.toObject());
    return page;
}

Result<ProjectPage> parseHtml(const QByteArray& bytes, const QString& source, const PageLimits& limits)
{
    static const QRegularExpression anchor(u"<a\\s([^>]*)>([^<]*)</a>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(u"([a-zA-Z_:-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')"_s);
    const QString html = QString::fromUtf8(bytes);
    ProjectPage page;
    for (auto it = anchor.globalMatch(html); it.hasNext();) {
        if (page.files.size() >= limits.maxFiles)
            return fail(Text::tr("read index page"), source,
                        Text::tr("more than %1 files: not read").arg(limits.maxFiles));
        const auto m = it.next();
        IndexFile f;
        f.filename = unescaped(m.captured(2).trimmed());
        const QString attributes = m.captured(1);
        for (auto a = attribute.globalMatch(attributes); a.hasNext();) {
            const auto am = a.next();
            const QString name = am.captured(1).toLower();
            const QString value = unescaped(am.captured(2).mid(1).chopped(1));
            if (name == u"href") {
                const qsizetype hash = value.indexOf(u'#');
                f.url = value.left(hash);
                if (hash >= 0 && QStringView(value).mid(hash + 1).startsWith(u"sha256="))
                    f.sha256 = value.mid(hash + 8).toLower();
            } else if (name == u"data-requires-python") {
                f.requiresPython = value;
            } else if (name == u"data-yanked") {
                f.yanked = value;
            } else if (name == u"data-core-metadata" || name == u"data-dist-info-metadata") {
                f.hasMetadata = value != u"false";
                if (value.startsWith(u"sha256="_s))
                    f.metadataSha256 = value.mid(7);
            }
        }
        if (!f.filename.isEmpty())
            page.files << f;
    }
    if (!page.files.isEmpty())
        page.name = projectFromFilename(page.files.front().filename);
    return page;
}

} // namespace

QString IndexFile::version() const
{
    return versionFromFilename(filename);
}

QStringList ProjectPage::versions() const
{
    return sortedVersions(files);
}

QString versionFromFilename(const QString& filename)
{
    return nameParts(filename).value(1);
}

QString projectFromFilename(const QString& filename)
{
    return version::normalizeName(nameParts(filename).value(0));
}

QByteArray renderProjectHtml(const ProjectPage& page)
{
    QString html =
        u"<!DOCTYPE html>\n<html>\n<head>\n<meta name=\"pypi:repository-version\" content=\"1.1\">\n"
        u"<title>Links for %1</title>\n</head>\n<body>\n<h1>Links for %1</h1>\n"_s.arg(escaped(page.name));
    for (const IndexFile& f : page.files) {
        html += u"<a href=\""_s + escaped(f.url) + u"#sha256="_s + f.sha256 + u'"';
        if (!f.requiresPython.isEmpty())
            html += u" data-requires-python=\""_s + escaped(f.requiresPython) + u'"';
        if (f.hasMetadata) {
            html += u" data-core-metadata=\"sha256="_s + f.metadataSha256 + u'"';
            html += u" data-dist-info-metadata=\"sha256="_s + f.metadataSha256 + u'"';
        }
        if (f.yanked)
            html += u" data-yanked=\""_s + escaped(*f.yanked) + u'"';
        html += u'>' + escaped(f.filename) + u"</a><br/>\n"_s;
    }
    html += u"</body>\n</html>\n"_s;
    return html.toUtf8();
}

QByteArray renderProjectJson(const ProjectPage& page)
{
    QJsonArray files;
    for (const IndexFile& f : page.files) {
        QJsonObject o{{u"filename"_s, f.filename},
                      {u"url"_s, f.url},
                      {u"hashes"_s, QJsonObject{{u"sha256"_s, f.sha256}}},
                      {u"size"_s, f.size},
                      {u"upload-time"_s, f.uploadTime}};
        if (!f.requiresPython.isEmpty())
            o.insert(u"requires-python"_s, f.requiresPython);
        o.insert(u"yanked"_s, f.yanked ? QJsonValue(f.yanked->isEmpty() ? QJsonValue(true) : *f.yanked)
                                       : QJsonValue(false));
        const QJsonValue metadata =
            f.hasMetadata ? QJsonValue(QJsonObject{{u"sha256"_s, f.metadataSha256}}) : QJsonValue(false);
        o.insert(u"core-metadata"_s, metadata);
        o.insert(u"data-dist-info-metadata"_s, metadata);
        files.append(o);
    }
    const QJsonObject doc{{u"meta"_s, QJsonObject{{u"api-version"_s, u"1.1"_s}}},
                          {u"name"_s, page.name},
                          {u"files"_s, files},
                          {u"versions"_s, QJsonArray::fromStringList(page.versions())}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray renderRootHtml(const QStringList& projects)
{
    QString html =
        u"<!DOCTYPE html>\n<html>\n<head>\n<meta name=\"pypi:repository-version\" content=\"1.1\">\n"
        u"<title>Simple index</title>\n</head>\n<body>\n"_s;
    for (const QString& p : projects)
        html += u"<a href=\""_s + escaped(p) + u"/\">"_s + escaped(p) + u"</a><br/>\n"_s;
    html += u"</body>\n</html>\n"_s;
    return html.toUtf8();
}

QByteArray renderRootJson(const QStringList& projects)
{
    QJsonArray list;
    for (const QString& p : projects)
        list.append(QJsonObject{{u"name"_s, p}});
    const QJsonObject doc{{u"meta"_s, QJsonObject{{u"api-version"_s, u"1.1"_s}}}, {u"projects"_s, list}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<ProjectPage> parseProjectPage(const QByteArray& bytes, const QString& contentType,
                                     const QString& source, const PageLimits& limits)
{
    if (bytes.size() > limits.maxBytes)
        return fail(Text::tr("read index page"), source,
                    Text::tr("larger than %1 MiB: not read").arg(limits.maxBytes >> 20));
    const bool json = contentType.contains(u"json"_s) || bytes.trimmed().startsWith('{');
    return json ? parseJson(bytes, source, limits) : parseHtml(bytes, source, limits);
}

QString pipWouldPick(const ProjectPage& page, bool pre)
{
    std::optional<version::Version> best;
    std::optional<version::Version> bestPre;
    for (const IndexFile& f : page.files) {
        if (f.yanked)
            continue;
        auto v = version::Version::parse(f.version());
        if (!v)
            continue;
        auto& slot = v->isPrerelease() ? bestPre : best;
        if (!slot || *slot < *v)
            slot = *v;
    }
    if (pre && bestPre && (!best || *best < *bestPre))
        return bestPre->toString();
    if (best)
        return best->toString();
    return bestPre ? bestPre->toString() : QString();
}

} // namespace slipway::release
