// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds of the sample project with the real `python -m build`, pip and zipapp of the Debian 13 root, the
// executable run with python3, and inspection of real artifacts and of copies with planted defects (made
// from the real wheel with Python's zipfile, so nothing here is a mock).

#include "services/dist/Build.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::dist;
using namespace Qt::StringLiterals;

namespace {

Result<BuildOutcome> runBuild(BuildRequest request)
{
    BuildJob job(std::move(request));
    QStringList log;
    auto result = test::runJob(job, &log);
    if (!result)
        qInfo().noquote() << log.join(u'\n');
    return result;
}

QStringList codes(const Artifact& a)
{
    QStringList list;
    for (const Finding& f : a.findings)
        list.append(f.code);
    return list;
}

QString python(const QString& dir, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"python3"_s, args);
    p.waitForFinished(120000); // tests only
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// Rewrites a wheel with Python's zipfile: `edits` is Python code run with `files` (name → bytes) in scope.
bool plant(const QString& from, const QString& to, const QString& edits)
{
    const QString script = u"import sys, zipfile, hashlib, base64\n"
                           u"def h(b):\n"
                           u"    d = base64.urlsafe_b64encode(hashlib.sha256(b).digest()).rstrip(b'=')\n"
                           u"    return 'sha256=' + d.decode()\n"
                           u"src, dst = sys.argv[1], sys.argv[2]\n"
                           u"with zipfile.ZipFile(src) as z:\n"
                           u"    files = {n: z.read(n) for n in z.namelist()}\n"_s +
                           edits +
                           u"\nwith zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:\n"
                           u"    for n, b in files.items():\n"
                           u"        z.writestr(n, b)\n"_s;
    int code = -1;
    const QString out = python(QDir::tempPath(), {u"-c"_s, script, from, to}, &code);
    if (code != 0)
        qWarning().noquote() << out;
    return code == 0;
}

} // namespace

