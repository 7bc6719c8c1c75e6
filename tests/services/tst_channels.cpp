// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Release channels against real parts: slipway.yaml read with yaml-cpp, static indexes in a folder and on
// nginx's WebDAV (DavServer: the nginx snippet users are given, started on 127.0.0.1), pip reading what was
// published, and a server stopped at every step of a publish.

#include "services/release/ChannelClient.h"
#include "services/release/Credentials.h"
#include "tests/support/ChannelSupport.h"
#include "tests/support/DavServer.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

using namespace slipway;
using namespace slipway::release;
using namespace Qt::StringLiterals;

namespace {

Channel channelFor(const QString& name, const QString& url)
{
    auto config =
        parseReleaseConfig(u"channels:\n  %1: {url: \"%2\"}\n"_s.arg(name, url).toUtf8(), u"slipway.yaml"_s);
    if (!config)
        qFatal("%s", qPrintable(config.error().toString()));
    return config->channels.front();
}

QList<ReleaseFile> describe(const QStringList& paths)
{
    QList<ReleaseFile> files;
    for (const QString& p : paths) {
        auto f = describeReleaseFile(p);
        if (!f)
            qFatal("%s", qPrintable(f.error().toString()));
        files << *f;
    }
    return files;
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

// Every file under `folder` with its bytes' hash: what "nothing changed" is checked against.
QMap<QString, QString> snapshot(const QString& folder)
{
    QMap<QString, QString> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path.mid(folder.size()), sha256Of(path));
    }
    return files;
}

// The page's files, each checked against the bytes on disk: a listed file is complete and verified.
QStringList listedAndVerified(const QString& channelFolder, const QString& project)
{
    QFile page(channelFolder + u"/simple/"_s + project + u"/index.json"_s);
    if (!page.open(QIODevice::ReadOnly))
        return {};
    QStringList listed;
    const QJsonArray files = QJsonDocument::fromJson(page.readAll()).object().value(u"files"_s).toArray();
    for (const auto& v : files) {
        const QJsonObject f = v.toObject();
        const QString path =
            channelFolder + u"/files/"_s + project + u'/' + f.value(u"filename"_s).toString();
        if (sha256Of(path) != f.value(u"hashes"_s).toObject().value(u"sha256"_s).toString())
            qFatal("%s is listed but its bytes do not match the page", qPrintable(path));
        listed << f.value(u"filename"_s).toString();
    }
    listed.sort();
    return listed;
}

JournalEntry entryFor(const QString& action)
{
    JournalEntry e;
    e.action = action;
    e.who = u"Test <test@example.com>"_s;
    e.host = u"test"_s;
    e.when = u"2026-11-30T10:00:00Z"_s;
    return e;
}

QProcessEnvironment pipEnvironment(const QString& home)
{
    QProcessEnvironment env = test::isolatedEnvironment(home);
    env.insert(u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s);
    env.insert(u"PIP_NO_CACHE_DIR"_s, u"1"_s);
    env.remove(u"PIP_INDEX_URL"_s);
    return env;
}

// `pip download --no-deps` from an index: which file pip picks (it checks the #sha256 of what it gets).
QString pipDownload(const QString& indexUrl, const QString& requirement, const QString& into, QString* output)
{
    QProcess pip;
    pip.setProcessEnvironment(pipEnvironment(into));
    pip.start(u"python3"_s, {u"-m"_s, u"pip"_s, u"download"_s, u"--no-deps"_s, u"--only-binary"_s, u":all:"_s,
                             u"-d"_s, into, u"--index-url"_s, indexUrl, requirement});
    pip.waitForFinished(120000);
    *output = QString::fromUtf8(pip.readAllStandardOutput() + pip.readAllStandardError());
    const QStringList wheels = QDir(into).entryList({u"*.whl"_s});
    return pip.exitCode() == 0 ? wheels.value(0) : QString();
}

} // namespace

