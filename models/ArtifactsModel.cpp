// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ArtifactsModel.h"

#include <QColor>
#include <QLocale>

namespace slipway {

// Internal ids: 0 for an artifact row; (a + 1) << 1 for a row under artifact a (its findings, then the
// "Files" node); ((a + 1) << 1) | 1 for a file under artifact a's "Files" node.
namespace {

quintptr childId(int artifact)
{
    return quintptr(artifact + 1) << 1;
}
quintptr fileId(int artifact)
{
    return childId(artifact) | 1;
}
int artifactOf(quintptr id)
{
    return int(id >> 1) - 1;
}
bool isFile(quintptr id)
{
    return (id & 1) != 0;
}

QString kindText(dist::Artifact::Kind kind)
{
    switch (kind) {
    case dist::Artifact::Kind::Wheel:
        return ArtifactsModel::tr("wheel");
    case dist::Artifact::Kind::Sdist:
        return ArtifactsModel::tr("sdist");
    case dist::Artifact::Kind::Executable:
        return ArtifactsModel::tr("executable");
    }
    return {};
}

QString severityText(dist::Finding::Severity severity)
{
    switch (severity) {
    case dist::Finding::Severity::Info:
        return ArtifactsModel::tr("info");
    case dist::Finding::Severity::Warning:
        return ArtifactsModel::tr("warning");
    case dist::Finding::Severity::Error:
        return ArtifactsModel::tr("error");
    }
    return {};
}

} // namespace

ArtifactsModel::ArtifactsModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ArtifactsModel::setArtifacts(QList<dist::Artifact> artifacts)
{
    beginResetModel();
    m_artifacts = std::move(artifacts);
    endResetModel();
}

QModelIndex ArtifactsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, childId(parent.row()));
    return createIndex(row, column, fileId(artifactOf(parent.internalId())));
}

QModelIndex ArtifactsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int a = artifactOf(child.internalId());
    if (!isFile(child.internalId()))
        return createIndex(a, 0, quintptr(0));
    return createIndex(int(m_artifacts[a].findings.size()), 0, childId(a)); // the "Files" node
}

int ArtifactsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_artifacts.size());
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0)
        return int(m_artifacts[parent.row()].findings.size()) + 1; // findings, then "Files"
    const int a = artifactOf(parent.internalId());
    if (!isFile(parent.internalId()) && parent.row() == m_artifacts[a].findings.size())
        return int(m_artifacts[a].files.size());
    return 0;
}

int ArtifactsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ArtifactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QLocale locale;
    const quintptr id = index.internalId();
    const int a = id == 0 ? index.row() : artifactOf(id);
    const dist::Artifact& artifact = m_artifacts[a];
    if (role == ArtifactIndexRole)
        return a;

    if (id == 0) { // the artifact
        const qsizetype errors = std::ranges::count_if(artifact.findings, [](const dist::Finding& f) {
            return f.severity == dist::Finding::Severity::Error;
        });
        const qsizetype warnings = std::ranges::count_if(artifact.findings, [](const dist::Finding& f) {
            return f.severity == dist::Finding::Severity::Warning;
        });
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn:
                return artifact.fileName;
            case KindColumn:
                return kindText(artifact.kind);
            case SizeColumn:
                return locale.formattedDataSize(artifact.size);
            case DetailColumn: {
                if (errors + warnings == 0)
                    return tr("no problems");
                QStringList parts;
                if (errors > 0)
                    parts.append(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
                if (warnings > 0)
                    parts.append(warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
                return parts.join(QStringLiteral(", "));
            }
            default:
                break;
            }
            return {};
        case Qt::ToolTipRole:
            return tr("%1\nsha256 %2").arg(artifact.path, artifact.sha256);
        case Qt::ForegroundRole:
            if (index.column() == DetailColumn && errors > 0)
                return QColor(0xd3, 0x2f, 0x2f);
            if (index.column() == DetailColumn && warnings > 0)
                return QColor(0xc7, 0x7c, 0x02);
            return {};
        case PathRole:
            return artifact.path;
        case Qt::TextAlignmentRole:
            return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default:
            return {};
        }
    }

    if (isFile(id)) { // a file inside
        const dist::ArtifactFile& file = artifact.files[index.row()];
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case NameColumn:
                return file.path;
            case SizeColumn:
                return locale.formattedDataSize(file.size);
            case DetailColumn:
                return QString(u"sha256=" + file.sha256);
            default:
                return {};
            }
        }
        if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    if (index.row() == artifact.findings.size()) { // the "Files" node
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Files (%1)").arg(artifact.files.size());
        if (role == Qt::DisplayRole && index.column() == DetailColumn &&
            artifact.kind == dist::Artifact::Kind::Wheel)
            return tr("%1 RECORD hashes verified").arg(artifact.recordEntriesVerified);
        return {};
    }

    const dist::Finding& finding = artifact.findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString(severityText(finding.severity) + u": " + finding.message);
        case KindColumn:
            return severityText(finding.severity);
        case DetailColumn:
            return finding.code;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QString(finding.message + u"\n[" + finding.code + u']');
    case Qt::ForegroundRole:
        if (finding.severity == dist::Finding::Severity::Error)
            return QColor(0xd3, 0x2f, 0x2f);
        if (finding.severity == dist::Finding::Severity::Warning)
            return QColor(0xc7, 0x7c, 0x02);
        return {};
    case SeverityRole:
        return int(finding.severity);
    default:
        return {};
    }
}

QVariant ArtifactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Artifact");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Size");
    case DetailColumn:
        return tr("Details");
    default:
        break;
    }
    return {};
}

} // namespace slipway
