#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the man page slipway(1) and the bash, zsh and fish completions from Slipway's own --help.

The text is the one `slipway --help` and `slipway COMMAND --help` print (app/cli/CliCommon.cpp and each
command's options), read from the built executable, so the page and the completions cannot drift from
the command line. Usage:

    make-reference.py SLIPWAY --date YYYY-MM-DD --man OUT.1 --bash OUT --zsh OUT --fish OUT
"""

import argparse
import os
import re
import subprocess
import sys

# Commands whose forms are verbs of their own (each has its own options).
VERBS = {"pipeline": ["run", "check", "graph", "export"], "filter": ["install", "uninstall", "status"]}
# Option values the shells can offer: by option (command-specific first) or by value name.
CHANNEL_OPTIONS = {("publish", "channel"), ("promote", "from"), ("promote", "to"), ("yank", "channel")}
FIXED_VALUES = {
    ("lint", "format"): "text json sarif",
    ("lint", "tool"): "flake8 pylint pycodestyle ruff",
    ("pipeline graph", "format"): "dot mermaid json names",
    ("pipeline export", "to"): "gitlab github jenkins",
    ("convert", "to"): "percent databricks ipynb py:percent",
    ("convert", "prefer"): "notebook script",
    ("version", "scheme"): "guess-next-dev post-release no-guess-dev release-branch-semver "
    "python-simplified-semver only-version",
    ("version", "local-scheme"): "node-and-date node-and-timestamp no-local-version dirty-tag",
    ("strip", "mode"): "jupyter zeppelin",
}
FOLDER_VALUES = {"dir"}
FILE_VALUES = {"file", "path", "python"}


def run_help(slipway, args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    done = subprocess.run([slipway, *args, "--help"], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        sys.exit(f"make-reference: {' '.join(['slipway', *args, '--help'])} failed: {done.stderr}")
    return done.stdout


def sections(text):
    """Qt's help: 'Usage:', 'Options:', 'Arguments:' headings, entries indented by two spaces."""
    found, name = {}, None
    for line in text.splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            name = line[:-1]
            found[name] = []
        elif name:
            found[name].append(line)
    return found


def entries(lines):
    """Entries 'NAMES  description' whose description may wrap onto lines indented to its column."""
    result = []
    for line in lines:
        if not line.strip():
            continue
        if not line.startswith(" "):  # a paragraph after the list ends it
            break
        match = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
        if match and not line.startswith("   "):
            result.append([match.group(1), match.group(2) or ""])
        elif result:
            result[-1][1] = (result[-1][1] + " " + line.strip()).strip()
    return result


class Command:
    def __init__(self, name, text):
        self.name = name
        parts = sections(text)
        self.forms, self.descriptions = [], []
        for line in parts.get("Usage", []):
            if line.startswith("  slipway "):
                self.forms.append(line.strip())
            elif line.startswith("    "):
                if len(self.descriptions) < len(self.forms):
                    self.descriptions.append(line.strip())
                else:
                    self.descriptions[-1] += " " + line.strip()
        self.options = []  # (long names, short names, value name, description)
        for names, description in entries(parts.get("Options", [])):
            longs, shorts, value = [], [], None
            for name in names.split(", "):
                name, _, rest = name.partition(" ")
                if rest.startswith("<"):
                    value = rest.strip("<>")
                (longs if name.startswith("--") else shorts).append(name.lstrip("-"))
            self.options.append((longs, shorts, value, description))
        self.arguments = entries(parts.get("Arguments", []))

    def summary(self):
        return self.descriptions[0] if self.descriptions else ""


def read_commands(slipway):
    top = run_help(slipway, [])
    names = []
    for line in sections(top).get("Commands", []):
        match = re.match(r"^  ([a-z][a-z-]*)\b", line)
        if match and match.group(1) not in names:
            names.append(match.group(1))
    commands = []
    for name in names:
        if name in VERBS:
            for verb in VERBS[name]:
                commands.append(Command(f"{name} {verb}", run_help(slipway, [name, verb])))
                if name == "filter":  # one parser serves the three verbs
                    commands[-1].descriptions = commands[-1].descriptions[:1]
                    break
        else:
            commands.append(Command(name, run_help(slipway, [name])))
    for command in commands:
        if command.name == "filter install":
            command.name = "filter"
    return top, commands


# --- the man page ---------------------------------------------------------------------------------


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text)


