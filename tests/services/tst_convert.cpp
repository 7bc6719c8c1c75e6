// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/Convert.h"
#include "services/notebook/Notebook.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace slipway;
using namespace slipway::notebook;
using namespace Qt::StringLiterals;

// Conversions against the expected files of the corpus (jupytext's own test mirrors) and round trips.
class TestConvert : public QObject
{
    Q_OBJECT

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString withoutTrailingBlankLines(const QString& source)
    {
        QStringList lines = source.split(u'\n');
        while (lines.size() > 1 && lines.last().trimmed().isEmpty())
            lines.removeLast();
        return lines.join(u'\n');
    }

    static QString withoutBlankEdges(const QString& source)
    {
        QStringList lines = source.split(u'\n');
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        return lines.join(u'\n');
    }

    static QString jupytextCorpus() { return test::sharedDir() + u"/corpus/jupytext-tests"_s; }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void percentMatchesJupytextMirrors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QDirIterator it(jupytextCorpus() + u"/inputs/ipynb_py"_s, {u"*.ipynb"_s}, QDir::Files);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QCOMPARE(files.size(), 24);
        for (const QString& file : std::as_const(files)) {
            const QString name = QFileInfo(file).completeBaseName();
            QTest::newRow(qPrintable(name))
                << file << jupytextCorpus() + u"/outputs/ipynb_to_percent/"_s + name + u".py"_s;
        }
    }

    void percentMatchesJupytextMirrors()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Result<Notebook> notebook = readNotebookFile(input);
        QVERIFY2(notebook, qPrintable(notebook ? QString() : notebook.error().toString()));
        Result<QByteArray> script = toPercentScript(*notebook);
        QVERIFY2(script, qPrintable(script ? QString() : script.error().toString()));
        QByteArray want = readAll(expected);
        if (!want.endsWith('\n'))
            want += '\n';
        if (*script != want) {
            const QList<QByteArray> a = script->split('\n');
            const QList<QByteArray> b = want.split('\n');
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
                const QByteArray x = a.value(i, "<missing>");
                const QByteArray y = b.value(i, "<missing>");
                if (x != y)
                    QFAIL(qPrintable(u"line %1:\n  slipway: %2\n  jupytext: %3"_s.arg(i + 1).arg(
                        QString::fromUtf8(x), QString::fromUtf8(y))));
            }
        }
    }

    // ipynb → percent → ipynb keeps every cell's type, source and the metadata a script carries.
    void percentRoundTrip_data()
    {
        QTest::addColumn<QString>("input");
        const QString corpus = test::sharedDir() + u"/corpus/"_s;
        for (const QString& folder : {u"jupytext-tests/inputs/ipynb_py"_s, u"real-world"_s}) {
            QDirIterator it(corpus + folder, {u"*.ipynb"_s}, QDir::Files);
            QStringList files;
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString& file : std::as_const(files))
                QTest::newRow(qPrintable(file.mid(corpus.size()))) << file;
        }
    }

    void percentRoundTrip()
    {
        QFETCH(QString, input);
        Result<Notebook> notebook = readNotebookFile(input);
        QVERIFY2(notebook, qPrintable(notebook ? QString() : notebook.error().toString()));
        Result<QByteArray> script = toPercentScript(*notebook);
        QVERIFY(script);
        Result<Notebook> back = fromPercentScript(*script, u"roundtrip.py"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        const QList<ScriptCell> before = scriptCells(*notebook);
        const QList<ScriptCell> after = scriptCells(*back);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].type, before[i].type);
            // Blank lines at the end of a cell are not kept exactly: in a script they cannot be told from the
            // spacing between cells. jupytext loses them the same way (tst_jupytext_live checks that Slipway
            // reads every script exactly as jupytext does).
            QCOMPARE(withoutTrailingBlankLines(after[i].source), withoutTrailingBlankLines(before[i].source));
            QCOMPARE(after[i].metadata, before[i].metadata);
        }
        // Written again, the script is the same.
        Result<QByteArray> again = toPercentScript(*back);
        QVERIFY(again);
        QCOMPARE(*again, *script);
    }

    void databricksWritesTheFormat()
    {
        const QByteArray notebookJson =
            "{\"cells\": [\n"
            " {\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# Title\\n\", \"\\n\", "
            "\"text\"]},\n"
            " {\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {\"title\": \"Load\"}, "
            "\"outputs\": [],\n"
            "  \"source\": [\"df = spark.read.csv(path)\\n\", \"display(df)\"]},\n"
            " {\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [],\n"
            "  \"source\": [\"%%sql\\n\", \"SELECT 1\"]},\n"
            " {\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [], "
            "\"source\": \"%run ./setup\"},\n"
            " {\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [], "
            "\"source\": \"%%bash\\nls -l\"},\n"
            " {\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [], "
            "\"source\": \"\"}\n"
            "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n";
        Result<Notebook> notebook = parseNotebook(notebookJson, u"db.ipynb"_s);
        QVERIFY2(notebook, qPrintable(notebook ? QString() : notebook.error().toString()));
        Result<QByteArray> source = toDatabricksSource(*notebook);
        QVERIFY(source);
        QCOMPARE(*source, QByteArray("# Databricks notebook source\n"
                                     "# MAGIC %md\n# MAGIC # Title\n# MAGIC\n# MAGIC text\n\n"
                                     "# COMMAND ----------\n\n"
                                     "# DBTITLE 1,Load\ndf = spark.read.csv(path)\ndisplay(df)\n\n"
                                     "# COMMAND ----------\n\n"
                                     "# MAGIC %sql\n# MAGIC SELECT 1\n\n"
                                     "# COMMAND ----------\n\n"
                                     "# MAGIC %run ./setup\n\n"
                                     "# COMMAND ----------\n\n"
                                     "# MAGIC %sh\n# MAGIC ls -l\n\n"
                                     "# COMMAND ----------\n\n"));
        QCOMPARE(detectScriptFormat(*source), ScriptFormat::Databricks);
        Result<Notebook> back = fromDatabricksSource(*source, u"db.py"_s);
        QVERIFY(back);
        const QList<ScriptCell> cells = scriptCells(*back);
        QCOMPARE(cells.size(), 6);
        QCOMPARE(cells[0].type, u"markdown"_s);
        QCOMPARE(cells[0].source, u"# Title\n\ntext"_s);
        QCOMPARE(cells[1].metadata, u"{\"title\": \"Load\"}"_s);
        QCOMPARE(cells[2].source, u"%%sql\nSELECT 1"_s);
        QCOMPARE(cells[3].source, u"%run ./setup"_s);
        QCOMPARE(cells[4].source, u"%%sh\nls -l"_s); // Databricks has one shell magic
        QCOMPARE(cells[5].source, QString());
    }

    void databricksReadsWhatDatabricksExports()
    {
        // As Databricks exports (older exports put a space after an empty "# MAGIC"; %md text inline).
        const QByteArray exported =
            "# Databricks notebook source\n# MAGIC %md # Intro\n# MAGIC \n# MAGIC more\n\n"
            "# COMMAND ----------\n\n# MAGIC %md-sandbox\n# MAGIC <div>x</div>\n\n"
            "# COMMAND ----------\n\n# DBTITLE 0,Hidden title\n# MAGIC %scala\n"
            "# MAGIC val x = 1\n\n# COMMAND ----------\n\n# MAGIC %python\nprint(1)\n";
        Result<Notebook> notebook = fromDatabricksSource(exported, u"export.py"_s);
        QVERIFY2(notebook, qPrintable(notebook ? QString() : notebook.error().toString()));
        const QList<ScriptCell> cells = scriptCells(*notebook);
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells[0].source, u"# Intro\n\nmore"_s);
        QCOMPARE(cells[1].type, u"markdown"_s);
        QCOMPARE(cells[1].metadata, u"{\"databricks_magic\": \"md-sandbox\"}"_s);
        QCOMPARE(cells[2].source, u"%%scala\nval x = 1"_s);
        QCOMPARE(cells[2].metadata, u"{\"title\": \"Hidden title\"}"_s);
        // "# MAGIC %python" then a plain line: not all magic, so the cell stays as written.
        QCOMPARE(cells[3].type, u"code"_s);
        // Written back, it is Databricks' own text again (apart from the normalised empty MAGIC lines).
        Result<QByteArray> again = toDatabricksSource(*notebook);
        QVERIFY(again);
        QVERIFY(again->contains("# MAGIC %md-sandbox\n# MAGIC <div>x</div>"));

        Result<Notebook> notDatabricks = fromDatabricksSource("print(1)\n", u"/w/plain.py"_s);
        QVERIFY(!notDatabricks);
        QVERIFY(notDatabricks.error().toString().contains(u"/w/plain.py"_s));
    }

    void databricksRoundTrip_data() { percentRoundTrip_data(); }

    void databricksRoundTrip()
    {
        QFETCH(QString, input);
        Result<Notebook> notebook = readNotebookFile(input);
        QVERIFY(notebook);
        Result<QByteArray> source = toDatabricksSource(*notebook);
        QVERIFY(source);
        Result<Notebook> back = fromDatabricksSource(*source, u"roundtrip.py"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        const QList<ScriptCell> before = scriptCells(*notebook);
        const QList<ScriptCell> after = scriptCells(*back);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            // Databricks has no raw cells: they come back as markdown.
            QCOMPARE(after[i].type, before[i].type == u"raw"_s ? u"markdown"_s : before[i].type);
            // Code: blank lines around it are not kept (Databricks trims them too). Markdown keeps its text.
            QString expected = before[i].source;
            expected.replace(u"\r\n"_s, u"\n"_s);
            if (before[i].type == u"code"_s)
                expected = expected.trimmed().isEmpty() ? QString() : withoutBlankEdges(expected);
            QCOMPARE(after[i].source, expected);
        }
        Result<QByteArray> again = toDatabricksSource(*back);
        QVERIFY(again);
        if (*again != *source) {
            const QList<QByteArray> a = again->split('\n');
            const QList<QByteArray> b = source->split('\n');
            for (qsizetype k = 0; k < std::max(a.size(), b.size()); ++k)
                QVERIFY2(a.value(k) == b.value(k),
                         qPrintable(u"line %1: %2 | %3"_s.arg(k + 1).arg(QString::fromUtf8(a.value(k)),
                                                                         QString::fromUtf8(b.value(k)))));
        }
    }

    void combineKeepsOutputs()
    {
        const QString path =
            test::sharedDir() + u"/corpus/jupytext-tests/inputs/ipynb_py/text_outputs_and_images.ipynb"_s;
        Result<Notebook> notebook = readNotebookFile(path);
        QVERIFY(notebook);
        Result<QByteArray> script = toPercentScript(*notebook);
        QVERIFY(script);
        // The reviewer edits one cell and adds one in the script.
        QByteArray edited = *script;
        edited.replace("print('using print')", "print('using print, edited')");
        edited += "\n# %%\nnew_cell = 1\n";
        Result<Notebook> fromScript = fromPercentScript(edited, u"text_outputs_and_images.py"_s);
        QVERIFY(fromScript);
        const Notebook combined = combineOutputs(*fromScript, *notebook);
        Result<QByteArray> bytes = serializeNotebook(combined);
        QVERIFY(bytes);
        Result<Notebook> reread = parseNotebook(*bytes, u"combined.ipynb"_s);
        QVERIFY(reread);
        const json::Value::Array& before = *notebook->cellLists().front();
        const json::Value::Array& after = *reread->cellLists().front();
        QCOMPARE(after.size(), before.size() + 1);
        int withOutputs = 0;
        for (size_t i = 0; i < before.size(); ++i) {
            const json::Value* outputs = after[i].find("outputs");
            if (before[i].find("outputs") && before[i].find("outputs")->truthy()) {
                QVERIFY2(outputs && outputs->truthy(), qPrintable(u"cell %1 lost its outputs"_s.arg(i)));
                ++withOutputs;
            }
            QCOMPARE(after[i].find("id")->string(),
                     before[i].find("id") ? before[i].find("id")->string() : after[i].find("id")->string());
        }
        QVERIFY(withOutputs >= 3);
        QVERIFY(!after.back().find("outputs")->truthy());
        // Notebook metadata the header does not carry is kept.
        QVERIFY(reread->root.find("metadata")->find("language_info"));
    }
};

QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
