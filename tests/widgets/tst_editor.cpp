// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"
#include "widgets/CodeEditor.h"
#include "widgets/EditorArea.h"
#include "widgets/EditorTheme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <Qsci/qscilexer.h>
#include <Qsci/qscilexerpython.h>

using namespace slipway;

class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void picksTheLexerByFileName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("python") << QStringLiteral("model.py") << QStringLiteral("Python");
        QTest::newRow("yaml") << QStringLiteral(".gitlab-ci.yml") << QStringLiteral("YAML");
        QTest::newRow("toml") << QStringLiteral("pyproject.toml") << QStringLiteral("Properties");
        QTest::newRow("flake8 config") << QStringLiteral(".flake8") << QStringLiteral("Properties");
        QTest::newRow("markdown") << QStringLiteral("README.md") << QStringLiteral("Markdown");
        QTest::newRow("json") << QStringLiteral("package.json") << QStringLiteral("JSON");
        QTest::newRow("notebook") << QStringLiteral("explore.ipynb") << QStringLiteral("JSON");
        QTest::newRow("other") << QStringLiteral("data.csv") << QStringLiteral("Plain text");
    }

    void picksTheLexerByFileName()
    {
        QFETCH(QString, file);
        CodeEditor editor;
        editor.setFileName(file);
        QTEST(editor.languageName(), "language");
    }

    void coloursFollowThePalette()
    {
        CodeEditor editor;
        editor.setFileName(QStringLiteral("model.py"));
        auto* lexer = qobject_cast<QsciLexerPython*>(editor.lexer());
        QVERIFY(lexer);
        const QColor lightPaper = lexer->paper(QsciLexerPython::Default);
        const QColor lightKeyword = lexer->color(QsciLexerPython::Keyword);
        QVERIFY(lightPaper.lightness() > 128);
        QVERIFY(lexer->color(QsciLexerPython::Comment) != lexer->color(QsciLexerPython::Keyword));
        QVERIFY(lexer->color(QsciLexerPython::DoubleQuotedString) != lexer->color(QsciLexerPython::Default));

        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        QVERIFY(EditorTheme::isDark(dark));
        editor.setPalette(dark);
        QTRY_VERIFY(lexer->paper(QsciLexerPython::Default).lightness() < 128);
        QVERIFY(lexer->color(QsciLexerPython::Keyword) != lightKeyword);
    }

    void markdownHeadingsAreStyled()
    {
        CodeEditor editor;
        editor.setFileName(QStringLiteral("CHANGELOG.md"));
        editor.setText(QStringLiteral("intro\n\n## 0.1.0\n\n- item\n"));
        editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1);
        // Scintilla's Markdown lexer styles the heading marker ("##"), not the heading's text.
        const long marker = editor.positionFromLineIndex(2, 0);
        const int style = int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, marker));
        QCOMPARE(editor.lexer()->description(style), QStringLiteral("Level 2 header"));
        QVERIFY(editor.lexer()->color(style) != editor.lexer()->color(0));
    }

    void opensAndSavesThroughTheService()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("a.py"), "x = 1\n"));
        const QString path = dir.filePath(QStringLiteral("a.py"));
        EditorArea area;
        QSignalSpy opened(&area, &EditorArea::fileOpened);
        area.openFile(path);
        QVERIFY(opened.wait(10000));
        QCOMPARE(area.count(), 1);
        CodeEditor* editor = area.editorFor(path);
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("x = 1\n"));
        QVERIFY(!editor->isModified());
        area.openFile(path); // already open: no second tab
        QCOMPARE(area.count(), 1);

        editor->append(QStringLiteral("y = 2\n"));
        QVERIFY(editor->isModified());
        QVERIFY(area.tabText(0).endsWith(u"•"));
        QSignalSpy saved(&area, &EditorArea::fileSaved);
        area.saveCurrent();
        QVERIFY(saved.wait(10000));
        QVERIFY(!editor->isModified());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("x = 1\ny = 2\n"));
        QVERIFY(area.closeAll());
        QCOMPARE(area.count(), 0);
    }

    void reportsFilesItCannotOpen()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("model.pkl"), QByteArray("\x80\x04\0\0", 4)));
        EditorArea area;
        QSignalSpy failed(&area, &EditorArea::failed);
        area.openFile(dir.filePath(QStringLiteral("model.pkl")));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Error>().toString(),
                 dir.filePath(QStringLiteral("model.pkl")) + u": binary file (it contains NUL bytes)");
        QCOMPARE(area.count(), 0);
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
