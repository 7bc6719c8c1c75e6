// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/testing/TestResults.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QXmlStreamReader>

namespace slipway::testing {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::testing)
};

// "tests/test_a.py::TestMath::test_square[1]" → its parts.
TestResult fromNodeId(const QString& nodeId)
{
    TestResult result;
    result.nodeId = nodeId;
    const QStringList parts = nodeId.split(u"::"_s);
    result.file = parts.value(0);
    result.name = parts.size() > 1 ? parts.last() : QString();
    if (parts.size() > 2)
        result.className = parts.mid(1, parts.size() - 2).join(u"::"_s);
    return result;
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return u"passed"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::Error:
        return u"error"_s;
    case Outcome::Skipped:
        return u"skipped"_s;
    case Outcome::NotRun:
        break;
    }
    return u"not run"_s;
}

Collection parseCollection(const QString& output)
{
    Collection collection;
    QString section; // the ERRORS section's current file, and its text
    QString errorText;
    QHash<QString, QString> errorDetails;
    bool inErrors = false;
    const QStringList lines = output.split(u'\n');
    static const QRegularExpression errorHeader(u"^_+ ERROR collecting (.+?) _+$"_s);
    for (const QString& raw : lines) {
        const QString& line = raw; // untrimmed: tracebacks keep their indentation
        if (line.startsWith(u"====") && line.contains(u"ERRORS"_s)) {
            inErrors = true;
            continue;
        }
        if (line.startsWith(u"====") || line.startsWith(u"!!!!")) {
            if (!section.isEmpty())
                errorDetails.insert(section, errorText.trimmed());
            section.clear();
            errorText.clear();
            inErrors = false;
            continue;
        }
        if (inErrors) {
            const QRegularExpressionMatch m = errorHeader.match(line);
            if (m.hasMatch()) {
                if (!section.isEmpty())
                    errorDetails.insert(section, errorText.trimmed());
                section = m.captured(1);
                errorText.clear();
            } else {
                errorText += line + u'\n';
            }
            continue;
        }
        if (line.startsWith(u"ERROR "_s)) {
            // "ERROR tests/test_broken.py" or "ERROR tests/x.py - ModuleNotFoundError: …"
            const QString rest = line.mid(6);
            TestResult error;
            error.file = error.nodeId = rest.section(u" - "_s, 0, 0).trimmed();
            error.outcome = Outcome::Error;
            error.message = rest.contains(u" - "_s) ? rest.section(u" - "_s, 1) : QString();
            collection.errors.append(error);
            continue;
        }
        if (!line.isEmpty() && !line.startsWith(u' ') && line.contains(u"::"_s) &&
            !line.contains(u" collected"_s))
            collection.tests.append(fromNodeId(line.trimmed()));
    }
    for (TestResult& error : collection.errors) {
        error.details = errorDetails.value(error.file);
        if (error.message.isEmpty()) {
            // The last "E   …" line says why.
            const QStringList detailLines = error.details.split(u'\n');
            for (const QString& detail : detailLines)
                if (detail.startsWith(u"E "_s))
                    error.message = detail.mid(1).trimmed();
        }
        error.links = tracebackLinks(error.details);
    }
    return collection;
}

QList<SourceLink> tracebackLinks(const QString& traceback)
{
    static const QRegularExpression link(u"^([^\\s:][^:\\n]*\\.py):(\\d+):"_s,
                                         QRegularExpression::MultilineOption);
    QList<SourceLink> links;
    for (auto it = link.globalMatch(traceback); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const SourceLink l{m.captured(1), m.captured(2).toInt()};
        if (!links.contains(l))
            links.append(l);
    }
    return links;
}

