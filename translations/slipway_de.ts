<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>slipway::AboutDialog</name>
        <message>
            <source>About Slipway</source>
            <translation>Über Slipway</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Slipway %1&lt;/h2&gt;&lt;p&gt;From notebook to release: strip, review, lint, test, version, build and publish data-science projects.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Slipway %1&lt;/h2&gt;&lt;p&gt;Vom Notebook zum Release: Data-Science-Projekte bereinigen, prüfen, linten, testen, versionieren, bauen und veröffentlichen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
    </context>
    <context>
        <name>slipway::Cli</name>
        <message>
            <source>Try 'slipway --help'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished">Projekt</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no (restricted mode: none of its code runs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (no commits yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>detached at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Git</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a git repository</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished">Version</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (dynamic%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, setuptools_scm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Python</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depends on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Build</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>setuptools (legacy, no build-backend)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pyproject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable (see problems)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setup files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notebooks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (truncated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print JSON instead of text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust the project for this run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expects one project folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expects one destination folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created the sample project in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop trusting the folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the trusted folders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no such folder</source>
            <translation>Ordner existiert nicht</translation>
        </message>
        <message>
            <source>No longer trusted: %1</source>
            <translation type="unfinished">Nicht mehr vertrauenswürdig: %1</translation>
        </message>
        <message>
            <source>Trusted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no command given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: slipway [PATH]             open the workbench (on PATH)
       slipway COMMAND [ARGS…]    run a command without a window

Commands:
  info [--json] [--trust] PATH  show what Slipway detects in a project
  sample DIR                    create the sample project (a git repository) in DIR
  strip [options] PATH…|-       strip notebook outputs, nbstripout-compatible (--keep-output,
                                --keep-count, --keep-id, --extra-keys, --verify, -t …)
  filter install|uninstall|status [--local|--global|--system] [--attributes FILE]
                                strip notebooks whenever git stages them (nbstripout's filter)
  trust [--remove] PATH         trust a project folder (or stop trusting it); --list shows them

Options:
  -h, --help        this text
  -v, --version     Slipway's version and the libraries it runs on
  --trust           trust the project for this run (commands that run project code)

GUI options: --color-scheme light|dark, --screenshot FILE (save the window once the
project is open, then quit).

Exit codes: 0 ok, 1 the command found problems, 2 usage or input error.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter:     %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not configured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attributes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*.ipynb has no filter attribute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required:   %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diff:       %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no textconv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notebooks are stripped by %1 when they are staged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notebooks are NOT stripped when they are staged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>install, uninstall or status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This repository's configuration (the default).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your user configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The machine's configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attributes file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expects install, uninstall or status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not inside a git repository</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed Slipway as the notebook filter in %1; attributes in %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed the notebook filter from %1 and %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use standard input and output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notebooks or folders, or - for standard input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the stripped notebooks to standard output; change no file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which notebooks would be stripped; change nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like --dry-run, and exit with 1 when any would change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also strip named files not ending in .ipynb.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep every output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep execution counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep cell ids (else they become 0, 1, …).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also remove these keys (space-separated).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never remove these keys (space-separated).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove cells whose source is empty or blank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove cells with any of these tags (space-separated).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also strip the outputs of init cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep outputs of at most this size (e.g. 50, 10k, 1M).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jupyter (default) or zeppelin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expects jupyter or zeppelin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expects notebooks, folders, or - for standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped: not a .ipynb file (--force strips it anyway)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep outputs of these types (space-separated; type or type:name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove outputs of these types (space-separated; type or type:name).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>slipway::CodeEditor</name>
        <message>
            <source>Plain text</source>
            <translation>Klartext</translation>
        </message>
    </context>
    <context>
        <name>slipway::EditorArea</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved. Save them before closing?</source>
            <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
        </message>
    </context>
    <context>
        <name>slipway::GitFilterIndicator</name>
        <message>
            <source>Strip on Commit</source>
            <translation>Beim Commit bereinigen</translation>
        </message>
        <message>
            <source>Set git up to strip notebook outputs whenever notebooks are staged (as `slipway filter install` does)</source>
            <translation>Git so einrichten, dass Notebook-Ausgaben beim Vormerken entfernt werden (wie `slipway filter install`)</translation>
        </message>
        <message>
            <source>Notebook filter: unknown</source>
            <translation>Notebook-Filter: unbekannt</translation>
        </message>
        <message>
            <source>Notebooks stripped on commit</source>
            <translation>Notebooks werden beim Commit bereinigt</translation>
        </message>
        <message>
            <source>Notebooks stripped on commit (nbstripout)</source>
            <translation>Notebooks werden beim Commit bereinigt (nbstripout)</translation>
        </message>
        <message>
            <source>⚠ Notebook outputs are committed</source>
            <translation>⚠ Notebook-Ausgaben werden committet</translation>
        </message>
        <message>
            <source>git stores notebooks with their outputs in this repository</source>
            <translation>Git speichert Notebooks in diesem Repository mit ihren Ausgaben</translation>
        </message>
        <message>
            <source>Notebooks are now stripped when they are staged (%1)</source>
            <translation>Notebooks werden jetzt beim Vormerken bereinigt (%1)</translation>
        </message>
    </context>
    <context>
        <name>slipway::GitFilterSetup</name>
        <message>
            <source>write attributes</source>
            <translation>Attribute schreiben</translation>
        </message>
    </context>
    <context>
        <name>slipway::JobsModel</name>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Done in %1 s</source>
            <translation>Fertig in %1 s</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>slipway::JobsPanel</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the selected job</source>
            <translation>Den ausgewählten Auftrag abbrechen</translation>
        </message>
        <message>
            <source>Cancel All</source>
            <translation>Alle abbrechen</translation>
        </message>
    </context>
    <context>
        <name>slipway::LogPanel</name>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
    </context>
    <context>
        <name>slipway::MainWindow</name>
        <message>
            <source>editor</source>
            <translation>Editor</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>trust</source>
            <translation>Vertrauen</translation>
        </message>
        <message>
            <source>Trusted %1</source>
            <translation>%1 ist vertrauenswürdig</translation>
        </message>
        <message>
            <source>No longer trusted: %1</source>
            <translation>Nicht mehr vertrauenswürdig: %1</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open Folder…</source>
            <translation>Ordner ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Re&amp;load Project</source>
            <translation>Projekt neu &amp;laden</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Projekt</translation>
        </message>
        <message>
            <source>&amp;Trust This Project</source>
            <translation>Diesem Projekt &amp;vertrauen</translation>
        </message>
        <message>
            <source>&amp;Revoke Trust</source>
            <translation>Vertrauen &amp;entziehen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Open &amp;Sample Project</source>
            <translation>&amp;Beispielprojekt öffnen</translation>
        </message>
        <message>
            <source>&amp;About Slipway</source>
            <translation>Ü&amp;ber Slipway</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Open project %1</source>
            <translation>Projekt %1 öffnen</translation>
        </message>
        <message>
            <source>project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Cannot open project</source>
            <translation>Projekt kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet …</translation>
        </message>
        <message>
            <source>⎇ detached %1</source>
            <translation>⎇ losgelöst %1</translation>
        </message>
        <message>
            <source>not in git</source>
            <translation>nicht in Git</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>Dynamic version, described from the git tags</source>
            <translation>Dynamische Version, aus den Git-Tags beschrieben</translation>
        </message>
        <message>
            <source>Opened %1 (%2 files, %3 notebooks)</source>
            <translation>%1 geöffnet (%2 Dateien, %3 Notebooks)</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 geöffnet</translation>
        </message>
        <message>
            <source>Open Project Folder</source>
            <translation>Projektordner öffnen</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <source>Cannot create the sample project</source>
            <translation>Das Beispielprojekt kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Create the sample project</source>
            <translation>Beispielprojekt anlegen</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>Keine zuletzt geöffneten Projekte</translation>
        </message>
        <message>
            <source>%1 — Slipway</source>
            <translation>%1 — Slipway</translation>
        </message>
        <message>
            <source>Slipway</source>
            <translation>Slipway</translation>
        </message>
        <message>
            <source>git</source>
            <translation>git</translation>
        </message>
        <message>
            <source>Cannot set up the notebook filter</source>
            <translation>Der Notebook-Filter kann nicht eingerichtet werden</translation>
        </message>
        <message>
            <source>&amp;Strip Outputs of All Notebooks…</source>
            <translation>Ausgaben aller Notebooks &amp;entfernen …</translation>
        </message>
        <message>
            <source>Strip all notebooks?</source>
            <translation>Alle Notebooks bereinigen?</translation>
        </message>
        <message numerus="yes">
            <source>Remove the outputs, execution counts and noisy metadata of the notebooks in %1 (%n)? The files themselves change; commit first if you want to keep their outputs.</source>
            <translation>
                <numerusform>Ausgaben, Ausführungszähler und störende Metadaten des Notebooks in %1 entfernen (%n)? Die Datei selbst ändert sich; committen Sie zuerst, wenn Sie die Ausgaben behalten wollen.</numerusform>
                <numerusform>Ausgaben, Ausführungszähler und störende Metadaten der %n Notebooks in %1 entfernen? Die Dateien selbst ändern sich; committen Sie zuerst, wenn Sie die Ausgaben behalten wollen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Strip notebooks (%n)</source>
            <translation>
                <numerusform>%n Notebook bereinigen</numerusform>
                <numerusform>%n Notebooks bereinigen</numerusform>
            </translation>
        </message>
        <message>
            <source>strip</source>
            <translation>bereinigen</translation>
        </message>
        <message>
            <source>Stripped %1 of %2 notebooks; the others needed no change</source>
            <translation>%1 von %2 Notebooks bereinigt; die übrigen brauchten keine Änderung</translation>
        </message>
        <message numerus="yes">
            <source>Notebooks that could not be stripped: %n; see the Log</source>
            <translation>
                <numerusform>%n Notebook konnte nicht bereinigt werden; siehe Protokoll</numerusform>
                <numerusform>%n Notebooks konnten nicht bereinigt werden; siehe Protokoll</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Opened %1; problems: %n (see the Log)</source>
            <translation>
                <numerusform>%1 mit %n Problem geöffnet (siehe Protokoll)</numerusform>
                <numerusform>%1 mit %n Problemen geöffnet (siehe Protokoll)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>slipway::NotebookCellDelegate</name>
        <message>
            <source>[HTML output of %1 KB, too large to show here]</source>
            <translation>[HTML-Ausgabe mit %1 KB, zu groß für diese Ansicht]</translation>
        </message>
        <message>
            <source>[interactive widget] %1</source>
            <translation>[interaktives Widget] %1</translation>
        </message>
        <message numerus="yes">
            <source>⋯ more lines: %n (click to show all)</source>
            <translation>
                <numerusform>⋯ %n weitere Zeile (klicken, um alles zu zeigen)</numerusform>
                <numerusform>⋯ %n weitere Zeilen (klicken, um alles zu zeigen)</numerusform>
            </translation>
        </message>
        <message>
            <source>show less</source>
            <translation>weniger zeigen</translation>
        </message>
    </context>
    <context>
        <name>slipway::NotebookPage</name>
        <message>
            <source>Strip outputs of %1</source>
            <translation>Ausgaben von %1 entfernen</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen …</translation>
        </message>
        <message>
            <source>Strip Outputs…</source>
            <translation>Ausgaben entfernen …</translation>
        </message>
        <message>
            <source>Remove outputs, execution counts and noisy metadata from this notebook (undoable)</source>
            <translation>Ausgaben, Ausführungszähler und störende Metadaten aus diesem Notebook entfernen (rückgängig machbar)</translation>
        </message>
        <message>
            <source>%1 has no outputs to strip</source>
            <translation>%1 hat keine Ausgaben zum Entfernen</translation>
        </message>
        <message>
            <source>nbformat %1.%2 · %3 · cells: %4 · outputs: %5</source>
            <translation>nbformat %1.%2 · %3 · Zellen: %4 · Ausgaben: %5</translation>
        </message>
    </context>
    <context>
        <name>slipway::ProcessRun</name>
        <message>
            <source>%1 was canceled</source>
            <translation>%1 wurde abgebrochen</translation>
        </message>
        <message>
            <source>%1 crashed: %2</source>
            <translation>%1 ist abgestürzt: %2</translation>
        </message>
        <message>
            <source>%1 exited with code %2</source>
            <translation>%1 endete mit Code %2</translation>
        </message>
        <message>
            <source>%1 could not be started: %2</source>
            <translation>%1 konnte nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>%1 is not an executable file</source>
            <translation>%1 ist keine ausführbare Datei</translation>
        </message>
        <message>
            <source>%1 was not found on PATH</source>
            <translation>%1 wurde im PATH nicht gefunden</translation>
        </message>
    </context>
    <context>
        <name>slipway::Project</name>
        <message>
            <source>dynamic</source>
            <translation>dynamisch</translation>
        </message>
        <message>
            <source>open project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <source>no folder given</source>
            <translation>kein Ordner angegeben</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>Ordner existiert nicht</translation>
        </message>
        <message>
            <source>is a file, not a folder</source>
            <translation>ist eine Datei, kein Ordner</translation>
        </message>
        <message>
            <source>permission denied: the folder cannot be read</source>
            <translation>Zugriff verweigert: Der Ordner kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Reading the git repository</source>
            <translation>Git-Repository wird gelesen</translation>
        </message>
        <message>
            <source>Reading pyproject.toml</source>
            <translation>pyproject.toml wird gelesen</translation>
        </message>
        <message>
            <source>read pyproject.toml</source>
            <translation>pyproject.toml lesen</translation>
        </message>
        <message>
            <source>Listing files</source>
            <translation>Dateien werden aufgelistet</translation>
        </message>
        <message>
            <source>list files</source>
            <translation>Dateien auflisten</translation>
        </message>
        <message>
            <source>more than %1 files; the project tree shows the first ones</source>
            <translation>mehr als %1 Dateien; der Projektbaum zeigt die ersten</translation>
        </message>
        <message>
            <source>Project read</source>
            <translation>Projekt gelesen</translation>
        </message>
    </context>
    <context>
        <name>slipway::ProjectFilesModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>slipway::ProjectPanel</name>
        <message>
            <source>Filter files</source>
            <translation>Dateien filtern</translation>
        </message>
    </context>
    <context>
        <name>slipway::ProjectScan</name>
        <message>
            <source>list files</source>
            <translation>Dateien auflisten</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
    </context>
    <context>
        <name>slipway::PyProject</name>
        <message>
            <source>read pyproject.toml</source>
            <translation>pyproject.toml lesen</translation>
        </message>
        <message>
            <source>%1 should be %2</source>
            <translation>%1 sollte %2 sein</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>eine Zeichenkette</translation>
        </message>
        <message>
            <source>an array of strings</source>
            <translation>ein Array von Zeichenketten</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>eine Tabelle</translation>
        </message>
    </context>
    <context>
        <name>slipway::SampleProject</name>
        <message>
            <source>create sample project</source>
            <translation>Beispielprojekt anlegen</translation>
        </message>
        <message>
            <source>is a file</source>
            <translation>ist eine Datei</translation>
        </message>
        <message>
            <source>the folder is not empty</source>
            <translation>der Ordner ist nicht leer</translation>
        </message>
        <message>
            <source>the folder cannot be created</source>
            <translation>der Ordner kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>the sample project is missing from this build</source>
            <translation>das Beispielprojekt fehlt in diesem Build</translation>
        </message>
    </context>
    <context>
        <name>slipway::StripAll</name>
        <message>
            <source>Stripping %1</source>
            <translation>%1 wird bereinigt</translation>
        </message>
    </context>
    <context>
        <name>slipway::StripPreviewDialog</name>
        <message>
            <source>Strip Outputs</source>
            <translation>Ausgaben entfernen</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Zelle</translation>
        </message>
        <message>
            <source>Loses</source>
            <translation>Verliert</translation>
        </message>
        <message>
            <source>Notebook</source>
            <translation>Notebook</translation>
        </message>
        <message>
            <source>metadata: %1</source>
            <translation>Metadaten: %1</translation>
        </message>
        <message>
            <source>the whole cell</source>
            <translation>die ganze Zelle</translation>
        </message>
        <message numerus="yes">
            <source>outputs: %n (%1)</source>
            <translation>
                <numerusform>%n Ausgabe (%1)</numerusform>
                <numerusform>%n Ausgaben (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>execution count</source>
            <translation>Ausführungszähler</translation>
        </message>
        <message>
            <source>Strip</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>You can undo this (Ctrl+Z in the notebook).</source>
            <translation>Sie können das rückgängig machen (Strg+Z im Notebook).</translation>
        </message>
    </context>
    <context>
        <name>slipway::StripSettings</name>
        <message>
            <source>read [tool.slipway.strip]</source>
            <translation>[tool.slipway.strip] lesen</translation>
        </message>
        <message>
            <source>%1 should hold strings</source>
            <translation>%1 sollte Zeichenketten enthalten</translation>
        </message>
        <message>
            <source>%1 should be a list of strings or a string</source>
            <translation>%1 sollte eine Liste von Zeichenketten oder eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>read pyproject.toml</source>
            <translation>pyproject.toml lesen</translation>
        </message>
        <message>
            <source>%1 should be true or false</source>
            <translation>%1 sollte true oder false sein</translation>
        </message>
        <message>
            <source>max-size should be a number, or a string like "10k"</source>
            <translation>max-size sollte eine Zahl oder eine Zeichenkette wie "10k" sein</translation>
        </message>
        <message>
            <source>unknown key %1</source>
            <translation>unbekannter Schlüssel %1</translation>
        </message>
    </context>
    <context>
        <name>slipway::TextFile</name>
        <message>
            <source>open file</source>
            <translation>Datei öffnen</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>Datei existiert nicht</translation>
        </message>
        <message>
            <source>is a folder</source>
            <translation>ist ein Ordner</translation>
        </message>
        <message>
            <source>the file is %1 MB, larger than the %2 MB an editor opens</source>
            <translation>die Datei ist %1 MB groß, mehr als die %2 MB, die ein Editor öffnet</translation>
        </message>
        <message>
            <source>binary file (it contains NUL bytes)</source>
            <translation>Binärdatei (sie enthält NUL-Bytes)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text</source>
            <translation>die Datei ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>save file</source>
            <translation>Datei speichern</translation>
        </message>
    </context>
    <context>
        <name>slipway::TrustBanner</name>
        <message>
            <source>Trust Project…</source>
            <translation>Projekt vertrauen …</translation>
        </message>
        <message>
            <source>Trust this project?</source>
            <translation>Diesem Projekt vertrauen?</translation>
        </message>
        <message>
            <source>&lt;p&gt;Trusting &lt;b&gt;%1&lt;/b&gt; lets Slipway run code from it: pipeline steps, git hooks and filters, and the tools of its Python environment.&lt;/p&gt;&lt;p&gt;Trust it only if you trust its authors.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Wenn Sie &lt;b&gt;%1&lt;/b&gt; vertrauen, führt Slipway Code daraus aus: Pipeline-Schritte, Git-Hooks und -Filter sowie die Werkzeuge seiner Python-Umgebung.&lt;/p&gt;&lt;p&gt;Vertrauen Sie ihm nur, wenn Sie seinen Autoren vertrauen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Restricted mode.&lt;/b&gt; This project is not trusted yet, so Slipway runs none of its code: no pipeline steps, git hooks or filters, and no tools from its environment.</source>
            <translation>&lt;b&gt;Eingeschränkter Modus.&lt;/b&gt; Diesem Projekt wird noch nicht vertraut, daher führt Slipway keinen seiner Codes aus: keine Pipeline-Schritte, keine Git-Hooks oder -Filter und keine Werkzeuge aus seiner Umgebung.</translation>
        </message>
    </context>
    <context>
        <name>slipway::TrustStore</name>
        <message>
            <source>the project is not trusted, so none of its code runs; trust it first (the banner in the window, or --trust on the command line)</source>
            <translation>dem Projekt wird nicht vertraut, daher läuft keiner seiner Codes; vertrauen Sie ihm zuerst (Hinweisleiste im Fenster oder --trust auf der Kommandozeile)</translation>
        </message>
    </context>
    <context>
        <name>slipway::json</name>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>the text is not valid UTF-8</source>
            <translation>der Text ist kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>a string is not closed (the file may be truncated)</source>
            <translation>eine Zeichenkette ist nicht geschlossen (die Datei ist vielleicht abgeschnitten)</translation>
        </message>
        <message>
            <source>an array or object is not closed (the file may be truncated)</source>
            <translation>ein Array oder Objekt ist nicht geschlossen (die Datei ist vielleicht abgeschnitten)</translation>
        </message>
        <message>
            <source>invalid JSON structure (a missing or extra comma, colon or bracket)</source>
            <translation>ungültige JSON-Struktur (ein fehlendes oder überzähliges Komma, Doppelpunkt oder Klammer)</translation>
        </message>
        <message>
            <source>invalid or out-of-range number</source>
            <translation>ungültige Zahl oder Zahl außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>invalid string escape</source>
            <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
        </message>
        <message>
            <source>invalid literal (expected true, false or null)</source>
            <translation>ungültiges Literal (erwartet: true, false oder null)</translation>
        </message>
        <message>
            <source>the JSON is nested too deeply</source>
            <translation>das JSON ist zu tief verschachtelt</translation>
        </message>
        <message>
            <source>invalid control character in a string</source>
            <translation>ungültiges Steuerzeichen in einer Zeichenkette</translation>
        </message>
        <message>
            <source>unexpected content after the JSON value</source>
            <translation>unerwarteter Inhalt nach dem JSON-Wert</translation>
        </message>
        <message>
            <source>invalid JSON value</source>
            <translation>ungültiger JSON-Wert</translation>
        </message>
        <message>
            <source>the JSON value is not an object</source>
            <translation>der JSON-Wert ist kein Objekt</translation>
        </message>
        <message>
            <source>read JSON</source>
            <translation>JSON lesen</translation>
        </message>
    </context>
    <context>
        <name>slipway::notebook</name>
        <message>
            <source>cell %1</source>
            <translation>Zelle %1</translation>
        </message>
        <message>
            <source>an output</source>
            <translation>eine Ausgabe</translation>
        </message>
        <message>
            <source>not a notebook: it has no "cells" list</source>
            <translation>kein Notebook: es hat keine "cells"-Liste</translation>
        </message>
        <message>
            <source>not a notebook: it has no "metadata"</source>
            <translation>kein Notebook: es hat keine "metadata"</translation>
        </message>
        <message>
            <source>the source of %1</source>
            <translation>der Quelltext von %1</translation>
        </message>
        <message>
            <source>the outputs of %1</source>
            <translation>die Ausgaben von %1</translation>
        </message>
        <message>
            <source>an output of %1 is not a JSON object</source>
            <translation>eine Ausgabe von %1 ist kein JSON-Objekt</translation>
        </message>
        <message>
            <source>%1 has no "metadata"</source>
            <translation>%1 hat keine "metadata"</translation>
        </message>
        <message>
            <source>the metadata of %1</source>
            <translation>die Metadaten von %1</translation>
        </message>
        <message>
            <source>the id of %1 is not a string</source>
            <translation>die ID von %1 ist keine Zeichenkette</translation>
        </message>
        <message>
            <source>%1 and %2 have the same id "%3"; cell ids must be unique</source>
            <translation>%1 und %2 haben dieselbe ID "%3"; Zell-IDs müssen eindeutig sein</translation>
        </message>
        <message>
            <source>not a notebook: it has no "worksheets" list</source>
            <translation>kein Notebook: es hat keine "worksheets"-Liste</translation>
        </message>
        <message>
            <source>a worksheet</source>
            <translation>ein Arbeitsblatt</translation>
        </message>
        <message>
            <source>a worksheet has no "cells" list</source>
            <translation>ein Arbeitsblatt hat keine "cells"-Liste</translation>
        </message>
        <message>
            <source>%1 has no "outputs"</source>
            <translation>%1 hat keine "outputs"</translation>
        </message>
        <message>
            <source>an output of %1</source>
            <translation>eine Ausgabe von %1</translation>
        </message>
        <message>
            <source>read notebook</source>
            <translation>Notebook lesen</translation>
        </message>
        <message>
            <source>not a notebook: the JSON value is not an object</source>
            <translation>kein Notebook: der JSON-Wert ist kein Objekt</translation>
        </message>
        <message>
            <source>unsupported nbformat version %1</source>
            <translation>nicht unterstützte nbformat-Version %1</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>Datei existiert nicht</translation>
        </message>
        <message>
            <source>is a folder, not a notebook</source>
            <translation>ist ein Ordner, kein Notebook</translation>
        </message>
        <message>
            <source>the file is %1 MB, larger than the %2 MB a notebook may be</source>
            <translation>die Datei ist %1 MB groß, mehr als die %2 MB, die ein Notebook haben darf</translation>
        </message>
        <message>
            <source>the file changed while it was read</source>
            <translation>die Datei hat sich beim Lesen geändert</translation>
        </message>
        <message>
            <source>write notebook</source>
            <translation>Notebook schreiben</translation>
        </message>
        <message>
            <source>%1 is not a JSON object</source>
            <translation>%1 ist kein JSON-Objekt</translation>
        </message>
        <message>
            <source>%1 is not a list</source>
            <translation>%1 ist keine Liste</translation>
        </message>
        <message>
            <source>%1 holds a value that is not a string</source>
            <translation>%1 enthält einen Wert, der keine Zeichenkette ist</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no room for the parser's padding in the mapping</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>slipway::notebook::Strip</name>
        <message>
            <source>strip outputs</source>
            <translation>Ausgaben entfernen</translation>
        </message>
        <message>
            <source>cell %1: cell metadata contradicts tags: `keep_output` is false, but `keep_output` in tags</source>
            <translation>Zelle %1: die Metadaten widersprechen den Tags: `keep_output` ist false, aber `keep_output` steht in den Tags</translation>
        </message>
        <message>
            <source>%1 is not a size (a number, optionally with k, M or G)</source>
            <translation>%1 ist keine Größe (eine Zahl, wahlweise mit k, M oder G)</translation>
        </message>
        <message>
            <source>strip Zeppelin note</source>
            <translation>Zeppelin-Notiz bereinigen</translation>
        </message>
        <message>
            <source>not a Zeppelin note: it has no "paragraphs" list</source>
            <translation>keine Zeppelin-Notiz: sie hat keine "paragraphs"-Liste</translation>
        </message>
        <message>
            <source>Ignoring invalid extra key `%1`</source>
            <translation>Ungültiger zusätzlicher Schlüssel `%1` wird ignoriert</translation>
        </message>
        <message>
            <source>not a notebook: it has no "metadata"</source>
            <translation>kein Notebook: es hat keine "metadata"</translation>
        </message>
    </context>
</TS>
