// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MainWindow.h"
#include "services/release/Board.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QDockWidget;

namespace slipway {

class ChannelsModel;
class ChannelsPanel;
class PromoteDialog;

// The Channels dock: the board read off the GUI thread (the last state from .slipway/ first, so it shows
// offline), publish / promote / yank as jobs in the Jobs panel, credentials from the environment,
// ~/.netrc, ~/.pypirc or the system keychain (asked for, and kept there, when a server refuses).
class ChannelsController : public QObject
{
    Q_OBJECT
public:
    ChannelsController(const AppServices& services, QMainWindow* window);
    ~ChannelsController() override;

    QDockWidget* dock() const { return m_dock; }
    ChannelsPanel* panel() const { return m_panel; }
    ChannelsModel* model() const { return m_model; }

    void setProject(const std::optional<ProjectInfo>& project);
    void refresh();
    void publish(const QString& channel, const QStringList& files);
    void promote(const QString& version);
    void yank(const QString& version, const QString& channel);

Q_SIGNALS:
    void refreshed(); // the board shows a fresh read (tests wait for it)

private:
    release::ReleaseContext context() const;
    void show(const release::BoardState& board, const release::BoardAnalysis& analysis, bool cached);
    void loadCredentials();
    // A job refused for credentials: asks, keeps them in the keychain, calls `retry`.
    bool askCredentials(const Error& error, const std::function<void()>& retry);
    void runJob(Job* job, const std::function<void(bool ok)>& done = {});

    AppServices m_services;
    QMainWindow* m_window;
    ChannelsModel* m_model;
    ChannelsPanel* m_panel;
    QDockWidget* m_dock;
    std::optional<ProjectInfo> m_project;
    release::ReleaseConfig m_config;
    std::optional<release::BoardState> m_board; // the last state shown
    QMap<QString, release::Credentials> m_credentials;
    QPointer<Job> m_running;
    QPointer<PromoteDialog> m_promoteDialog;
    quint64 m_generation = 0;
    QElapsedTimer m_readTimer;
    QTimer m_poll;
};

} // namespace slipway
