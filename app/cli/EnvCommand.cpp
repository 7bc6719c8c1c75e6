// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/EnvCommand.h"

#include "app/cli/Cli.h"
#include "services/project/TrustStore.h"
#include "services/python/Environments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace slipway::cli {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

} // namespace

int env(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Text::tr("The project folder (default: here)."));
    parser.addOption({u"json"_s, Text::tr("Print JSON.")});
    parser.addOption(
        {u"trust"_s, Text::tr("Trust the project for this run (its own environments are probed).")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QString root =
        QDir(QDir::current().absoluteFilePath(parser.positionalArguments().value(0, u"."_s))).canonicalPath();
    if (root.isEmpty())
        return inputError(err,
                          Error{u"env"_s, parser.positionalArguments().value(0), Text::tr("no such folder")});
    // Asking an interpreter runs it: the project's own environments only when the project is trusted.
    const bool trusted =
        trustFlag || parser.isSet(u"trust"_s) || TrustStore(TrustStore::defaultStorePath()).isTrusted(root);
    const QList<python::Interpreter> found =
        python::discover(root, QProcessEnvironment::systemEnvironment(), trusted);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const python::Interpreter& i : found)
            array.append(QJsonObject{{u"path"_s, i.path},
                                     {u"origin"_s, i.origin},
                                     {u"version"_s, i.version},
                                     {u"tools"_s, QJsonArray::fromStringList(i.tools)},
                                     {u"problem"_s, i.problem}});
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const python::Interpreter& i : found) {
            out << i.origin.leftJustified(18) << ' ' << i.path << '\n';
            if (i.usable())
                out << "    Python " << i.version << "; "
                    << (i.tools.isEmpty() ? Text::tr("no tools") : i.tools.join(u", "_s)) << '\n';
            else
                out << "    " << Text::tr("unusable: %1").arg(i.problem) << '\n';
        }
        if (found.isEmpty())
            out << Text::tr("No Python interpreter found (no .venv, $VIRTUAL_ENV, conda, pyenv, nor python3 "
                            "on PATH).")
                << '\n';
    }
    out.flush();
    return found.isEmpty() ? ProblemsFound : Ok;
}

} // namespace slipway::cli
