// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/dist/ArchiveReader.h"
#include "services/version/Pep440.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace slipway::dist {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::dist::Inspect)
};

using Severity = Finding::Severity;

struct Checker
{
    Artifact& artifact;
    void add(Severity severity, const QString& code, const QString& message, const QString& file = {})
    {
        artifact.findings.append({severity, code, message, file});
    }
};

// RECORD is CSV: path,hash,size with RFC 4180 quoting.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row.append(field);
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QString sha256Hex(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// twine check's rules for the long description (readme_renderer accepts plain text and Markdown as they
// are; reStructuredText must render, which `twine check` itself decides).
void checkDescription(Checker& c, const CoreMetadata& m)
{
    if (m.description.trimmed().isEmpty() || m.description.trimmed() == u"UNKNOWN")
        c.add(Severity::Warning, u"description-missing"_s,
              Text::tr("The long description is missing (twine check warns; the index page will be empty)."));
    if (m.descriptionContentType.isEmpty()) {
        c.add(Severity::Warning, u"description-content-type-missing"_s,
              Text::tr("Description-Content-Type is missing: indexes render the description as "
                       "reStructuredText (set readme in [project])."));
        return;
    }
    const QStringList parts = m.descriptionContentType.split(u';');
    const QString type = parts.first().trimmed().toLower();
    if (type != u"text/plain" && type != u"text/x-rst" && type != u"text/markdown") {
        c.add(Severity::Error, u"description-content-type-unknown"_s,
              Text::tr("Description-Content-Type \"%1\" is not text/plain, text/x-rst or text/markdown: the "
                       "index refuses the upload (twine check would render it as reStructuredText).")
                  .arg(m.descriptionContentType));
        return;
    }
    const auto parameters = parts.mid(1);
    for (const QString& parameter : parameters) {
        const QString key = parameter.section(u'=', 0, 0).trimmed().toLower();
        const QString value = parameter.section(u'=', 1).trimmed();
        if (key == u"charset" && value.compare(u"utf-8"_s, Qt::CaseInsensitive) != 0)
            c.add(Severity::Error, u"description-charset"_s,
                  Text::tr("The description's charset is %1; only UTF-8 is accepted.").arg(value));
        if (key == u"variant" && type == u"text/markdown" && value != u"GFM" && value != u"CommonMark")
            c.add(Severity::Error, u"description-variant"_s,
                  Text::tr("Markdown variant \"%1\" is unknown (GFM or CommonMark).").arg(value));
    }
}

void checkVersion(Checker& c, const QString& version, const InspectOptions& options)
{
    const auto parsed = version::Version::parse(version);
    if (!parsed) {
        c.add(Severity::Error, u"version-invalid"_s, parsed.error().toString());
        return;
    }
    if (parsed->hasLocal())
        c.add(Severity::Error, u"version-local"_s,
              Text::tr("Version %1 has a local part (+%2): package indexes refuse it.")
                  .arg(version, parsed->local().join(u'.')));
    if (!options.expectedVersion.isEmpty()) {
        const auto expected = version::Version::parse(options.expectedVersion);
        if (expected && *expected != *parsed)
            c.add(Severity::Warning, u"version-differs-from-git"_s,
                  Text::tr("Version %1 differs from the version git gives now, %2.")
                      .arg(version, options.expectedVersion));
    }
}

// Paths that should not ship inside a wheel or an executable.
void checkLeaks(Checker& c, const QList<ArtifactFile>& files, const QString& stripPrefix = {})
{
    static const QRegularExpression tests(
        u"(^|/)(tests?|testing)/|(^|/)conftest\\.py$|(^|/)test_[^/]*\\.py$"_s);
    for (const ArtifactFile& f : files) {
        const QString p = f.path.mid(stripPrefix.size());
        if (p.contains(u".dist-info/") || p.contains(u"/site-packages/"))
            continue;
        if (p.endsWith(u".ipynb") || p.contains(u".ipynb_checkpoints/"))
            c.add(Severity::Warning, u"notebook-leaked"_s,
                  Text::tr("A notebook is packaged: %1.").arg(f.path), f.path);
        else if (tests.match(p).hasMatch())
            c.add(Severity::Warning, u"tests-leaked"_s, Text::tr("Test code is packaged: %1.").arg(f.path),
                  f.path);
        else if (p.endsWith(u".pyc") || p.contains(u"__pycache__/"))
            c.add(Severity::Warning, u"bytecode-leaked"_s,
                  Text::tr("Compiled bytecode is packaged: %1.").arg(f.path), f.path);
    }
}

void checkLarge(Checker& c, const QList<ArtifactFile>& files, qint64 limit)
{
    for (const ArtifactFile& f : files)
        if (f.size > limit)
            c.add(Severity::Warning, u"large-file"_s,
                  Text::tr("%1 is %2 MB (more than %3 MB).")
                      .arg(f.path)
                      .arg(double(f.size) / (1024.0 * 1024.0), 0, 'f', 1)
                      .arg(limit / (qint64{1024} * 1024)),
                  f.path);
}

void checkRecord(Checker& c, const detail::ArchiveContents& contents, const QString& distInfo)
{
    const QString recordPath = distInfo + u"/RECORD"_s;
    const auto record = contents.kept.constFind(recordPath);
    if (record == contents.kept.cend()) {
        c.add(Severity::Error, u"record-missing"_s, Text::tr("%1 is missing.").arg(recordPath), recordPath);
        return;
    }
    QHash<QString, const ArtifactFile*> byPath;
    for (const ArtifactFile& f : contents.files)
        byPath.insert(f.path, &f);
    QSet<QString> listed;
    const auto rows = parseCsv(QString::fromUtf8(*record));
    for (const QStringList& row : rows) {
        const QString path = row.value(0);
        listed.insert(path);
        if (path == recordPath || path.endsWith(u"/RECORD.jws") || path.endsWith(u"/RECORD.p7s"))
            continue;
        const ArtifactFile* file = byPath.value(path);
        if (!file) {
            c.add(Severity::Error, u"record-missing-file"_s,
                  Text::tr("RECORD lists %1, which is not in the wheel.").arg(path), path);
            continue;
        }
        const QString hash = row.value(1);
        if (hash.isEmpty()) {
            c.add(Severity::Error, u"record-hash-missing"_s,
                  Text::tr("RECORD gives no hash for %1.").arg(path), path);
            continue;
        }
        if (!hash.startsWith(u"sha256=")) {
            c.add(Severity::Info, u"record-hash-unchecked"_s,
                  Text::tr("RECORD hashes %1 with %2, which Slipway does not check.")
                      .arg(path, hash.section(u'=', 0, 0)),
                  path);
            continue;
        }
        if (hash.mid(7) != file->sha256)
            c.add(
                Severity::Error, u"record-hash-mismatch"_s,
                Text::tr("%1 does not match its RECORD hash: the file was changed after the wheel was built.")
                    .arg(path),
                path);
        else if (!row.value(2).isEmpty() && row.value(2).toLongLong() != file->size)
            c.add(Severity::Error, u"record-size-mismatch"_s,
                  Text::tr("%1 is %2 bytes, RECORD says %3.").arg(path).arg(file->size).arg(row.value(2)),
                  path);
        else
            ++c.artifact.recordEntriesVerified;
    }
    for (const ArtifactFile& f : contents.files)
        if (!listed.contains(f.path))
            c.add(Severity::Error, u"file-not-in-record"_s,
                  Text::tr("%1 is in the wheel but not in RECORD.").arg(f.path), f.path);
}

// Files under the project's src/ that the wheel should carry but does not.
void checkAgainstSources(Checker& c, const QSet<QString>& wheelPaths, const QString& projectRoot)
{
    const QDir src(QDir(projectRoot).filePath(u"src"_s));
    if (!src.exists())
        return;
    QDirIterator it(src.path(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = src.relativeFilePath(it.next());
        if (relative.contains(u"__pycache__") || relative.endsWith(u".pyc") ||
            relative.contains(u".egg-info") || !relative.contains(u'/'))
            continue;
        if (wheelPaths.contains(relative))
            continue;
        if (relative.endsWith(u".py"))
            c.add(Severity::Warning, u"source-missing"_s,
                  Text::tr("src/%1 is not in the wheel (is its package found by the build backend?).")
                      .arg(relative),
                  relative);
        else
            c.add(Severity::Warning, u"package-data-missing"_s,
                  Text::tr("src/%1 is not in the wheel: declare it as package data if the package needs it.")
                      .arg(relative),
                  relative);
    }
}

void checkAgainstSdist(Checker& c, const QSet<QString>& wheelPaths, const QString& sdistPath)
{
    auto sdist = detail::readArchive(sdistPath, [](const QString&) { return false; });
    if (!sdist) {
        c.add(Severity::Warning, u"sdist-unreadable"_s, sdist.error().toString());
        return;
    }
    static const QRegularExpression inSrc(u"^[^/]+/src/(.+)$"_s);
    for (const ArtifactFile& f : std::as_const(sdist->files)) {
        const auto m = inSrc.match(f.path);
        if (!m.hasMatch() || f.path.contains(u".egg-info/") || !m.captured(1).contains(u'/'))
            continue;
        if (!wheelPaths.contains(m.captured(1)))
            c.add(Severity::Warning, u"in-sdist-not-in-wheel"_s,
                  Text::tr("%1 is in the sdist but not in the wheel.").arg(f.path), f.path);
    }
}

// The core metadata file (a wheel's METADATA, an sdist's PKG-INFO) into the artifact; false when missing.
bool readMetadata(Checker& c, const detail::ArchiveContents& contents, const QString& path)
{
    const auto bytes = contents.kept.constFind(path);
    if (bytes == contents.kept.cend()) {
        c.add(Severity::Error, u"metadata-missing"_s, Text::tr("%1 is missing.").arg(path), path);
        return false;
    }
    Artifact& a = c.artifact;
    a.metadata = CoreMetadata::parse(*bytes);
    a.rawMetadata = *bytes;
    a.name = a.metadata.name;
    a.version = a.metadata.version;
    for (const QString& problem : std::as_const(a.metadata.problems))
        c.add(Severity::Error, u"metadata-malformed"_s, path + u": "_s + problem, path);
    return true;
}

void inspectWheel(Checker& c, const detail::ArchiveContents& contents, const InspectOptions& options)
{
    Artifact& a = c.artifact;
    static const QRegularExpression fileName(
        u"^(?<name>[^-]+)-(?<version>[^-]+)(-(?<build>\\d[^-]*))?-(?<py>[^-]+)-(?<abi>[^-]+)-(?<plat>[^-]+)\\.whl$"_s);
    const auto m = fileName.match(a.fileName);
    if (!m.hasMatch())
        c.add(
            Severity::Error, u"wheel-filename"_s,
            Text::tr("%1 is not a wheel file name (name-version-python-abi-platform.whl).").arg(a.fileName));

    QStringList distInfos;
    for (const ArtifactFile& f : contents.files) {
        const QString top = f.path.section(u'/', 0, 0);
        if (top.endsWith(u".dist-info") && !distInfos.contains(top))
            distInfos.append(top);
    }
    if (distInfos.size() != 1) {
        c.add(Severity::Error, u"dist-info"_s,
              distInfos.isEmpty()
                  ? Text::tr("The wheel has no .dist-info folder.")
                  : Text::tr("The wheel has several .dist-info folders: %1.").arg(distInfos.join(u", "_s)));
        if (distInfos.isEmpty())
            return;
    }
    const QString distInfo = distInfos.first();
    if (readMetadata(c, contents, distInfo + u"/METADATA"_s)) {
        if (m.hasMatch()) {
            if (version::normalizeName(m.captured(u"name")) != version::normalizeName(a.name))
                c.add(Severity::Error, u"name-mismatch"_s,
                      Text::tr("The file name says %1, METADATA says %2.").arg(m.captured(u"name"), a.name));
            const auto fromFile = version::Version::parse(m.captured(u"version"));
            const auto fromMetadata = version::Version::parse(a.version);
            if (fromFile && fromMetadata && *fromFile != *fromMetadata)
                c.add(Severity::Error, u"version-mismatch"_s,
                      Text::tr("The file name says version %1, METADATA says %2.")
                          .arg(m.captured(u"version"), a.version));
        }
        checkVersion(c, a.version, options);
        checkDescription(c, a.metadata);
    }
    if (!contents.kept.contains(distInfo + u"/WHEEL"_s))
        c.add(Severity::Error, u"wheel-file-missing"_s, Text::tr("%1/WHEEL is missing.").arg(distInfo));
    checkRecord(c, contents, distInfo);
    checkLeaks(c, contents.files);

    QSet<QString> paths;
    for (const ArtifactFile& f : contents.files)
        paths.insert(f.path);
    if (!options.projectRoot.isEmpty())
        checkAgainstSources(c, paths, options.projectRoot);
    if (!options.companionSdist.isEmpty())
        checkAgainstSdist(c, paths, options.companionSdist);
}

void inspectSdist(Checker& c, const detail::ArchiveContents& contents, const InspectOptions& options)
{
    Artifact& a = c.artifact;
    const QString stem = a.fileName.chopped(7); // ".tar.gz"
    QStringList tops;
    for (const ArtifactFile& f : contents.files) {
        const QString top = f.path.section(u'/', 0, 0);
        if (!tops.contains(top))
            tops.append(top);
    }
    if (tops.size() != 1 || tops.first() != stem)
        c.add(Severity::Error, u"sdist-layout"_s,
              Text::tr("An sdist holds one folder named like the file (%1/); this one holds %2.")
                  .arg(stem, tops.join(u", "_s)));
    const QString top = tops.value(0);
    if (readMetadata(c, contents, top + u"/PKG-INFO"_s)) {
        const QString expectedStem =
            version::normalizeName(a.name).replace(u'-', u'_') + u'-' +
            version::Version::parse(a.version).value_or(version::Version()).toString();
        if (stem.compare(expectedStem, Qt::CaseInsensitive) != 0)
            c.add(Severity::Warning, u"sdist-filename"_s,
                  Text::tr("The file name should be %1.tar.gz (PEP 625) for %2 %3.")
                      .arg(expectedStem, a.name, a.version));
        checkVersion(c, a.version, options);
        checkDescription(c, a.metadata);
    }
    if (!contents.kept.contains(top + u"/pyproject.toml"_s))
        c.add(Severity::Warning, u"pyproject-missing"_s,
              Text::tr("The sdist has no pyproject.toml: installers fall back to legacy setup.py builds."));
}

void inspectExecutable(Checker& c, const detail::ArchiveContents& contents)
{
    const bool hasMain =
        std::ranges::any_of(contents.files, [](const ArtifactFile& f) { return f.path == u"__main__.py"; });
    if (!hasMain)
        c.add(Severity::Error, u"zipapp-main-missing"_s,
              Text::tr("The executable has no __main__.py: python cannot run it."));
    checkLeaks(c, contents.files);
}

} // namespace

bool Artifact::hasErrors() const
{
    return std::ranges::any_of(findings, [](const Finding& f) { return f.severity == Severity::Error; });
}

bool Artifact::hasWarnings() const
{
    return std::ranges::any_of(findings, [](const Finding& f) { return f.severity == Severity::Warning; });
}

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

Result<Artifact> inspectArtifact(const QString& path, const InspectOptions& options)
{
    const QFileInfo info(path);
    const QString operation = Text::tr("inspect");
    if (!info.exists())
        return fail(operation, path, Text::tr("no such file"));
    if (!info.isFile())
        return fail(operation, path, Text::tr("not a file"));
    Artifact a;
    a.path = info.absoluteFilePath();
    a.fileName = info.fileName();
    a.size = info.size();
    if (a.fileName.endsWith(u".whl"))
        a.kind = Artifact::Kind::Wheel;
    else if (a.fileName.endsWith(u".tar.gz"))
        a.kind = Artifact::Kind::Sdist;
    else if (a.fileName.endsWith(u".pyz") || a.fileName.endsWith(u".pex"))
        a.kind = Artifact::Kind::Executable;
    else
        return fail(operation, path, Text::tr("not a wheel (.whl), sdist (.tar.gz) or executable (.pyz)"));

    // The whole file's hash on another thread while this one inflates and hashes each member.
    QFuture<QString> fileHash = QtConcurrent::run(sha256Hex, a.path);
    const bool wheel = a.kind == Artifact::Kind::Wheel;
    auto contents = detail::readArchive(a.path, [wheel](const QString& p) {
        if (wheel)
            return p.count(u'/') == 1 && p.section(u'/', 0, 0).endsWith(u".dist-info") &&
                   (p.endsWith(u"/METADATA") || p.endsWith(u"/RECORD") || p.endsWith(u"/WHEEL"));
        return p.count(u'/') == 1 && (p.endsWith(u"/PKG-INFO") || p.endsWith(u"/pyproject.toml"));
    });
    a.sha256 = fileHash.result();
    if (!contents)
        return std::unexpected(contents.error());
    if (a.sha256.isEmpty())
        return fail(operation, path, Text::tr("the file cannot be read"));
    a.files = contents->files;
    a.name = a.fileName.section(u'-', 0, 0);

    Checker c{a};
    for (const detail::SkippedMember& skipped : std::as_const(contents->skipped))
        c.add(skipped.unsafe ? Severity::Error : Severity::Warning,
              skipped.unsafe ? u"member-unsafe-path"_s : u"member-skipped"_s,
              Text::tr("%1 was not read: %2.").arg(skipped.path, skipped.reason), skipped.path);
    switch (a.kind) {
    case Artifact::Kind::Wheel:
        inspectWheel(c, *contents, options);
        break;
    case Artifact::Kind::Sdist:
        inspectSdist(c, *contents, options);
        break;
    case Artifact::Kind::Executable:
        inspectExecutable(c, *contents);
        break;
    }
    checkLarge(c, a.files, options.largeFileBytes);
    std::ranges::stable_sort(a.findings,
                             [](const Finding& x, const Finding& y) { return x.severity > y.severity; });
    return a;
}

} // namespace slipway::dist
