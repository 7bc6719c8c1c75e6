// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ChannelsModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace slipway {

using release::CellState;

ChannelsModel::ChannelsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ChannelsModel::setAnalysis(release::BoardAnalysis analysis)
{
    const bool sameShape = analysis.channels == m_analysis.channels &&
                           analysis.rows.size() == m_analysis.rows.size() &&
                           std::equal(analysis.rows.cbegin(), analysis.rows.cend(), m_analysis.rows.cbegin(),
                                      [](const auto& a, const auto& b) { return a.version == b.version; });
    if (sameShape) {
        m_analysis = std::move(analysis);
        if (!m_analysis.rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_analysis = std::move(analysis);
    endResetModel();
}

int ChannelsModel::rowOf(const QString& version) const
{
    for (int i = 0; i < m_analysis.rows.size(); ++i)
        if (m_analysis.rows[i].version == version)
            return i;
    return -1;
}

int ChannelsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_analysis.rows.size());
}

int ChannelsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_analysis.channels.size()) + 1;
}

QString ChannelsModel::cellText(const release::BoardCell& cell)
{
    QStringList kinds;
    for (const release::IndexFile& f : cell.files)
        kinds << (f.isWheel() ? tr("wheel") : f.isSdist() ? tr("sdist") : tr("file"));
    kinds.removeDuplicates();
    switch (cell.state) {
    case CellState::Missing:
        return {};
    case CellState::Present:
        return kinds.join(u" + "_s);
    case CellState::Partial:
        return tr("only %1").arg(kinds.join(u" + "_s));
    case CellState::Yanked:
        return tr("yanked");
    case CellState::Drift:
        return tr("other bytes");
    }
    return {};
}

QString ChannelsModel::cellToolTip(const release::BoardCell& cell, const QString& channel)
{
    if (cell.files.isEmpty())
        return tr("Not in %1").arg(channel);
    const QLocale locale;
    QString tip = u"<b>"_s + channel.toHtmlEscaped() + u"</b><table>"_s;
    for (const release::IndexFile& f : cell.files) {
        tip += u"<tr><td>"_s + f.filename.toHtmlEscaped() + u"</td><td align=right>&nbsp;"_s +
               (f.size >= 0 ? locale.formattedDataSize(f.size) : QString()) + u"</td><td><tt>&nbsp;"_s +
               f.sha256.left(16) + u"…</tt></td></tr>"_s;
        if (f.yanked)
            tip += u"<tr><td colspan=3><i>"_s +
                   tr("yanked: %1")
                       .arg(f.yanked->isEmpty() ? tr("no reason given") : *f.yanked)
                       .toHtmlEscaped() +
                   u"</i></td></tr>"_s;
    }
    return tip + u"</table>"_s;
}

QVariant ChannelsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_analysis.rows.size())
        return {};
    const release::BoardRow& row = m_analysis.rows[index.row()];
    if (role == VersionRole)
        return row.version;
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.tag.isEmpty() || row.tag == row.version ? row.version
                                                               : row.version + u"  ("_s + row.tag + u')';
        case Qt::ToolTipRole:
            return row.warnings.isEmpty()
                       ? (row.commit.isEmpty() ? QVariant()
                                               : tr("built from commit %1").arg(row.commit.left(12)))
                       : QVariant(row.warnings.join(u'\n'));
        case WarningRole:
            return !row.warnings.isEmpty();
        default:
            return {};
        }
    }
    const int channel = index.column() - 1;
    if (channel >= row.cells.size())
        return {};
    const release::BoardCell& cell = row.cells[channel];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case Qt::ToolTipRole:
        return cellToolTip(cell, m_analysis.channels[channel]);
    case StateRole:
        return int(cell.state);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant ChannelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Version") : m_analysis.channels.value(section - 1);
    if (role == Qt::ToolTipRole && section > 0) {
        const int c = section - 1;
        QString tip =
            tr("pip install %1 picks %2")
                .arg(m_analysis.project,
                     m_analysis.picks.value(c).isEmpty() ? tr("nothing") : m_analysis.picks.value(c));
        if (m_analysis.picksPre.value(c) != m_analysis.picks.value(c))
            tip += u"\n"_s + tr("with --pre: %1").arg(m_analysis.picksPre.value(c));
        if (!m_analysis.errors.value(c).isEmpty())
            tip += u"\n"_s + tr("Not read: %1 (showing the last state)").arg(m_analysis.errors.value(c));
        return tip;
    }
    return {};
}

} // namespace slipway
