// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/HostileRepository.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>

namespace slipway::test {

using namespace Qt::StringLiterals;

namespace {

// A shell program that records that `name` ran (and with what), then does nothing.
QByteArray sentinelScript(const QString& sentinels, const QString& name)
{
    return QByteArray("#!/bin/sh\necho \"$0 $*\" >> '") + QString(sentinels + u'/' + name).toUtf8() +
           QByteArray("'\nexit 0\n");
}

bool writeExecutable(const QString& root, const QString& path, const QByteArray& contents)
{
    if (!writeFile(root, path, contents))
        return false;
    return QFile::setPermissions(root + u'/' + path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                         QFile::ReadGroup | QFile::ExeGroup);
}

// Python that records `name` when it runs.
QByteArray pythonSentinel(const QString& sentinels, const QString& name)
{
    return QByteArray("open('") + QString(sentinels + u'/' + name).toUtf8() +
           QByteArray("', 'a').write('ran\\n')\n");
}

} // namespace

bool makeHostileRepository(const QString& root, const QString& sentinels)
{
    bool ok = QDir().mkpath(sentinels) && QDir().mkpath(root);
    git(root, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}, &ok);
    if (!ok)
        return false;
    const QString bin = root + u"/.slipway-hostile"_s; // the programs the configuration names
    const auto program = [&](const QString& name) -> QString {
        ok = ok && writeExecutable(root, u".slipway-hostile/"_s + name, sentinelScript(sentinels, name));
        return bin + u'/' + name;
    };
    // Environments: probing an interpreter runs it.
    for (const QString& venv : {u".venv"_s, u"venv"_s})
        ok = ok &&
             writeExecutable(root, venv + u"/bin/python"_s, sentinelScript(sentinels, venv + u"-python"_s));
    // Hooks.
    for (const QString& hook : {u"pre-commit"_s, u"commit-msg"_s, u"post-commit"_s, u"pre-push"_s,
                                u"post-checkout"_s, u"reference-transaction"_s, u"post-merge"_s})
        ok = ok &&
             writeExecutable(root, u".git/hooks/"_s + hook, sentinelScript(sentinels, u"hook-"_s + hook));
    ok = ok && writeFile(root, u".gitattributes"_s, "*.txt filter=evil diff=evil\n*.ipynb diff=evil\n");
    ok = ok && writeFile(root, u"data.txt"_s, "data\n");
    // Python: tests, a build backend in the tree, setup.py, lint plugins, sitecustomize.
    ok = ok && writeFile(root, u"conftest.py"_s, pythonSentinel(sentinels, u"conftest"_s));
    ok = ok && writeFile(root, u"tests/test_it.py"_s, "def test_it():\n    assert True\n");
    ok = ok &&
         writeFile(
             root, u"pyproject.toml"_s,
             "[build-system]\nrequires = []\nbuild-backend = \"evil_backend\"\nbackend-path = [\".\"]\n\n"
             "[project]\nname = \"hostile\"\nversion = \"1.0\"\n");
    ok = ok && writeFile(root, u"evil_backend.py"_s, pythonSentinel(sentinels, u"build-backend"_s));
    ok = ok && writeFile(root, u"setup.py"_s, pythonSentinel(sentinels, u"setup.py"_s));
    ok = ok && writeFile(root, u".flake8"_s,
                         "[flake8:local-plugins]\nextension =\n    EVL = evil_flake8:Plugin\npaths = .\n");
    ok =
        ok && writeFile(root, u"evil_flake8.py"_s,
                        pythonSentinel(sentinels, u"flake8-plugin"_s) +
                            "class Plugin:\n    def __init__(self, tree):\n        pass\n    def run(self):\n"
                            "        return iter(())\n");
    ok = ok && writeFile(root, u".pylintrc"_s,
                         "[MAIN]\ninit-hook=" + pythonSentinel(sentinels, u"pylint-init-hook"_s).trimmed() +
                             "\nload-plugins=evil_pylint\n");
    ok = ok && writeFile(root, u"evil_pylint.py"_s,
                         pythonSentinel(sentinels, u"pylint-plugin"_s) + "def register(linter):\n    pass\n");
    ok = ok && writeFile(root, u"sitecustomize.py"_s, pythonSentinel(sentinels, u"sitecustomize"_s));
    ok =
        ok && writeFile(root, u"analysis.ipynb"_s,
                        "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"id\": \"a\", "
                        "\"metadata\": {}, \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", "
                        "\"text\": \"out\\n\"}], \"source\": \"print('out')\"}], \"metadata\": {}, "
                        "\"nbformat\": 4, \"nbformat_minor\": 5}\n");
    // A first commit, made by git itself before the repository names its programs.
    git(root, {u"-c"_s, u"core.hooksPath=/dev/null"_s, u"add"_s, u"-A"_s}, &ok);
    git(root, {u"-c"_s, u"core.hooksPath=/dev/null"_s, u"commit"_s, u"-qm"_s, u"hostile"_s}, &ok);
    // The repository's configuration.
    const QList<QPair<QString, QString>> config{
        {u"core.fsmonitor"_s, program(u"fsmonitor"_s)},
        {u"core.sshCommand"_s, program(u"ssh"_s)},
        {u"core.askPass"_s, program(u"askpass"_s)},
        {u"core.pager"_s, program(u"pager"_s)},
        {u"core.editor"_s, program(u"editor"_s)},
        {u"credential.helper"_s, u"!"_s + program(u"credential"_s)},
        {u"gpg.program"_s, program(u"gpg"_s)},
        {u"gpg.ssh.program"_s, program(u"gpg-ssh"_s)},
        {u"gpg.x509.program"_s, program(u"gpgsm"_s)},
        {u"filter.evil.clean"_s, program(u"filter-clean"_s)},
        {u"filter.evil.smudge"_s, program(u"filter-smudge"_s)},
        {u"filter.evil.process"_s, program(u"filter-process"_s)},
        {u"diff.evil.textconv"_s, program(u"textconv"_s)},
        {u"remote.origin.url"_s, u"http://127.0.0.1:9/hostile.git"_s},
        {u"remote.origin.uploadpack"_s, program(u"upload-pack"_s)},
        {u"remote.origin.receivepack"_s, program(u"receive-pack"_s)},
    };
    for (const auto& [key, value] : config)
        git(root, {u"config"_s, key, value}, &ok);
    QDir(sentinels).removeRecursively(); // whatever setting it up ran does not count
    QDir().mkpath(sentinels);
    return ok;
}

QStringList sentinelsFound(const QString& sentinels)
{
    return QDir(sentinels).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace slipway::test
