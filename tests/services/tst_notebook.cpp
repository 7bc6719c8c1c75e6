// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/Json.h"
#include "services/notebook/Notebook.h"
#include "services/notebook/PythonText.h"
#include "services/notebook/Strip.h"
#include "tests/support/StripCases.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::notebook;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString e2e(const QString& name)
{
    return test::e2eFile(name);
}

// nbstripout's command-line flags, as the corpus MANIFEST lists them per case.
StripOptions optionsFrom(const QStringList& flags)
{
    StripOptions options;
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QString& flag = flags[i];
        const auto next = [&] { return flags.value(++i); };
        if (flag == u"--keep-output")
            options.keepOutput = true;
        else if (flag == u"--keep-count")
            options.keepCount = true;
        else if (flag == u"--keep-id")
            options.keepId = true;
        else if (flag == u"--drop-empty-cells")
            options.dropEmptyCells = true;
        else if (flag == u"--strip-init-cells")
            options.stripInitCells = true;
        else if (flag == u"--extra-keys")
            options.extraKeys = next().split(u' ', Qt::SkipEmptyParts);
        else if (flag == u"--keep-metadata-keys")
            options.keepMetadataKeys = next().split(u' ', Qt::SkipEmptyParts);
        else if (flag == u"--drop-tagged-cells")
            options.dropTaggedCells = next().split(u' ', Qt::SkipEmptyParts);
        else if (flag == u"--max-size")
            options.maxSize = StripOptions::parseSize(next()).value_or(-1);
    }
    return options;
}

} // namespace

