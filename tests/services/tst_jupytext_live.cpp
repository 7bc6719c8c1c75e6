// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/Convert.h"
#include "services/notebook/Json.h"
#include "services/notebook/Notebook.h"
#include "services/notebook/PyYaml.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::notebook;
using namespace Qt::StringLiterals;

// Compares Slipway's conversions with Debian 13's installed jupytext, live, both ways:
//  - ipynb → percent on every notebook of the corpus (jupytext-tests inputs and real-world), byte for byte,
//    with jupytext's version stamp (what a plain `jupytext --to py:percent` writes);
//  - percent → ipynb on the corpus's expected scripts, on Slipway's scripts of the real-world notebooks and
//    on hand-written scripts: the same cells (type, source, every metadata key) and notebook metadata.
// jupytext runs once, in one Python process (tests/support/jupytext_peer.py), over all inputs: its API gives
// the bytes its command line writes (checked on one file against `jupytext --to py:percent -o -`).
class TestJupytextLive : public QObject
{
    Q_OBJECT

    struct Peer
    {
        QString version;
        QList<std::pair<bool, QString>> results;
    };

    // Deliberate differences from Debian's jupytext 1.16.4: Slipway follows jupytext 1.19, whose own test
    // files the corpus holds (tst_convert matches all 24 of them byte for byte).
    const QHash<QString, QString> m_differences{
        {u"jupyterlab-slideshow_1441"_s,
         u"jupytext 1.19 (PR #1445) writes cell metadata keys with '@' and '/'; 1.16.4 drops them with a warning"_s},
        {u"raw_cell_with_non_dict_yaml_content"_s,
         u"jupytext 1.19 (#1451) keeps a top raw cell whose YAML is not a mapping as header text"_s},
        {u"raw_cell_with_complex_yaml_like_content"_s,
         u"jupytext 1.19 (#1451) keeps a top raw cell whose YAML is not a mapping as header text"_s},
    };

    QString m_helper;