def man_page(top, commands, version, date):
    parts = sections(top)
    out = [
        f'.TH SLIPWAY 1 "{date}" "slipway {version}" "User Commands"',
        ".SH NAME",
        "slipway \\- from notebook to release: a workbench for data\\-science projects",
        ".SH SYNOPSIS",
    ]
    usage = [line for line in top.splitlines() if line.startswith(("Usage:", "       slipway"))]
    for line in usage:
        form, _, what = line.replace("Usage:", "").strip().partition("  ")
        out += [".PP", f"\\fB{roff(form)}\\fR", ".RS", roff(what.strip()), ".RE"]
    out += [
        ".SH DESCRIPTION",
        "Slipway opens a project folder (a git repository with notebooks, scripts or a Python package) "
        "and takes it from notebook to release. Given a folder or nothing, it opens the workbench; given "
        "a command, it runs it without a window. The notebook commands are drop\\-in replacements for "
        "\\fBnbstripout\\fR(1) and \\fBjupytext\\fR(1); the pipeline runs the same steps the desktop ran.",
        ".SH OPTIONS",
    ]
    for names, description in entries(parts.get("Options", [])):
        out += [".TP", f"\\fB{roff(names)}\\fR", roff(description)]
    if "GUI options:" in top:
        gui = " ".join(l.strip() for l in top.split("GUI options:", 1)[1].split("\n\n", 1)[0].splitlines())
        out += [".PP", "Options of the workbench: " + roff(gui)]
    out.append(".SH COMMANDS")
    for command in commands:
        out.append(f".SS {roff(command.name)}")
        for form, what in zip(command.forms, command.descriptions + [""] * len(command.forms)):
            out += [".PP", f"\\fB{roff(form)}\\fR", ".RS", roff(what), ".RE"]
        for longs, shorts, value, description in command.options:
            if longs == ["help"]:
                continue
            names = ", ".join([f"\\fB\\-{roff(s)}\\fR" for s in shorts] + [f"\\fB\\-\\-{roff(l)}\\fR" for l in longs])
            if value:
                names += f" \\fI{roff(value.upper())}\\fR"
            out += [".TP", names, roff(description)]
        for name, description in command.arguments:
            out += [".TP", f"\\fI{roff(name.upper())}\\fR", roff(description)]
    exit_line = next((l for l in top.splitlines() if l.startswith("Exit codes:")), "")
    out += [".SH EXIT STATUS", roff(exit_line.replace("Exit codes: ", "")).replace(", ", ",\n.br\n")]
    out += [
        ".SH ENVIRONMENT",
        ".TP", "\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR",
        "The language of messages (English and German).",
        ".TP", "\\fBSLIPWAY_\\fR\\fICHANNEL\\fR\\fB_USERNAME\\fR, \\fBSLIPWAY_\\fR\\fICHANNEL\\fR\\fB_PASSWORD\\fR",
        "The credentials for a package channel (the channel's name in capitals); else \\fI~/.netrc\\fR, "
        "\\fI~/.pypirc\\fR or the keyring.",
        ".TP", "\\fBXDG_CONFIG_HOME\\fR, \\fBXDG_DATA_HOME\\fR",
        "Where the files below live (default \\fI~/.config\\fR and \\fI~/.local/share\\fR).",
        ".SH FILES",
        ".TP", "\\fI$XDG_CONFIG_HOME/slipway/slipway.ini\\fR",
        "The workbench's settings (recent projects, layout).",
        ".TP", "\\fI$XDG_CONFIG_HOME/slipway/trust.ini\\fR",
        "The trusted project folders (\\fBslipway trust\\fR). An untrusted project runs none of its code.",
        ".TP", "\\fI$XDG_DATA_HOME/slipway/\\fR",
        "Notebook pairs (pairs.json) and sample projects.",
        ".TP", "\\fIPROJECT/slipway.yaml\\fR",
        "The project's channels and pipeline.",
        ".TP", "\\fIPROJECT/.slipway/\\fR",
        "The project's pipeline state and logs (ignored by git).",
        ".PP",
        "Passwords and tokens Slipway stores for package channels go to the desktop's keyring "
        "(Secret Service), never to a file.",
        ".SH SEE ALSO",
        "\\fBgit\\fR(1), \\fBnbstripout\\fR(1), \\fBjupytext\\fR(1), \\fBpip\\fR(1), \\fBtwine\\fR(1)",
    ]
    return "\n".join(out) + "\n"


# --- completions ----------------------------------------------------------------------------------


def option_words(command):
    words = []
    for longs, shorts, _, _ in command.options:
        words += [f"--{l}" for l in longs] + [f"-{s}" for s in shorts]
    return words


def value_kind(command, option, value):
    base = command.name
    if (base, option) in CHANNEL_OPTIONS:
        return ("channels", None)
    if (base, option) in FIXED_VALUES:
        return ("words", FIXED_VALUES[(base, option)])
    if value in FOLDER_VALUES:
        return ("dirs", None)
    return ("files", None)


