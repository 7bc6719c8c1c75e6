// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliCommon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace slipway::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

} // namespace

int usageError(QTextStream& err, const QString& what, const QString& why)
{
    err << "slipway: " << what << ": " << why << '\n';
    err << Text::tr("Try 'slipway --help'.") << '\n';
    err.flush();
    return UsageError;
}

QString helpText()
{
    return Text::tr(
        "Usage: slipway [PATH]             open the workbench (on PATH: a project folder or a file in one)\n"
        "       slipway COMMAND [ARGS…]    run a command without a window\n"
        "\n"
        "Commands:\n"
        "  info [--json] [--trust] PATH  show what Slipway detects in a project\n"
        "  sample DIR                    create the sample project (a git repository) in DIR\n"
        "  strip [options] [PATH…|-]     strip notebook outputs with nbstripout's options (no PATH: "
        "standard\n"
        "                                input to standard output; --keep-output, --verify, -t, --install "
        "…)\n"
        "  filter install|uninstall|status [--local|--global|--system] [--attributes FILE]\n"
        "                                strip notebooks whenever git stages them (nbstripout's filter)\n"
        "  filter-process                git's long-running notebook filter (what filter install sets up)\n"
        "  trust [--remove] PATH         trust a project folder (or stop trusting it); --list shows them\n"
        "  version [--scheme S] [--local-scheme L] [--tag NAME] [--explain] [--json] [PATH]\n"
        "                                the version from git, exactly as setuptools_scm computes it\n"
        "  build [--wheel] [--sdist] [--exe] [--allow-dirty] [--strict] [--json] [PATH]\n"
        "                                build with python -m build (and zipapp), then inspect the "
        "artifacts\n"
        "  inspect [--json] [--files] [--strict] FILE…   check wheels, sdists and executables\n"
        "  inspect --diff A B            compare the file lists of two artifacts\n"
        "  convert --to [EXT:]percent|databricks|ipynb [-o PATH|-] FILE…\n"
        "                                notebooks to reviewable scripts and back (outputs kept; jupytext's\n"
        "                                spellings too: --to py:percent, --output, --update, --set-formats)\n"
        "  convert --pair [--to percent|databricks] [--prefer notebook|script] FILE…|DIR\n"
        "                                keep a script beside each notebook in sync\n"
        "  diff [--cached] [--outputs] [--color=WHEN] [-U N] [REV[..REV]] [-- PATH…]\n"
        "                                git diff with notebooks shown as code, cell by cell\n"
        "  lint [--tool T]… [--format text|json|sarif] [--python P] [PATH]\n"
        "                                flake8, pylint, pycodestyle, ruff on files and notebook cells\n"
        "  test [--installed] [--junit FILE] [--coverage] [--last-failed] [PATH] [-- SELECTION…]\n"
        "                                pytest with results, coverage, or against the installed wheel\n"
        "  env [--json] [PATH]           the Python interpreters a project could use, and their tools\n"
        "  publish --channel NAME [PATH] [FILE…]\n"
        "                                build HEAD from a clean export (or take FILEs) and publish them\n"
        "  promote VERSION --from A --to B [--dry-run] [--json] [PATH]\n"
        "                                check the gates, then copy the very same files to the next channel\n"
        "  yank VERSION --channel NAME --reason TEXT [--undo] [PATH]\n"
        "                                mark a version yanked (PEP 592) on a static channel\n"
        "  channels [--json|--names] [PATH]\n"
        "                                every channel's versions and files (sha256, size, yanked)\n"
        "  pipeline run [STEP…] [--force] [--dry-run] [--only|--from] [--json] [PATH]\n"
        "                                run slipway.yaml's pipeline (cached; each step says why it runs)\n"
        "  pipeline check [PATH]         check slipway.yaml's pipeline (positions of any problem)\n"
        "  pipeline graph [--format dot|mermaid|json|names] [-o FILE] [PATH]\n"
        "                                the pipeline as a graph\n"
        "  pipeline export --to gitlab|github|jenkins [-o FILE] [PATH]\n"
        "                                the same pipeline as a CI file (one job per step)\n"
        "\n"
        "Options:\n"
        "  -h, --help        this text\n"
        "  -v, --version     Slipway's version and the libraries it runs on\n"
        "  --trust           trust the project for this run (commands that run project code)\n"
        "\n"
        "GUI options: --color-scheme light|dark, --screenshot FILE (save the window once the\n"
        "project is open, then quit).\n"
        "\n"
        "Exit codes: 0 ok, 1 the command found problems, 2 usage or input error.\n");
}

QString commandSynopsis(const QString& command)
{
    // The entries under "Commands:" that start with the command: each form on a line, its description
    // (with its continuation lines) as one paragraph below it.
    const QStringList lines = helpText().split(u'\n');
    QStringList synopsis;
    QString description;
    const auto endEntry = [&] {
        if (description.isEmpty())
            return;
        QString paragraph = QStringLiteral("    ");
        qsizetype width = 4;
        const QStringList words = description.split(u' ', Qt::SkipEmptyParts);
        for (const QString& word : words) {
            if (width + word.size() > 100) {
                paragraph += QStringLiteral("\n    ");
                width = 4;
            } else if (width > 4) {
                paragraph += u' ';
                ++width;
            }
            paragraph += word;
            width += word.size();
        }
        synopsis.append(paragraph);
        description.clear();
    };
    bool inside = false;
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("  ") + command + u' ') ||
            line == QStringLiteral("  ") + command) {
            endEntry();
            inside = true;
            const QString entry = line.trimmed();
            const qsizetype gap = entry.indexOf(QStringLiteral("  "));
            synopsis.append(u"  slipway " + (gap < 0 ? entry : entry.left(gap)));
            description = gap < 0 ? QString() : entry.mid(gap).trimmed();
        } else if (inside && line.startsWith(QString(8, u' '))) {
            if (description.isEmpty()) // the form took the whole line: the description is below it
                description = line.trimmed();
            else
                description += u' ' + line.trimmed();
        } else {
            inside = false;
        }
    }
    endEntry();
    return synopsis.join(u'\n');
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    QTextStream& out, QTextStream& err)
{
    const QString command = arguments.value(0);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Text::tr("This command's usage.")});
    if (!parser.parse(arguments)) {
        if (arguments.contains(u"--help") || arguments.contains(u"-h"))
            return parseCommandLine(parser, {command, QStringLiteral("--help")}, out, err);
        return usageError(err, command, parser.errorText());
    }
    if (!parser.isSet(QStringLiteral("help")))
        return std::nullopt;
    // Qt's text after its first line (which names the executable, not the command).
    QString options = parser.helpText();
    options = options.mid(options.indexOf(u'\n') + 1).trimmed();
    out << Text::tr("Usage:") << '\n' << commandSynopsis(command) << "\n\n" << options << '\n';
    out.flush();
    return Ok;
}

int inputError(QTextStream& err, const Error& error)
{
    err << "slipway: " << error.toString() << '\n';
    err.flush();
    return UsageError;
}

} // namespace slipway::cli