class TestBuild : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    BuildOutcome m_release;

    QString wheel() const
    {
        for (const QString& a : m_release.artifacts)
            if (a.endsWith(u".whl"))
                return a;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_project = test::makeSampleProject(m_dir);
        QVERIFY(!m_project.isEmpty());
    }

    void refusesUnreleasableVersions()
    {
        // One commit after v0.1.0: a +g… local version, which the guard names.
        BuildRequest request;
        request.projectRoot = m_project;
        const auto local = runBuild(request);
        QVERIFY(!local.has_value());
        QVERIFY2(local.error().message.contains(u"+g"), qPrintable(local.error().toString()));
        QVERIFY(!QDir(m_project + u"/dist"_s).exists());

        bool ok = false;
        test::git(m_project, {u"tag"_s, u"v0.2.0"_s}, &ok);
        QVERIFY(ok);
        QVERIFY(test::writeFile(m_project, u"src/churn/features.py"_s, "# changed\n"));
        const auto dirty = runBuild(request);
        QVERIFY(!dirty.has_value());
        QVERIFY2(dirty.error().message.contains(u"src/churn/features.py"),
                 qPrintable(dirty.error().toString()));
        test::git(m_project, {u"checkout"_s, u"--"_s, u"src/churn/features.py"_s}, &ok);
        QVERIFY(ok);
    }

    void buildsWheelSdistAndExecutable()
    {
        BuildRequest request;
        request.projectRoot = m_project;
        request.executable = true;
        const auto built = runBuild(request);
        QVERIFY2(built.has_value(), qPrintable(built ? QString() : built.error().toString()));
        m_release = *built;
        QCOMPARE(built->version, u"0.2.0"_s);
        QVERIFY(!built->isolated); // the Debian root has the backend: offline build
        QCOMPARE(built->artifacts.size(), 3);
        QVERIFY(built->artifacts[0].endsWith(u"churn-0.2.0.tar.gz"));
        QVERIFY(built->artifacts[1].endsWith(u"churn-0.2.0-py3-none-any.whl"));
        QVERIFY(built->artifacts[2].endsWith(u"churn-score-0.2.0.pyz"));
        for (const Artifact& a : built->inspected) {
            QVERIFY2(!a.hasErrors() && !a.hasWarnings(),
                     qPrintable(a.fileName + u": "_s + codes(a).join(u", "_s)));
            QCOMPARE(a.sha256.size(), 64);
        }
        const Artifact& w = built->inspected[1];
        QCOMPARE(w.name, u"churn"_s);
        QCOMPARE(w.version, u"0.2.0"_s);
        QCOMPARE(w.metadata.requiresPython, u">=3.11"_s);
        QVERIFY(w.metadata.requiresDist.contains(u"pytest>=7; extra == \"test\""_s));
        QCOMPARE(w.recordEntriesVerified, int(w.files.size()) - 1);
        QCOMPARE(built->inspected[0].metadata.version, u"0.2.0"_s);

        // The executable runs with python3 alone, from another folder.
        int code = -1;
        const QString out =
            python(m_dir.path(), {built->artifacts[2], m_project + u"/data/customers.csv"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith(u"C1001\t"), qPrintable(out));
    }

    // One executable for every console script: chosen by the name it is called as (a link, as a scheduler
    // calls a job by name), else by its first argument, else the default one.
    void executableRunsEveryConsoleScript()
    {
        const QString root = m_dir.filePath(u"scripts"_s);
        QVERIFY(test::writeFile(
            root, u"pyproject.toml"_s,
            "[build-system]\nrequires = [\"setuptools>=64\"]\n"
            "build-backend = \"setuptools.build_meta\"\n\n"
            "[project]\nname = \"jobs\"\nversion = \"1.0\"\n\n"
            "[project.scripts]\nload-data = \"jobs.cli:load\"\ntrain = \"jobs.cli:train\"\n"));
        QVERIFY(test::writeFile(root, u"src/jobs/__init__.py"_s, ""));
        QVERIFY(test::writeFile(root, u"src/jobs/cli.py"_s,
                                "import sys\n\ndef load():\n    print('load', sys.argv[1:])\n\n"
                                "def train():\n    print('train', sys.argv[1:])\n    return 3\n"));
        BuildRequest request;
        request.projectRoot = root;
        request.executable = true;
        const auto built = runBuild(request);
        QVERIFY2(built.has_value(), qPrintable(built ? QString() : built.error().toString()));
        const QString pyz = built->artifacts.constLast();
        QVERIFY(pyz.endsWith(u"load-data-1.0.pyz"_s));
        int code = -1;
        QCOMPARE(python(m_dir.path(), {pyz, u"x"_s}, &code).trimmed(), u"load ['x']"_s); // the default
        QCOMPARE(code, 0);
        QCOMPARE(python(m_dir.path(), {pyz, u"train"_s, u"--epochs"_s, u"2"_s}, &code).trimmed(),
                 u"train ['--epochs', '2']"_s);
        QCOMPARE(code, 3);
        const QString link = m_dir.filePath(u"train"_s);
        QVERIFY(QFile::link(pyz, link));
        QCOMPARE(python(m_dir.path(), {link, u"y"_s}, &code).trimmed(), u"train ['y']"_s);
    }

    // twine renders the long description as the index will; a broken reStructuredText README fails the
    // inspection of both artifacts. The project has a static version and no git: no guard applies.
    void twineRendersDescriptions()
    {
        const QString root = m_dir.filePath(u"rst"_s);
        QVERIFY(test::writeFile(root, u"pyproject.toml"_s,
                                "[build-system]\nrequires = [\"setuptools>=64\"]\n"
                                "build-backend = \"setuptools.build_meta\"\n\n"
                                "[project]\nname = \"broken-readme\"\nversion = \"1.0\"\n"
                                "readme = \"README.rst\"\n"));
        QVERIFY(test::writeFile(root, u"README.rst"_s, "Broken\n======\n\n.. no-such-directive:: x\n"));
        QVERIFY(test::writeFile(root, u"src/broken_readme/__init__.py"_s, "VALUE = 1\n"));
        BuildRequest request;
        request.projectRoot = root;
        const auto built = runBuild(request);
        QVERIFY2(built.has_value(), qPrintable(built ? QString() : built.error().toString()));
        QVERIFY(built->twineChecked);
        QCOMPARE(built->version, u"1.0"_s);
        QCOMPARE(built->inspected.size(), 2);
        for (const Artifact& a : built->inspected) {
            QVERIFY2(codes(a).contains(u"twine-check-failed"_s), qPrintable(codes(a).join(u", "_s)));
            QVERIFY2(a.findings.first().message.contains(u"no-such-directive"),
                     qPrintable(a.findings.first().message));
            QVERIFY(a.hasErrors());
        }
        // The sample's Markdown README renders: no twine finding on a good build.
        for (const Artifact& a : std::as_const(m_release.inspected))
            QVERIFY(!codes(a).contains(u"twine-check-failed"_s));
        QVERIFY(m_release.twineChecked);
    }

    void findsPlantedDefects_data()
    {
        QTest::addColumn<QString>("edits");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("changed after build")
            << u"files['churn/model.py'] += b'# tampered\\n'"_s << QStringList{u"record-hash-mismatch"_s};
        QTest::newRow("unlisted file")
            << u"files['churn/extra.py'] = b'x = 1\\n'"_s << QStringList{u"file-not-in-record"_s};
        QTest::newRow("tests and notebooks leak")
            << u"files['tests/test_x.py'] = b''\nfiles['churn/explore.ipynb'] = b'{}'\n"
               u"r = [k for k in files if k.endswith('RECORD')][0]\n"
               u"files[r] += f'tests/test_x.py,{h(b\"\")},0\\nchurn/explore.ipynb,{h(b\"{}\")},2\\n'.encode()"_s
            << QStringList{u"notebook-leaked"_s, u"tests-leaked"_s};
        QTest::newRow("listed but missing")
            << u"del files['churn/features.py']"_s
            << QStringList{u"record-missing-file"_s, u"source-missing"_s, u"in-sdist-not-in-wheel"_s};
        QTest::newRow("no metadata") << u"m = [k for k in files if k.endswith('METADATA')][0]\ndel files[m]"_s
                                     << QStringList{u"metadata-missing"_s, u"record-missing-file"_s};
        QTest::newRow("bad content type")
            << u"m = [k for k in files if k.endswith('METADATA')][0]\n"
               u"files[m] = files[m].replace(b'text/markdown', b'text/html')"_s
            << QStringList{u"description-content-type-unknown"_s, u"record-hash-mismatch"_s};
    }
    void findsPlantedDefects()
    {
        QFETCH(QString, edits);
        QFETCH(QStringList, expected);
        QVERIFY(!wheel().isEmpty());
        const QString planted = m_dir.filePath(u"planted/churn-0.2.0-py3-none-any.whl"_s);
        QDir().mkpath(QFileInfo(planted).path());
        QVERIFY(plant(wheel(), planted, edits));
        InspectOptions options;
        options.projectRoot = m_project;
        options.companionSdist = m_release.artifacts[0];
        options.expectedVersion = u"0.2.0"_s;
        const auto a = inspectArtifact(planted, options);
        QVERIFY2(a.has_value(), qPrintable(a ? QString() : a.error().toString()));
        QStringList found = codes(*a);
        found.removeDuplicates();
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        for (const Finding& f : a->findings)
            QVERIFY2(!f.message.isEmpty(), qPrintable(f.code));
    }

    // Wheels a hostile project may commit to dist/ (the window inspects them on opening): members whose
    // paths leave the archive, a RECORD too large to keep, a million members — findings or an error,
    // never unbounded memory.
    void archiveBombsAndUnsafeMembers()
    {
        QVERIFY(!wheel().isEmpty());
        const QString traversal = m_dir.filePath(u"bombs/churn-0.2.0-py3-none-any.whl"_s);
        QDir().mkpath(QFileInfo(traversal).path());
        QVERIFY(plant(wheel(), traversal, u"files['../../escape.py'] = b'x = 1\\n'"_s));
        const auto a = inspectArtifact(traversal);
        QVERIFY2(a.has_value(), qPrintable(a ? QString() : a.error().toString()));
        QVERIFY2(codes(*a).contains(u"member-unsafe-path"_s), qPrintable(codes(*a).join(u' ')));
        QVERIFY(a->hasErrors());

        const QString hugeRecord = m_dir.filePath(u"bombs2/churn-0.2.0-py3-none-any.whl"_s);
        QDir().mkpath(QFileInfo(hugeRecord).path());
        QVERIFY(plant(wheel(), hugeRecord,
                      u"r = [k for k in files if k.endswith('RECORD')][0]\nfiles[r] += b'x' * (40 << 20)"_s));
        const auto b = inspectArtifact(hugeRecord);
        QVERIFY2(b.has_value(), qPrintable(b ? QString() : b.error().toString()));
        QVERIFY2(codes(*b).contains(u"member-skipped"_s), qPrintable(codes(*b).join(u' ')));

        const QString many = m_dir.filePath(u"bombs3/churn-0.2.0-py3-none-any.whl"_s);
        QDir().mkpath(QFileInfo(many).path());
        QVERIFY(plant(wheel(), many, u"for i in range(100001):\n    files[f'churn/m{i}.py'] = b''"_s));
        const auto c = inspectArtifact(many);
        QVERIFY(!c.has_value());
        QVERIFY2(c.error().message.contains(u"more than 100000 members"_s), qPrintable(c.error().toString()));
    }

    void versionAndNameChecks()
    {
        InspectOptions options;
        options.expectedVersion = u"0.3.0"_s;
        options.largeFileBytes = 100; // every module is "large" at this limit
        const auto a = inspectArtifact(wheel(), options);
        QVERIFY(a.has_value());
        QVERIFY(codes(*a).contains(u"version-differs-from-git"_s));
        QVERIFY(codes(*a).contains(u"large-file"_s));

        const QString renamed = m_dir.filePath(u"renamed/churn-9.9-py3-none-any.whl"_s);
        QDir().mkpath(QFileInfo(renamed).path());
        QVERIFY(QFile::copy(wheel(), renamed));
        const auto r = inspectArtifact(renamed);
        QVERIFY(r.has_value());
        QVERIFY(codes(*r).contains(u"version-mismatch"_s));
    }

    void unreadableInputsSayWhy()
    {
        const auto missing = inspectArtifact(m_dir.filePath(u"nothing.whl"_s));
        QVERIFY(!missing.has_value());
        QVERIFY(missing.error().toString().contains(u"nothing.whl"));
        QVERIFY(test::writeFile(m_dir.path(), u"broken-1.0-py3-none-any.whl"_s, "not a zip at all"));
        const auto broken = inspectArtifact(m_dir.filePath(u"broken-1.0-py3-none-any.whl"_s));
        QVERIFY(!broken.has_value());
        QVERIFY2(broken.error().toString().contains(u"broken-1.0-py3-none-any.whl"),
                 qPrintable(broken.error().toString()));
        const auto other = inspectArtifact(m_project + u"/README.md"_s);
        QVERIFY(!other.has_value());
    }

    void comparesTwoWheels()
    {
        const QString changed = m_dir.filePath(u"diff/churn-0.2.1-py3-none-any.whl"_s);
        QDir().mkpath(QFileInfo(changed).path());
        QVERIFY(plant(
            wheel(), changed,
            u"files['churn/model.py'] += b'#\\n'\nfiles['churn/new.py'] = b''\ndel files['churn/features.py']"_s));
        const auto a = inspectArtifact(wheel());
        const auto b = inspectArtifact(changed);
        QVERIFY(a && b);
        const FileListDiff diff = compareFiles(*a, *b);
        QCOMPARE(diff.onlyInA, QStringList{u"churn/features.py"_s});
        QCOMPARE(diff.onlyInB, QStringList{u"churn/new.py"_s});
        QCOMPARE(diff.changed, QStringList{u"churn/model.py"_s});
    }
};

QTEST_GUILESS_MAIN(TestBuild)
#include "tst_build.moc"