def valued_options(command):
    for longs, shorts, value, _ in command.options:
        if value:
            for name in longs:
                yield f"--{name}", value_kind(command, name, value)
            for name in shorts:
                yield f"-{name}", value_kind(command, longs[0] if longs else name, value)


def bash_completion(top, commands):
    tops = sorted({c.name.split()[0] for c in commands})
    lines = [
        "# bash completion for slipway (generated from slipway --help by packaging/make-reference.py)",
        "# Names from slipway.yaml (Slipway allows only these characters in them; compgen -W would expand others).",
        "_slipway_names() { slipway \"$@\" 2>/dev/null | grep -E '^[A-Za-z0-9][A-Za-z0-9_.-]*$'; }",
        "_slipway() {",
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}",
        "    local command='' verb='' i",
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        "        case ${COMP_WORDS[i]} in",
        "        -*) ;;",
        "        *) if [[ -z $command ]]; then command=${COMP_WORDS[i]}; elif [[ -z $verb ]]; then verb=${COMP_WORDS[i]}; fi ;;",
        "        esac",
        "    done",
        "    if [[ -z $command ]]; then",
        f"        COMPREPLY=($(compgen -W '{' '.join(tops)} --help --version --trust' -- \"$cur\"))",
        "        [[ $cur == -* || ${#COMPREPLY[@]} -gt 0 ]] || COMPREPLY=($(compgen -d -- \"$cur\"))",
        "        return",
        "    fi",
        "    case $command in",
    ]
    for name, verbs in VERBS.items():
        lines += [f"    {name})", "        if [[ -z $verb ]]; then",
                  f"            COMPREPLY=($(compgen -W '{' '.join(verbs)}' -- \"$cur\")); return",
                  "        fi", "        command=\"$command $verb\" ;;"]
    lines += ["    esac", "    case $command in"]
    for command in commands:
        pattern = "filter*" if command.name == "filter" else f"'{command.name}'"
        lines.append(f"    {pattern})")
        cases = []
        for option, (kind, words) in valued_options(command):
            action = {
                "channels": "COMPREPLY=($(compgen -W \"$(_slipway_names channels --names)\" -- \"$cur\"))",
                "words": f"COMPREPLY=($(compgen -W '{words}' -- \"$cur\"))",
                "dirs": "COMPREPLY=($(compgen -d -- \"$cur\"))",
                "files": "COMPREPLY=($(compgen -f -- \"$cur\"))",
            }[kind]
            cases.append(f"        {option}) {action}; return ;;")
        if cases:
            lines += ["        case $prev in", *[c.replace("        ", "            ", 1) for c in cases], "        esac"]
        lines.append(f"        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W '{' '.join(option_words(command))}' -- \"$cur\")); return; fi")
        if command.name == "pipeline run":
            lines.append("        COMPREPLY=($(compgen -W \"$(_slipway_names pipeline graph --format names)\" -- \"$cur\"))")
            lines.append("        COMPREPLY+=($(compgen -d -- \"$cur\"))")
        else:
            lines.append("        COMPREPLY=($(compgen -f -- \"$cur\"))")
        lines.append("        ;;")
    lines += ["    esac", "}", "complete -o filenames -F _slipway slipway", ""]
    return "\n".join(lines)


