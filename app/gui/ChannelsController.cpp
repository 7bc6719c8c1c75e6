// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ChannelsController.h"

#include "models/ChannelsModel.h"
#include "services/core/Continuation.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/project/TrustStore.h"
#include "widgets/ChannelsPanel.h"
#include "widgets/PromoteDialog.h"
#include "widgets/PublishDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrentRun>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace slipway {

namespace {

const QString keychainService = u"Slipway package channels"_s;

QString keychainKey(const release::Channel& channel)
{
    return channel.url.toString(QUrl::RemoveUserInfo);
}

} // namespace

ChannelsController::ChannelsController(const AppServices& services, QMainWindow* window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_model(new ChannelsModel(this))
    , m_panel(new ChannelsPanel(m_model, window))
    , m_dock(new QDockWidget(tr("Channels"), window))
{
    m_dock->setObjectName(u"channelsDock"_s);
    m_dock->setWidget(m_panel);
    connect(m_panel, &ChannelsPanel::refreshRequested, this, &ChannelsController::refresh);
    // Others publish too (CI, colleagues): the board reads the channels again every two minutes while it
    // is on screen, and when it comes on screen.
    m_poll.setInterval(std::chrono::minutes(2));
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_dock->isVisible() && !m_dock->visibleRegion().isEmpty() && !m_running)
            refresh();
    });
    m_poll.start();
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_board && m_board->readAt.secsTo(QDateTime::currentDateTimeUtc()) > 60 && !m_running)
            refresh();
    });
    connect(m_panel, &ChannelsPanel::publishRequested, this, [this] {
        if (!m_project)
            return;
        QStringList channels;
        for (const auto& c : std::as_const(m_config.channels))
            channels << c.name;
        QStringList dist;
        const QDir folder(QDir(m_project->root).filePath(u"dist"_s));
        const QStringList built = folder.entryList({u"*.whl"_s, u"*.tar.gz"_s}, QDir::Files, QDir::Time);
        for (const QString& f : built)
            dist << folder.filePath(f);
        const bool trusted = m_services.trust->isTrusted(m_project->root);
        PublishDialog dialog(channels, dist, trusted,
                             tr("Building runs the project's build backend: trust the project first."),
                             m_window);
        if (dialog.exec() == QDialog::Accepted)
            publish(dialog.channel(), dialog.files());
    });
    connect(m_panel, &ChannelsPanel::promoteRequested, this, &ChannelsController::promote);
    connect(m_panel, &ChannelsPanel::yankRequested, this, &ChannelsController::yank);
    connect(m_panel, &ChannelsPanel::openPageRequested, this, [this](const QString& name) {
        const release::Channel* channel = m_config.channel(
            name.isEmpty() && !m_config.channels.isEmpty() ? m_config.channels.front().name : name);
        if (channel)
            QDesktopServices::openUrl(channel->indexUrl.resolved(QUrl(m_model->analysis().project + u'/')));
    });
}

ChannelsController::~ChannelsController() = default;

release::ReleaseContext ChannelsController::context() const
{
    release::ReleaseContext c;
    if (m_project) {
        c.projectRoot = m_project->root;
        c.trusted = m_services.trust->isTrusted(m_project->root);
    }
    c.credentials = m_credentials;
    return c;
}

void ChannelsController::setProject(const std::optional<ProjectInfo>& project)
{
    m_project = project;
    m_board.reset();
    ++m_generation;
    m_model->setAnalysis({});
    if (!project) {
        m_panel->setStatus({});
        return;
    }
    const QString root = project->root;
    const quint64 generation = m_generation;
    struct Loaded
    {
        Result<release::ReleaseConfig> config;
        std::optional<release::BoardState> board;
        release::BoardAnalysis analysis;
    };
    whenFinished(QtConcurrent::run([root]() -> Loaded {
                     Loaded loaded{release::loadReleaseConfig(root), release::loadBoardCache(root), {}};
                     if (loaded.config && loaded.board)
                         loaded.analysis = release::analyzeBoard(*loaded.board, loaded.config->promotions);
                     return loaded;
                 }),
                 this, [this, generation](const QFuture<Loaded>& done) {
                     if (generation != m_generation || done.resultCount() == 0)
                         return;
                     const Loaded loaded = done.result();
                     if (!loaded.config) {
                         m_config = {};
                         m_panel->setStatus(loaded.config.error().toString(), true);
                         return;
                     }
                     m_config = *loaded.config;
                     if (m_config.channels.isEmpty()) {
                         m_panel->setStatus(
                             tr("No channels yet: add a channels: section to slipway.yaml (see the "
                                "README, Release channels)."));
                         return;
                     }
                     if (loaded.board)
                         show(*loaded.board, loaded.analysis, true);
                     loadCredentials();
                 });
}