Result<QList<TestResult>> parseJUnitXml(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    QList<TestResult> results;
    TestResult* current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"testcase") {
            const auto attributes = reader.attributes();
            const QString classname = attributes.value(u"classname").toString();
            const QString name = attributes.value(u"name").toString();
            QString file = attributes.value(u"file").toString();
            TestResult result;
            result.name = name;
            result.seconds = attributes.value(u"time").toDouble();
            result.outcome = Outcome::Passed;
            if (attributes.hasAttribute(u"line"))
                result.line = attributes.value(u"line").toInt() + 1; // pytest writes 0-based lines
            if (classname.isEmpty()) {
                // A file that could not be collected: its module path is the name.
                result.file = file.isEmpty() ? QString(name).replace(u'.', u'/') + u".py"_s : file;
                result.nodeId = result.file;
                result.name.clear();
            } else {
                // classname is the module path (dots), then the classes.
                QString module = file.isEmpty() ? QString() : QString(file).chopped(3).replace(u'/', u'.');
                if (module.isEmpty()) {
                    // xunit2 has no file: take the longest prefix that names a module file … as pytest does,
                    // the module is everything before the first part that starts with an upper-case letter.
                    const QStringList parts = classname.split(u'.');
                    int split = int(parts.size());
                    for (int i = 0; i < parts.size(); ++i)
                        if (!parts[i].isEmpty() && parts[i].front().isUpper()) {
                            split = i;
                            break;
                        }
                    module = parts.mid(0, split).join(u'.');
                    file = QString(module).replace(u'.', u'/') + u".py"_s;
                }
                result.file = file;
                result.className = classname.mid(module.size() + 1).replace(u'.', u"::"_s);
                result.nodeId = file + (result.className.isEmpty() ? QString() : u"::"_s + result.className) +
                                u"::"_s + name;
            }
            results.append(result);
            current = &results.last();
        } else if (reader.isStartElement() && current &&
                   (reader.name() == u"failure" || reader.name() == u"error" ||
                    reader.name() == u"skipped")) {
            const QString kind = reader.name().toString();
            current->outcome = kind == u"failure" ? Outcome::Failed
                               : kind == u"error" ? Outcome::Error
                                                  : Outcome::Skipped;
            current->message = reader.attributes().value(u"message").toString();
            current->details = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            current->links = tracebackLinks(current->details);
        } else if (reader.isEndElement() && reader.name() == u"testcase") {
            current = nullptr;
        }
    }
    if (reader.hasError())
        return fail(Text::tr("read test results"), {},
                    Text::tr("pytest's JUnit XML is not valid (%1, line %2)")
                        .arg(reader.errorString())
                        .arg(reader.lineNumber()));
    return results;
}

Result<CoverageReport> parseCoberturaXml(const QByteArray& xml, const QString& root)
{
    QXmlStreamReader reader(xml);
    CoverageReport report;
    QStringList sources;
    FileCoverage* current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"coverage") {
            report.rate = reader.attributes().value(u"line-rate").toDouble();
        } else if (reader.name() == u"source") {
            sources << reader.readElementText();
        } else if (reader.name() == u"class") {
            QString file = reader.attributes().value(u"filename").toString();
            // Filenames are relative to a <source>; name them relative to the project.
            for (const QString& source : std::as_const(sources)) {
                if (QFile::exists(QDir(source).filePath(file))) {
                    file = QDir(root).relativeFilePath(QDir(source).filePath(file));
                    break;
                }
            }
            report.files.append({file, {}, {}, reader.attributes().value(u"line-rate").toDouble()});
            current = &report.files.last();
        } else if (reader.name() == u"line" && current) {
            const int number = reader.attributes().value(u"number").toInt();
            (reader.attributes().value(u"hits").toInt() > 0 ? current->covered : current->missed)
                .append(number);
        }
    }
    if (reader.hasError())
        return fail(Text::tr("read coverage"), {},
                    Text::tr("coverage.py's XML is not valid (%1, line %2)")
                        .arg(reader.errorString())
                        .arg(reader.lineNumber()));
    // A file appears once per class in Cobertura; coverage.py writes one class per file.
    return report;
}

std::optional<double> coverageFailUnder(const QString& root)
{
    // pyproject.toml: [tool.coverage.report] fail_under = 90
    QFile pyproject(QDir(root).filePath(u"pyproject.toml"_s));
    if (pyproject.open(QIODevice::ReadOnly)) {
        bool inSection = false;
        const auto lines = pyproject.readAll().split('\n');
        for (const QByteArray& raw : lines) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(u'['))
                inSection = line == u"[tool.coverage.report]";
            else if (inSection && line.startsWith(u"fail_under"_s))
                return line.section(u'=', 1).section(u'#', 0, 0).trimmed().toDouble();
        }
    }
    for (const auto& [file, group] :
         {std::pair{u".coveragerc"_s, u"report"_s}, std::pair{u"setup.cfg"_s, u"coverage:report"_s},
          std::pair{u"tox.ini"_s, u"coverage:report"_s}}) {
        const QString path = QDir(root).filePath(file);
        if (!QFile::exists(path))
            continue;
        QSettings ini(path, QSettings::IniFormat);
        const QVariant value = ini.value(group + u"/fail_under"_s);
        if (value.isValid())
            return value.toDouble();
    }
    return std::nullopt;
}

} // namespace slipway::testing
