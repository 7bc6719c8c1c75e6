// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fetch, pull and push against real servers the test starts itself: a file:// remote, and git http-backend
// behind nginx with HTTP basic auth on 127.0.0.1 (GitHttpServer). Credentials come from git's "store"
// helper, as a user's would. Every failure must leave the local repository exactly as it was.

#include "services/git/Remote.h"
#include "services/git/Repository.h"
#include "tests/support/GitHttpServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::git;
using namespace Qt::StringLiterals;

class TestGitRemote : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString run(const QString& dir, const QStringList& args, bool* ok = nullptr)
    {
        return test::git(dir, args, ok).trimmed();
    }

    // A clone of `url` with one commit of its own on main, and git's credential store holding `password`.
    QString makeClone(const QString& url, const QString& password = {})
    {
        const QString root = m_dir.filePath(u"clone%1"_s.arg(++m_count));
        bool ok = false;
        test::git(m_dir.path(), {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s, root}, &ok);
        test::git(root, {u"remote"_s, u"add"_s, u"origin"_s, url}, &ok);
        if (!password.isEmpty()) {
            const QString store = root + u"/.git/credentials"_s;
            QFile file(store);
            file.open(QIODevice::WriteOnly);
            file.write(QUrl(url)
                           .adjusted(QUrl::RemovePath)
                           .toString()
                           .replace(u"://"_s, u"://alice:"_s + password + u'@')
                           .toUtf8() +
                       '\n');
            file.close();
            test::git(root, {u"config"_s, u"credential.helper"_s, u"store --file="_s + store}, &ok);
        }
        test::writeFile(root, u"README.md"_s, "# project " + QByteArray::number(m_count) + "\n");
        test::git(root, {u"add"_s, u"."_s}, &ok);
        test::git(root, {u"commit"_s, u"-qm"_s, u"commit %1"_s.arg(m_count)}, &ok);
        return root;
    }

    // Trusted: the clones keep their credentials in their own configuration.
    TransferRequest request(const QString& root, bool trusted = true)
    {
        TransferRequest r;
        r.root = root;
        r.environment = test::isolatedEnvironment(m_dir.filePath(u"home"_s));
        r.trusted = trusted;
        return r;
    }

    QString remoteTracking(const QString& root)
    {
        bool ok = false;
        const QString id =
            run(root, {u"rev-parse"_s, u"--verify"_s, u"-q"_s, u"refs/remotes/origin/main"_s}, &ok);
        return ok ? id : QString();
    }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void fileRemote()
    {
        const QString bare = m_dir.filePath(u"bare.git"_s);
        bool ok = false;
        test::git(m_dir.path(), {u"init"_s, u"-q"_s, u"--bare"_s, u"-b"_s, u"main"_s, bare}, &ok);
        const QString a = makeClone(QUrl::fromLocalFile(bare).toString());
        auto pushed = push(request(a));
        QVERIFY2(pushed.has_value(), qPrintable(pushed ? QString() : pushed.error().toString()));
        QCOMPARE(run(bare, {u"rev-parse"_s, u"main"_s}), run(a, {u"rev-parse"_s, u"HEAD"_s}));
        QCOMPARE(pushed->updated, QStringList{u"refs/heads/main"_s});

        // A second clone fetches and fast-forwards to it.
        const QString b = m_dir.filePath(u"clone-b"_s);
        test::git(m_dir.path(), {u"clone"_s, u"-q"_s, bare, b}, &ok);
        test::writeFile(a, u"more.py"_s, "x = 2\n");
        test::git(a, {u"add"_s, u"."_s}, &ok);
        test::git(a, {u"commit"_s, u"-qm"_s, u"more"_s}, &ok);
        QVERIFY(push(request(a)).has_value());
        auto pulled = pullFastForward(request(b));
        QVERIFY2(pulled.has_value(), qPrintable(pulled ? QString() : pulled.error().toString()));
        QCOMPARE(run(b, {u"rev-parse"_s, u"HEAD"_s}), run(a, {u"rev-parse"_s, u"HEAD"_s}));
        QVERIFY(QFile::exists(b + u"/more.py"_s));
        QCOMPARE(run(b, {u"status"_s, u"--porcelain"_s}), QString());

        // Diverged: refused, nothing moved.
        test::writeFile(b, u"b.py"_s, "b\n");
        test::git(b, {u"add"_s, u"."_s}, &ok);
        test::git(b, {u"commit"_s, u"-qm"_s, u"b"_s}, &ok);
        test::writeFile(a, u"a.py"_s, "a\n");
        test::git(a, {u"add"_s, u"."_s}, &ok);
        test::git(a, {u"commit"_s, u"-qm"_s, u"a"_s}, &ok);
        QVERIFY(push(request(a)).has_value());
        const QString before = run(b, {u"rev-parse"_s, u"HEAD"_s});
        const auto diverged = pullFastForward(request(b));
        QVERIFY(!diverged.has_value());
        QVERIFY2(diverged.error().message.contains(u"diverged"), qPrintable(diverged.error().toString()));
        QCOMPARE(run(b, {u"rev-parse"_s, u"HEAD"_s}), before);

        // And b's push of its own commit is a non-fast-forward: refused before anything is sent.
        const auto rejected = push(request(b));
        QVERIFY(!rejected.has_value());
        QVERIFY2(rejected.error().message.contains(u"non-fast-forward"),
                 qPrintable(rejected.error().toString()));
    }

    void httpWithAuth()
    {
        test::GitHttpServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        // Good push: credentials from the store helper.
        const QString a = makeClone(server.url(), test::GitHttpServer::password());
        auto pushed = push(request(a));
        QVERIFY2(pushed.has_value(), qPrintable(pushed ? QString() : pushed.error().toString()));
        QCOMPARE(run(server.bareRepository(), {u"rev-parse"_s, u"main"_s}),
                 run(a, {u"rev-parse"_s, u"HEAD"_s}));
        QCOMPARE(remoteTracking(a), run(a, {u"rev-parse"_s, u"HEAD"_s}));
        auto fetched = fetch(request(a));
        QVERIFY2(fetched.has_value(), qPrintable(fetched ? QString() : fetched.error().toString()));

        // Wrong password: a clear refusal, the helper forgets it, nothing changes on either side.
        const QString wrong = makeClone(server.url(), u"guess"_s);
        const QString serverBefore = run(server.bareRepository(), {u"rev-parse"_s, u"main"_s});
        const auto denied = push(request(wrong));
        QVERIFY(!denied.has_value());
        QVERIFY2(denied.error().message.contains(u"authentication", Qt::CaseInsensitive),
                 qPrintable(denied.error().toString()));
        QVERIFY2(!denied.error().toString().contains(u"guess"), "a password in the message");
        QCOMPARE(run(server.bareRepository(), {u"rev-parse"_s, u"main"_s}), serverBefore);
        QCOMPARE(remoteTracking(wrong), QString());
        QFile store(wrong + u"/.git/credentials"_s);
        QVERIFY(store.open(QIODevice::ReadOnly));
        QVERIFY2(!store.readAll().contains("guess"), "the rejected credential was not forgotten");

        // Non-fast-forward over http: refused, local refs as they were.
        const QString b = makeClone(server.url(), test::GitHttpServer::password());
        const QString headBefore = run(b, {u"rev-parse"_s, u"HEAD"_s});
        const auto nonFastForward = push(request(b));
        QVERIFY(!nonFastForward.has_value());
        QVERIFY2(nonFastForward.error().message.contains(u"non-fast-forward"),
                 qPrintable(nonFastForward.error().toString()));
        QCOMPARE(run(b, {u"rev-parse"_s, u"HEAD"_s}), headBefore);

        // Tags go with --tags.
        test::git(a, {u"tag"_s, u"-a"_s, u"-m"_s, u"release"_s, u"v1.0"_s});
        auto tagged = push([&] {
            TransferRequest r = request(a);
            r.tags = true;
            return r;
        }());
        QVERIFY2(tagged.has_value(), qPrintable(tagged ? QString() : tagged.error().toString()));
        QCOMPARE(run(server.bareRepository(), {u"tag"_s}), u"v1.0"_s);

        // Server down: a network error that says so, nothing changed.
        server.stop();
        test::writeFile(a, u"late.py"_s, "x = 3\n");
        bool ok = false;
        test::git(a, {u"add"_s, u"."_s}, &ok);
        test::git(a, {u"commit"_s, u"-qm"_s, u"late"_s}, &ok);
        const QString trackingBefore = remoteTracking(a);
        const auto down = push(request(a));
        QVERIFY(!down.has_value());
        QVERIFY2(down.error().message.contains(u"connect", Qt::CaseInsensitive),
                 qPrintable(down.error().toString()));
        QCOMPARE(remoteTracking(a), trackingBefore);
    }

    // Untrusted, a 401 asks only the user's own helpers: the repository's credential.helper and core.askPass
    // never run (each would leave a sentinel), and a helper in the user's global configuration still works.
    void untrustedUsesOnlyTheUsersCredentials()
    {
        test::GitHttpServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString a = makeClone(server.url());
        const QString sentinel = m_dir.filePath(u"sentinel-credential"_s);
        bool ok = false;
        test::git(a, {u"config"_s, u"credential.helper"_s, u"!touch '%1'; echo"_s.arg(sentinel)}, &ok);
        test::git(a, {u"config"_s, u"core.askPass"_s, u"/bin/sh -c 'touch %1'"_s.arg(sentinel)}, &ok);
        const auto refused = push(request(a, false));
        QVERIFY(!refused.has_value());
        QVERIFY2(!QFile::exists(sentinel), "the repository's own credential helper ran while untrusted");

        // The user's global helper (in the isolated HOME) answers for an untrusted repository.
        const QString home = m_dir.filePath(u"home"_s);
        const QString store = m_dir.filePath(u"global-credentials"_s);
        test::writeFile(m_dir.path(), u"global-credentials"_s,
                        QUrl(server.url())
                                .adjusted(QUrl::RemovePath)
                                .toString()
                                .replace(u"://"_s, u"://alice:"_s + test::GitHttpServer::password() + u'@')
                                .toUtf8() +
                            '\n');
        test::writeFile(home, u".gitconfig"_s,
                        "[credential]\n\thelper = store --file=" + store.toUtf8() + "\n");
        const auto pushed = push(request(a, false));
        QFile::remove(home + u"/.gitconfig"_s);
        QVERIFY2(pushed.has_value(), qPrintable(pushed ? QString() : pushed.error().toString()));
        QVERIFY2(!QFile::exists(sentinel), "the repository's own credential helper ran while untrusted");
        // Trusted, the repository's helper is asked (and leaves its sentinel).
        test::writeFile(a, u"more.py"_s, "x = 1\n");
        test::git(a, {u"add"_s, u"."_s}, &ok);
        test::git(a, {u"commit"_s, u"-qm"_s, u"more"_s}, &ok);
        (void)push(request(a, true)); // fails or not: what counts is who was asked
        QVERIFY(QFile::exists(sentinel));
    }

    // The server goes away while a large push is being sent: the push fails and no local ref moves.
    void serverStopsMidway()
    {
        test::GitHttpServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString a = makeClone(server.url(), test::GitHttpServer::password());
        QVERIFY(push(request(a)).has_value());
        QByteArray big(qsizetype{40} * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
        test::writeFile(a, u"data.bin"_s, big);
        bool ok = false;
        test::git(a, {u"add"_s, u"."_s}, &ok);
        test::git(a, {u"commit"_s, u"-qm"_s, u"big"_s}, &ok);
        const QString trackingBefore = remoteTracking(a);

        QFutureWatcher<Result<TransferResult>> watcher;
        bool stopped = false;
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&](int value) {
            if (value > 0 && !stopped) {
                stopped = true;
                server.stop();
            }
        });
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(pushAsync(request(a)));
        QVERIFY(finished.wait(120000));
        const auto result = watcher.result();
        if (!stopped)
            QSKIP("the push finished before the server could be stopped");
        QVERIFY(!result.has_value());
        QCOMPARE(remoteTracking(a), trackingBefore);
    }

    void redactsSecrets()
    {
        QCOMPARE(redactUrl(u"push to https://ghp_TOKEN123@github.com/o/r.git failed"_s),
                 u"push to https://***@github.com/o/r.git failed"_s);
        QCOMPARE(redactUrl(u"https://user:p@ss@host.invalid/x"_s), u"https://user:***@host.invalid/x"_s);
        QCOMPARE(redactUrl(u"a https://u:one@h1/x and https://u:two@h2/y"_s),
                 u"a https://u:***@h1/x and https://u:***@h2/y"_s);
        QCOMPARE(redactUrl(u"mail alice@example.com"_s), u"mail alice@example.com"_s);
        QCOMPARE(redactUrl(u"failed: https://alice:ghp_secret@example.invalid/x.git"_s),
                 u"failed: https://alice:***@example.invalid/x.git"_s);
        QCOMPARE(redactUrl(u"http://127.0.0.1:8080/x.git"_s), u"http://127.0.0.1:8080/x.git"_s);
    }
};

QTEST_GUILESS_MAIN(TestGitRemote)
#include "tst_git_remote.moc"
