// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pipeline/StepCache.h"

#include "services/core/ProcessRun.h"
#include "services/core/SafeRead.h"
#include "services/core/SafeWrite.h"
#include "services/release/Board.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::pipeline::StepCache)
};

constexpr qint64 maxStateBytes = qint64(64) << 20;

QString sha256(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString hashOfMap(const QMap<QString, QString>& map)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        h.addData(it.key().toUtf8());
        h.addData(QByteArrayView("\0", 1));
        h.addData(it.value().toUtf8());
        h.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

QJsonObject mapJson(const QMap<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> jsonMap(const QJsonValue& value)
{
    QMap<QString, QString> map;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// What a built-in step reads besides its `inputs:`.
bool implicitInput(StepKind kind, const QString& path)
{
    static const QStringList lintConfig{u"setup.cfg"_s, u"tox.ini"_s,  u".flake8"_s,
                                        u".pylintrc"_s, u"pylintrc"_s, u"pyproject.toml"_s};
    switch (kind) {
    case StepKind::StripCheck:
        return path.endsWith(u".ipynb") || path == u"pyproject.toml" || path == u".gitattributes";
    case StepKind::Lint:
        return path.endsWith(u".py") || path.endsWith(u".ipynb") || lintConfig.contains(path);
    case StepKind::Test:
        return true;
    case StepKind::Build:         // built from the commit: HEAD and its version say it all
    case StepKind::TestInstalled: // installed from a channel, tested from the commit
    case StepKind::Run:
    case StepKind::Publish:
    case StepKind::Promote:
        break;
    }
    return false;
}

// A program as it is now: where it resolves to, its size and modification time (a new release of the
// tool, another interpreter, the same name elsewhere on PATH).
QString programIdentity(const QString& program)
{
    const QString path = resolveExecutable(program, std::nullopt);
    if (path.isEmpty())
        return u"missing"_s;
    const QFileInfo info(QFileInfo(path).canonicalFilePath());
    return u"%1 %2 %3"_s.arg(info.absoluteFilePath())
        .arg(info.size())
        .arg(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
}

QString stepsFolder(const QString& projectRoot)
{
    return QDir(projectRoot).filePath(u".slipway/pipeline/steps"_s);
}

} // namespace

FileHasher::FileHasher(QString projectRoot)
    : m_root(std::move(projectRoot))
{}

QString FileHasher::hash(const QString& relativePath)
{
    const QString path = QDir(m_root).filePath(relativePath);
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    if (S_ISLNK(st.st_mode))
        return u"link:"_s + QFile::symLinkTarget(path);
    if (!S_ISREG(st.st_mode))
        return u"not-a-file"_s;
    const qint64 modified = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(relativePath);
        if (it != m_entries.cend() && it->size == qint64(st.st_size) && it->modified == modified)
            return it->sha256;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"unreadable"_s;
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&file);
    const QString digest = QString::fromLatin1(h.result().toHex());
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(relativePath, Entry{qint64(st.st_size), modified, digest});
    return digest;
}

void FileHasher::load()
{
    const auto bytes = readStateFile(QDir(m_root).filePath(u".slipway/pipeline/files.json"_s), maxStateBytes);
    if (!bytes)
        return;
    const QJsonObject files = QJsonDocument::fromJson(*bytes).object();
    const QMutexLocker lock(&m_mutex);
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonArray e = it.value().toArray();
        if (e.size() == 3)
            m_entries.insert(it.key(),
                             Entry{qint64(e[0].toDouble()), qint64(e[1].toDouble()), e[2].toString()});
    }
}

void FileHasher::save() const
{
    QJsonObject files;
    {
        const QMutexLocker lock(&m_mutex);
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            files.insert(it.key(), QJsonArray{double(it->size), double(it->modified), it->sha256});
    }
    auto folder = pipelineStateFolder(m_root);
    if (folder)
        (void)writeFileSafely(*folder + u"/files.json"_s, QJsonDocument(files).toJson(QJsonDocument::Compact),
                              Text::tr("save the pipeline's file hashes"), m_root);
}

QString Fingerprint::combined() const
{
    return hashOfMap({{u"command"_s, command},
                      {u"tools"_s, hashOfMap(tools)},
                      {u"env"_s, hashOfMap(env)},
                      {u"inputs"_s, hashOfMap(inputs)},
                      {u"needs"_s, hashOfMap(needs)}});
}

const QStringList& environmentAllowList()
{
    static const QStringList names{u"PYTHONPATH"_s,
                                   u"PYTHONHASHSEED"_s,
                                   u"SOURCE_DATE_EPOCH"_s,
                                   u"LANG"_s,
                                   u"LC_ALL"_s,
                                   u"TZ"_s,
                                   u"SETUPTOOLS_SCM_PRETEND_VERSION"_s};
    return names;
}

Fingerprint fingerprintOf(const StepDef& step, const RunFacts& facts, FileHasher& hasher,
                          const QMap<QString, QString>& needOutputs)
{
    Fingerprint f;
    QMap<QString, QString> command{{u"kind"_s, kindName(step.kind)},
                                   {u"run"_s, step.run.join(QChar(0))},
                                   {u"shell"_s, step.shell},
                                   {u"outputs"_s, step.outputs.join(QChar(0))}};
    for (auto it = step.with.cbegin(); it != step.with.cend(); ++it)
        command.insert(u"with."_s + it.key(), it.value().join(QChar(0)));
    for (auto it = step.env.cbegin(); it != step.env.cend(); ++it)
        command.insert(u"env."_s + it.key(), it.value());
    f.command = hashOfMap(command);

    if (step.kind == StepKind::Run) {
        f.tools.insert(step.run.first(), programIdentity(step.run.first()));
    } else {
        f.tools.insert(u"slipway"_s, QCoreApplication::applicationVersion());
        if (step.kind != StepKind::StripCheck)
            f.tools.insert(u"python"_s, programIdentity(facts.python));
    }
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environmentAllowList())
        if (system.contains(name))
            f.env.insert(name, sha256(system.value(name).toUtf8()).left(16));

    auto named = [&step](const QString& path) {
        return std::ranges::any_of(step.inputs, [&path](const QString& g) { return globMatches(g, path); });
    };
    for (const QString& path : facts.files)
        if (!path.startsWith(u".slipway/") && (implicitInput(step.kind, path) || named(path)))
            f.inputs.insert(path, hasher.hash(path));
    for (const QString& path : facts.outputs)
        if (named(path))
            f.inputs.insert(path, hasher.hash(path));
    // A script of the project's that the step runs is an input of it.
    const QStringList programAndScript = step.run.mid(0, 2);
    if (step.kind == StepKind::Run)
        for (const QString& argument : programAndScript)
            if (facts.files.contains(argument))
                f.inputs.insert(argument, hasher.hash(argument));
    if (step.kind == StepKind::Build || step.kind == StepKind::TestInstalled)
        f.inputs.insert(u"HEAD"_s, facts.commit + u' ' + facts.version);
    for (const QString& need : step.needs)
        f.needs.insert(need, needOutputs.value(need));
    return f;
}