    Peer runPeer(const QJsonArray& jobs)
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"jobs.json"_s));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(jobs).toJson(QJsonDocument::Compact));
        file.close();
        QProcess python;
        python.setProcessEnvironment(test::isolatedEnvironment(dir.filePath(u"home"_s)));
        python.setWorkingDirectory(dir.path());
        python.start(u"python3"_s, {m_helper, file.fileName()});
        if (!python.waitForFinished(300000) || python.exitCode() != 0) {
            qWarning().noquote() << python.readAllStandardError();
            return {};
        }
        const QJsonObject out = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        Peer peer;
        peer.version = out.value(u"version"_s).toString();
        const auto results = out.value(u"results"_s).toArray();
        for (const auto& result : results)
            peer.results.append({result[u"ok"_s].toBool(), result[u"text"_s].toString()});
        return peer;
    }

    static QStringList corpusNotebooks()
    {
        QStringList files;
        const QString corpus = test::sharedDir() + u"/corpus/"_s;
        for (const QString& folder : {u"jupytext-tests/inputs/ipynb_py"_s, u"real-world"_s}) {
            QDirIterator it(corpus + folder, {u"*.ipynb"_s}, QDir::Files);
            QStringList some;
            while (it.hasNext())
                some.append(it.next());
            some.sort();
            files += some;
        }
        return files;
    }

    // The notebook JSON without cell ids (jupytext makes random ones) for comparison.
    static json::Value withoutIds(const QByteArray& text)
    {
        Result<json::Value> value = json::parse(text, {});
        if (!value)
            return {};
        if (json::Value* cells = value->find("cells"))
            for (json::Value& cell : cells->array())
                cell.remove("id");
        // jupytext lists a script's cell metadata keys in a Python set's order, which changes from run to
        // run.
        json::Value* metadata = value->find("metadata");
        json::Value* jupytext = metadata ? metadata->find("jupytext") : nullptr;
        if (json::Value* filter = jupytext ? jupytext->find("cell_metadata_filter") : nullptr) {
            QStringList entries = QString::fromStdString(filter->string()).split(u',');
            entries.sort();
            *filter = json::Value(entries.join(u',').toStdString());
        }
        return *value;
    }

    static QString describeDifference(const json::Value& ours, const json::Value& theirs)
    {
        std::string a, b;
        json::write(ours, {}, a);
        json::write(theirs, {}, b);
        const QStringList x = QString::fromStdString(a).split(u'\n');
        const QStringList y = QString::fromStdString(b).split(u'\n');
        for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i)
            if (x.value(i) != y.value(i))
                return u"line %1 of the notebook JSON:\n  slipway:  %2\n  jupytext: %3"_s.arg(i + 1).arg(
                    x.value(i), y.value(i));
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        if (QStandardPaths::findExecutable(u"jupytext"_s).isEmpty())
            QFAIL("jupytext is not installed: it is in tools/debian-13-packages.txt; run tools/dev setup");
        m_helper = test::sourceDir() + u"/tests/support/jupytext_peer.py"_s;
    }

    void commandLineMatchesApi()
    {
        const QString notebook =
            test::sharedDir() + u"/corpus/jupytext-tests/inputs/ipynb_py/jupyter.ipynb"_s;
        QProcess cli;
        cli.setWorkingDirectory(QDir::tempPath());
        cli.start(u"jupytext"_s, {u"--to"_s, u"py:percent"_s, u"-o"_s, u"-"_s, notebook});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const Peer peer = runPeer({QJsonObject{{u"to"_s, u"py:percent"_s}, {u"path"_s, notebook}}});
        QCOMPARE(peer.results.size(), 1);
        QCOMPARE(cli.readAllStandardOutput(), peer.results.front().second.toUtf8());
    }

    void percentLikeJupytext()
    {
        const QStringList files = corpusNotebooks();
        QVERIFY(files.size() >= 50);
        QJsonArray jobs;
        for (const QString& file : files)
            jobs.append(QJsonObject{{u"to"_s, u"auto:percent"_s}, {u"path"_s, file}});
        const Peer peer = runPeer(jobs);
        QCOMPARE(peer.results.size(), files.size());
        int same = 0;
        QStringList failures;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString name = QFileInfo(files[i]).completeBaseName();
            Result<Notebook> notebook = readNotebookFile(files[i]);
            QVERIFY2(notebook, qPrintable(files[i]));
            Result<QByteArray> ours =
                toPercentScript(*notebook, {.jupytextVersion = peer.version, .extension = {}});
            QVERIFY(ours);
            QVERIFY2(peer.results[i].first, qPrintable(name + u": "_s + peer.results[i].second));
            const QByteArray theirs = peer.results[i].second.toUtf8();
            if (*ours == theirs) {
                ++same;
                continue;
            }
            if (m_differences.contains(name)) {
                qInfo().noquote() << name << "differs on purpose:" << m_differences.value(name);
                continue;
            }
            const QList<QByteArray> a = ours->split('\n');
            const QList<QByteArray> b = theirs.split('\n');
            for (qsizetype k = 0; k < std::max(a.size(), b.size()); ++k)
                if (a.value(k) != b.value(k)) {
                    failures << u"%1, line %2:\n  slipway:  %3\n  jupytext: %4"_s.arg(name).arg(k + 1).arg(
                        QString::fromUtf8(a.value(k)), QString::fromUtf8(b.value(k)));
                    break;
                }
        }
        qInfo("%d of %d notebooks give the same bytes as jupytext %s", same, int(files.size()),
              qPrintable(peer.version));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // The header YAML: PyYAML's quoting, escaping and folding rules.
    void yamlLikePyYaml()
    {
        const QStringList values{
            u"{\"kernelspec\": {\"display_name\": \"Python 3 (ipykernel)\", \"language\": \"python\", "
            u"\"name\": \"python3\"}}"_s,
            u"{\"a\": \"1.3\", \"b\": \"yes\", \"c\": \"\", \"d\": \": x\", \"e\": \"#x\", \"f\": \" lead\", "
            u"\"g\": \"trail \", \"h\": \"it's\", \"i\": \"null\", \"j\": \"0x1f\", \"k\": \"2024-01-02\", "
            u"\"l\": \"~\", \"m\": \"a: b\", \"n\": \"- x\", \"o\": \"x #y\", \"p\": \"[1]\", \"q\": \"@x\"}"_s,
            u"{\"u\": \"Python 3 (\\u00dcnicode \\u6f22\\u5b57 \\ud83d\\ude00)\", \"tab\": \"a\\tb\", "
            u"\"nl\": \"a\\nb\", "
            u"\"q\": \"say \\\"hi\\\"\"}"_s,
            u"{\"long\": \"" + u"word "_s.repeated(40).trimmed() + u"\", \"longq\": \"it's " +
                u"long "_s.repeated(30).trimmed() + u"\", \"longd\": \"\\u00e9 " +
                u"mot "_s.repeated(30).trimmed() + u"\"}"_s,
            u"{\"n\": 1, \"f\": 1.5, \"big\": 1e+20, \"small\": 1e-07, \"t\": true, \"z\": null, "
            u"\"list\": [1, \"a\", {\"k\": \"v\", \"l\": [2, 3]}, [4, 5]], \"empty\": {}, \"none\": [], "
            u"\"nested\": {\"deeper\": {\"x\": [\"y\"]}}}"_s,
        };
        QJsonArray jobs;
        for (const QString& value : values)
            jobs.append(QJsonObject{{u"to"_s, u"yaml"_s}, {u"json"_s, value}});
        const Peer peer = runPeer(jobs);
        QCOMPARE(peer.results.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            QVERIFY2(peer.results[i].first, qPrintable(peer.results[i].second));
            Result<json::Value> value = json::parse(values[i].toUtf8(), {});
            QVERIFY2(value, qPrintable(values[i]));
            QCOMPARE(QString::fromStdString(notebook::yaml::safeDump(*value)), peer.results[i].second);
            // and reads back to the same value
            Result<json::Value> back = notebook::yaml::safeLoad(peer.results[i].second.toStdString(), {});
            QVERIFY(back);
            QVERIFY2(*back == *value, qPrintable(values[i]));
        }
    }

    void readsLikeJupytext()
    {
        QStringList names;
        QList<QByteArray> scripts;
        const QString mirrors = test::sharedDir() + u"/corpus/jupytext-tests/outputs/ipynb_to_percent"_s;
        QDirIterator it(mirrors, {u"*.py"_s}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            names << QFileInfo(path).fileName();
            scripts << file.readAll();
        }
        const auto files = corpusNotebooks();
        for (const QString& file : files) {
            if (!file.contains(u"real-world"_s))
                continue;
            Result<Notebook> notebook = readNotebookFile(file);
            QVERIFY(notebook);
            names << QFileInfo(file).completeBaseName() + u".py"_s;
            scripts << toPercentScript(*notebook).value_or(QByteArray());
        }
        // Hand-written scripts: what people type, not what a converter writes.
        const QList<std::pair<const char*, const char*>> handWritten{
            {"no header, code first", "import os\n\n# %%\nx = 1\n"},
            {"titles and depth", "# %% Load the data\ndf = 1\n\n# %%% Sub step [markdown]\n# text\n"},
            {"md region", "# %% [md]\n# Title\n\n# %% [markdown] tags=[\"a\", \"b\"] key='single'\n# x\n"},
            {"json metadata", "# %% {\"tags\": [\"x\"], \"a\": {\"b\": 1}}\ny = 2\n"},
            {"magics", "# %%\n# %matplotlib inline\n# !pip install x\n# ?print\nx = !ls\n# %%time\ny = 1\n"},
            {"spyder markers", "# In[1]:\na = 1\n\n\n# In[ ]:\nb = 2\n# <codecell>\nc = 3\n"},
            {"header with front matter",
             "# ---\n# title: T\n# jupyter:\n#   jupytext:\n#     formats: ipynb,py:percent\n"
             "#   kernelspec:\n#     display_name: Python 3\n#     language: python\n#     name: python3\n# "
             "---\n\n"
             "# %%\n1\n"},
            {"strings with markers", "# %%\ns = '''\n# %% not a cell\n'''\n\n# %%\nt = 2\n"},
            {"definitions", "# %%\ndef f():\n    return 1\n\n\n# %%\nf()\n# %%\nclass A:\n    pass\n"},
            {"raw and other languages", "# %% [raw]\n# raw text\n\n# %% language=\"R\" magic_args=\"-i "
                                        "df\"\n# plot(df)\n\n# %% active=\"py\"\nz = 3\n"},
            {"triple-quoted markdown", "# %% [markdown]\n\"\"\"\nA *doc* cell\n\"\"\"\n\n# %%\n1\n"},
            {"trailing blanks", "# %%\nx = 1\n\n\n\n# %%\ny = 2\n\n"},
        };
        for (const auto& [name, text] : handWritten) {
            names << QString::fromUtf8(name);
            scripts << QByteArray(text);
        }
        QJsonArray jobs;
        for (const QByteArray& script : std::as_const(scripts))
            jobs.append(QJsonObject{{u"to"_s, u"ipynb"_s}, {u"text"_s, QString::fromUtf8(script)}});
        const Peer peer = runPeer(jobs);
        QCOMPARE(peer.results.size(), scripts.size());
        QStringList failures;
        for (qsizetype i = 0; i < scripts.size(); ++i) {
            QVERIFY2(peer.results[i].first, qPrintable(names[i] + u": "_s + peer.results[i].second));
            Result<Notebook> ours = fromPercentScript(scripts[i], names[i]);
            QVERIFY2(ours, qPrintable(ours ? QString() : ours.error().toString()));
            Result<QByteArray> bytes = serializeNotebook(*ours);
            QVERIFY(bytes);
            const json::Value a = withoutIds(*bytes);
            const json::Value b = withoutIds(peer.results[i].second.toUtf8());
            if (!(a == b) && names[i] == u"jupyterlab-slideshow_1441.py"_s) {
                qInfo().noquote() << names[i] << "differs on purpose:"
                                  << m_differences.value(u"jupyterlab-slideshow_1441"_s);
                continue;
            }
            if (!(a == b))
                failures << names[i] + u": "_s + describeDifference(a, b);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestJupytextLive)
#include "tst_jupytext_live.moc"
