// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/Remote.h"

#include "services/git/RepositoryPrivate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPromise>
#include <QRegularExpression>
#include <QUrl>
#include <QtConcurrentRun>

namespace slipway::git {

using namespace detail;
using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::git::Remote)
};

using RemotePtr = std::unique_ptr<git_remote, Deleter<git_remote, git_remote_free>>;

// `git credential fill|approve|reject`, with the user's helpers and never a prompt. Runs on the transfer's
// worker thread (libgit2 calls back from inside the transfer), never on the GUI thread.
QByteArray runCredential(const TransferRequest& request, const QString& action, const QByteArray& input)
{
    const QProcessEnvironment& base = request.environment;
    QProcess git;
    QProcessEnvironment env = base;
    if (request.trusted) {
        git.setWorkingDirectory(request.root); // the repository's own credential.helper counts too
    } else {
        // Outside any repository, so that git reads only the global and system configuration.
        git.setWorkingDirectory(QDir::rootPath());
        env.insert(QStringLiteral("GIT_CEILING_DIRECTORIES"), QDir::rootPath());
        for (const QString& name : {u"GIT_DIR"_s, u"GIT_WORK_TREE"_s, u"GIT_CONFIG"_s,
                                    u"GIT_CONFIG_PARAMETERS"_s, u"GIT_CONFIG_COUNT"_s})
            env.remove(name);
    }
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.remove(QStringLiteral("GIT_ASKPASS"));
    env.remove(QStringLiteral("SSH_ASKPASS"));
    git.setProcessEnvironment(env);
    git.start(QStringLiteral("git"), {QStringLiteral("credential"), action});
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(30000) || git.exitCode() != 0)
        return {};
    return git.readAllStandardOutput();
}

struct Session
{
    Session(const TransferRequest* r, TransferPromise* p)
        : request(r)
        , promise(p)
    {}
    const TransferRequest* request = nullptr;
    TransferPromise* promise = nullptr;
    QByteArray credentialAnswer; // what `git credential fill` said, for approve/reject
    int credentialAttempts = 0;
    bool sshTried = false;
    bool authFailed = false;
    QStringList updated;
    QStringList rejected; // "refs/heads/main: non-fast-forward"

    bool canceled() const { return promise && promise->isCanceled(); }
};

int acquireCredential(git_credential** out, const char* url, const char* usernameFromUrl,
                      unsigned int allowed, void* payload)
{
    auto* s = static_cast<Session*>(payload);
    if ((allowed & GIT_CREDENTIAL_SSH_KEY) && !s->sshTried) {
        s->sshTried = true;
        return git_credential_ssh_key_from_agent(out, usernameFromUrl ? usernameFromUrl : "git");
    }
    if (!(allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT)) {
        git_error_set_str(GIT_ERROR_NET, "no credentials for this kind of authentication");
        return GIT_EAUTH;
    }
    if (++s->credentialAttempts > 1) {
        // The helper's answer was refused: git forgets it, and so do we.
        s->authFailed = true;
        runCredential(*s->request, QStringLiteral("reject"), s->credentialAnswer);
        s->credentialAnswer.clear();
        git_error_set_str(GIT_ERROR_NET,
                          "authentication failed: the server refused the user name and password");
        return GIT_EAUTH;
    }
    QByteArray query = "url=" + QByteArray(url) + "\n";
    if (usernameFromUrl && *usernameFromUrl)
        query += "username=" + QByteArray(usernameFromUrl) + "\n";
    query += "\n";
    const QByteArray answer = runCredential(*s->request, QStringLiteral("fill"), query);
    QByteArray user;
    QByteArray password;
    const QList<QByteArray> lines = answer.split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("username="))
            user = line.mid(9);
        else if (line.startsWith("password="))
            password = line.mid(9);
    }
    if (user.isEmpty() && password.isEmpty()) {
        s->authFailed = true;
        git_error_set_str(GIT_ERROR_NET,
                          "the server wants a user name and password and no git credential helper "
                          "has them (set one up: git config credential.helper …)");
        return GIT_EAUTH;
    }
    s->credentialAnswer = answer;
    return git_credential_userpass_plaintext_new(out, user.constData(), password.constData());
}