void ChannelsController::loadCredentials()
{
    // One keychain read per channel, then the board; channels without an entry use the environment,
    // ~/.netrc or ~/.pypirc (services/release/Credentials), or are read anonymously.
    auto pending = std::make_shared<int>(int(m_config.channels.size()));
    const quint64 generation = m_generation;
    for (const release::Channel& channel : std::as_const(m_config.channels)) {
        auto* job = new QKeychain::ReadPasswordJob(keychainService, this);
        job->setKey(keychainKey(channel));
        job->setAutoDelete(true);
        connect(job, &QKeychain::Job::finished, this, [this, job, name = channel.name, pending, generation] {
            if (generation != m_generation)
                return;
            if (job->error() == QKeychain::NoError) {
                const QString text = job->textData();
                const qsizetype newline = text.indexOf(u'\n');
                if (newline > 0)
                    m_credentials.insert(name, {text.left(newline), text.mid(newline + 1)});
            }
            if (--*pending == 0)
                refresh();
        });
        job->start();
    }
}

void ChannelsController::refresh()
{
    if (!m_project || m_config.channels.isEmpty())
        return;
    m_panel->setStatus(m_board
                           ? tr("Reading the channels… (showing the state of %1)")
                                 .arg(QLocale().toString(m_board->readAt.toLocalTime(), QLocale::ShortFormat))
                           : tr("Reading the channels…"));
    const quint64 generation = m_generation;
    m_readTimer.start();
    // Read, merged with the last state, analysed and kept in .slipway/: all on the pool; the GUI thread only
    // swaps the model's data.
    using Read = Result<std::pair<release::BoardState, release::BoardAnalysis>>;
    whenFinished(
        QtConcurrent::run([c = context(), previous = m_board, promotions = m_config.promotions]() -> Read {
            auto board = release::readBoard(c);
            if (!board)
                return std::unexpected(board.error());
            // A channel that could not be read keeps its last known state.
            if (previous)
                for (release::ChannelState& fresh : board->channels)
                    if (!fresh.error.isEmpty())
                        for (const release::ChannelState& old : std::as_const(previous->channels))
                            if (old.channel.name == fresh.channel.name) {
                                fresh.page = old.page;
                                fresh.journal = old.journal;
                            }
            (void)release::saveBoardCache(c.projectRoot, *board);
            auto analysis = release::analyzeBoard(*board, promotions);
            return std::pair{*board, analysis};
        }),
        this, [this, generation](const QFuture<Read>& done) {
            if (generation != m_generation || done.resultCount() == 0)
                return;
            const Read read = done.result();
            if (!read) {
                m_panel->setStatus(read.error().toString(), true);
                return;
            }
            m_services.log->info(tr("channels"),
                                 tr("Read %n channel(s) in %1 ms", nullptr, int(read->first.channels.size()))
                                     .arg(m_readTimer.elapsed()));
            show(read->first, read->second, false);
            Q_EMIT refreshed();
        });
}

void ChannelsController::show(const release::BoardState& board, const release::BoardAnalysis& analysis,
                              bool cached)
{
    const QString selected = m_panel->selectedVersion();
    m_board = board;
    m_model->setAnalysis(analysis);
    if (!selected.isEmpty())
        m_panel->selectVersion(selected);
    QStringList unread;
    for (const release::ChannelState& c : board.channels)
        if (!c.error.isEmpty())
            unread << c.channel.name + u": "_s + c.error;
    const QString when = QLocale().toString(board.readAt.toLocalTime(), QLocale::ShortFormat);
    if (cached)
        m_panel->setStatus(tr("The state of %1 (kept from the last read)").arg(when));
    else if (!unread.isEmpty())
        m_panel->setStatus(tr("Not read, showing the last known state: %1").arg(unread.join(u"; "_s)), true);
    else
        m_panel->setStatus(tr("%1 — read %2").arg(board.project, when));
}

bool ChannelsController::askCredentials(const Error& error, const std::function<void()>& retry)
{
    if (error.code != u"auth")
        return false;
    const release::Channel* channel = nullptr;
    for (const release::Channel& c : std::as_const(m_config.channels))
        if (error.path.startsWith(c.url.toString()))
            channel = &c;
    if (!channel)
        return false;
    CredentialsDialog dialog(channel->name, channel->url.toString(), error.message, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return true;
    m_credentials.insert(channel->name, {dialog.user(), dialog.password()});
    auto* job = new QKeychain::WritePasswordJob(keychainService, this);
    job->setKey(keychainKey(*channel));
    job->setTextData(dialog.user() + u'\n' + dialog.password());
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError)
            m_services.log->warning(
                tr("channels"),
                tr("The credentials were not kept in the keychain (%1): they are used for this "
                   "session only")
                    .arg(job->errorString()));
    });
    job->start();
    retry();
    return true;
}

void ChannelsController::runJob(Job* job, const std::function<void(bool ok)>& done)
{
    m_running = job;
    m_panel->setActionsAllowed(false, tr("%1 is running").arg(job->title()));
    connect(job, &Job::finished, this, [this, job, done] {
        m_panel->setActionsAllowed(true);
        if (done)
            done(job->state() == Job::State::Succeeded);
        refresh();
    });
    m_services.jobs->add(job);
}

