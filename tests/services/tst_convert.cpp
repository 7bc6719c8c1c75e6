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

    static QString withoutTrailingBlankLines(QString source)
    {
        QStringList lines = source.split(u'\n');
        while (lines.size() > 1 && lines.last().trimmed().isEmpty())
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
};

QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