int fetchProgress(const git_indexer_progress* stats, void* payload)
{
    auto* s = static_cast<Session*>(payload);
    if (s->promise) {
        s->promise->setProgressRange(0, int(stats->total_objects));
        s->promise->setProgressValueAndText(
            int(stats->received_objects),
            Text::tr("Receiving objects %1/%2").arg(stats->received_objects).arg(stats->total_objects));
    }
    return s->canceled() ? GIT_EUSER : 0;
}

int pushProgress(unsigned int current, unsigned int total, size_t, void* payload)
{
    auto* s = static_cast<Session*>(payload);
    if (s->promise) {
        s->promise->setProgressRange(0, int(total));
        s->promise->setProgressValueAndText(int(current),
                                            Text::tr("Sending objects %1/%2").arg(current).arg(total));
    }
    return s->canceled() ? GIT_EUSER : 0;
}

int pushUpdate(const char* refname, const char* status, void* payload)
{
    auto* s = static_cast<Session*>(payload);
    if (status)
        s->rejected.append(QString::fromUtf8(refname) + QStringLiteral(": ") + QString::fromUtf8(status));
    else
        s->updated.append(QString::fromUtf8(refname));
    return 0;
}

int updateRefs(const char* refname, const git_oid*, const git_oid*, git_refspec*, void* payload)
{
    static_cast<Session*>(payload)->updated.append(QString::fromUtf8(refname));
    return 0;
}

void setCallbacks(git_remote_callbacks& callbacks, Session& session)
{
    callbacks.credentials = acquireCredential;
    callbacks.transfer_progress = fetchProgress;
    callbacks.push_transfer_progress = pushProgress;
    callbacks.push_update_reference = pushUpdate;
    callbacks.update_refs = updateRefs;
    callbacks.payload = &session;
}

Error transferError(const QString& operation, const QString& root, int rc, const Session& s)
{
    QString message;
    if (s.canceled())
        message = Text::tr("canceled; nothing changed here");
    else if (const git_error* e = git_error_last(); e && e->message)
        message = QString::fromUtf8(e->message);
    else
        message = Text::tr("libgit2 error %1").arg(rc);
    if (rc == GIT_ENONFASTFORWARD || message.contains(QStringLiteral("non-fastforwardable")))
        message = Text::tr("the remote has commits this branch does not (non-fast-forward): pull first");
    git_error_clear();
    return Error{operation, root, redactUrl(message)};
}

struct Opened
{
    RepositoryPtr repo;
    RemotePtr remote;
};

Result<Opened> openRemote(const TransferRequest& request, const QString& operation)
{
    ensureTlsCertificates();
    git_repository* rawRepo = nullptr;
    if (int rc = git_repository_open_ext(&rawRepo, QFile::encodeName(request.root).constData(), 0, nullptr);
        rc < 0)
        return fail(operation, request.root, QString::fromUtf8(git_error_last()->message));
    Opened o;
    o.repo.reset(rawRepo);
    git_remote* rawRemote = nullptr;
    if (git_remote_lookup(&rawRemote, o.repo.get(), request.remote.toUtf8().constData()) < 0) {
        git_error_clear();
        return fail(operation, request.root, Text::tr("there is no remote named \"%1\"").arg(request.remote));
    }
    o.remote.reset(rawRemote);
    return o;
}

QString currentBranchRef(git_repository* repo)
{
    git_reference* raw = nullptr;
    if (git_repository_head(&raw, repo) < 0) {
        git_error_clear();
        return {};
    }
    ReferencePtr head(raw);
    return git_reference_is_branch(head.get()) ? QString::fromUtf8(git_reference_name(head.get()))
                                               : QString();
}

} // namespace