namespace {

QString describeChanges(const QMap<QString, QString>& now, const QMap<QString, QString>& before)
{
    QStringList changes;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!before.contains(it.key()))
            changes << Text::tr("%1 is new").arg(it.key());
        else if (before.value(it.key()) != it.value())
            changes << (it.key() == u"HEAD" ? Text::tr("HEAD moved") : Text::tr("%1 changed").arg(it.key()));
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!now.contains(it.key()))
            changes << Text::tr("%1 was removed").arg(it.key());
    if (changes.size() > 3)
        return changes.mid(0, 3).join(u", "_s) + Text::tr(" and %n more", nullptr, int(changes.size() - 3));
    return changes.join(u", "_s);
}

} // namespace

QString whyRun(const StepDef& step, const Fingerprint& now, const std::optional<StepRecord>& last,
               FileHasher& hasher, bool asked)
{
    if (step.neverCached() && asked)
        return Text::tr("%1 always runs").arg(kindName(step.kind));
    if (!last)
        return Text::tr("never ran");
    if (last->failed)
        return Text::tr("failed last time");
    const Fingerprint& before = last->fingerprint;
    if (now.command != before.command)
        return Text::tr("command changed");
    for (auto it = now.tools.cbegin(); it != now.tools.cend(); ++it)
        if (before.tools.value(it.key()) != it.value())
            return Text::tr("tool changed: %1").arg(it.key());
    for (const QString& name : environmentAllowList())
        if (now.env.value(name) != before.env.value(name))
            return Text::tr("environment changed: %1").arg(name);
    if (now.inputs != before.inputs)
        return describeChanges(now.inputs, before.inputs);
    for (auto it = now.needs.cbegin(); it != now.needs.cend(); ++it)
        if (before.needs.value(it.key()) != it.value())
            return Text::tr("needs: %1 changed its outputs").arg(it.key());
    if (now.needs.size() != before.needs.size())
        return Text::tr("needs changed");
    for (auto it = last->outputs.cbegin(); it != last->outputs.cend(); ++it) {
        const QString current = hasher.hash(it.key());
        if (current.isEmpty())
            return Text::tr("%1 is missing").arg(it.key());
        if (current != it.value())
            return Text::tr("%1 was changed since the step wrote it").arg(it.key());
    }
    return {};
}