class TestNotebook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePointsCountAsPythonDoes()
    {
        // The vectorised count (AVX2 where the processor has it, words of eight bytes else) against
        // QString's decoding, on every length around the 8- and 32-byte steps and a 255-round block.
        const QStringList pieces{QStringLiteral("a"), QStringLiteral("é"), QStringLiteral("€"),
                                 QString::fromUcs4(U"\U0001F600", 1), QStringLiteral("\n")};
        QRandomGenerator random(7);
        for (int length = 0; length < 200; ++length) {
            QString text;
            for (int i = 0; i < length; ++i)
                text += pieces[int(random.bounded(pieces.size()))];
            const QByteArray utf8 = text.toUtf8();
            QCOMPARE(json::codePoints(std::string_view(utf8.constData(), size_t(utf8.size()))),
                     qint64(text.toUcs4().size()));
        }
        QString large;
        for (int i = 0; i < 40000; ++i)
            large += pieces[int(random.bounded(pieces.size()))];
        const QByteArray utf8 = large.toUtf8();
        QCOMPARE(json::codePoints(std::string_view(utf8.constData(), size_t(utf8.size()))),
                 qint64(large.toUcs4().size()));
    }

    void initTestCase() { test::initEnvironment(); }

    void floatsAreWrittenAsPythonRepr_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("repr");
        QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("integral") << 1.0 << QStringLiteral("1.0");
        QTest::newRow("hundred") << 100.0 << QStringLiteral("100.0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("-0.0");
        QTest::newRow("1e15 fixed") << 1e15 << QStringLiteral("1000000000000000.0");
        QTest::newRow("1e16 exponent") << 1e16 << QStringLiteral("1e+16");
        QTest::newRow("0.0001 fixed") << 0.0001 << QStringLiteral("0.0001");
        QTest::newRow("1e-05 exponent") << 1e-5 << QStringLiteral("1e-05");
        QTest::newRow("1.5e-07") << 1.5e-7 << QStringLiteral("1.5e-07");
        QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
        QTest::newRow("max") << 1.7976931348623157e308 << QStringLiteral("1.7976931348623157e+308");
        QTest::newRow("denormal") << 5e-324 << QStringLiteral("5e-324");
        QTest::newRow("123456789.123") << 123456789.123 << QStringLiteral("123456789.123");
        QTest::newRow("-2.5e+100") << -2.5e100 << QStringLiteral("-2.5e+100");
    }

    void floatsAreWrittenAsPythonRepr()
    {
        QFETCH(double, value);
        QTEST(QString::fromStdString(json::pythonFloatRepr(value)), "repr");
    }

    void numbersSurviveExactly()
    {
        const QByteArray text = "{\"big\": 123456789012345678901234567890, \"neg\": -18446744073709551617,\n"
                                "            \"zero\": -0, \"f\": 1.10, \"e\": 1E+2, \"tiny\": 4.9e-324, "
                                "\"i\": 9007199254740993}";
        const auto value = json::parse(text, QStringLiteral("n.json"));
        QVERIFY2(value, value ? "" : qPrintable(value.error().toString()));
        std::string out;
        json::write(*value, {}, out);
        QCOMPARE(
            QString::fromStdString(out),
            QStringLiteral("{\n \"big\": 123456789012345678901234567890,\n \"e\": 100.0,\n \"f\": 1.1,\n"
                           " \"i\": 9007199254740993,\n \"neg\": -18446744073709551617,\n \"tiny\": 5e-324,\n"
                           " \"zero\": 0\n}"));
    }

    void stringsAreEscapedAsPythonDoes()
    {
        const auto value = json::parse("[\"a\\\"b\\\\c\\/d\\u00e9\\u0001\\t\\u001B\\u007f\\ud83d\\ude00 ü\"]",
                                       QStringLiteral("s"));
        QVERIFY(value);
        std::string out;
        json::write(*value, {}, out);
        QCOMPARE(QString::fromStdString(out),
                 QStringLiteral("[\n \"a\\\"b\\\\c/dé\\u0001\\t\\u001b\x7f😀 ü\"\n]"));
        out.clear();
        json::write(*value, {.indent = 1, .sortKeys = true, .ensureAscii = true}, out);
        QCOMPARE(
            QString::fromStdString(out),
            QStringLiteral("[\n \"a\\\"b\\\\c/d\\u00e9\\u0001\\t\\u001b\\u007f\\ud83d\\ude00 \\u00fc\"\n]"));
    }

    void duplicateKeysKeepTheLastValueAtTheFirstPlace()
    {
        const auto value = json::parse("{\"b\": 1, \"a\": 2, \"b\": 3}", QStringLiteral("d"));
        QVERIFY(value);
        QCOMPARE(value->object().size(), size_t(2));
        QCOMPARE(value->object().front().first, std::string("b"));
        QCOMPARE(value->object().front().second.number().text, std::string("3"));
    }

    void splitLinesIsPythons()
    {
        using python::splitLines;
        const auto lines = splitLines("a\nb\r\nc\rd\x0b"
                                      "e\xc2\x85"
                                      "f\xe2\x80\xa8g",
                                      true);
        QCOMPARE(lines, (std::vector<std::string>{"a\n", "b\r\n", "c\r", "d\x0b", "e\xc2\x85",
                                                  "f\xe2\x80\xa8", "g"}));
        QCOMPARE(splitLines("a\n\nb\n", false), (std::vector<std::string>{"a", "", "b"}));
        QVERIFY(splitLines("", true).empty());
        QVERIFY(!python::hasNonSpace(" \t\n\xc2\xa0\xe3\x80\x80"));
        QVERIFY(python::hasNonSpace("  x "));
    }

    void badInputNamesTheFileAndTheCause_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("trailing comma")
            << QByteArray("{\n \"nbformat\": 4,\n}\n") << QStringLiteral("n.ipynb:3:1: ");
        QTest::newRow("truncated") << QByteArray("{\"cells\": [{\"source\": \"x")
                                   << QStringLiteral("n.ipynb:");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("n.ipynb: the file is empty");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringLiteral("n.ipynb:");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]")
            << QStringLiteral("n.ipynb: not a notebook: the JSON value is not an object");
        QTest::newRow("scalar") << QByteArray("42")
                                << QStringLiteral("n.ipynb:1:1: the JSON value is not an object");
        QTest::newRow("no cells") << QByteArray("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}}")
                                  << QStringLiteral("n.ipynb: not a notebook: it has no \"cells\" list");
        QTest::newRow("cells not a list")
            << QByteArray("{\"nbformat\": 4, \"nbformat_minor\": 2, \"metadata\": {}, \"cells\": {}}")
            << QStringLiteral("n.ipynb: \"cells\" is not a list");
        QTest::newRow("future major") << QByteArray("{\"nbformat\": 5, \"cells\": []}")
                                      << QStringLiteral("n.ipynb: unsupported nbformat version 5");
        QTest::newRow("version as text") << QByteArray("{\"nbformat\": \"4\", \"cells\": []}")
                                         << QStringLiteral("n.ipynb: unsupported nbformat version \"4\"");
        QTest::newRow("source of numbers")
            << QByteArray("{\"nbformat\": 4, \"nbformat_minor\": 2, \"metadata\": {}, \"cells\": "
                          "[{\"cell_type\": \"code\", \"metadata\": {}, \"source\": [1]}]}")
            << QStringLiteral("n.ipynb: the source of cell 1 holds a value that is not a string");
        QTest::newRow("duplicate ids")
            << QByteArray("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [\n"
                          "                 {\"cell_type\": \"markdown\", \"id\": \"dup\", \"metadata\": {}, "
                          "\"source\": \"\"},\n"
                          "                 {\"cell_type\": \"markdown\", \"id\": \"dup\", \"metadata\": {}, "
                          "\"source\": \"\"}]}")
            << QStringLiteral("n.ipynb: cell 1 and cell 2 have the same id \"dup\"; cell ids must be unique");
        QTest::newRow("control character")
            << QByteArray("{\"cells\": [\"a\tb\"]}")
            << QStringLiteral("n.ipynb:1:14: invalid control character in a string");
    }

    void badInputNamesTheFileAndTheCause()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto notebook = parseNotebook(bytes, QStringLiteral("n.ipynb"));
        QVERIFY(!notebook);
        QVERIFY2(notebook.error().toString().startsWith(message), qPrintable(notebook.error().toString()));
    }

    // Inputs the fuzzer once crashed on (fuzz/regressions, also its seeds): each is refused with a message.
    void fuzzRegressions()
    {
        QDirIterator it(test::sourceDir() + QStringLiteral("/fuzz/regressions"), {QStringLiteral("*.ipynb")},
                        QDir::Files);
        int count = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto parsed = notebook::parseNotebook(file.readAll(), path);
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().toString().contains(QFileInfo(path).fileName()),
                     qPrintable(parsed.error().toString()));
            ++count;
        }
        QVERIFY(count >= 1);
    }

    void filesThatAreNoNotebooks()
    {
        QTemporaryDir dir;
        QCOMPARE(readNotebookFile(dir.path()).error().toString(),
                 dir.path() + u": is a folder, not a notebook");
        QCOMPARE(readNotebookFile(dir.filePath(QStringLiteral("none.ipynb"))).error().message,
                 QStringLiteral("no such file"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("big.ipynb"), QByteArray(2048, ' ')));
        QVERIFY(readNotebookFile(dir.filePath(QStringLiteral("big.ipynb")), 1024)
                    .error()
                    .message.startsWith(u"the file is 0 MB, larger"));
    }

    // Every case of ../shared/corpus/nbstripout-tests/MANIFEST.md: input, flags, expected bytes.
    void corpusCases_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("expected");
        const auto cases = test::stripCases();
        for (const test::StripCase& c : cases)
            QTest::newRow(c.name) << c.input << c.flags << c.expected;
    }

    void corpusCases()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, flags);
        QFETCH(QString, expected);
        if (flags.contains(u"zeppelin")) {
            const auto note = stripZeppelin(readAll(e2e(input)), input);
            QVERIFY(note);
            QVERIFY(note->changed);
            QCOMPARE(note->bytes, readAll(e2e(expected)));
            QCOMPARE(stripZeppelin(note->bytes, expected)->changed, false);
            return;
        }
        auto notebook = readNotebookFile(e2e(input));
        QVERIFY2(notebook, notebook ? "" : qPrintable(notebook.error().toString()));
        const auto report = strip(*notebook, optionsFrom(flags));
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        const QByteArray want = readAll(e2e(expected));
        QVERIFY(!want.isEmpty());
        const auto serialized = serializeNotebook(*notebook);
        QVERIFY2(serialized, serialized ? "" : qPrintable(serialized.error().toString()));
        const QByteArray& got = *serialized;
        if (got != want) {
            const auto gotLines = got.split('\n'), wantLines = want.split('\n');
            for (qsizetype i = 0; i < std::max(gotLines.size(), wantLines.size()); ++i)
                if (gotLines.value(i) != wantLines.value(i)) {
                    qWarning().noquote()
                        << "first difference at line" << i + 1 << "\n got: " << gotLines.value(i)
                        << "\n want:" << wantLines.value(i);
                    break;
                }
        }
        QCOMPARE(got, want);
        // Stripping what is stripped changes nothing (what --verify and the git filter rely on).
        auto again = parseNotebook(got, expected);
        QVERIFY(again);
        QCOMPARE(strip(*again, optionsFrom(flags))->changed, false);
        QCOMPARE(serializeNotebook(*again).value_or(QByteArray()), want);
    }

    // nbstripout 0.9's output types, on the MANIFEST's unit fixture: cell 2 has stdout, stderr and error
    // outputs; cell 3 an execute_result.
    void outputTypes_data()
    {
        QTest::addColumn<QStringList>("keepTypes");
        QTest::addColumn<QStringList>("dropTypes");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<QStringList>("third");
        QTest::newRow("drop error") << QStringList() << QStringList{QStringLiteral("error")}
                                    << QStringList{QStringLiteral("stream:stdout"),
                                                   QStringLiteral("stream:stderr")}
                                    << QStringList{QStringLiteral("execute_result")};
        QTest::newRow("keep execute_result")
            << QStringList{QStringLiteral("execute_result")} << QStringList() << QStringList()
            << QStringList{QStringLiteral("execute_result")};
        QTest::newRow("keep stdout and results")
            << QStringList{QStringLiteral("stream:stdout"), QStringLiteral("execute_result")} << QStringList()
            << QStringList{QStringLiteral("stream:stdout")} << QStringList{QStringLiteral("execute_result")};
    }

    void outputTypes()
    {
        QFETCH(QStringList, keepTypes);
        QFETCH(QStringList, dropTypes);
        auto notebook = readNotebookFile(test::sharedDir() +
                                         u"/corpus/nbstripout-tests/unit_fixtures/test_output_types.ipynb");
        QVERIFY(notebook);
        StripOptions options;
        options.keepOutput = true;
        options.keepOutputTypes = keepTypes;
        options.dropOutputTypes = dropTypes;
        QVERIFY(strip(*notebook, options));
        const auto kinds = [&](int cell) {
            json::Value& c = notebook->root.find("cells")->array()[size_t(cell)];
            (void)materializeOutputs(*notebook, c);
            QStringList out;
            for (const json::Value& output : c.find("outputs")->array()) {
                QString kind = QString::fromStdString(output.find("output_type")->string());
                if (const json::Value* name = output.find("name"))
                    kind += u':' + QString::fromStdString(name->string());
                out.append(kind);
            }
            return out;
        };
        QTEST(kinds(1), "second");
        QTEST(kinds(2), "third");
    }

    void cleanNotebookNeedsNoChange()
    {
        QTemporaryDir dir;
        QVERIFY(
            QFile::copy(e2e(QStringLiteral("test_nochange.ipynb")), dir.filePath(QStringLiteral("n.ipynb"))));
        const QString path = dir.filePath(QStringLiteral("n.ipynb"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QDateTime before = QFileInfo(path).lastModified();
        auto notebook = readNotebookFile(path);
        QVERIFY(notebook);
        const auto report = strip(*notebook, {});
        QVERIFY(report && !report->changed);
        QTest::qWait(20);
        QCOMPARE(writeFileIfChanged(path, serializeNotebook(*notebook).value_or(QByteArray())),
                 Result<bool>(false));
        QCOMPARE(QFileInfo(path).lastModified(), before);
    }

    void contradictingMetadataIsAnError()
    {
        auto notebook = readNotebookFile(e2e(QStringLiteral("test_metadata_exception.ipynb")));
        QVERIFY(notebook);
        const auto report = strip(*notebook, {});
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(
                     u"cell metadata contradicts tags: `keep_output` is false, but `keep_output` in tags"),
                 qPrintable(report.error().message));
    }

    void invalidExtraKeysAreWarnings()
    {
        auto notebook = readNotebookFile(e2e(QStringLiteral("test_metadata.ipynb")));
        QVERIFY(notebook);
        const auto report = strip(
            *notebook, optionsFrom({QStringLiteral("--extra-keys"), QStringLiteral("invalid foo.invalid")}));
        QVERIFY(report);
        QCOMPARE(report->warnings, (QStringList{QStringLiteral("Ignoring invalid extra key `invalid`"),
                                                QStringLiteral("Ignoring invalid extra key `foo.invalid`")}));
    }

    void invalidJsonFixtureIsRefused()
    {
        const auto notebook = readNotebookFile(e2e(QStringLiteral("test_invalid_json.ipynb")));
        QVERIFY(!notebook);
        QCOMPARE(notebook.error().path, e2e(QStringLiteral("test_invalid_json.ipynb")));
        QVERIFY(notebook.error().line > 0);
    }

    // A mapped notebook truncated by someone else while it is read: no SIGBUS, zeros where the lost pages
    // were, and the mapping says the file changed (callers then write nothing).
    void truncatedWhileMapped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shrinking.ipynb"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("shrinking.ipynb"),
                                QByteArray(qsizetype(3) * 4096 + 100, 'x')));
        auto mapped = notebook::MappedFile::open(path);
        QVERIFY(mapped.has_value());
        QVERIFY(!(*mapped)->changedWhileRead());
        QVERIFY(QFile::resize(path, 0));
        const QByteArrayView bytes = (*mapped)->bytes();
        qint64 sum = 0;
        for (qsizetype i = 0; i < bytes.size(); i += 512)
            sum += bytes[i];
        QCOMPARE(sum, 0);
        QVERIFY((*mapped)->changedWhileRead());
    }
};

QTEST_GUILESS_MAIN(TestNotebook)
#include "tst_notebook.moc"