QString redactUrl(const QString& text)
{
    // The user information runs to the last "@" before the path: a password may hold "@" itself
    // (user:p@ss@host), and a token may stand alone (https://TOKEN@host).
    static const QRegularExpression credentials(QStringLiteral("\\b([a-z][a-z0-9+.-]*://)([^/\\s]*)@"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    for (auto it = credentials.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString user = m.captured(2).section(u':', 0, 0);
        const bool hasPassword = m.captured(2).contains(u':');
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += m.captured(1) + (hasPassword ? user + u":***" : QStringLiteral("***")) + u'@';
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

Result<TransferResult> fetch(const TransferRequest& request, TransferPromise* promise)
{
    const QString operation = Text::tr("fetch from %1").arg(request.remote);
    auto opened = openRemote(request, operation);
    if (!opened)
        return std::unexpected(opened.error());
    Session session{&request, promise};
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    setCallbacks(options.callbacks, session);
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_AUTO;
    const int rc = git_remote_fetch(opened->remote.get(), nullptr, &options, "fetch");
    if (rc < 0)
        return std::unexpected(transferError(operation, request.root, rc, session));
    if (!session.credentialAnswer.isEmpty())
        runCredential(request, QStringLiteral("approve"), session.credentialAnswer);
    TransferResult result;
    result.updated = session.updated;
    result.summary =
        session.updated.isEmpty()
            ? Text::tr("Already up to date with %1").arg(request.remote)
            : Text::tr("Fetched %1: %2 refs updated").arg(request.remote).arg(session.updated.size());
    return result;
}

Result<TransferResult> pullFastForward(const TransferRequest& request, TransferPromise* promise)
{
    auto fetched = fetch(request, promise);
    if (!fetched)
        return fetched;
    const QString operation = Text::tr("pull from %1").arg(request.remote);
    auto opened = openRemote(request, operation);
    if (!opened)
        return std::unexpected(opened.error());
    git_repository* repo = opened->repo.get();
    const QString branchRef = currentBranchRef(repo);
    if (branchRef.isEmpty())
        return fail(operation, request.root, Text::tr("HEAD is not on a branch"));
    git_reference* rawBranch = nullptr;
    git_reference_lookup(&rawBranch, repo, branchRef.toUtf8().constData());
    ReferencePtr branch(rawBranch);
    git_reference* rawUpstream = nullptr;
    if (git_branch_upstream(&rawUpstream, branch.get()) < 0) {
        git_error_clear();
        return fail(operation, request.root,
                    Text::tr("%1 tracks no remote branch")
                        .arg(QString(branchRef).remove(QStringLiteral("refs/heads/"))));
    }
    ReferencePtr upstream(rawUpstream);
    const git_oid* local = git_reference_target(branch.get());
    const git_oid* remote = git_reference_target(upstream.get());
    TransferResult result = *fetched;
    if (git_oid_equal(local, remote) || git_graph_descendant_of(repo, local, remote) == 1) {
        result.summary = Text::tr("Already up to date");
        return result;
    }
    if (git_graph_descendant_of(repo, remote, local) != 1) {
        size_t ahead = 0;
        size_t behind = 0;
        git_graph_ahead_behind(&ahead, &behind, repo, local, remote);
        return fail(
            operation, request.root,
            Text::tr("the branch and its upstream diverged (%1 local and %2 remote commits): a fast-forward "
                     "is not possible; merge or rebase with git, then push")
                .arg(ahead)
                .arg(behind));
    }
    git_commit* rawCommit = nullptr;
    git_commit_lookup(&rawCommit, repo, remote);
    CommitPtr commit(rawCommit);
    QStringList conflicts;
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
    checkout.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    checkout.notify_cb = [](git_checkout_notify_t, const char* path, const git_diff_file*,
                            const git_diff_file*, const git_diff_file*, void* payload) {
        static_cast<QStringList*>(payload)->append(QString::fromUtf8(path));
        return 0;
    };
    checkout.notify_payload = &conflicts;
    if (int rc = git_checkout_tree(repo, reinterpret_cast<git_object*>(commit.get()), &checkout);
        rc < 0 || !conflicts.isEmpty())
        return fail(
            operation, request.root,
            Text::tr("the pull would overwrite local changes to %1; commit, stash or discard them first")
                .arg(conflicts.join(QStringLiteral(", "))));
    git_reference* rawMoved = nullptr;
    if (int rc = git_reference_set_target(&rawMoved, branch.get(), remote, "pull: fast-forward"); rc < 0)
        return fail(operation, request.root, QString::fromUtf8(git_error_last()->message));
    ReferencePtr moved(rawMoved);
    result.summary = Text::tr("Fast-forwarded to %1").arg(oidToString(remote).left(7));
    return result;
}

Result<TransferResult> push(const TransferRequest& request, TransferPromise* promise)
{
    const QString operation = Text::tr("push to %1").arg(request.remote);
    auto opened = openRemote(request, operation);
    if (!opened)
        return std::unexpected(opened.error());
    QStringList refspecs = request.refspecs;
    if (refspecs.isEmpty()) {
        const QString branch = currentBranchRef(opened->repo.get());
        if (branch.isEmpty())
            return fail(operation, request.root, Text::tr("HEAD is not on a branch: nothing to push"));
        refspecs.append(branch + u':' + branch);
    }
    if (request.tags) {
        // libgit2 pushes no glob refspecs: every tag by name.
        git_strarray tags{};
        if (git_tag_list(&tags, opened->repo.get()) == 0) {
            for (size_t i = 0; i < tags.count; ++i) {
                const QString ref = QStringLiteral("refs/tags/") + QString::fromUtf8(tags.strings[i]);
                refspecs.append(ref + u':' + ref);
            }
            git_strarray_dispose(&tags);
        }
    }
    QList<QByteArray> bytes;
    std::vector<char*> pointers;
    for (const QString& spec : std::as_const(refspecs))
        bytes.append(spec.toUtf8());
    for (QByteArray& b : bytes)
        pointers.push_back(b.data());
    git_strarray specs{pointers.data(), pointers.size()};

    Session session{&request, promise};
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    setCallbacks(options.callbacks, session);
    options.callbacks.update_refs =
        nullptr; // `updated` lists what the remote accepted, not our tracking refs
    const int rc = git_remote_push(opened->remote.get(), &specs, &options);
    if (rc < 0)
        return std::unexpected(transferError(operation, request.root, rc, session));
    if (!session.rejected.isEmpty())
        return fail(operation, request.root,
                    Text::tr("the remote refused %1").arg(session.rejected.join(QStringLiteral("; "))));
    if (!session.credentialAnswer.isEmpty())
        runCredential(request, QStringLiteral("approve"), session.credentialAnswer);
    TransferResult result;
    result.updated = session.updated;
    result.summary =
        Text::tr("Pushed %1 to %2").arg(session.updated.join(QStringLiteral(", ")), request.remote);
    return result;
}

QFuture<Result<TransferResult>> fetchAsync(const TransferRequest& request)
{
    return QtConcurrent::run(
        [request](TransferPromise& promise) { promise.addResult(fetch(request, &promise)); });
}

QFuture<Result<TransferResult>> pullAsync(const TransferRequest& request)
{
    return QtConcurrent::run(
        [request](TransferPromise& promise) { promise.addResult(pullFastForward(request, &promise)); });
}

QFuture<Result<TransferResult>> pushAsync(const TransferRequest& request)
{
    return QtConcurrent::run(
        [request](TransferPromise& promise) { promise.addResult(push(request, &promise)); });
}

} // namespace slipway::git