class TestChannels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    QString fresh(const QString& what) { return m_dir.filePath(what + QString::number(++m_count)); }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void configErrorsNameLineAndKey_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown top-level key")
            << QByteArray("channels: {}\nchanels: {}\n") << 2 << u"chanels"_s;
        QTest::newRow("unknown channel key")
            << QByteArray("channels:\n  unstable:\n    url: https://x/\n    uplod: webdav\n") << 4
            << u"uplod"_s;
        QTest::newRow("no url") << QByteArray("channels:\n  unstable: {upload: webdav}\n") << 2
                                << u"no 'url'"_s;
        QTest::newRow("unknown upload kind")
            << QByteArray("channels:\n  u: {url: \"https://x/\", upload: ftp}\n") << 2 << u"ftp"_s;
        QTest::newRow("credentials in the URL")
            << QByteArray("channels:\n  u: {url: \"https://bob:hunter2@x/\"}\n") << 2
            << u"SLIPWAY_U_USERNAME"_s;
        QTest::newRow("unknown gate")
            << QByteArray(
                   "channels:\n  a: {url: \"https://x/a/\"}\n  b: {url: \"https://x/b/\"}\npromotion:\n"
                   "  - {from: a, to: b, requires: [instaled-tests]}\n")
            << 5 << u"instaled-tests"_s;
        QTest::newRow("rule names a missing channel")
            << QByteArray("channels:\n  a: {url: \"https://x/a/\"}\npromotion:\n  - {from: a, to: stable}\n")
            << 4 << u"stable"_s;
        QTest::newRow("yaml syntax") << QByteArray("channels:\n  a: {url: \"https://x/\"\n") << 3
                                     << QString();
        QTest::newRow("folder with https")
            << QByteArray("channels:\n  a: {url: \"https://x/\", upload: folder}\n") << 2 << u"file://"_s;
    }
    void configErrorsNameLineAndKey()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, says);
        const auto config = parseReleaseConfig(yaml, u"/p/slipway.yaml"_s);
        QVERIFY(!config);
        QCOMPARE(config.error().line, line);
        QVERIFY2(config.error().column > 0, qPrintable(config.error().toString()));
        QVERIFY2(config.error().message.contains(says), qPrintable(config.error().toString()));
        QVERIFY(config.error().toString().startsWith(u"/p/slipway.yaml:%1:"_s.arg(line)));
        QVERIFY(!config.error().toString().contains(u"hunter2"_s));
    }

    void configDefaults()
    {
        const auto config = parseReleaseConfig(
            "channels:\n  unstable: {url: \"https://pkgs.example.com/unstable\"}\n"
            "  pypi: {url: \"https://upload.pypi.org/legacy/\", upload: legacy, index: "
            "\"https://pypi.org/simple\"}\n"
            "  dev: {url: \"http://devpi:3141/alice/dev/\", upload: devpi}\n"
            "  share: {url: \"file:///mnt/share/channel\"}\n"
            "promotion:\n  - {from: unstable, to: pypi, requires: [installed-tests, final-version]}\n"
            "pipeline: {steps: {}}\n",
            u"slipway.yaml"_s);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->channels.size(), 4);
        QCOMPARE(config->channel(u"unstable"_s)->indexUrl.toString(),
                 u"https://pkgs.example.com/unstable/simple/"_s);
        QCOMPARE(config->channel(u"unstable"_s)->upload, UploadKind::WebDav);
        QCOMPARE(config->channel(u"pypi"_s)->indexUrl.toString(), u"https://pypi.org/simple/"_s);
        QCOMPARE(config->channel(u"dev"_s)->indexUrl.toString(), u"http://devpi:3141/alice/dev/+simple/"_s);
        QCOMPARE(config->channel(u"share"_s)->upload, UploadKind::Folder);
        QCOMPARE(config->channel(u"share"_s)->localPath(), u"/mnt/share/channel/"_s);
        QCOMPARE(config->rule(u"unstable"_s, u"pypi"_s)->gates,
                 (QStringList{u"installed-tests"_s, u"final-version"_s}));
        QCOMPARE(config->channel(u"unstable"_s)->environmentPrefix(), u"SLIPWAY_UNSTABLE"_s);
    }

    void pagesRoundTrip()
    {
        ProjectPage page;
        page.name = u"demo-pkg"_s;
        IndexFile wheel;
        wheel.filename = u"demo_pkg-1.0-py3-none-any.whl"_s;
        wheel.url = u"../../files/demo-pkg/demo_pkg-1.0-py3-none-any.whl"_s;
        wheel.sha256 = QString(64, u'a');
        wheel.size = 1234;
        wheel.uploadTime = u"2026-11-30T10:00:00.000000Z"_s;
        wheel.requiresPython = u">=3.8, <4"_s;
        wheel.hasMetadata = true;
        wheel.metadataSha256 = QString(64, u'b');
        wheel.yanked = u"broken \"quotes\" & <tags>"_s;
        IndexFile sdist;
        sdist.filename = u"demo_pkg-0.9.tar.gz"_s;
        sdist.url = u"../../files/demo-pkg/demo_pkg-0.9.tar.gz"_s;
        sdist.sha256 = QString(64, u'c');
        sdist.size = 99;
        page.files = {sdist, wheel};
        for (const auto& [bytes, type] :
             {std::pair{renderProjectHtml(page), u"text/html"_s},
              std::pair{renderProjectJson(page), u"application/vnd.pypi.simple.v1+json"_s}}) {
            const auto parsed = parseProjectPage(bytes, type, u"page"_s);
            QVERIFY(parsed);
            QCOMPARE(parsed->files.size(), 2);
            const IndexFile& w = parsed->files[1];
            QCOMPARE(w.filename, wheel.filename);
            QCOMPARE(w.url, wheel.url);
            QCOMPARE(w.sha256, wheel.sha256);
            QCOMPARE(w.requiresPython, wheel.requiresPython);
            QCOMPARE(w.yanked, wheel.yanked);
            QVERIFY(w.hasMetadata);
            QCOMPARE(w.metadataSha256, wheel.metadataSha256);
            QVERIFY(!parsed->files[0].yanked);
        }
        const QJsonObject json = QJsonDocument::fromJson(renderProjectJson(page)).object();
        QCOMPARE(json.value(u"versions"_s).toArray(), QJsonArray({u"0.9"_s, u"1.0"_s}));
        QCOMPARE(json.value(u"meta"_s).toObject().value(u"api-version"_s).toString(), u"1.1"_s);
        QCOMPARE(json.value(u"files"_s).toArray().at(1).toObject().value(u"size"_s).toInt(), 1234);
        // pip skips the yanked 1.0 unless pinned; with pre-releases the same.
        QCOMPARE(pipWouldPick(page, false), u"0.9"_s);
        wheel.yanked.reset();
        IndexFile rc = wheel;
        rc.filename = u"demo_pkg-2.0rc1-py3-none-any.whl"_s;
        page.files = {sdist, wheel, rc};
        QCOMPARE(pipWouldPick(page, false), u"1.0"_s);
        QCOMPARE(pipWouldPick(page, true), u"2.0rc1"_s);
    }

    void hostilePagesAreBounded()
    {
        PageLimits limits;
        limits.maxFiles = 10;
        QByteArray many;
        for (int i = 0; i < 50; ++i)
            many += "<a href=\"x-1." + QByteArray::number(i) + ".tar.gz\">x-1." + QByteArray::number(i) +
                    ".tar.gz</a>\n";
        QVERIFY(!parseProjectPage(many, u"text/html"_s, u"page"_s, limits));
        limits.maxBytes = 100;
        QVERIFY(!parseProjectPage(QByteArray(200, '{'), u"json"_s, u"page"_s, limits));
        QVERIFY(!parseProjectPage("{\"files\": [", u"json"_s, u"page"_s));
        QVERIFY(parseProjectPage("<a href=\"x\" data-yanked>unterminated", u"text/html"_s, u"page"_s));
    }

    void credentialsComeFromTheEnvironmentNetrcAndPypirc()
    {
        const QString home = fresh(u"home"_s);
        QDir().mkpath(home);
        const Channel channel = channelFor(u"team-testing"_s, u"https://pkgs.example.com/testing/"_s);
        QProcessEnvironment env;
        QVERIFY(credentialsFor(channel, env, home).isEmpty());
        test::writeFile(
            home, u".pypirc"_s,
            "[distutils]\nindex-servers = team\n[team]\nrepository = https://pkgs.example.com/testing\n"
            "username = carol\npassword = from-pypirc\n");
        QCOMPARE(credentialsFor(channel, env, home).password, u"from-pypirc"_s);
        test::writeFile(home, u".netrc"_s,
                        "machine other.example.com login x password y\n"
                        "machine pkgs.example.com\n  login bob\n  password from-netrc\n");
        QCOMPARE(credentialsFor(channel, env, home).user, u"bob"_s);
        QCOMPARE(credentialsSource(channel, env, home), u"~/.netrc"_s);
        env.insert(u"SLIPWAY_TEAM_TESTING_USERNAME"_s, u"ci"_s);
        env.insert(u"SLIPWAY_TEAM_TESTING_PASSWORD"_s, u"from-env"_s);
        QCOMPARE(credentialsFor(channel, env, home).password, u"from-env"_s);
        QVERIFY(!credentialsSource(channel, env, home).contains(u"from-env"_s));
    }

    void folderChannelFilesAreImmutable()
    {
        const QString root = fresh(u"folder"_s);
        const Channel channel = channelFor(u"unstable"_s, QUrl::fromLocalFile(root + u'/').toString());
        const QStringList dists = test::makeDists(u"demo-pkg"_s, u"1.0"_s, fresh(u"dists"_s));
        ChannelClient client(channel, {}, {});
        auto first = client.publish(describe(dists), entryFor(u"publish"_s));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->added.size(), 2);
        QCOMPARE(listedAndVerified(root, u"demo-pkg"_s).size(), 2);
        // The same bytes again: a no-op success (a retry, or CI after the desktop).
        auto again = client.publish(describe(dists), entryFor(u"publish"_s));
        QVERIFY(again);
        QCOMPARE(again->alreadyThere.size(), 2);
        QVERIFY(again->added.isEmpty());
        // Other bytes under the same names: refused, naming both hashes, nothing changes.
        const auto before = snapshot(root);
        const QStringList other = test::makeDists(u"demo-pkg"_s, u"1.0"_s, fresh(u"dists"_s), 0, u"other"_s);
        auto refused = client.publish(describe(other), entryFor(u"publish"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"conflict"_s);
        QVERIFY(refused.error().message.contains(sha256Of(dists[0])));
        QVERIFY(refused.error().message.contains(sha256Of(other[0])));
        QCOMPARE(snapshot(root), before);
        // pip reads a folder channel through its file:// URL as it reads a server.
        QString output;
        QCOMPARE(pipDownload(QUrl::fromLocalFile(root + u"/simple/"_s).toString(), u"demo-pkg"_s,
                             fresh(u"pip"_s), &output),
                 u"demo_pkg-1.0-py3-none-any.whl"_s);
        // The journal has both publishes, one line each.
        auto journal = client.journal();
        QVERIFY(journal);
        QCOMPARE(journal->size(), 2);
        QCOMPARE(journal->front().files.size(), 2);
    }

    void folderChannelTwoPublishersAtOnce()
    {
        const QString root = fresh(u"folder"_s);
        const Channel channel = channelFor(u"unstable"_s, QUrl::fromLocalFile(root + u'/').toString());
        QList<QFuture<Result<ChannelChange>>> runs;
        for (const QString& version : {u"1.0"_s, u"1.1"_s, u"1.2"_s, u"1.3"_s}) {
            const auto files = describe(test::makeDists(u"demo-pkg"_s, version, fresh(u"dists"_s)));
            runs << QtConcurrent::run([channel, files] {
                ChannelClient client(channel, {}, {});
                return client.publish(files, entryFor(u"publish"_s));
            });
        }
        for (auto& run : runs)
            QVERIFY(run.result());
        QCOMPARE(listedAndVerified(root, u"demo-pkg"_s).size(), 8);
        ChannelClient client(channel, {}, {});
        QCOMPARE(client.journal()->size(), 4);
    }

    void webdavPublishThenPipInstalls()
    {
        test::DavServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Channel channel = channelFor(u"unstable"_s, server.url() + u"unstable/"_s);
        const Credentials alice{test::DavServer::user(), test::DavServer::password()};
        ChannelClient client(channel, alice, {});
        const QStringList dists = test::makeDists(u"demo-pkg"_s, u"1.0"_s, fresh(u"dists"_s), 200000);
        auto published = client.publish(describe(dists), entryFor(u"publish"_s));
        QVERIFY2(published, qPrintable(published ? QString() : published.error().toString()));
        const QString folder = server.folder() + u"/unstable"_s;
        QCOMPARE(listedAndVerified(folder, u"demo-pkg"_s).size(), 2);
        QVERIFY(QFile::exists(folder + u"/files/demo-pkg/demo_pkg-1.0-py3-none-any.whl.metadata"_s));
        QVERIFY(!QDir(folder + u"/.slipway-lock"_s).exists()); // released

        // What the nginx snippet serves: PEP 691 JSON to a client that asks, PEP 503 HTML otherwise.
        QNetworkAccessManager nam;
        for (const auto& [accept, type] : {std::pair{QByteArray("application/vnd.pypi.simple.v1+json"),
                                                     QByteArray("application/vnd.pypi.simple.v1+json")},
                                           std::pair{QByteArray("text/html"), QByteArray("text/html")}}) {
            QNetworkRequest request(QUrl(server.url() + u"unstable/simple/demo-pkg/"_s));
            request.setRawHeader("Accept", accept);
            QNetworkReply* reply = nam.get(request);
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), type);
            reply->deleteLater();
        }

        // pip installs it from the channel into a fresh environment (and checks the hashes).
        const QString venv = fresh(u"venv"_s);
        QProcess make;
        make.start(u"python3"_s, {u"-m"_s, u"venv"_s, venv});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        QProcess pip;
        pip.setProcessEnvironment(pipEnvironment(venv));
        pip.start(venv + u"/bin/python"_s, {u"-m"_s, u"pip"_s, u"install"_s, u"--index-url"_s,
                                            server.url() + u"unstable/simple/"_s, u"demo-pkg"_s});
        QVERIFY(pip.waitForFinished(120000));
        QVERIFY2(pip.exitCode() == 0, pip.readAllStandardError().constData());
        QProcess show;
        show.start(venv + u"/bin/python"_s, {u"-c"_s, u"import demo_pkg; print(demo_pkg.__version__)"_s});
        QVERIFY(show.waitForFinished(30000));
        QCOMPARE(show.readAllStandardOutput().trimmed(), QByteArray("1.0"));
    }

    void webdavWrongPasswordChangesNothing()
    {
        test::DavServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Channel channel = channelFor(u"unstable"_s, server.url() + u"unstable/"_s);
        ChannelClient client(channel, {u"alice"_s, u"not-the-password-42"_s}, {});
        auto refused = client.publish(describe(test::makeDists(u"demo-pkg"_s, u"1.0"_s, fresh(u"dists"_s))),
                                      entryFor(u"publish"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"auth"_s);
        QVERIFY2(refused.error().message.contains(u"refused the credentials"_s),
                 qPrintable(refused.error().toString()));
        QVERIFY(!refused.error().toString().contains(u"not-the-password-42"_s));
        QVERIFY(snapshot(server.folder()).isEmpty());
    }

    // The server goes away before each request of a publish in turn: whatever was done, the pages list only
    // complete, verified files, and a retry once it is back completes the publish.
    void webdavServerStoppedAtEveryStep()
    {
        test::DavServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Credentials alice{test::DavServer::user(), test::DavServer::password()};
        const QStringList dists = test::makeDists(u"demo-pkg"_s, u"1.0"_s, fresh(u"dists"_s), 100000);
        const auto files = describe(dists);
        // A first publish counts the requests (the channel already has 0.9, so pages are rewritten).
        const QStringList old = test::makeDists(u"demo-pkg"_s, u"0.9"_s, fresh(u"dists"_s));
        int requests = 0;
        {
            const Channel channel = channelFor(u"counted"_s, server.url() + u"counted/"_s);
            QVERIFY(ChannelClient(channel, alice, {}).publish(describe(old), entryFor(u"publish"_s)));
            ChannelClient counting(channel, alice, [&requests] {
                ++requests;
                return false;
            });
            QVERIFY(counting.publish(files, entryFor(u"publish"_s)));
        }
        QVERIFY(requests > 10);
        for (int stopAt = 1; stopAt <= requests; stopAt += 2) {
            const QString name = u"step%1"_s.arg(stopAt);
            const Channel channel = channelFor(name, server.url() + name + u'/');
            QVERIFY(ChannelClient(channel, alice, {}).publish(describe(old), entryFor(u"publish"_s)));
            int seen = 0;
            ChannelClient failing(channel, alice, [&seen, stopAt, &server] {
                if (++seen == stopAt)
                    server.stop();
                return false;
            });
            const auto failed = failing.publish(files, entryFor(u"publish"_s));
            const QString folder = server.folder() + u'/' + name;
            const QStringList listed = listedAndVerified(folder, u"demo-pkg"_s); // verifies every listed file
            QVERIFY2(listed.size() == 2 || listed.size() == 4 || (failed && listed.size() == 4),
                     qPrintable(listed.join(u", "_s)));
            QVERIFY2(server.start(&error), qPrintable(error));
            ChannelClient retry(channel, alice, {});
            const auto retried = retry.publish(files, entryFor(u"publish"_s));
            QVERIFY2(retried, qPrintable(u"stopped before request %1: "_s.arg(stopAt) +
                                         (retried ? QString() : retried.error().toString())));
            QCOMPARE(listedAndVerified(folder, u"demo-pkg"_s).size(), 4);
            const auto leftovers =
                QDir(folder + u"/files/demo-pkg"_s).entryList({u"*.upload-*"_s}, QDir::Files | QDir::Hidden);
            QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
        }
    }

    void webdavPromotionKeepsTheBytesAndRefusesDrift()
    {
        test::DavServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Credentials alice{test::DavServer::user(), test::DavServer::password()};
        const Channel unstable = channelFor(u"unstable"_s, server.url() + u"unstable/"_s);
        const Channel testing = channelFor(u"testing"_s, server.url() + u"testing/"_s);
        ChannelClient source(unstable, alice, {});
        ChannelClient target(testing, alice, {});
        QVERIFY(source.publish(describe(test::makeDists(u"demo-pkg"_s, u"1.0"_s, fresh(u"dists"_s))),
                               entryFor(u"publish"_s)));
        const auto page = source.project(u"demo-pkg"_s);
        QVERIFY(page);
        QStringList log;
        ChannelClient logged(testing, alice, {}, [&log](const QString& line) { log << line; });
        auto promoted = logged.receive(source, u"demo-pkg"_s, page->files, entryFor(u"promote"_s));
        QVERIFY2(promoted, qPrintable(promoted ? QString() : promoted.error().toString()));
        QCOMPARE(promoted->added.size(), 2);
        QVERIFY2(log.join(u'\n').contains(u"copied on the server"_s), qPrintable(log.join(u'\n')));
        const QString u = server.folder() + u"/unstable/files/demo-pkg/"_s;
        const QString t = server.folder() + u"/testing/files/demo-pkg/"_s;
        for (const IndexFile& f : page->files)
            QCOMPARE(sha256Of(t + f.filename), sha256Of(u + f.filename));
        QCOMPARE(listedAndVerified(server.folder() + u"/testing"_s, u"demo-pkg"_s).size(), 2);
        // Again: nothing to do.
        auto again = target.receive(source, u"demo-pkg"_s, page->files, entryFor(u"promote"_s));
        QVERIFY(again);
        QCOMPARE(again->alreadyThere.size(), 2);
        // Drift: a stable channel holding other bytes under the same name refuses, and nothing changes.
        const Channel stable = channelFor(u"stable"_s, server.url() + u"stable/"_s);
        ChannelClient drifted(stable, alice, {});
        QVERIFY(drifted.publish(
            describe(test::makeDists(u"demo-pkg"_s, u"1.0"_s, fresh(u"dists"_s), 0, u"rebuilt"_s)),
            entryFor(u"publish"_s)));
        const auto before = snapshot(server.folder() + u"/stable"_s);
        auto refused = drifted.receive(source, u"demo-pkg"_s, page->files, entryFor(u"promote"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"conflict"_s);
        QCOMPARE(snapshot(server.folder() + u"/stable"_s), before);
    }

    void webdavYankedVersionIsSkippedUnlessPinned()
    {
        test::DavServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Credentials alice{test::DavServer::user(), test::DavServer::password()};
        const Channel channel = channelFor(u"stable"_s, server.url() + u"stable/"_s);
        ChannelClient client(channel, alice, {});
        for (const QString& v : {u"0.9"_s, u"1.0"_s})
            QVERIFY(client.publish(describe(test::makeDists(u"demo-pkg"_s, v, fresh(u"dists"_s))),
                                   entryFor(u"publish"_s)));
        auto yanked =
            client.yank(u"demo-pkg"_s, u"1.0"_s, u"wrong model weights"_s, false, entryFor(u"yank"_s));
        QVERIFY2(yanked, qPrintable(yanked ? QString() : yanked.error().toString()));
        QCOMPARE(yanked->size(), 2);
        const QString index = server.url() + u"stable/simple/"_s;
        QString output;
        QCOMPARE(pipDownload(index, u"demo-pkg"_s, fresh(u"pip"_s), &output),
                 u"demo_pkg-0.9-py3-none-any.whl"_s);
        QCOMPARE(pipDownload(index, u"demo-pkg==1.0"_s, fresh(u"pip"_s), &output),
                 u"demo_pkg-1.0-py3-none-any.whl"_s);
        QVERIFY2(output.contains(u"wrong model weights"_s), qPrintable(output)); // pip shows the reason
        QVERIFY(client.yank(u"demo-pkg"_s, u"1.0"_s, {}, true, entryFor(u"unyank"_s)));
        QCOMPARE(pipDownload(index, u"demo-pkg"_s, fresh(u"pip"_s), &output),
                 u"demo_pkg-1.0-py3-none-any.whl"_s);
        const auto journal = client.journal();
        QCOMPARE(journal->size(), 4);
        QCOMPARE(journal->at(2).action, u"yank"_s);
        QCOMPARE(journal->at(2).reason, u"wrong model weights"_s);
    }

    void webdavTwoPublishersAtOnce()
    {
        test::DavServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Credentials alice{test::DavServer::user(), test::DavServer::password()};
        const Channel channel = channelFor(u"unstable"_s, server.url() + u"unstable/"_s);
        QList<QFuture<Result<ChannelChange>>> runs;
        for (const QString& version : {u"1.0"_s, u"1.1"_s, u"1.2"_s}) {
            const auto files = describe(test::makeDists(u"demo-pkg"_s, version, fresh(u"dists"_s)));
            runs << QtConcurrent::run([channel, alice, files] {
                ChannelClient client(channel, alice, {});
                return client.publish(files, entryFor(u"publish"_s));
            });
        }
        for (auto& run : runs) {
            const auto result = run.result();
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        }
        QCOMPARE(listedAndVerified(server.folder() + u"/unstable"_s, u"demo-pkg"_s).size(), 6);
    }

    void staleLockOfADeadPublisherIsBroken()
    {
        test::DavServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Credentials alice{test::DavServer::user(), test::DavServer::password()};
        const Channel channel = channelFor(u"unstable"_s, server.url() + u"unstable/"_s);
        // A lock left by a process of this host that no longer runs.
        QProcess dead;
        dead.start(u"true"_s, {});
        dead.waitForFinished();
        const qint64 deadPid = dead.processId() ? dead.processId() : 999999;
        QDir().mkpath(server.folder() + u"/unstable/.slipway-lock"_s);
        test::writeFile(
            server.folder(), u"unstable/.slipway-lock/owner.json"_s,
            QJsonDocument(QJsonObject{{u"host"_s, QSysInfo::machineHostName()},
                                      {u"pid"_s, 999999},
                                      {u"token"_s, u"x"_s},
                                      {u"since"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                .toJson());
        Q_UNUSED(deadPid);
        ChannelClient client(channel, alice, {});
        client.lockWait = std::chrono::milliseconds(2000);
        QVERIFY(client.publish(describe(test::makeDists(u"demo-pkg"_s, u"1.0"_s, fresh(u"dists"_s))),
                               entryFor(u"publish"_s)));
        // A live holder on another host is waited for, then named.
        QDir().mkpath(server.folder() + u"/unstable/.slipway-lock"_s);
        test::writeFile(
            server.folder(), u"unstable/.slipway-lock/owner.json"_s,
            QJsonDocument(QJsonObject{{u"host"_s, u"ci-runner-7"_s},
                                      {u"pid"_s, 42},
                                      {u"token"_s, u"y"_s},
                                      {u"since"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                .toJson());
        auto locked = client.publish(describe(test::makeDists(u"demo-pkg"_s, u"1.1"_s, fresh(u"dists"_s))),
                                     entryFor(u"publish"_s));
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, u"locked"_s);
        QVERIFY2(locked.error().message.contains(u"ci-runner-7"_s), qPrintable(locked.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