void ChannelsController::publish(const QString& channel, const QStringList& files)
{
    if (!m_project || m_running)
        return;
    release::PublishRequest request;
    request.context = context();
    request.channel = channel;
    request.files = files;
    auto* job = new release::PublishJob(request);
    runJob(job, [this, job, channel, files](bool ok) {
        const auto& result = job->result();
        if (ok && result && *result) {
            m_window->statusBar()->showMessage(tr("%1 %2 published to %3: %4 added, %5 there already")
                                                   .arg((*result)->project, (*result)->version, channel)
                                                   .arg((*result)->change.added.size())
                                                   .arg((*result)->change.alreadyThere.size()),
                                               10000);
            m_panel->selectVersion((*result)->version);
        } else if (result && !*result &&
                   !askCredentials(result->error(), [this, channel, files] { publish(channel, files); })) {
            QMessageBox::warning(m_window, tr("Not published"), result->error().toString());
        }
    });
}

void ChannelsController::promote(const QString& version)
{
    if (!m_project)
        return;
    QList<PromoteDialog::Route> routes;
    for (const release::PromotionRule& r : std::as_const(m_config.promotions))
        routes << PromoteDialog::Route{r.from, r.to, r.gates};
    QStringList versions;
    for (const release::BoardRow& row : m_model->analysis().rows)
        versions << row.version;
    auto* dialog = new PromoteDialog(versions, routes, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVersion(version);
    m_promoteDialog = dialog;
    connect(dialog, &PromoteDialog::cancelRequested, this, [this] {
        if (m_running)
            m_running->cancel();
    });
    connect(dialog, &PromoteDialog::promoteRequested, this,
            [this, dialog](const QString& v, const QString& from, const QString& to, bool dryRun) {
                if (m_running)
                    return;
                release::PromoteRequest request;
                request.context = context();
                request.version = v;
                request.from = from;
                request.to = to;
                request.dryRun = dryRun;
                auto* job = new release::PromoteJob(request);
                dialog->setRunning(true);
                connect(
                    job, &release::PromoteJob::gateChecked, dialog,
                    [dialog](const release::GateResult& g) { dialog->setGate(g.gate, g.passed, g.detail); });
                connect(job, &Job::progressChanged, dialog, [dialog, job] {
                    dialog->setProgress(job->progressValue(), job->progressMaximum(), job->progressText());
                });
                runJob(job, [this, job, dialog](bool ok) {
                    if (!m_promoteDialog)
                        return;
                    dialog->setRunning(false);
                    const auto& result = job->result();
                    if (ok && result && *result) {
                        const release::PromoteOutcome& o = **result;
                        dialog->setOutcome(
                            true, (o.dryRun ? tr("Dry run: %1 file(s) would be added to %2, %3 there already")
                                            : tr("Promoted: %1 file(s) added to %2, %3 there already"))
                                      .arg(o.change.added.size())
                                      .arg(o.to)
                                      .arg(o.change.alreadyThere.size()));
                    } else {
                        dialog->setOutcome(false, job->state() == Job::State::Canceled
                                                      ? tr("Canceled: nothing was written")
                                                      : job->error().value_or(Error{}).message);
                    }
                });
            });
    dialog->show();
}

void ChannelsController::yank(const QString& version, const QString& channel)
{
    if (!m_project || m_running || version.isEmpty() || channel.isEmpty())
        return;
    const int row = m_model->rowOf(version);
    const int column = int(m_model->analysis().channels.indexOf(channel));
    const bool yanked = row >= 0 && column >= 0 &&
                        m_model->analysis().rows[row].cells[column].state == release::CellState::Yanked;
    release::YankRequest request;
    request.context = context();
    request.channel = channel;
    request.version = version;
    request.undo = yanked;
    if (!yanked) {
        bool ok = false;
        request.reason = QInputDialog::getText(m_window, tr("Yank %1 in %2").arg(version, channel),
                                               tr("Why? pip shows the reason to whoever pins this version:"),
                                               QLineEdit::Normal, {}, &ok);
        if (!ok || request.reason.trimmed().isEmpty())
            return;
    } else {
        QMessageBox question(QMessageBox::Question, tr("Unyank %1").arg(version),
                             tr("%1 is yanked in %2. Make it installable again?").arg(version, channel),
                             QMessageBox::Yes | QMessageBox::No, m_window);
        question.setObjectName(u"unyankQuestion"_s);
        if (question.exec() != QMessageBox::Yes)
            return;
    }
    auto* job = new release::YankJob(request);
    runJob(job, [this, job, version, channel](bool ok) {
        const auto& result = job->result();
        if (!ok && result && !*result &&
            !askCredentials(result->error(), [this, version, channel] { yank(version, channel); }))
            QMessageBox::warning(m_window, tr("Not yanked"), result->error().toString());
    });
}

} // namespace slipway