Result<StepRecord> recordOutputs(const StepDef& step, const QStringList& outputs, FileHasher& hasher)
{
    StepRecord record;
    for (const QString& path : outputs) {
        const QString digest = hasher.hash(path);
        if (digest.isEmpty())
            return fail(Text::tr("step %1").arg(step.name), path, Text::tr("the step did not write it"));
        record.outputs.insert(path, digest);
    }
    record.outputsHash = record.outputs.isEmpty() ? QString() : hashOfMap(record.outputs);
    return record;
}

std::optional<StepRecord> loadRecord(const QString& projectRoot, const QString& step)
{
    const auto bytes = readStateFile(stepsFolder(projectRoot) + u'/' + step + u".json"_s, maxStateBytes);
    if (!bytes)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
    if (o.value(u"version"_s).toInt() != 1)
        return std::nullopt;
    StepRecord r;
    const QJsonObject f = o.value(u"fingerprint"_s).toObject();
    r.fingerprint.command = f.value(u"command"_s).toString();
    r.fingerprint.tools = jsonMap(f.value(u"tools"_s));
    r.fingerprint.env = jsonMap(f.value(u"env"_s));
    r.fingerprint.inputs = jsonMap(f.value(u"inputs"_s));
    r.fingerprint.needs = jsonMap(f.value(u"needs"_s));
    r.outputs = jsonMap(o.value(u"outputs"_s));
    r.outputsHash = o.value(u"outputsHash"_s).toString();
    r.finishedAt = QDateTime::fromString(o.value(u"finishedAt"_s).toString(), Qt::ISODateWithMs);
    r.seconds = o.value(u"seconds"_s).toDouble();
    r.failed = o.value(u"failed"_s).toBool();
    return r;
}

Result<void> saveRecord(const QString& projectRoot, const QString& step, const StepRecord& record)
{
    auto folder = pipelineStateFolder(projectRoot);
    if (!folder)
        return std::unexpected(folder.error());
    const QJsonObject f{{u"command"_s, record.fingerprint.command},
                        {u"tools"_s, mapJson(record.fingerprint.tools)},
                        {u"env"_s, mapJson(record.fingerprint.env)},
                        {u"inputs"_s, mapJson(record.fingerprint.inputs)},
                        {u"needs"_s, mapJson(record.fingerprint.needs)}};
    const QJsonObject o{{u"version"_s, 1},
                        {u"step"_s, step},
                        {u"fingerprint"_s, f},
                        {u"outputs"_s, mapJson(record.outputs)},
                        {u"outputsHash"_s, record.outputsHash},
                        {u"finishedAt"_s, record.finishedAt.toString(Qt::ISODateWithMs)},
                        {u"seconds"_s, record.seconds},
                        {u"failed"_s, record.failed}};
    return writeFileSafely(stepsFolder(projectRoot) + u'/' + step + u".json"_s,
                           QJsonDocument(o).toJson(QJsonDocument::Indented),
                           Text::tr("save the step's state"), projectRoot);
}

void markFailed(const QString& projectRoot, const QString& step)
{
    StepRecord record = loadRecord(projectRoot, step).value_or(StepRecord{});
    record.failed = true;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    (void)saveRecord(projectRoot, step, record);
}

Result<QString> pipelineStateFolder(const QString& projectRoot)
{
    auto folder = release::projectStateFolder(projectRoot);
    if (!folder)
        return folder;
    return *folder + u"/pipeline"_s;
}

} // namespace slipway::pipeline