def zsh_quote(text):
    return text.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def zsh_completion(top, commands):
    lines = [
        "#compdef slipway",
        "# zsh completion for slipway (generated from slipway --help by packaging/make-reference.py)",
        "_slipway_channels() { local -a names; names=(${(f)\"$(slipway channels --names 2>/dev/null)\"}); _describe channel names; }",
        "_slipway_steps() { local -a names; names=(${(f)\"$(slipway pipeline graph --format names 2>/dev/null)\"}); _describe step names; }",
        "_slipway() {",
        "    local -a commands",
        "    commands=(",
    ]
    seen = set()
    for command in commands:
        top_name = command.name.split()[0]
        if top_name in seen:
            continue
        seen.add(top_name)
        summary = command.summary() if top_name not in VERBS else {
            "pipeline": "run, check, graph or export slipway.yaml's pipeline",
            "filter": command.summary()}[top_name]
        lines.append(f"        '{top_name}:{zsh_quote(summary)}'")
    lines += [
        "    )",
        "    local -a words=(${words[@]})",
        "    if (( CURRENT == 2 )); then",
        "        _describe command commands",
        "        _arguments '--help[this text]' '--version[the version]' '--trust[trust the project for this run]' '*:folder:_files -/'",
        "        return",
        "    fi",
        "    local command=${words[2]}",
    ]
    for name, verbs in VERBS.items():
        lines += [f"    if [[ $command == {name} ]]; then",
                  f"        (( CURRENT == 3 )) && {{ compadd -- {' '.join(verbs)}; return; }}",
                  "        command=\"$command ${words[3]}\"; shift words; (( CURRENT-- ))",
                  "    fi"]
    lines += ["    shift words; (( CURRENT-- ))", "    case $command in"]
    for command in commands:
        pattern = "filter*" if command.name == "filter" else f"'{command.name}'"
        specs = []
        for longs, shorts, value, description in command.options:
            for option in [f"--{l}" for l in longs] + [f"-{s}" for s in shorts]:
                spec = f"{option}[{zsh_quote(description)}]"
                if value:
                    kind, words = value_kind(command, longs[0] if longs else option.lstrip("-"), value)
                    action = {"channels": "_slipway_channels", "words": f"({words})", "dirs": "_files -/",
                              "files": "_files"}[kind]
                    spec += f":{value}:{action}"
                specs.append("'" + spec.replace("'", "'\\''") + "'")
        rest = "'*:step:_slipway_steps'" if command.name == "pipeline run" else "'*:file:_files'"
        lines.append(f"    {pattern}) _arguments -s {' '.join(specs)} {rest} ;;")
    lines += ["    esac", "}", "_slipway \"$@\"", ""]
    return "\n".join(lines)


def fish_quote(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish_completion(top, commands):
    tops = []
    for command in commands:
        name = command.name.split()[0]
        if name not in [t for t, _ in tops]:
            tops.append((name, command.summary() if name != "pipeline" else "run, check, graph or export the pipeline"))
    lines = [
        "# fish completion for slipway (generated from slipway --help by packaging/make-reference.py)",
        "complete -c slipway -f",
        f"set -l slipway_commands {' '.join(t for t, _ in tops)}",
        "complete -c slipway -n \"not __fish_seen_subcommand_from $slipway_commands\" -a '(__fish_complete_directories)'",
        "complete -c slipway -n \"not __fish_seen_subcommand_from $slipway_commands\" -l help -d 'this text'",
        "complete -c slipway -n \"not __fish_seen_subcommand_from $slipway_commands\" -l version -d 'the version'",
    ]
    for name, summary in tops:
        lines.append(f"complete -c slipway -n \"not __fish_seen_subcommand_from $slipway_commands\" -a {name} -d {fish_quote(summary)}")
    for name, verbs in VERBS.items():
        verbs_list = " ".join(verbs)
        lines.append(f"complete -c slipway -n \"__fish_seen_subcommand_from {name}; and not __fish_seen_subcommand_from {verbs_list}\" -a '{verbs_list}'")
    for command in commands:
        parts = command.name.split()
        if command.name == "filter":
            condition = "__fish_seen_subcommand_from filter"
        elif len(parts) == 2:
            condition = f"__fish_seen_subcommand_from {parts[0]}; and __fish_seen_subcommand_from {parts[1]}"
        else:
            condition = f"__fish_seen_subcommand_from {parts[0]}"
        for longs, shorts, value, description in command.options:
            flags = " ".join([f"-l {l}" for l in longs] + [f"-s {s}" for s in shorts if len(s) == 1])
            if value:
                kind, words = value_kind(command, longs[0] if longs else "", value)
                flags += {"channels": " -x -a '(slipway channels --names 2>/dev/null)'",
                          "words": f" -x -a '{words}'", "dirs": " -x -a '(__fish_complete_directories)'",
                          "files": " -r -F"}[kind]
            lines.append(f"complete -c slipway -n \"{condition}\" {flags} -d {fish_quote(description)}")
        if command.name == "pipeline run":
            lines.append(f"complete -c slipway -n \"{condition}\" -a '(slipway pipeline graph --format names 2>/dev/null)'")
        lines.append(f"complete -c slipway -n \"{condition}\" -F")
    return "\n".join(lines) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("slipway")
    parser.add_argument("--date", required=True)
    parser.add_argument("--man")
    parser.add_argument("--bash")
    parser.add_argument("--zsh")
    parser.add_argument("--fish")
    args = parser.parse_args()
    version = subprocess.run([args.slipway, "--version"], capture_output=True, text=True).stdout.split()[1]
    top, commands = read_commands(args.slipway)
    if args.man:
        write(args.man, man_page(top, commands, version, args.date))
    if args.bash:
        write(args.bash, bash_completion(top, commands))
    if args.zsh:
        write(args.zsh, zsh_completion(top, commands))
    if args.fish:
        write(args.fish, fish_completion(top, commands))


if __name__ == "__main__":
    main()
