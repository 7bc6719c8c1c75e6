// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
class QTableView;
class QTextBrowser;

namespace slipway {

class ChannelsModel;

// The index-state board: versions × channels (present, partial, yanked, other bytes), the selected
// version's files, sha256, tag, commit and history below, what pip picks from each channel, and the
// actions: Publish…, Promote…, Yank…, open a channel's page. It only shows and asks; the controller reads
// the channels and runs the jobs.
class ChannelsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelsPanel(ChannelsModel* model, QWidget* parent = nullptr);

    // "read at 10:31", "offline: the state of 10:31", "reading…", or why there are no channels.
    void setStatus(const QString& text, bool problem = false);
    // Whether publishing and promoting may start (not while one runs; the reason in the tooltips).
    void setActionsAllowed(bool allowed, const QString& why = {});
    QString selectedVersion() const;
    QString selectedChannel() const; // the channel of the selected cell, empty for the version column
    void selectVersion(const QString& version);
    QTableView* view() const { return m_view; }
    QTextBrowser* details() const { return m_details; }

Q_SIGNALS:
    void refreshRequested();
    void publishRequested();
    void promoteRequested(const QString& version);
    void yankRequested(const QString& version, const QString& channel);
    void openPageRequested(const QString& channel);

private:
    void updateDetails();
    void updateButtons();

    ChannelsModel* m_model;
    QLabel* m_status;
    QToolButton* m_refresh;
    QToolButton* m_publish;
    QToolButton* m_promote;
    QToolButton* m_yank;
    QToolButton* m_openPage;
    QTableView* m_view;
    QTextBrowser* m_details;
    QLabel* m_picks;
    bool m_allowed = true;
};

} // namespace slipway
