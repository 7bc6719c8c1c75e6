<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Text</name>
    <message>
        <source>&apos;%1&apos; has more than %2 entries</source>
        <translation>„%1“ hat mehr als %2 Einträge</translation>
    </message>
</context>
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
    <name>slipway::ArtifactDiffDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>%1 und %2 vergleichen</translation>
    </message>
    <message>
        <source>Only in %1 (%2)</source>
        <translation>Nur in %1 (%2)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>The two artifacts hold the same files with the same content.</source>
        <translation>Beide Artefakte enthalten dieselben Dateien mit demselben Inhalt.</translation>
    </message>
    <message>
        <source>%1 files in the first, %2 in the second.</source>
        <translation>%1 Dateien im ersten, %2 im zweiten.</translation>
    </message>
</context>
<context>
    <name>slipway::ArtifactsModel</name>
    <message>
        <source>wheel</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <source>sdist</source>
        <translation>Sdist</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1
sha256 %2</source>
        <translation>%1
sha256 %2</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <source>%1 RECORD hashes verified</source>
        <translation>%1 RECORD-Prüfsummen geprüft</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>slipway::CellPickerDialog</name>
    <message>
        <source>Stage Cells of %1</source>
        <translation>Zellen von %1 vormerken</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>[%1] %2 — %3 — %4</source>
        <translation>[%1] %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <source>The sources of the checked cells are staged; outputs never are.</source>
        <translation>Die Quelltexte der angehakten Zellen werden vorgemerkt; Ausgaben nie.</translation>
    </message>
</context>
<context>
    <name>slipway::ChangesPanel</name>
    <message>
        <source>Amend</source>
        <translation>Nachbessern</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Committen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <source>Stage the selected files (S)</source>
        <translation>Die gewählten Dateien vormerken (S)</translation>
    </message>
    <message>
        <source>Unstage</source>
        <translation>Nicht vormerken</translation>
    </message>
    <message>
        <source>Unstage the selected files (U)</source>
        <translation>Die gewählten Dateien nicht mehr vormerken (U)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Throw away the selected files&apos; changes (a backup is kept)</source>
        <translation>Die Änderungen der gewählten Dateien verwerfen (eine Sicherung bleibt)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Throw away the changes to %1? Untracked files are deleted. A backup is kept: Git → Restore Discarded Changes brings them back.</source>
        <translation>Die Änderungen an %1 verwerfen? Unversionierte Dateien werden gelöscht. Eine Sicherung bleibt: Git → Verworfene Änderungen wiederherstellen holt sie zurück.</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>Summary (up to 50 characters, 72 at most)

Why the change was made</source>
        <translation>Zusammenfassung (bis 50 Zeichen, höchstens 72)

Warum die Änderung gemacht wurde</translation>
    </message>
    <message>
        <source>Commit the staged changes (Ctrl+Return)</source>
        <translation>Die vorgemerkten Änderungen committen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Write a summary line.</source>
        <translation>Schreiben Sie eine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Summary: %1 characters — keep it under 72.</source>
        <translation>Zusammenfassung: %1 Zeichen — bleiben Sie unter 72.</translation>
    </message>
    <message>
        <source>Leave the second line empty.</source>
        <translation>Lassen Sie die zweite Zeile leer.</translation>
    </message>
    <message>
        <source>Summary: %1/50</source>
        <translation>Zusammenfassung: %1/50</translation>
    </message>
    <message>
        <source>Select a file to see its changes.</source>
        <translation>Wählen Sie eine Datei, um ihre Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Stage Lines</source>
        <translation>Zeilen vormerken</translation>
    </message>
    <message>
        <source>Unstage Lines</source>
        <translation>Zeilen nicht vormerken</translation>
    </message>
    <message>
        <source>Take the selected lines out of the index</source>
        <translation>Die gewählten Zeilen aus dem Index nehmen</translation>
    </message>
    <message>
        <source>Stage only the selected added and removed lines</source>
        <translation>Nur die gewählten hinzugefügten und entfernten Zeilen vormerken</translation>
    </message>
    <message>
        <source>Stage Cells…</source>
        <translation>Zellen vormerken…</translation>
    </message>
    <message>
        <source>Stage the sources of chosen cells of this notebook (outputs never)</source>
        <translation>Die Quelltexte gewählter Zellen dieses Notebooks vormerken (Ausgaben nie)</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorierte</translation>
    </message>
    <message>
        <source>Also list the files git ignores</source>
        <translation>Auch die Dateien zeigen, die Git ignoriert</translation>
    </message>
</context>
<context>
    <name>slipway::ChannelsController</name>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Building runs the project&apos;s build backend: trust the project first.</source>
        <translation>Bauen führt das Build-Backend des Projekts aus: vertrauen Sie dem Projekt zuerst.</translation>
    </message>
    <message>
        <source>No channels yet: add a channels: section to slipway.yaml (see the README, Release channels).</source>
        <translation>Noch keine Kanäle: fügen Sie slipway.yaml einen Abschnitt channels: hinzu (siehe README, Release-Kanäle).</translation>
    </message>
    <message>
        <source>Reading the channels… (showing the state of %1)</source>
        <translation>Lese die Kanäle … (zeige den Stand von %1)</translation>
    </message>
    <message>
        <source>Reading the channels…</source>
        <translation>Lese die Kanäle …</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message numerus="yes">
        <source>Read %n channel(s) in %1 ms</source>
        <translation>
            <numerusform>%n Kanal in %1 ms gelesen</numerusform>
            <numerusform>%n Kanäle in %1 ms gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>The state of %1 (kept from the last read)</source>
        <translation>Der Stand von %1 (vom letzten Lesen behalten)</translation>
    </message>
    <message>
        <source>Not read, showing the last known state: %1</source>
        <translation>Nicht gelesen, zeige den letzten bekannten Stand: %1</translation>
    </message>
    <message>
        <source>%1 — read %2</source>
        <translation>%1 — gelesen %2</translation>
    </message>
    <message>
        <source>The credentials were not kept in the keychain (%1): they are used for this session only</source>
        <translation>Die Zugangsdaten wurden nicht im Schlüsselbund gespeichert (%1): sie gelten nur für diese Sitzung</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>%1 %2 published to %3: %4 added, %5 there already</source>
        <translation>%1 %2 in %3 veröffentlicht: %4 hinzugefügt, %5 schon vorhanden</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Dry run: %1 file(s) would be added to %2, %3 there already</source>
        <translation>Probelauf: %1 Datei(en) kämen nach %2, %3 schon vorhanden</translation>
    </message>
    <message>
        <source>Promoted: %1 file(s) added to %2, %3 there already</source>
        <translation>Befördert: %1 Datei(en) nach %2 hinzugefügt, %3 schon vorhanden</translation>
    </message>
    <message>
        <source>Canceled: nothing was written</source>
        <translation>Abgebrochen: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Yank %1 in %2</source>
        <translation>%1 in %2 zurückziehen</translation>
    </message>
    <message>
        <source>Why? pip shows the reason to whoever pins this version:</source>
        <translation>Warum? pip zeigt den Grund jedem, der diese Version festlegt:</translation>
    </message>
    <message>
        <source>Unyank %1</source>
        <translation>%1 wieder freigeben</translation>
    </message>
    <message>
        <source>%1 is yanked in %2. Make it installable again?</source>
        <translation>%1 ist in %2 zurückgezogen. Wieder installierbar machen?</translation>
    </message>
    <message>
        <source>Not yanked</source>
        <translation>Nicht zurückgezogen</translation>
    </message>
</context>
<context>
    <name>slipway::ChannelsModel</name>
    <message>
        <source>wheel</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <source>sdist</source>
        <translation>Sdist</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>yanked</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>other bytes</source>
        <translation>andere Bytes</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Nicht in %1</translation>
    </message>
    <message>
        <source>yanked: %1</source>
        <translation>zurückgezogen: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>built from commit %1</source>
        <translation>gebaut aus Commit %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>pip install %1 picks %2</source>
        <translation>pip install %1 wählt %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>with --pre: %1</source>
        <translation>mit --pre: %1</translation>
    </message>
    <message>
        <source>Not read: %1 (showing the last state)</source>
        <translation>Nicht gelesen: %1 (zeige den letzten Stand)</translation>
    </message>
</context>
<context>
    <name>slipway::ChannelsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen …</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>Befördern …</translation>
    </message>
    <message>
        <source>Yank…</source>
        <translation>Zurückziehen …</translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <source>Build HEAD from a clean export (or take files from dist/) and publish to a channel</source>
        <translation>HEAD aus einem sauberen Export bauen (oder Dateien aus dist/ nehmen) und in einen Kanal veröffentlichen</translation>
    </message>
    <message>
        <source>Check the gates, then copy the selected version&apos;s very files to the next channel</source>
        <translation>Die Prüfungen durchlaufen, dann genau die Dateien der gewählten Version in den nächsten Kanal kopieren</translation>
    </message>
    <message>
        <source>Mark the selected version yanked in the selected channel (pip skips it unless pinned)</source>
        <translation>Die gewählte Version im gewählten Kanal als zurückgezogen markieren (pip überspringt sie, außer sie ist festgelegt)</translation>
    </message>
    <message>
        <source>Open the selected channel&apos;s page for this project in the browser</source>
        <translation>Die Seite des gewählten Kanals für dieses Projekt im Browser öffnen</translation>
    </message>
    <message>
        <source>Read the channels again</source>
        <translation>Die Kanäle neu lesen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>--pre: %1</source>
        <translation>--pre: %1</translation>
    </message>
    <message>
        <source>pip install %1 →</source>
        <translation>pip install %1 →</translation>
    </message>
    <message>
        <source>Select a version to see its files, where it came from and where it went.</source>
        <translation>Wählen Sie eine Version, um ihre Dateien zu sehen, woher sie kam und wohin sie ging.</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>commit &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Commit &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Built from %1</source>
        <translation>Gebaut aus %1</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
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
    <name>slipway::CommitLogModel</name>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>slipway::CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Working tree</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Index (staged)</source>
        <translation>Index (vorgemerkt)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>A branch, a tag, a commit id or an expression such as HEAD~3.</source>
        <translation>Ein Branch, ein Tag, eine Commit-Id oder ein Ausdruck wie HEAD~3.</translation>
    </message>
</context>
<context>
    <name>slipway::CredentialsDialog</name>
    <message>
        <source>Credentials for %1</source>
        <translation>Zugangsdaten für %1</translation>
    </message>
    <message>
        <source>%1

%2 (%3) needs a user name and a password or token. They are kept in the system keychain, never in slipway.yaml.</source>
        <translation>%1

%2 (%3) braucht einen Benutzernamen und ein Passwort oder Token. Sie werden im Schlüsselbund des Systems gespeichert, nie in slipway.yaml.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation>Passwort oder Token:</translation>
    </message>
</context>
<context>
    <name>slipway::DiagnosticsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 · cell %2 · %3:%4</source>
        <translation>%1 · Zelle %2 · %3:%4</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
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
    <name>slipway::GitController</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Switch or create a branch</source>
        <translation>Branch wechseln oder anlegen</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Holen</translation>
    </message>
    <message>
        <source>&amp;Pull (Fast-Forward Only)</source>
        <translation>&amp;Pull (nur Fast-Forward)</translation>
    </message>
    <message>
        <source>Pu&amp;sh</source>
        <translation>Pu&amp;shen</translation>
    </message>
    <message>
        <source>Push with &amp;Tags</source>
        <translation>Mit &amp;Tags pushen</translation>
    </message>
    <message>
        <source>New &amp;Branch…</source>
        <translation>Neuer &amp;Branch…</translation>
    </message>
    <message>
        <source>&amp;Restore Discarded Changes…</source>
        <translation>Verworfene Änderungen &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>⎇ detached %1</source>
        <translation>⎇ losgelöst %1</translation>
    </message>
    <message>
        <source>git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Änderungen (%1)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <source>Unstage</source>
        <translation>Nicht vormerken</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discarded %1 (backup %2: Git → Restore Discarded Changes)</source>
        <translation>%1 verworfen (Sicherung %2: Git → Verworfene Änderungen wiederherstellen)</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Commit failed</source>
        <translation>Commit fehlgeschlagen</translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation>%1 committet</translation>
    </message>
    <message>
        <source>Remote Branches</source>
        <translation>Entfernte Branches</translation>
    </message>
    <message>
        <source>  (↑%1 ↓%2 %3)</source>
        <translation>  (↑%1 ↓%2 %3)</translation>
    </message>
    <message>
        <source>New Branch…</source>
        <translation>Neuer Branch…</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>New Branch</source>
        <translation>Neuer Branch</translation>
    </message>
    <message>
        <source>Name of the branch, made from HEAD:</source>
        <translation>Name des Branches, angelegt ab HEAD:</translation>
    </message>
    <message>
        <source>Create branch %1</source>
        <translation>Branch %1 anlegen</translation>
    </message>
    <message>
        <source>Restore Discarded Changes</source>
        <translation>Verworfene Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was discarded here.</source>
        <translation>Hier wurde nichts verworfen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Put these files back as they were:</source>
        <translation>Diese Dateien so zurücklegen, wie sie waren:</translation>
    </message>
    <message>
        <source>Restore discarded changes</source>
        <translation>Verworfene Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Holen</translation>
    </message>
    <message>
        <source>Fetch failed</source>
        <translation>Holen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Pull refused</source>
        <translation>Pull abgelehnt</translation>
    </message>
    <message>
        <source>Push with tags</source>
        <translation>Push mit Tags</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Push failed</source>
        <translation>Push fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stage lines</source>
        <translation>Zeilen vormerken</translation>
    </message>
    <message>
        <source>Unstage lines</source>
        <translation>Zeilen nicht vormerken</translation>
    </message>
    <message>
        <source>Stage cells</source>
        <translation>Zellen vormerken</translation>
    </message>
    <message>
        <source>&amp;Tag HEAD…</source>
        <translation>HEAD &amp;taggen…</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>Commit %1, %2</source>
        <translation>Commit %1, %2</translation>
    </message>
    <message>
        <source>Delete Tag %1…</source>
        <translation>Tag %1 löschen…</translation>
    </message>
    <message>
        <source>Delete Branch</source>
        <translation>Branch löschen</translation>
    </message>
    <message>
        <source>Delete the branch %1?</source>
        <translation>Den Branch %1 löschen?</translation>
    </message>
    <message>
        <source>Deleted branch %1</source>
        <translation>Branch %1 gelöscht</translation>
    </message>
    <message>
        <source>%1 is not merged: %2. Delete it anyway? Its commits stay reachable only from git&apos;s reflog.</source>
        <translation>%1 ist nicht gemergt: %2. Trotzdem löschen? Seine Commits bleiben nur über Gits Reflog erreichbar.</translation>
    </message>
    <message>
        <source>Sign tag %1</source>
        <translation>Tag %1 signieren</translation>
    </message>
    <message>
        <source>Tag HEAD</source>
        <translation>HEAD taggen</translation>
    </message>
    <message>
        <source>sign tag %1</source>
        <translation>Tag %1 signieren</translation>
    </message>
    <message>
        <source>Signed tag %1</source>
        <translation>Tag %1 signiert</translation>
    </message>
    <message>
        <source>Tag HEAD as %1</source>
        <translation>HEAD als %1 taggen</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <source>Delete the tag %1 here? A tag already pushed stays on the remote.</source>
        <translation>Den Tag %1 hier löschen? Ein schon gepushter Tag bleibt im entfernten Repository.</translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>Tag %1 löschen</translation>
    </message>
    <message>
        <source>Commit canceled: nothing was committed</source>
        <translation>Commit abgebrochen: nichts wurde committet</translation>
    </message>
    <message>
        <source>Cannot show the changes of %1: %2</source>
        <translation>Die Änderungen von %1 lassen sich nicht zeigen: %2</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>git does not know who you are: set user.name and user.email</source>
        <translation>Git weiß nicht, wer Sie sind: setzen Sie user.name und user.email</translation>
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
    <name>slipway::HistoryController</name>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reading commit %1…</source>
        <translation>Lese Commit %1…</translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <source>Exported the review to %1</source>
        <translation>Review nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>slipway::HistoryView</name>
    <message>
        <source>Filter by message, author or id</source>
        <translation>Nach Nachricht, Autor oder Id filtern</translation>
    </message>
    <message>
        <source>Path (file or folder)</source>
        <translation>Pfad (Datei oder Ordner)</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Alle Branches</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Select a commit.</source>
        <translation>Einen Commit auswählen.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lese…</translation>
    </message>
    <message>
        <source>%1 commits</source>
        <translation>%1 Commits</translation>
    </message>
    <message>
        <source>%1+ commits</source>
        <translation>%1+ Commits</translation>
    </message>
    <message>
        <source>Compare with Working Tree</source>
        <translation>Mit dem Arbeitsverzeichnis vergleichen</translation>
    </message>
    <message>
        <source>%1 &amp;lt;%2&amp;gt;, %3</source>
        <translation>%1 &amp;lt;%2&amp;gt;, %3</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation>Eltern-Commit %1</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Alle Dateien (%1)</translation>
    </message>
</context>
<context>
    <name>slipway::InterpreterDialog</name>
    <message>
        <source>Python Interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>Lint, tests and builds of this project run with:</source>
        <translation>Lint, Tests und Builds dieses Projekts laufen mit:</translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>keine Werkzeuge</translation>
    </message>
    <message>
        <source>%1 — Python %2
%3
%4</source>
        <translation>%1 — Python %2
%3
%4</translation>
    </message>
    <message>
        <source>%1 — unusable: %2
%3</source>
        <translation>%1 — unbrauchbar: %2
%3</translation>
    </message>
    <message>
        <source>Create .venv and Install the Project</source>
        <translation>.venv anlegen und das Projekt installieren</translation>
    </message>
    <message>
        <source>with the system&apos;s packages</source>
        <translation>mit den Paketen des Systems</translation>
    </message>
    <message>
        <source>offline (no package index)</source>
        <translation>offline (kein Paketindex)</translation>
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
    <name>slipway::LintController</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>%1 is not trusted: lint runs its tools and their plugins; trust the project first</source>
        <translation>%1 ist nicht vertrauenswürdig: Lint führt seine Werkzeuge und deren Plugins aus; dem Projekt zuerst vertrauen</translation>
    </message>
    <message>
        <source>Lint canceled</source>
        <translation>Lint abgebrochen</translation>
    </message>
    <message>
        <source>Lint found %1 errors, %2 warnings and %3 notes</source>
        <translation>Lint fand %1 Fehler, %2 Warnungen und %3 Hinweise</translation>
    </message>
    <message>
        <source>Lint %1</source>
        <translation>Lint für %1</translation>
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
        <source>Version %1</source>
        <translation>Version %1</translation>
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
    <message>
        <source>Computed as setuptools_scm does; no version tag yet</source>
        <translation>Berechnet wie von setuptools_scm; noch kein Versions-Tag</translation>
    </message>
    <message>
        <source>Computed as setuptools_scm does from tag %1 (distance %2)</source>
        <translation>Berechnet wie von setuptools_scm aus Tag %1 (Abstand %2)</translation>
    </message>
    <message>
        <source>Uncommitted changes: %1</source>
        <translation>Nicht committete Änderungen: %1</translation>
    </message>
    <message>
        <source>&amp;Git</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>&amp;Pair Notebooks with Scripts</source>
        <translation>Notebooks mit Skripten &amp;koppeln</translation>
    </message>
    <message>
        <source>Keep a percent script beside each notebook, in sync both ways</source>
        <translation>Neben jedem Notebook ein Percent-Skript führen, in beide Richtungen abgeglichen</translation>
    </message>
    <message>
        <source>Pair notebooks with scripts</source>
        <translation>Notebooks mit Skripten koppeln</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>Kopplung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 geschrieben (%2)</translation>
    </message>
    <message>
        <source>Paired %1 notebooks: %2 files written, %3 conflicts</source>
        <translation>%1 Notebooks gekoppelt: %2 Dateien geschrieben, %3 Konflikte</translation>
    </message>
    <message>
        <source>Conflicts or errors; see the Log</source>
        <translation>Konflikte oder Fehler; siehe Protokoll</translation>
    </message>
    <message>
        <source>&amp;Lint Project</source>
        <translation>Projekt &amp;linten</translation>
    </message>
    <message>
        <source>Run &amp;Tests</source>
        <translation>&amp;Tests ausführen</translation>
    </message>
    <message>
        <source>P&amp;ython Interpreter…</source>
        <translation>P&amp;ython-Interpreter…</translation>
    </message>
</context>
<context>
    <name>slipway::Modules</name>
    <message>
        <source>Slipway&apos;s module %1.so is not installed (looked beside %2 and in %3)</source>
        <translation>Slipways Modul %1.so ist nicht installiert (gesucht neben %2 und in %3)</translation>
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
    <name>slipway::NotebookStaging</name>
    <message>
        <source> (staged)</source>
        <translation> (vorgemerkt)</translation>
    </message>
    <message>
        <source>cell staging needs an nbformat 4 notebook</source>
        <translation>Zellen vormerken braucht ein Notebook im Format nbformat 4</translation>
    </message>
    <message>
        <source>compare cells of %1</source>
        <translation>Zellen von %1 vergleichen</translation>
    </message>
    <message>
        <source>stage cells of %1</source>
        <translation>Zellen von %1 vormerken</translation>
    </message>
    <message>
        <source>there is no cell %1</source>
        <translation>es gibt keine Zelle %1</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineController</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Reading slipway.yaml…</source>
        <translation>slipway.yaml wird gelesen …</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>Standard-Pipeline</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (nur lesen)</translation>
    </message>
    <message>
        <source>No pipeline in slipway.yaml: the default one (strip-check → lint → test → build).</source>
        <translation>Keine Pipeline in slipway.yaml: die Standard-Pipeline (strip-check → lint → test → build).</translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation>Letzter Lauf %1: %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1, read-only: %n step(s)</source>
        <translation>
            <numerusform>%1, nur lesen: %n Schritt</numerusform>
            <numerusform>%1, nur lesen: %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This project is not trusted: its steps would run its code. Trust it (the banner above the editor), or use Dry Run to see what would run.</source>
        <translation>Diesem Projekt wird nicht vertraut: Seine Schritte würden seinen Code ausführen. Vertrauen Sie ihm (Banner über dem Editor) oder zeigen Sie mit „Probelauf“, was laufen würde.</translation>
    </message>
    <message>
        <source>Dry run…</source>
        <translation>Probelauf …</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Dry run: %1 would run, %2 cached</source>
        <translation>Probelauf: %1 würden laufen, %2 aus dem Cache</translation>
    </message>
    <message>
        <source>%1 in %2 s: %3 ran, %4 cached</source>
        <translation>%1 in %2 s: %3 gelaufen, %4 aus dem Cache</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineModel</name>
    <message>
        <source>idle</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>would run</source>
        <translation>würde laufen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
</context>
<context>
    <name>slipway::PipelinePanel</name>
    <message>
        <source>Force</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>The pipeline to show: slipway.yaml&apos;s runs here; the others are drawn read-only</source>
        <translation>Die angezeigte Pipeline: die aus slipway.yaml läuft hier, die anderen werden nur gezeichnet</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the pipeline: each step runs unless it is cached</source>
        <translation>Die Pipeline ausführen: Jeder Schritt läuft, sofern er nicht aus dem Cache kommt</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Show what would run now, and why, without running anything</source>
        <translation>Zeigen, was jetzt laufen würde und warum, ohne etwas auszuführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run the steps even when they are cached</source>
        <translation>Die Schritte auch ausführen, wenn sie im Cache sind</translation>
    </message>
    <message>
        <source>Click a step to see why it runs and its log.</source>
        <translation>Klicken Sie auf einen Schritt, um zu sehen, warum er läuft, und sein Protokoll.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
</context>
<context>
    <name>slipway::PipelineView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Run Up to %1</source>
        <translation>Bis %1 ausführen</translation>
    </message>
    <message>
        <source>Run from %1</source>
        <translation>Ab %1 ausführen</translation>
    </message>
</context>
<context>
    <name>slipway::ProblemsPanel</name>
    <message>
        <source>Lint Project</source>
        <translation>Projekt linten</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Alle Werkzeuge</translation>
    </message>
    <message>
        <source>Filter by file, code or message</source>
        <translation>Nach Datei, Code oder Meldung filtern</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <source>linting… %1</source>
        <translation>linte… %1</translation>
    </message>
    <message>
        <source>Ignore %1 Here</source>
        <translation>%1 hier ignorieren</translation>
    </message>
    <message>
        <source>Write the tool&apos;s own suppression comment on the line</source>
        <translation>Den Unterdrückungskommentar des Werkzeugs in die Zeile schreiben</translation>
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
    <name>slipway::PromoteDialog</name>
    <message>
        <source>installed-tests: the project&apos;s tests pass against the package installed from the source channel</source>
        <translation>installed-tests: die Tests des Projekts bestehen gegen das aus dem Quellkanal installierte Paket</translation>
    </message>
    <message>
        <source>final-version: no pre-release, dev or local part (PEP 440)</source>
        <translation>final-version: kein Vorab-, Entwicklungs- oder lokaler Teil (PEP 440)</translation>
    </message>
    <message>
        <source>signed-tag: the version&apos;s tag verifies (git verify-tag)</source>
        <translation>signed-tag: das Tag der Version lässt sich prüfen (git verify-tag)</translation>
    </message>
    <message>
        <source>same-commit: the tag points at the commit that built the files</source>
        <translation>same-commit: das Tag zeigt auf den Commit, der die Dateien gebaut hat</translation>
    </message>
    <message>
        <source>no-drift: no file of this version is in the target with other bytes</source>
        <translation>no-drift: keine Datei dieser Version liegt im Ziel mit anderen Bytes</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Check the gates that need no tests and show what would change, writing nothing</source>
        <translation>Die Prüfungen ohne Tests durchlaufen und zeigen, was sich ändern würde, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Weg:</translation>
    </message>
    <message>
        <source>Gates (checked before anything is written):</source>
        <translation>Prüfungen (vor jedem Schreiben):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>slipway::PublishDialog</name>
    <message>
        <source>Build HEAD from a clean export of the commit (sdist, then the wheel from it)</source>
        <translation>HEAD aus einem sauberen Export des Commits bauen (Sdist, dann das Wheel daraus)</translation>
    </message>
    <message>
        <source>Publish these files from dist/:</source>
        <translation>Diese Dateien aus dist/ veröffentlichen:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Files already in the channel with the same bytes are kept; other bytes under the same name are refused.</source>
        <translation>Dateien, die mit denselben Bytes schon im Kanal liegen, bleiben; andere Bytes unter demselben Namen werden abgelehnt.</translation>
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
    <name>slipway::PythonController</name>
    <message>
        <source>python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>%1 now uses %2</source>
        <translation>%1 verwendet jetzt %2</translation>
    </message>
    <message>
        <source>%1 is not trusted: installing it runs its build; trust the project first</source>
        <translation>%1 ist nicht vertrauenswürdig: die Installation führt seinen Build aus; dem Projekt zuerst vertrauen</translation>
    </message>
    <message>
        <source>Created %1 and installed the project into it</source>
        <translation>%1 angelegt und das Projekt darin installiert</translation>
    </message>
    <message>
        <source>Find Python interpreters</source>
        <translation>Python-Interpreter suchen</translation>
    </message>
</context>
<context>
    <name>slipway::ReleaseController</name>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Static version %1 in pyproject.toml.</source>
        <translation>Feste Version %1 in pyproject.toml.</translation>
    </message>
    <message>
        <source>The project declares no [project.scripts] entry.</source>
        <translation>Das Projekt deklariert keinen Eintrag in [project.scripts].</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The project has neither pyproject.toml nor setup.py.</source>
        <translation>Das Projekt hat weder pyproject.toml noch setup.py.</translation>
    </message>
    <message>
        <source>Building runs the project&apos;s build backend: trust the project first (Project → Trust This Project).</source>
        <translation>Bauen führt das Build-Backend des Projekts aus: vertrauen Sie dem Projekt zuerst (Projekt → Diesem Projekt vertrauen).</translation>
    </message>
    <message>
        <source>A build is running.</source>
        <translation>Ein Build läuft.</translation>
    </message>
    <message>
        <source>inspect</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Cannot build</source>
        <translation>Bauen nicht möglich</translation>
    </message>
    <message>
        <source>Build executable of %1</source>
        <translation>Programm von %1 bauen</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>%1 bauen</translation>
    </message>
    <message>
        <source>Build failed</source>
        <translation>Build fehlgeschlagen</translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>Gebaut: %1</translation>
    </message>
</context>
<context>
    <name>slipway::ReleasePanel</name>
    <message>
        <source>Build Wheel &amp;&amp; Sdist</source>
        <translation>Wheel &amp;&amp; Sdist bauen</translation>
    </message>
    <message>
        <source>Build Executable</source>
        <translation>Programm bauen</translation>
    </message>
    <message>
        <source>Allow a dirty tree or local version</source>
        <translation>Geänderten Arbeitsbaum oder lokale Version erlauben</translation>
    </message>
    <message>
        <source>Tag name, e.g. v1.2.0</source>
        <translation>Tag-Name, z. B. v1.2.0</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Suggested next versions (semantic versioning)</source>
        <translation>Vorgeschlagene nächste Versionen (Semantic Versioning)</translation>
    </message>
    <message>
        <source>Build even when the version is not a release: uncommitted changes or a +local version</source>
        <translation>Auch bauen, wenn die Version kein Release ist: nicht committete Änderungen oder eine +lokale Version</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation>Den Ausgabeordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Compare the file lists of the two selected artifacts</source>
        <translation>Die Dateilisten der beiden gewählten Artefakte vergleichen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Tag HEAD as</source>
        <translation>HEAD taggen als</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>No version</source>
        <translation>Keine Version</translation>
    </message>
    <message>
        <source>Open a project with a pyproject.toml in a git repository.</source>
        <translation>Öffnen Sie ein Projekt mit pyproject.toml in einem Git-Repository.</translation>
    </message>
    <message>
        <source>Set by SETUPTOOLS_SCM_PRETEND_VERSION.</source>
        <translation>Gesetzt durch SETUPTOOLS_SCM_PRETEND_VERSION.</translation>
    </message>
    <message>
        <source>Not from git: the fallback version.</source>
        <translation>Nicht aus Git: die Ersatzversion.</translation>
    </message>
    <message>
        <source>No version tag yet on %1.</source>
        <translation>Noch kein Versions-Tag auf %1.</translation>
    </message>
    <message>
        <source>On tag %1 (%2).</source>
        <translation>Auf Tag %1 (%2).</translation>
    </message>
    <message>
        <source>One commit after tag %1 on %2.</source>
        <translation>Ein Commit nach Tag %1 auf %2.</translation>
    </message>
    <message>
        <source>%1 commits after tag %2 on %3.</source>
        <translation>%1 Commits nach Tag %2 auf %3.</translation>
    </message>
    <message>
        <source>Uncommitted changes in %1.</source>
        <translation>Nicht committete Änderungen in %1.</translation>
    </message>
    <message>
        <source>Clean work tree.</source>
        <translation>Sauberer Arbeitsbaum.</translation>
    </message>
    <message>
        <source>Not a release: %1</source>
        <translation>Kein Release: %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>python -m build: a wheel and an sdist into dist/</source>
        <translation>python -m build: ein Wheel und ein Sdist nach dist/</translation>
    </message>
    <message>
        <source>A single-file zipapp that python3 runs: %1</source>
        <translation>Eine einzelne zipapp-Datei, die python3 ausführt: %1</translation>
    </message>
    <message>
        <source>Type a tag name to see the version it would give.</source>
        <translation>Geben Sie einen Tag-Namen ein, um die Version zu sehen, die er ergäbe.</translation>
    </message>
    <message>
        <source>No version from this tag.</source>
        <translation>Dieser Tag ergibt keine Version.</translation>
    </message>
    <message>
        <source>Would be version &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ergäbe Version &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Artifacts in dist/</source>
        <translation>Artefakte in dist/</translation>
    </message>
    <message>
        <source>Nothing built yet: dist/ holds no wheel, sdist or executable.
Build Wheel &amp; Sdist puts them here, each checked as it lands.</source>
        <translation>Noch nichts gebaut: dist/ enthält kein Wheel, kein sdist und keine ausführbare Datei.
„Wheel &amp; Sdist bauen“ legt sie hier ab und prüft jedes, sobald es ankommt.</translation>
    </message>
</context>
<context>
    <name>slipway::ReviewDiffView</name>
    <message>
        <source>▲ Previous</source>
        <translation>▲ Vorherige</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7)</source>
        <translation>Vorherige Änderung (Umschalt+F7)</translation>
    </message>
    <message>
        <source>▼ Next</source>
        <translation>▼ Nächste</translation>
    </message>
    <message>
        <source>Next change (F7)</source>
        <translation>Nächste Änderung (F7)</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the old and the new text next to each other</source>
        <translation>Alten und neuen Text nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Outputs &amp;&amp; Metadata</source>
        <translation>Ausgaben &amp;&amp; Metadaten</translation>
    </message>
    <message>
        <source>List the notebook output and metadata changes</source>
        <translation>Die Änderungen an Ausgaben und Metadaten der Notebooks auflisten</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <source>Save this review as one HTML file to share</source>
        <translation>Dieses Review als eine HTML-Datei zum Weitergeben speichern</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Select a commit or a file to see its changes.</source>
        <translation>Einen Commit oder eine Datei auswählen, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>no changes in the text</source>
        <translation>keine Änderungen im Text</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
</context>
<context>
    <name>slipway::ReviewHtml</name>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 output or metadata change(s) hidden (Outputs &amp; Metadata shows them)</source>
        <translation>%1 Änderung(en) an Ausgaben oder Metadaten ausgeblendet („Ausgaben &amp; Metadaten“ zeigt sie)</translation>
    </message>
    <message>
        <source>Binary file: not shown.</source>
        <translation>Binärdatei: nicht angezeigt.</translation>
    </message>
    <message>
        <source>No changes in the text.</source>
        <translation>Keine Änderungen im Text.</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 unveränderte Zeilen</translation>
    </message>
    <message>
        <source>The diff is too long to show here: export it to see everything.</source>
        <translation>Der Diff ist zu lang, um ihn hier zu zeigen: zum Ansehen exportieren.</translation>
    </message>
</context>
<context>
    <name>slipway::SafeWrite</name>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>refused: this path leads to %1, outside %2 (through a symbolic link)</source>
        <translation>abgelehnt: dieser Pfad führt nach %1, außerhalb von %2 (über einen symbolischen Link)</translation>
    </message>
    <message>
        <source>refused: a symbolic link to %1, which does not exist (writing would create it)</source>
        <translation>abgelehnt: ein symbolischer Link auf %1, das nicht existiert (Schreiben würde es anlegen)</translation>
    </message>
    <message>
        <source>refused: the link does not lead to a regular file</source>
        <translation>abgelehnt: der Link führt nicht zu einer regulären Datei</translation>
    </message>
    <message>
        <source>refused: not a regular file</source>
        <translation>abgelehnt: keine reguläre Datei</translation>
    </message>
    <message>
        <source>refused: %1 is not a folder</source>
        <translation>abgelehnt: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>ihr Ordner kann nicht angelegt werden</translation>
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
    <name>slipway::StatusModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>unversioniert</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Staged (%1)</source>
        <translation>Vorgemerkt (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Änderungen (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>outputs only</source>
        <translation>nur Ausgaben</translation>
    </message>
    <message>
        <source>%1 differs only by what the notebook filter strips (outputs committed before the filter was set up). Stage it to store the cleaned notebook (renormalize).</source>
        <translation>%1 unterscheidet sich nur durch das, was der Notebook-Filter entfernt (Ausgaben, die vor dem Einrichten des Filters committet wurden). Merken Sie es vor, um das bereinigte Notebook zu speichern (renormalisieren).</translation>
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
        <source>not a regular file of at most 4 MiB</source>
        <translation>keine gewöhnliche Datei von höchstens 4 MiB</translation>
    </message>
    <message>
        <source>%1 should be true or false</source>
        <translation>%1 sollte true oder false sein</translation>
    </message>
    <message>
        <source>max-size should be a number, or a string like &quot;10k&quot;</source>
        <translation>max-size sollte eine Zahl oder eine Zeichenkette wie &quot;10k&quot; sein</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unbekannter Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>slipway::TagDialog</name>
    <message>
        <source>Sign it (git tag -s, with the key git is set up for)</source>
        <translation>Signieren (git tag -s, mit dem Schlüssel, für den Git eingerichtet ist)</translation>
    </message>
    <message>
        <source>Tag HEAD</source>
        <translation>HEAD taggen</translation>
    </message>
    <message>
        <source>e.g. v1.2.0</source>
        <translation>z. B. v1.2.0</translation>
    </message>
    <message>
        <source>Release notes (empty: a lightweight tag)</source>
        <translation>Release-Notizen (leer: ein einfacher Tag)</translation>
    </message>
    <message>
        <source>Create Tag</source>
        <translation>Tag anlegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No version from this tag.</source>
        <translation>Dieser Tag ergibt keine Version.</translation>
    </message>
    <message>
        <source>HEAD&apos;s version would be &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>HEADs Version wäre &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>slipway::TestController</name>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>%1 is not trusted: tests run its code; trust the project first</source>
        <translation>%1 ist nicht vertrauenswürdig: Tests führen seinen Code aus; dem Projekt zuerst vertrauen</translation>
    </message>
    <message>
        <source>Trust the project to run its tests.</source>
        <translation>Dem Projekt vertrauen, um seine Tests auszuführen.</translation>
    </message>
    <message>
        <source>discovering…</source>
        <translation>suche Tests…</translation>
    </message>
    <message>
        <source>%1 tests</source>
        <translation>%1 Tests</translation>
    </message>
    <message>
        <source>%1 tests, %2 files could not be collected</source>
        <translation>%1 Tests, %2 Dateien konnten nicht gesammelt werden</translation>
    </message>
    <message>
        <source>testing the installed package…</source>
        <translation>teste das installierte Paket…</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 errors, %4 skipped</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 Fehler, %4 übersprungen</translation>
    </message>
    <message>
        <source> (installed package)</source>
        <translation> (installiertes Paket)</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Discover the tests of %1</source>
        <translation>Tests von %1 ermitteln</translation>
    </message>
    <message>
        <source>Test the installed package of %1</source>
        <translation>Installiertes Paket von %1 testen</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>%1 testen</translation>
    </message>
</context>
<context>
    <name>slipway::TestTreeModel</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 — could not be collected</source>
        <translation>%1 — konnte nicht gesammelt werden</translation>
    </message>
</context>
<context>
    <name>slipway::TestsPanel</name>
    <message>
        <source>Discover</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Run All</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <source>Run Selected</source>
        <translation>Auswahl ausführen</translation>
    </message>
    <message>
        <source>Run Failed</source>
        <translation>Fehlgeschlagene ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Installed package</source>
        <translation>Installiertes Paket</translation>
    </message>
    <message>
        <source>Build the wheel, install it into a new environment and run the tests against it</source>
        <translation>Das Wheel bauen, in eine neue Umgebung installieren und die Tests dagegen ausführen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Missed lines</source>
        <translation>Nicht ausgeführte Zeilen</translation>
    </message>
    <message>
        <source>Discover the tests, then run them.</source>
        <translation>Die Tests suchen, dann ausführen.</translation>
    </message>
    <message>
        <source>Coverage %1%</source>
        <translation>Abdeckung %1 %</translation>
    </message>
    <message>
        <source> — fail_under %1: passes</source>
        <translation> — fail_under %1: erreicht</translation>
    </message>
    <message>
        <source> — fail_under %1: FAILS</source>
        <translation> — fail_under %1: VERFEHLT</translation>
    </message>
    <message>
        <source>, %1 s</source>
        <translation>, %1 s</translation>
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
    <name>slipway::cli</name>
    <message>
        <source>Try &apos;slipway --help&apos;.</source>
        <translation>Siehe &apos;slipway --help&apos;.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertraut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (restricted mode: none of its code runs)</source>
        <translation>nein (eingeschränkter Modus: nichts von seinem Code läuft)</translation>
    </message>
    <message>
        <source>%1 (no commits yet)</source>
        <translation>%1 (noch keine Commits)</translation>
    </message>
    <message>
        <source>detached at %1</source>
        <translation>losgelöst bei %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>not a git repository</source>
        <translation>kein Git-Repository</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> (dynamic%1)</source>
        <translation> (dynamisch%1)</translation>
    </message>
    <message>
        <source>, setuptools_scm</source>
        <translation>, setuptools_scm</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>setuptools (legacy, no build-backend)</source>
        <translation>setuptools (alt, ohne build-backend)</translation>
    </message>
    <message>
        <source>pyproject</source>
        <translation>pyproject</translation>
    </message>
    <message>
        <source>unreadable (see problems)</source>
        <translation>unlesbar (siehe Probleme)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Setup files</source>
        <translation>Setup-Dateien</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Notebooks</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source> (truncated)</source>
        <translation> (gekürzt)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>The project folder.</source>
        <translation>Der Projektordner.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Trust the project for this run.</source>
        <translation>Dem Projekt für diesen Lauf vertrauen.</translation>
    </message>
    <message>
        <source>expects one project folder</source>
        <translation>erwartet einen Projektordner</translation>
    </message>
    <message>
        <source>expects one destination folder</source>
        <translation>erwartet einen Zielordner</translation>
    </message>
    <message>
        <source>Created the sample project in %1</source>
        <translation>Beispielprojekt in %1 angelegt</translation>
    </message>
    <message>
        <source>Stop trusting the folder.</source>
        <translation>Dem Ordner nicht mehr vertrauen.</translation>
    </message>
    <message>
        <source>List the trusted folders.</source>
        <translation>Die vertrauten Ordner auflisten.</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>No longer trusted: %1</source>
        <translation>Nicht mehr vertraut: %1</translation>
    </message>
    <message>
        <source>Trusted: %1</source>
        <translation>Vertraut: %1</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
    <message>
        <source>Filter:     %1</source>
        <translation>Filter:     %1</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>Attribute:  %1</translation>
    </message>
    <message>
        <source>*.ipynb has no filter attribute</source>
        <translation>*.ipynb hat kein filter-Attribut</translation>
    </message>
    <message>
        <source>Required:   %1</source>
        <translation>Pflicht:    %1</translation>
    </message>
    <message>
        <source>Diff:       %1</source>
        <translation>Diff:       %1</translation>
    </message>
    <message>
        <source>no textconv</source>
        <translation>kein textconv</translation>
    </message>
    <message>
        <source>Notebooks are stripped by %1 when they are staged.</source>
        <translation>Notebooks werden beim Stagen von %1 bereinigt.</translation>
    </message>
    <message>
        <source>Notebooks are NOT stripped when they are staged.</source>
        <translation>Notebooks werden beim Stagen NICHT bereinigt.</translation>
    </message>
    <message>
        <source>install, uninstall or status</source>
        <translation>install, uninstall oder status</translation>
    </message>
    <message>
        <source>This repository&apos;s configuration (the default).</source>
        <translation>Die Konfiguration dieses Repositorys (Standard).</translation>
    </message>
    <message>
        <source>Your user configuration.</source>
        <translation>Ihre Benutzerkonfiguration.</translation>
    </message>
    <message>
        <source>The machine&apos;s configuration.</source>
        <translation>Die Konfiguration des Rechners.</translation>
    </message>
    <message>
        <source>The attributes file to write.</source>
        <translation>Die zu schreibende Attributdatei.</translation>
    </message>
    <message>
        <source>expects install, uninstall or status</source>
        <translation>erwartet install, uninstall oder status</translation>
    </message>
    <message>
        <source>not inside a git repository</source>
        <translation>nicht in einem Git-Repository</translation>
    </message>
    <message>
        <source>Installed Slipway as the notebook filter in %1; attributes in %2</source>
        <translation>Slipway als Notebook-Filter in %1 eingerichtet; Attribute in %2</translation>
    </message>
    <message>
        <source>Removed the notebook filter from %1 and %2</source>
        <translation>Notebook-Filter aus %1 und %2 entfernt</translation>
    </message>
    <message>
        <source>cannot use standard input and output</source>
        <translation>kann Standardeingabe und -ausgabe nicht nutzen</translation>
    </message>
    <message>
        <source>Write the stripped notebooks to standard output; change no file.</source>
        <translation>Die bereinigten Notebooks auf die Standardausgabe schreiben; keine Datei ändern.</translation>
    </message>
    <message>
        <source>Say which notebooks would be stripped; change nothing.</source>
        <translation>Sagen, welche Notebooks bereinigt würden; nichts ändern.</translation>
    </message>
    <message>
        <source>Like --dry-run, and exit with 1 when any would change.</source>
        <translation>Wie --dry-run, und mit 1 enden, wenn sich eines ändern würde.</translation>
    </message>
    <message>
        <source>Also strip named files not ending in .ipynb.</source>
        <translation>Auch genannte Dateien bereinigen, die nicht auf .ipynb enden.</translation>
    </message>
    <message>
        <source>Keep every output.</source>
        <translation>Alle Ausgaben behalten.</translation>
    </message>
    <message>
        <source>Keep execution counts.</source>
        <translation>Ausführungszähler behalten.</translation>
    </message>
    <message>
        <source>Keep cell ids (else they become 0, 1, …).</source>
        <translation>Zell-IDs behalten (sonst werden sie 0, 1, …).</translation>
    </message>
    <message>
        <source>Also remove these keys (space-separated).</source>
        <translation>Auch diese Schlüssel entfernen (durch Leerzeichen getrennt).</translation>
    </message>
    <message>
        <source>Never remove these keys (space-separated).</source>
        <translation>Diese Schlüssel nie entfernen (durch Leerzeichen getrennt).</translation>
    </message>
    <message>
        <source>Remove cells whose source is empty or blank.</source>
        <translation>Zellen entfernen, deren Quelltext leer ist oder nur Leerraum enthält.</translation>
    </message>
    <message>
        <source>Remove cells with any of these tags (space-separated).</source>
        <translation>Zellen mit einem dieser Tags entfernen (durch Leerzeichen getrennt).</translation>
    </message>
    <message>
        <source>Also strip the outputs of init cells.</source>
        <translation>Auch die Ausgaben von Init-Zellen entfernen.</translation>
    </message>
    <message>
        <source>Keep outputs of at most this size (e.g. 50, 10k, 1M).</source>
        <translation>Ausgaben bis zu dieser Größe behalten (z. B. 50, 10k, 1M).</translation>
    </message>
    <message>
        <source>jupyter (default) or zeppelin.</source>
        <translation>jupyter (Standard) oder zeppelin.</translation>
    </message>
    <message>
        <source>expects jupyter or zeppelin</source>
        <translation>erwartet jupyter oder zeppelin</translation>
    </message>
    <message>
        <source>skipped: not a .ipynb file (--force strips it anyway)</source>
        <translation>übersprungen: keine .ipynb-Datei (--force bereinigt sie trotzdem)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>Keep outputs of these types (space-separated; type or type:name).</source>
        <translation>Ausgaben dieser Typen behalten (durch Leerzeichen getrennt; Typ oder Typ:Name).</translation>
    </message>
    <message>
        <source>Remove outputs of these types (space-separated; type or type:name).</source>
        <translation>Ausgaben dieser Typen entfernen (durch Leerzeichen getrennt; Typ oder Typ:Name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>requires python</source>
        <translation>braucht Python</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>braucht</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1 (RECORD checked for %2)</source>
        <translation>%1 (RECORD für %2 geprüft)</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>keine Probleme gefunden</translation>
    </message>
    <message>
        <source>Wheels, sdists or executables.</source>
        <translation>Wheels, sdists oder ausführbare Dateien.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>List the files inside.</source>
        <translation>Die enthaltenen Dateien auflisten.</translation>
    </message>
    <message>
        <source>Warnings fail too (exit 1).</source>
        <translation>Auch Warnungen scheitern (Exit-Code 1).</translation>
    </message>
    <message>
        <source>Compare the file lists of two artifacts.</source>
        <translation>Die Dateilisten zweier Artefakte vergleichen.</translation>
    </message>
    <message>
        <source>Warn when the version differs.</source>
        <translation>Warnen, wenn die Version abweicht.</translation>
    </message>
    <message>
        <source>Check a wheel against this project&apos;s src/ folder.</source>
        <translation>Ein Wheel gegen den src/-Ordner dieses Projekts prüfen.</translation>
    </message>
    <message>
        <source>Check a wheel against the sdist built with it.</source>
        <translation>Ein Wheel gegen das mit ihm gebaute sdist prüfen.</translation>
    </message>
    <message>
        <source>expects a wheel, sdist or executable</source>
        <translation>erwartet ein Wheel, ein sdist oder eine ausführbare Datei</translation>
    </message>
    <message>
        <source>expects two artifacts</source>
        <translation>erwartet zwei Artefakte</translation>
    </message>
    <message>
        <source>The project folder (default: here).</source>
        <translation>Der Projektordner (Standard: hier).</translation>
    </message>
    <message>
        <source>Build a wheel.</source>
        <translation>Ein Wheel bauen.</translation>
    </message>
    <message>
        <source>Build an sdist.</source>
        <translation>Ein sdist bauen.</translation>
    </message>
    <message>
        <source>Build a single-file executable (zipapp).</source>
        <translation>Eine ausführbare Einzeldatei bauen (zipapp).</translation>
    </message>
    <message>
        <source>The [project.scripts] entry the executable runs.</source>
        <translation>Der Eintrag aus [project.scripts], den die ausführbare Datei startet.</translation>
    </message>
    <message>
        <source>Output folder (default: dist).</source>
        <translation>Ausgabeordner (Standard: dist).</translation>
    </message>
    <message>
        <source>The interpreter that builds.</source>
        <translation>Der Interpreter, der baut.</translation>
    </message>
    <message>
        <source>Build even with uncommitted changes or a local (+…) version.</source>
        <translation>Auch mit nicht eingecheckten Änderungen oder einer lokalen (+…) Version bauen.</translation>
    </message>
    <message>
        <source>Inspection warnings fail too (exit 1).</source>
        <translation>Auch Warnungen der Prüfung scheitern (Exit-Code 1).</translation>
    </message>
    <message>
        <source>expects at most one project folder</source>
        <translation>erwartet höchstens einen Projektordner</translation>
    </message>
    <message>
        <source>build (runs the project&apos;s build backend)</source>
        <translation>build (führt das Build-Backend des Projekts aus)</translation>
    </message>
    <message>
        <source>(--allow-dirty builds anyway)</source>
        <translation>(--allow-dirty baut trotzdem)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>SETUPTOOLS_SCM_PRETEND_VERSION</source>
        <translation>SETUPTOOLS_SCM_PRETEND_VERSION</translation>
    </message>
    <message>
        <source>the fallback (PKG-INFO or fallback_version)</source>
        <translation>der Rückfallwert (PKG-INFO oder fallback_version)</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>none (counting from 0.0)</source>
        <translation>keiner (Zählung ab 0.0)</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>work tree</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>dirty: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>releasable</source>
        <translation>veröffentlichbar</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>next releases</source>
        <translation>nächste Releases</translation>
    </message>
    <message>
        <source>Version scheme: %1.</source>
        <translation>Versionsschema: %1.</translation>
    </message>
    <message>
        <source>Local scheme: %1.</source>
        <translation>Lokales Schema: %1.</translation>
    </message>
    <message>
        <source>Preview the version if HEAD were tagged NAME.</source>
        <translation>Die Version zeigen, als wäre HEAD mit NAME getaggt.</translation>
    </message>
    <message>
        <source>Say what the version was computed from.</source>
        <translation>Sagen, woraus die Version berechnet wurde.</translation>
    </message>
    <message>
        <source>If HEAD were tagged %1: %2</source>
        <translation>Wäre HEAD mit %1 getaggt: %2</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>convert</translation>
    </message>
    <message>
        <source>--output PATH takes one input file</source>
        <translation>--output PATH nimmt nur eine Eingabedatei</translation>
    </message>
    <message>
        <source>the output would replace the input; give --output</source>
        <translation>die Ausgabe würde die Eingabe ersetzen; --output angeben</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>expects notebook or script</source>
        <translation>erwartet notebook oder script</translation>
    </message>
    <message>
        <source>in sync  %1</source>
        <translation>synchron  %1</translation>
    </message>
    <message>
        <source>wrote    %1 (%2)</source>
        <translation>geschrieben %1 (%2)</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Notebooks or scripts (- reads standard input).</source>
        <translation>Notebooks oder Skripte (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>Write to PATH (- for standard output).</source>
        <translation>Nach PATH schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Keep a script beside each notebook in sync (folders: every notebook).</source>
        <translation>Neben jedem Notebook ein Skript synchron halten (Ordner: jedes Notebook).</translation>
    </message>
    <message>
        <source>With --pair: on a conflict, the side that wins (notebook|script).</source>
        <translation>Mit --pair: die Seite, die bei einem Konflikt gewinnt (notebook|script).</translation>
    </message>
    <message>
        <source>Stamp the percent header with jupytext&apos;s text_representation for this version.</source>
        <translation>Den Percent-Kopf mit jupytexts text_representation für diese Version versehen.</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>keine Eingabedatei angegeben</translation>
    </message>
    <message>
        <source>say what to convert to with --to, or use --pair</source>
        <translation>mit --to sagen, wohin konvertiert wird, oder --pair nutzen</translation>
    </message>
    <message>
        <source>pairs a notebook with a script: --to percent or databricks</source>
        <translation>paart ein Notebook mit einem Skript: --to percent oder databricks</translation>
    </message>
    <message>
        <source>expects auto, always or never</source>
        <translation>erwartet auto, always oder never</translation>
    </message>
    <message>
        <source>expects a number of lines</source>
        <translation>erwartet eine Zeilenzahl</translation>
    </message>
    <message>
        <source>takes at most two revisions</source>
        <translation>nimmt höchstens zwei Revisionen</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>Zelle %1: %2</translation>
    </message>
    <message>
        <source>flake8, pylint, pycodestyle or ruff (repeat for several; default flake8).</source>
        <translation>flake8, pylint, pycodestyle oder ruff (mehrfach für mehrere; Standard flake8).</translation>
    </message>
    <message>
        <source>text (default), json or sarif.</source>
        <translation>text (Standard), json oder sarif.</translation>
    </message>
    <message>
        <source>The interpreter that runs the tools.</source>
        <translation>Der Interpreter, der die Werkzeuge ausführt.</translation>
    </message>
    <message>
        <source>expects text, json or sarif</source>
        <translation>erwartet text, json oder sarif</translation>
    </message>
    <message>
        <source>not a lint tool (flake8, pylint, pycodestyle, ruff)</source>
        <translation>kein Lint-Werkzeug (flake8, pylint, pycodestyle, ruff)</translation>
    </message>
    <message>
        <source>lint (runs the project&apos;s tools and their plugins)</source>
        <translation>lint (führt die Werkzeuge des Projekts und ihre Plugins aus)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Test the installed wheel (built, installed into a new venv) instead of the sources.</source>
        <translation>Das installierte Wheel testen (gebaut, in ein neues venv installiert) statt der Quellen.</translation>
    </message>
    <message>
        <source>Keep pytest&apos;s JUnit XML in FILE.</source>
        <translation>pytests JUnit-XML in FILE aufbewahren.</translation>
    </message>
    <message>
        <source>Measure coverage (pytest-cov); below fail_under fails.</source>
        <translation>Abdeckung messen (pytest-cov); unter fail_under scheitert der Lauf.</translation>
    </message>
    <message>
        <source>Run only what failed last time.</source>
        <translation>Nur ausführen, was zuletzt fehlschlug.</translation>
    </message>
    <message>
        <source>The interpreter that runs pytest.</source>
        <translation>Der Interpreter, der pytest ausführt.</translation>
    </message>
    <message>
        <source>test (runs the project&apos;s tests)</source>
        <translation>test (führt die Tests des Projekts aus)</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 errors, %4 skipped</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 Fehler, %4 übersprungen</translation>
    </message>
    <message>
        <source> (installed package)</source>
        <translation> (installiertes Paket)</translation>
    </message>
    <message>
        <source>coverage %1%</source>
        <translation>Abdeckung %1%</translation>
    </message>
    <message>
        <source> (fail_under %1: passes)</source>
        <translation> (fail_under %1: besteht)</translation>
    </message>
    <message>
        <source> (fail_under %1: FAILS)</source>
        <translation> (fail_under %1: SCHEITERT)</translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>keine Werkzeuge</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>unbrauchbar: %1</translation>
    </message>
    <message>
        <source>No Python interpreter found (no .venv, $VIRTUAL_ENV, conda, pyenv, nor python3 on PATH).</source>
        <translation>Kein Python-Interpreter gefunden (kein .venv, $VIRTUAL_ENV, conda, pyenv und kein python3 im PATH).</translation>
    </message>
    <message>
        <source>build</source>
        <translation>build</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Trust the project for this run (its own environments are probed).</source>
        <translation>Dem Projekt für diesen Lauf vertrauen (seine eigenen Umgebungen werden befragt).</translation>
    </message>
    <message>
        <source>the file was truncated while it was read; nothing written</source>
        <translation>die Datei wurde beim Lesen gekürzt; nichts geschrieben</translation>
    </message>
    <message>
        <source>The project folder (default: here), then files to publish.</source>
        <translation>Der Projektordner (Standard: hier), dann die zu veröffentlichenden Dateien.</translation>
    </message>
    <message>
        <source>The channel (slipway.yaml) to publish to.</source>
        <translation>Der Kanal (slipway.yaml), in den veröffentlicht wird.</translation>
    </message>
    <message>
        <source>Trust the project for this run (the build runs its backend).</source>
        <translation>Dem Projekt für diesen Lauf vertrauen (der Build führt sein Backend aus).</translation>
    </message>
    <message>
        <source>--channel NAME is required</source>
        <translation>--channel NAME ist erforderlich</translation>
    </message>
    <message>
        <source>%1 %2 in %3: %4 added, %5 there already</source>
        <translation>%1 %2 in %3: %4 hinzugefügt, %5 schon vorhanden</translation>
    </message>
    <message>
        <source>The version to promote.</source>
        <translation>Die zu befördernde Version.</translation>
    </message>
    <message>
        <source>The source channel.</source>
        <translation>Der Quellkanal.</translation>
    </message>
    <message>
        <source>The target channel.</source>
        <translation>Der Zielkanal.</translation>
    </message>
    <message>
        <source>Check the gates that need no tests and show what would change.</source>
        <translation>Die Schranken prüfen, die keine Tests brauchen, und zeigen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Trust the project for this run (the installed tests run its code).</source>
        <translation>Dem Projekt für diesen Lauf vertrauen (die Tests gegen die Installation führen seinen Code aus).</translation>
    </message>
    <message>
        <source>expects VERSION --from A --to B [PATH]</source>
        <translation>erwartet VERSION --from A --to B [PATH]</translation>
    </message>
    <message>
        <source>%1 %2 would go from %3 to %4: %5 added, %6 there already</source>
        <translation>%1 %2 würde von %3 nach %4 gehen: %5 hinzugefügt, %6 schon vorhanden</translation>
    </message>
    <message>
        <source>%1 %2 promoted from %3 to %4: %5 added, %6 there already</source>
        <translation>%1 %2 von %3 nach %4 befördert: %5 hinzugefügt, %6 schon vorhanden</translation>
    </message>
    <message>
        <source>The version to yank.</source>
        <translation>Die zurückzuziehende Version.</translation>
    </message>
    <message>
        <source>The channel.</source>
        <translation>Der Kanal.</translation>
    </message>
    <message>
        <source>Why (PEP 592: pip shows it).</source>
        <translation>Warum (PEP 592: pip zeigt es an).</translation>
    </message>
    <message>
        <source>Unyank.</source>
        <translation>Zurückziehen aufheben.</translation>
    </message>
    <message>
        <source>expects VERSION --channel NAME --reason TEXT [PATH]</source>
        <translation>erwartet VERSION --channel NAME --reason TEXT [PATH]</translation>
    </message>
    <message>
        <source>--reason TEXT is required (pip shows it to users)</source>
        <translation>--reason TEXT ist erforderlich (pip zeigt ihn den Benutzern)</translation>
    </message>
    <message>
        <source>Unyanked in %1: %2</source>
        <translation>In %1 nicht mehr zurückgezogen: %2</translation>
    </message>
    <message>
        <source>Yanked in %1: %2</source>
        <translation>In %1 zurückgezogen: %2</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unlesbar: %1</translation>
    </message>
    <message>
        <source>no versions of %1</source>
        <translation>keine Versionen von %1</translation>
    </message>
    <message>
        <source>  yanked: %1</source>
        <translation>  zurückgezogen: %1</translation>
    </message>
    <message>
        <source>pip install picks: %1 (with --pre: %2)</source>
        <translation>pip install wählt: %1 (mit --pre: %2)</translation>
    </message>
    <message>
        <source>Steps to run (and what they need); then the project folder (default: here).</source>
        <translation>Auszuführende Schritte (und was sie brauchen); dann der Projektordner (Standard: hier).</translation>
    </message>
    <message>
        <source>Run the selected steps even when they are cached.</source>
        <translation>Die gewählten Schritte auch ausführen, wenn sie zwischengespeichert sind.</translation>
    </message>
    <message>
        <source>Say what would run and why; run nothing.</source>
        <translation>Sagen, was laufen würde und warum; nichts ausführen.</translation>
    </message>
    <message>
        <source>Run just the named steps; take what they need as it last succeeded.</source>
        <translation>Nur die genannten Schritte ausführen; was sie brauchen, so nehmen, wie es zuletzt gelang.</translation>
    </message>
    <message>
        <source>Run the named steps and everything that needs them.</source>
        <translation>Die genannten Schritte ausführen und alles, was sie braucht.</translation>
    </message>
    <message>
        <source>Print the run as JSON.</source>
        <translation>Den Lauf als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Trust the project for this run (its steps run its code).</source>
        <translation>Dem Projekt für diesen Lauf vertrauen (seine Schritte führen seinen Code aus).</translation>
    </message>
    <message>
        <source>gitlab, github or jenkins.</source>
        <translation>gitlab, github oder jenkins.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Nach FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>the default pipeline: %n step(s), %1 deep</source>
        <translation>
            <numerusform>die Standard-Pipeline: %n Schritt, %1 tief</numerusform>
            <numerusform>die Standard-Pipeline: %n Schritte, %1 tief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s), %2 deep, no problem</source>
        <translation>
            <numerusform>%1: %n Schritt, %2 tief, kein Problem</numerusform>
            <numerusform>%1: %n Schritte, %2 tief, kein Problem</numerusform>
        </translation>
    </message>
    <message>
        <source>--to expects gitlab, github or jenkins</source>
        <translation>--to erwartet gitlab, github oder jenkins</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>expects run, check, graph or export</source>
        <translation>erwartet run, check, graph oder export</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>This command&apos;s usage.</source>
        <translation>Der Aufruf dieses Befehls.</translation>
    </message>
    <message>
        <source>percent, databricks or ipynb; jupytext&apos;s EXT:FORMAT too (py:percent, jl:percent), the extension then naming the script.</source>
        <translation>percent, databricks oder ipynb; auch jupytexts EXT:FORMAT (py:percent, jl:percent), die Endung benennt dann das Skript.</translation>
    </message>
    <message>
        <source>jupytext&apos;s pairing, e.g. ipynb,py:percent: as --pair with that script format (the notebook&apos;s metadata is left as it is).</source>
        <translation>jupytexts Paarung, z. B. ipynb,py:percent: wie --pair mit diesem Skriptformat (die Metadaten des Notebooks bleiben, wie sie sind).</translation>
    </message>
    <message>
        <source>jupytext&apos;s --update: keep the outputs of the notebook written to (Slipway always does).</source>
        <translation>jupytexts --update: die Ausgaben des geschriebenen Notebooks behalten (Slipway tut das immer).</translation>
    </message>
    <message>
        <source>expects ipynb and one script format, e.g. ipynb,py:percent</source>
        <translation>erwartet ipynb und ein Skriptformat, z. B. ipynb,py:percent</translation>
    </message>
    <message>
        <source>expects percent, databricks or ipynb (or py:percent and the like; Slipway writes no other text format)</source>
        <translation>erwartet percent, databricks oder ipynb (oder py:percent und dergleichen; Slipway schreibt kein anderes Textformat)</translation>
    </message>
    <message>
        <source>the file was truncated while it was read</source>
        <translation>die Datei wurde beim Lesen gekürzt</translation>
    </message>
    <message>
        <source>Notebooks or folders; none or - reads standard input.</source>
        <translation>Notebooks oder Ordner; keiner oder - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Set up the git filter (as slipway filter install).</source>
        <translation>Den Git-Filter einrichten (wie slipway filter install).</translation>
    </message>
    <message>
        <source>Remove the git filter (as slipway filter uninstall).</source>
        <translation>Den Git-Filter entfernen (wie slipway filter uninstall).</translation>
    </message>
    <message>
        <source>Exit with 0 when the filter is set up, else 1.</source>
        <translation>Mit 0 enden, wenn der Filter eingerichtet ist, sonst mit 1.</translation>
    </message>
    <message>
        <source>Describe the filter&apos;s set-up; exit with 0 when it is set up.</source>
        <translation>Die Einrichtung des Filters beschreiben; mit 0 enden, wenn er eingerichtet ist.</translation>
    </message>
    <message>
        <source>With --install and the like: your user configuration.</source>
        <translation>Mit --install und dergleichen: Ihre Benutzerkonfiguration.</translation>
    </message>
    <message>
        <source>With --install and the like: the machine&apos;s configuration.</source>
        <translation>Mit --install und dergleichen: die Konfiguration des Rechners.</translation>
    </message>
    <message>
        <source>With --install/--uninstall: the attributes file.</source>
        <translation>Mit --install/--uninstall: die Attributdatei.</translation>
    </message>
    <message>
        <source>Accepted for nbstripout&apos;s sake; Slipway needs no Python.</source>
        <translation>Nur nbstripout zuliebe angenommen; Slipway braucht kein Python.</translation>
    </message>
    <message>
        <source>Slipway&apos;s version.</source>
        <translation>Slipways Version.</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>nimmt keine Argumente</translation>
    </message>
    <message>
        <source>dot (default), mermaid, json, or names (one step a line).</source>
        <translation>dot (Standard), mermaid, json oder names (ein Schritt je Zeile).</translation>
    </message>
    <message>
        <source>expects dot, mermaid, json or names</source>
        <translation>erwartet dot, mermaid, json oder names</translation>
    </message>
    <message>
        <source>Print the channels&apos; names only, one a line (reads slipway.yaml, asks no server).</source>
        <translation>Nur die Namen der Kanäle ausgeben, einen je Zeile (liest slipway.yaml, fragt keinen Server).</translation>
    </message>
    <message>
        <source>Usage: slipway [PATH]             open the workbench (on PATH: a project folder or a file in one)
       slipway COMMAND [ARGS…]    run a command without a window

Commands:
  info [--json] [--trust] PATH  show what Slipway detects in a project
  sample DIR                    create the sample project (a git repository) in DIR
  strip [options] [PATH…|-]     strip notebook outputs with nbstripout&apos;s options (no PATH: standard
                                input to standard output; --keep-output, --verify, -t, --install …)
  filter install|uninstall|status [--local|--global|--system] [--attributes FILE]
                                strip notebooks whenever git stages them (nbstripout&apos;s filter)
  filter-process                git&apos;s long-running notebook filter (what filter install sets up)
  trust [--remove] PATH         trust a project folder (or stop trusting it); --list shows them
  version [--scheme S] [--local-scheme L] [--tag NAME] [--explain] [--json] [PATH]
                                the version from git, exactly as setuptools_scm computes it
  build [--wheel] [--sdist] [--exe] [--allow-dirty] [--strict] [--json] [PATH]
                                build with python -m build (and zipapp), then inspect the artifacts
  inspect [--json] [--files] [--strict] FILE…   check wheels, sdists and executables
  inspect --diff A B            compare the file lists of two artifacts
  convert --to [EXT:]percent|databricks|ipynb [-o PATH|-] FILE…
                                notebooks to reviewable scripts and back (outputs kept; jupytext&apos;s
                                spellings too: --to py:percent, --output, --update, --set-formats)
  convert --pair [--to percent|databricks] [--prefer notebook|script] FILE…|DIR
                                keep a script beside each notebook in sync
  diff [--cached] [--outputs] [--color=WHEN] [-U N] [REV[..REV]] [-- PATH…]
                                git diff with notebooks shown as code, cell by cell
  lint [--tool T]… [--format text|json|sarif] [--python P] [PATH]
                                flake8, pylint, pycodestyle, ruff on files and notebook cells
  test [--installed] [--junit FILE] [--coverage] [--last-failed] [PATH] [-- SELECTION…]
                                pytest with results, coverage, or against the installed wheel
  env [--json] [PATH]           the Python interpreters a project could use, and their tools
  publish --channel NAME [PATH] [FILE…]
                                build HEAD from a clean export (or take FILEs) and publish them
  promote VERSION --from A --to B [--dry-run] [--json] [PATH]
                                check the gates, then copy the very same files to the next channel
  yank VERSION --channel NAME --reason TEXT [--undo] [PATH]
                                mark a version yanked (PEP 592) on a static channel
  channels [--json|--names] [PATH]
                                every channel&apos;s versions and files (sha256, size, yanked)
  pipeline run [STEP…] [--force] [--dry-run] [--only|--from] [--json] [PATH]
                                run slipway.yaml&apos;s pipeline (cached; each step says why it runs)
  pipeline check [PATH]         check slipway.yaml&apos;s pipeline (positions of any problem)
  pipeline graph [--format dot|mermaid|json|names] [-o FILE] [PATH]
                                the pipeline as a graph
  pipeline export --to gitlab|github|jenkins [-o FILE] [PATH]
                                the same pipeline as a CI file (one job per step)

Options:
  -h, --help        this text
  -v, --version     Slipway&apos;s version and the libraries it runs on
  --trust           trust the project for this run (commands that run project code)

GUI options: --color-scheme light|dark, --screenshot FILE (save the window once the
project is open, then quit).

Exit codes: 0 ok, 1 the command found problems, 2 usage or input error.
</source>
        <translation>Aufruf: slipway [PATH]            die Werkbank öffnen (auf PATH: ein Projektordner oder eine Datei darin)
       slipway COMMAND [ARGS…]    einen Befehl ohne Fenster ausführen

Befehle:
  info [--json] [--trust] PATH  zeigt, was Slipway in einem Projekt erkennt
  sample DIR                    legt das Beispielprojekt (ein Git-Repository) in DIR an
  strip [options] [PATH…|-]     bereinigt Notebook-Ausgaben mit nbstripouts Optionen (ohne PATH: von
                                der Standardeingabe zur Standardausgabe; --keep-output, --verify, -t,
                                --install …)
  filter install|uninstall|status [--local|--global|--system] [--attributes FILE]
                                bereinigt Notebooks, wann immer Git sie staget (nbstripouts Filter)
  filter-process                Gits langlaufender Notebook-Filter (was filter install einrichtet)
  trust [--remove] PATH         einem Projektordner vertrauen (oder nicht mehr); --list zeigt sie
  version [--scheme S] [--local-scheme L] [--tag NAME] [--explain] [--json] [PATH]
                                die Version aus Git, genau wie setuptools_scm sie berechnet
  build [--wheel] [--sdist] [--exe] [--allow-dirty] [--strict] [--json] [PATH]
                                baut mit python -m build (und zipapp) und prüft dann die Artefakte
  inspect [--json] [--files] [--strict] FILE…   prüft Wheels, sdists und ausführbare Dateien
  inspect --diff A B            vergleicht die Dateilisten zweier Artefakte
  convert --to [EXT:]percent|databricks|ipynb [-o PATH|-] FILE…
                                Notebooks in prüfbare Skripte und zurück (Ausgaben bleiben; auch
                                jupytexts Schreibweisen: --to py:percent, --output, --update,
                                --set-formats)
  convert --pair [--to percent|databricks] [--prefer notebook|script] FILE…|DIR
                                hält neben jedem Notebook ein Skript synchron
  diff [--cached] [--outputs] [--color=WHEN] [-U N] [REV[..REV]] [-- PATH…]
                                git diff, Notebooks als Code gezeigt, Zelle für Zelle
  lint [--tool T]… [--format text|json|sarif] [--python P] [PATH]
                                flake8, pylint, pycodestyle, ruff auf Dateien und Notebook-Zellen
  test [--installed] [--junit FILE] [--coverage] [--last-failed] [PATH] [-- SELECTION…]
                                pytest mit Ergebnissen, Abdeckung oder gegen das installierte Wheel
  env [--json] [PATH]           die Python-Interpreter, die ein Projekt nutzen könnte, und ihre
                                Werkzeuge
  publish --channel NAME [PATH] [FILE…]
                                baut HEAD aus einem sauberen Export (oder nimmt FILEs) und
                                veröffentlicht sie
  promote VERSION --from A --to B [--dry-run] [--json] [PATH]
                                prüft die Schranken und kopiert dann genau dieselben Dateien in den
                                nächsten Kanal
  yank VERSION --channel NAME --reason TEXT [--undo] [PATH]
                                zieht eine Version in einem statischen Kanal zurück (PEP 592)
  channels [--json|--names] [PATH]
                                die Versionen und Dateien jedes Kanals (sha256, Größe, zurückgezogen)
  pipeline run [STEP…] [--force] [--dry-run] [--only|--from] [--json] [PATH]
                                führt die Pipeline aus slipway.yaml aus (zwischengespeichert; jeder
                                Schritt sagt, warum er läuft)
  pipeline check [PATH]         prüft die Pipeline aus slipway.yaml (mit der Stelle jedes Problems)
  pipeline graph [--format dot|mermaid|json|names] [-o FILE] [PATH]
                                die Pipeline als Graph
  pipeline export --to gitlab|github|jenkins [-o FILE] [PATH]
                                dieselbe Pipeline als CI-Datei (ein Job je Schritt)

Optionen:
  -h, --help        dieser Text
  -v, --version     Slipways Version und die Bibliotheken, auf denen es läuft
  --trust           dem Projekt für diesen Lauf vertrauen (Befehle, die Projektcode ausführen)

Optionen der Werkbank: --color-scheme light|dark, --screenshot FILE (das Fenster speichern, sobald
das Projekt offen ist, dann beenden).

Exit-Codes: 0 gut, 1 der Befehl fand Probleme, 2 Aufruf- oder Eingabefehler.
</translation>
    </message>
</context>
<context>
    <name>slipway::dist::Build</name>
    <message>
        <source>build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>neither pyproject.toml nor setup.py: nothing to build</source>
        <translation>weder pyproject.toml noch setup.py: nichts zu bauen</translation>
    </message>
    <message>
        <source>Computing the version</source>
        <translation>Version wird berechnet</translation>
    </message>
    <message>
        <source>Building %1 anyway: %2</source>
        <translation>%1 wird trotzdem gebaut: %2</translation>
    </message>
    <message>
        <source>Checking the build backend in %1</source>
        <translation>Build-Backend in %1 wird geprüft</translation>
    </message>
    <message>
        <source>%1 has no `build` module: install it (Debian: python3-build)</source>
        <translation>%1 hat kein Modul `build`: installieren Sie es (Debian: python3-build)</translation>
    </message>
    <message>
        <source>%1 lacks %2: building in an isolated environment, which needs the network</source>
        <translation>%1 fehlt %2: es wird in einer isolierten Umgebung gebaut, die das Netz braucht</translation>
    </message>
    <message>
        <source>Building with python -m build</source>
        <translation>Bauen mit python -m build</translation>
    </message>
    <message>
        <source>python -m build succeeded but named no artifact</source>
        <translation>python -m build war erfolgreich, nannte aber kein Artefakt</translation>
    </message>
    <message>
        <source>build executable</source>
        <translation>Programm bauen</translation>
    </message>
    <message>
        <source>no [project.scripts] entry: the executable needs an entry point</source>
        <translation>kein Eintrag in [project.scripts]: das Programm braucht einen Einstiegspunkt</translation>
    </message>
    <message>
        <source>[project.scripts] has no entry &quot;%1&quot; of the form module:function</source>
        <translation>[project.scripts] hat keinen Eintrag „%1“ der Form modul:funktion</translation>
    </message>
    <message>
        <source>Asking pex for its version</source>
        <translation>pex wird nach seiner Version gefragt</translation>
    </message>
    <message>
        <source>Writing the executable with pex %1</source>
        <translation>Programm wird mit pex %1 geschrieben</translation>
    </message>
    <message>
        <source>Vendoring the wheel and its dependencies</source>
        <translation>Wheel und Abhängigkeiten werden eingepackt</translation>
    </message>
    <message>
        <source>Writing the executable with zipapp</source>
        <translation>Programm wird mit zipapp geschrieben</translation>
    </message>
    <message>
        <source>Checking the descriptions with twine</source>
        <translation>Beschreibungen werden mit twine geprüft</translation>
    </message>
    <message>
        <source>twine is not installed in %1: descriptions not rendered</source>
        <translation>twine ist in %1 nicht installiert: Beschreibungen nicht gerendert</translation>
    </message>
    <message>
        <source>Inspecting the artifacts</source>
        <translation>Artefakte werden geprüft</translation>
    </message>
    <message>
        <source>twine check: the long description would not render on the index. %1</source>
        <translation>twine check: die lange Beschreibung ließe sich auf dem Index nicht darstellen. %1</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Exporting the commit</source>
        <translation>Exportiere den Commit</translation>
    </message>
    <message>
        <source>Building commit %1 from a clean export of its tree (SOURCE_DATE_EPOCH=%2)</source>
        <translation>Baue Commit %1 aus einem sauberen Export seines Baums (SOURCE_DATE_EPOCH=%2)</translation>
    </message>
</context>
<context>
    <name>slipway::dist::CoreMetadata</name>
    <message>
        <source>line %1 is not a &quot;Name: value&quot; header: %2</source>
        <translation>Zeile %1 ist kein Kopf der Form „Name: Wert“: %2</translation>
    </message>
</context>
<context>
    <name>slipway::dist::Inspect</name>
    <message>
        <source>read archive</source>
        <translation>Archiv lesen</translation>
    </message>
    <message>
        <source>The long description is missing (twine check warns; the index page will be empty).</source>
        <translation>Die lange Beschreibung fehlt (twine check warnt; die Indexseite bleibt leer).</translation>
    </message>
    <message>
        <source>Description-Content-Type is missing: indexes render the description as reStructuredText (set readme in [project]).</source>
        <translation>Description-Content-Type fehlt: Indizes stellen die Beschreibung als reStructuredText dar (setzen Sie readme in [project]).</translation>
    </message>
    <message>
        <source>Description-Content-Type &quot;%1&quot; is not text/plain, text/x-rst or text/markdown: the index refuses the upload (twine check would render it as reStructuredText).</source>
        <translation>Description-Content-Type „%1“ ist weder text/plain, text/x-rst noch text/markdown: der Index lehnt das Hochladen ab (twine check würde sie als reStructuredText darstellen).</translation>
    </message>
    <message>
        <source>The description&apos;s charset is %1; only UTF-8 is accepted.</source>
        <translation>Der Zeichensatz der Beschreibung ist %1; nur UTF-8 wird angenommen.</translation>
    </message>
    <message>
        <source>Markdown variant &quot;%1&quot; is unknown (GFM or CommonMark).</source>
        <translation>Markdown-Variante „%1“ ist unbekannt (GFM oder CommonMark).</translation>
    </message>
    <message>
        <source>Version %1 has a local part (+%2): package indexes refuse it.</source>
        <translation>Version %1 hat einen lokalen Teil (+%2): Paketindizes lehnen sie ab.</translation>
    </message>
    <message>
        <source>Version %1 differs from the version git gives now, %2.</source>
        <translation>Version %1 weicht von der Version ab, die Git jetzt ergibt: %2.</translation>
    </message>
    <message>
        <source>A notebook is packaged: %1.</source>
        <translation>Ein Notebook ist mitverpackt: %1.</translation>
    </message>
    <message>
        <source>Test code is packaged: %1.</source>
        <translation>Testcode ist mitverpackt: %1.</translation>
    </message>
    <message>
        <source>Compiled bytecode is packaged: %1.</source>
        <translation>Kompilierter Bytecode ist mitverpackt: %1.</translation>
    </message>
    <message>
        <source>%1 is %2 MB (more than %3 MB).</source>
        <translation>%1 ist %2 MB groß (mehr als %3 MB).</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>RECORD lists %1, which is not in the wheel.</source>
        <translation>RECORD nennt %1, das nicht im Wheel ist.</translation>
    </message>
    <message>
        <source>RECORD gives no hash for %1.</source>
        <translation>RECORD nennt keine Prüfsumme für %1.</translation>
    </message>
    <message>
        <source>RECORD hashes %1 with %2, which Slipway does not check.</source>
        <translation>RECORD prüft %1 mit %2, was Slipway nicht nachprüft.</translation>
    </message>
    <message>
        <source>%1 does not match its RECORD hash: the file was changed after the wheel was built.</source>
        <translation>%1 passt nicht zu seiner RECORD-Prüfsumme: die Datei wurde nach dem Bau des Wheels geändert.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, RECORD says %3.</source>
        <translation>%1 hat %2 Bytes, RECORD sagt %3.</translation>
    </message>
    <message>
        <source>%1 is in the wheel but not in RECORD.</source>
        <translation>%1 ist im Wheel, aber nicht in RECORD.</translation>
    </message>
    <message>
        <source>src/%1 is not in the wheel (is its package found by the build backend?).</source>
        <translation>src/%1 ist nicht im Wheel (findet das Build-Backend sein Paket?).</translation>
    </message>
    <message>
        <source>src/%1 is not in the wheel: declare it as package data if the package needs it.</source>
        <translation>src/%1 ist nicht im Wheel: deklarieren Sie es als Paketdaten, wenn das Paket es braucht.</translation>
    </message>
    <message>
        <source>%1 is in the sdist but not in the wheel.</source>
        <translation>%1 ist im Sdist, aber nicht im Wheel.</translation>
    </message>
    <message>
        <source>%1 is not a wheel file name (name-version-python-abi-platform.whl).</source>
        <translation>%1 ist kein Wheel-Dateiname (name-version-python-abi-plattform.whl).</translation>
    </message>
    <message>
        <source>The wheel has no .dist-info folder.</source>
        <translation>Das Wheel hat keinen .dist-info-Ordner.</translation>
    </message>
    <message>
        <source>The wheel has several .dist-info folders: %1.</source>
        <translation>Das Wheel hat mehrere .dist-info-Ordner: %1.</translation>
    </message>
    <message>
        <source>The file name says %1, METADATA says %2.</source>
        <translation>Der Dateiname sagt %1, METADATA sagt %2.</translation>
    </message>
    <message>
        <source>The file name says version %1, METADATA says %2.</source>
        <translation>Der Dateiname sagt Version %1, METADATA sagt %2.</translation>
    </message>
    <message>
        <source>%1/WHEEL is missing.</source>
        <translation>%1/WHEEL fehlt.</translation>
    </message>
    <message>
        <source>An sdist holds one folder named like the file (%1/); this one holds %2.</source>
        <translation>Ein Sdist enthält einen Ordner, der wie die Datei heißt (%1/); dieses enthält %2.</translation>
    </message>
    <message>
        <source>The file name should be %1.tar.gz (PEP 625) for %2 %3.</source>
        <translation>Der Dateiname sollte %1.tar.gz sein (PEP 625) für %2 %3.</translation>
    </message>
    <message>
        <source>The sdist has no pyproject.toml: installers fall back to legacy setup.py builds.</source>
        <translation>Das Sdist hat keine pyproject.toml: Installer weichen auf alte setup.py-Builds aus.</translation>
    </message>
    <message>
        <source>The executable has no __main__.py: python cannot run it.</source>
        <translation>Das Programm hat keine __main__.py: Python kann es nicht ausführen.</translation>
    </message>
    <message>
        <source>inspect</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>not a wheel (.whl), sdist (.tar.gz) or executable (.pyz)</source>
        <translation>weder Wheel (.whl) noch Sdist (.tar.gz) noch Programm (.pyz)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 was not read: %2.</source>
        <translation>%1 wurde nicht gelesen: %2.</translation>
    </message>
    <message>
        <source>the archive is damaged</source>
        <translation>das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>more than %1 members: not read further</source>
        <translation>mehr als %1 Einträge: nicht weiter gelesen</translation>
    </message>
    <message>
        <source>its path leaves the archive&apos;s folder</source>
        <translation>sein Pfad verlässt den Ordner des Archivs</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>more than %1 MiB when inflated: not read further</source>
        <translation>entpackt mehr als %1 MiB: nicht weiter gelesen</translation>
    </message>
    <message>
        <source>larger than %1 MiB: not read</source>
        <translation>größer als %1 MiB: nicht gelesen</translation>
    </message>
</context>
<context>
    <name>slipway::git</name>
    <message>
        <source>working tree</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
</context>
<context>
    <name>slipway::git::CommitJob</name>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>the commit message is empty</source>
        <translation>die Commit-Nachricht ist leer</translation>
    </message>
    <message>
        <source>%1 hook not run: the project is not trusted</source>
        <translation>%1-Hook nicht ausgeführt: dem Projekt wird nicht vertraut</translation>
    </message>
    <message>
        <source>Running the %1 hook</source>
        <translation>%1-Hook läuft</translation>
    </message>
    <message>
        <source>%1 hook</source>
        <translation>%1-Hook</translation>
    </message>
    <message>
        <source>%1; the commit was not made%2</source>
        <translation>%1; der Commit wurde nicht gemacht%2</translation>
    </message>
    <message>
        <source>git does not know who you are: set user.name and user.email</source>
        <translation>Git weiß nicht, wer Sie sind: setzen Sie user.name und user.email</translation>
    </message>
    <message>
        <source>Amend commit</source>
        <translation>Commit nachbessern</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Writing the commit</source>
        <translation>Commit wird geschrieben</translation>
    </message>
</context>
<context>
    <name>slipway::git::Remote</name>
    <message>
        <source>Receiving objects %1/%2</source>
        <translation>Objekte empfangen %1/%2</translation>
    </message>
    <message>
        <source>Sending objects %1/%2</source>
        <translation>Objekte senden %1/%2</translation>
    </message>
    <message>
        <source>canceled; nothing changed here</source>
        <translation>abgebrochen; hier hat sich nichts geändert</translation>
    </message>
    <message>
        <source>libgit2 error %1</source>
        <translation>libgit2-Fehler %1</translation>
    </message>
    <message>
        <source>the remote has commits this branch does not (non-fast-forward): pull first</source>
        <translation>das entfernte Repository hat Commits, die dieser Branch nicht hat (kein Fast-Forward): erst pullen</translation>
    </message>
    <message>
        <source>there is no remote named &quot;%1&quot;</source>
        <translation>es gibt kein entferntes Repository namens „%1“</translation>
    </message>
    <message>
        <source>fetch from %1</source>
        <translation>von %1 holen</translation>
    </message>
    <message>
        <source>Already up to date with %1</source>
        <translation>Schon auf dem Stand von %1</translation>
    </message>
    <message>
        <source>Fetched %1: %2 refs updated</source>
        <translation>%1 geholt: %2 Referenzen aktualisiert</translation>
    </message>
    <message>
        <source>pull from %1</source>
        <translation>von %1 pullen</translation>
    </message>
    <message>
        <source>HEAD is not on a branch</source>
        <translation>HEAD ist auf keinem Branch</translation>
    </message>
    <message>
        <source>%1 tracks no remote branch</source>
        <translation>%1 folgt keinem entfernten Branch</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Schon auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>the branch and its upstream diverged (%1 local and %2 remote commits): a fast-forward is not possible; merge or rebase with git, then push</source>
        <translation>der Branch und sein Upstream sind auseinandergelaufen (%1 lokale und %2 entfernte Commits): ein Fast-Forward ist nicht möglich; mergen oder rebasen Sie mit git, dann pushen</translation>
    </message>
    <message>
        <source>the pull would overwrite local changes to %1; commit, stash or discard them first</source>
        <translation>der Pull würde lokale Änderungen an %1 überschreiben; committen, stashen oder verwerfen Sie sie zuerst</translation>
    </message>
    <message>
        <source>Fast-forwarded to %1</source>
        <translation>Vorgespult auf %1</translation>
    </message>
    <message>
        <source>push to %1</source>
        <translation>nach %1 pushen</translation>
    </message>
    <message>
        <source>HEAD is not on a branch: nothing to push</source>
        <translation>HEAD ist auf keinem Branch: nichts zu pushen</translation>
    </message>
    <message>
        <source>the remote refused %1</source>
        <translation>das entfernte Repository lehnte %1 ab</translation>
    </message>
    <message>
        <source>Pushed %1 to %2</source>
        <translation>%1 nach %2 gepusht</translation>
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
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>slipway::lint</name>
    <message>
        <source>lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>ruff is not installed (not on PATH); install it with `%1 -m pip install ruff`</source>
        <translation>ruff ist nicht installiert (nicht im PATH); installieren mit `%1 -m pip install ruff`</translation>
    </message>
    <message>
        <source>%1 is not installed for %2; install it with `%2 -m pip install %1`</source>
        <translation>%1 ist für %2 nicht installiert; installieren mit `%2 -m pip install %1`</translation>
    </message>
    <message>
        <source>%1 failed: %2; its output is in the Log</source>
        <translation>%1 ist fehlgeschlagen: %2; seine Ausgabe steht im Protokoll</translation>
    </message>
    <message>
        <source>read %1 output</source>
        <translation>Ausgabe von %1 lesen</translation>
    </message>
    <message>
        <source>not the JSON %1 writes (%2 at byte %3); its output is in the Log</source>
        <translation>nicht das JSON, das %1 schreibt (%2 bei Byte %3); seine Ausgabe steht im Protokoll</translation>
    </message>
    <message>
        <source>read pylint output</source>
        <translation>Ausgabe von pylint lesen</translation>
    </message>
    <message>
        <source>pylint&apos;s JSON has no &quot;messages&quot;; its output is in the Log</source>
        <translation>das JSON von pylint hat keine „messages“; seine Ausgabe steht im Protokoll</translation>
    </message>
    <message>
        <source>read ruff output</source>
        <translation>Ausgabe von ruff lesen</translation>
    </message>
    <message>
        <source>ruff&apos;s JSON is not a list; its output is in the Log</source>
        <translation>das JSON von ruff ist keine Liste; seine Ausgabe steht im Protokoll</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Reading the notebooks</source>
        <translation>Notebooks werden gelesen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>the files</source>
        <translation>die Dateien</translation>
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
        <source>not a notebook: it has no &quot;cells&quot; list</source>
        <translation>kein Notebook: es hat keine &quot;cells&quot;-Liste</translation>
    </message>
    <message>
        <source>not a notebook: it has no &quot;metadata&quot;</source>
        <translation>kein Notebook: es hat keine &quot;metadata&quot;</translation>
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
        <source>%1 has no &quot;metadata&quot;</source>
        <translation>%1 hat keine &quot;metadata&quot;</translation>
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
        <source>%1 and %2 have the same id &quot;%3&quot;; cell ids must be unique</source>
        <translation>%1 und %2 haben dieselbe ID &quot;%3&quot;; Zell-IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>not a notebook: it has no &quot;worksheets&quot; list</source>
        <translation>kein Notebook: es hat keine &quot;worksheets&quot;-Liste</translation>
    </message>
    <message>
        <source>a worksheet</source>
        <translation>ein Arbeitsblatt</translation>
    </message>
    <message>
        <source>a worksheet has no &quot;cells&quot; list</source>
        <translation>ein Arbeitsblatt hat keine &quot;cells&quot;-Liste</translation>
    </message>
    <message>
        <source>%1 has no &quot;outputs&quot;</source>
        <translation>%1 hat keine &quot;outputs&quot;</translation>
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
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>no room for the parser&apos;s padding in the mapping</source>
        <translation>kein Platz für das Padding des Parsers in der Abbildung</translation>
    </message>
    <message>
        <source>read script</source>
        <translation>Skript lesen</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not a Databricks notebook: the first line is not &quot;%1&quot;</source>
        <translation>kein Databricks-Notebook: die erste Zeile ist nicht „%1“</translation>
    </message>
    <message>
        <source>read script header</source>
        <translation>Skriptkopf lesen</translation>
    </message>
    <message>
        <source>the YAML header is not valid: %1</source>
        <translation>der YAML-Kopf ist ungültig: %1</translation>
    </message>
    <message>
        <source>record notebook pairs</source>
        <translation>Notebook-Kopplungen speichern</translation>
    </message>
    <message>
        <source>read file</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>pair notebook</source>
        <translation>Notebook koppeln</translation>
    </message>
    <message>
        <source>neither the notebook nor its script exists</source>
        <translation>weder das Notebook noch sein Skript existiert</translation>
    </message>
    <message>
        <source>new script</source>
        <translation>neues Skript</translation>
    </message>
    <message>
        <source>new notebook</source>
        <translation>neues Notebook</translation>
    </message>
    <message>
        <source>the notebook was preferred</source>
        <translation>das Notebook wurde vorgezogen</translation>
    </message>
    <message>
        <source>the script was preferred</source>
        <translation>das Skript wurde vorgezogen</translation>
    </message>
    <message>
        <source>the script changed</source>
        <translation>das Skript hat sich geändert</translation>
    </message>
    <message>
        <source>the notebook changed</source>
        <translation>das Notebook hat sich geändert</translation>
    </message>
    <message>
        <source>both the notebook and the script changed since they were last synced; nothing was written (choose a side with --prefer notebook|script)</source>
        <translation>Notebook und Skript haben sich seit dem letzten Abgleich beide geändert; nichts wurde geschrieben (eine Seite mit --prefer notebook|script wählen)</translation>
    </message>
    <message>
        <source>the script is newer than the notebook and differs from it; nothing was written (choose a side with --prefer notebook|script)</source>
        <translation>das Skript ist neuer als das Notebook und weicht davon ab; nichts wurde geschrieben (eine Seite mit --prefer notebook|script wählen)</translation>
    </message>
    <message>
        <source>the notebook is newer</source>
        <translation>das Notebook ist neuer</translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is %3; a count here is a whole number up to %4</source>
        <translation>Zelle %1: „%2“ ist %3; eine Anzahl ist hier eine ganze Zahl bis %4</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>konvertieren</translation>
    </message>
    <message>
        <source>too many files mapped at once</source>
        <translation>zu viele Dateien gleichzeitig eingeblendet</translation>
    </message>
    <message>
        <source>not at the start of a file</source>
        <translation>nicht am Anfang einer Datei</translation>
    </message>
    <message>
        <source>more than the %1 MB a notebook may be</source>
        <translation>größer als die %1 MB, die ein Notebook haben darf</translation>
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
        <source>not a Zeppelin note: it has no &quot;paragraphs&quot; list</source>
        <translation>keine Zeppelin-Notiz: sie hat keine &quot;paragraphs&quot;-Liste</translation>
    </message>
    <message>
        <source>Ignoring invalid extra key `%1`</source>
        <translation>Ungültiger zusätzlicher Schlüssel `%1` wird ignoriert</translation>
    </message>
    <message>
        <source>not a notebook: it has no &quot;metadata&quot;</source>
        <translation>kein Notebook: es hat keine &quot;metadata&quot;</translation>
    </message>
</context>
<context>
    <name>slipway::pipeline::ForeignPipelines</name>
    <message>
        <source>larger than 1 MiB: not read</source>
        <translation>größer als 1 MiB: nicht gelesen</translation>
    </message>
    <message>
        <source>not in dvc.lock: never ran</source>
        <translation>nicht in dvc.lock: nie gelaufen</translation>
    </message>
    <message>
        <source>command changed</source>
        <translation>Befehl geändert</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>up to date with dvc.lock</source>
        <translation>aktuell laut dvc.lock</translation>
    </message>
</context>
<context>
    <name>slipway::pipeline::PipelineConfig</name>
    <message>
        <source>&apos;%1&apos; must be a path inside the project</source>
        <translation>„%1“ muss ein Pfad im Projekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay inside the project (no &apos;..&apos;, not in .git or .slipway)</source>
        <translation>„%1“ muss im Projekt bleiben (kein „..“, nicht in .git oder .slipway)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: outputs are files, not globs</source>
        <translation>„%1“: Ausgaben sind Dateien, keine Muster</translation>
    </message>
    <message>
        <source>%1: uses %2 needs with.%3</source>
        <translation>%1: uses %2 braucht with.%3</translation>
    </message>
    <message>
        <source>%1.with.%2: no channel named &apos;%3&apos; in channels:</source>
        <translation>%1.with.%2: kein Kanal „%3“ unter channels:</translation>
    </message>
    <message>
        <source>%1.with.coverage must be true or false</source>
        <translation>%1.with.coverage muss true oder false sein</translation>
    </message>
    <message>
        <source>%1.with.tools: &apos;%2&apos; is not a lint tool (flake8, pylint, pycodestyle, ruff)</source>
        <translation>%1.with.tools: „%2“ ist kein Lint-Werkzeug (flake8, pylint, pycodestyle, ruff)</translation>
    </message>
    <message>
        <source>%1 needs either &apos;uses&apos; or &apos;run&apos;</source>
        <translation>%1 braucht entweder „uses“ oder „run“</translation>
    </message>
    <message>
        <source>%1.uses: unknown step &apos;%2&apos; (expected one of: %3)</source>
        <translation>%1.uses: unbekannter Schritt „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1.shell goes with &apos;run&apos;</source>
        <translation>%1.shell gehört zu „run“</translation>
    </message>
    <message>
        <source>%1.with goes with &apos;uses&apos;</source>
        <translation>%1.with gehört zu „uses“</translation>
    </message>
    <message>
        <source>%1.shell: only &apos;bash&apos;</source>
        <translation>%1.shell: nur „bash“</translation>
    </message>
    <message>
        <source>%1.run: with a shell, a text</source>
        <translation>%1.run: mit einer Shell ein Text</translation>
    </message>
    <message>
        <source>%1.run: a list of arguments ([python3, script.py]), or a text with &apos;shell: bash&apos;</source>
        <translation>%1.run: eine Liste von Argumenten ([python3, script.py]) oder ein Text mit „shell: bash“</translation>
    </message>
    <message>
        <source>%1.run is empty</source>
        <translation>%1.run ist leer</translation>
    </message>
    <message>
        <source>%1.when: &apos;%2&apos; (expected final-version, pre-release, branch:GLOB or tag:GLOB)</source>
        <translation>%1.when: „%2“ (erwartet: final-version, pre-release, branch:MUSTER oder tag:MUSTER)</translation>
    </message>
    <message>
        <source>%1.when: &apos;%2&apos; has no pattern</source>
        <translation>%1.when: „%2“ hat kein Muster</translation>
    </message>
    <message>
        <source>%1.env must be a mapping</source>
        <translation>%1.env muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>%1.env: &apos;%2&apos; is not a variable name</source>
        <translation>%1.env: „%2“ ist kein Variablenname</translation>
    </message>
    <message>
        <source>%1.timeout: seconds, or a number with s, m or h (at most a week)</source>
        <translation>%1.timeout: Sekunden oder eine Zahl mit s, m oder h (höchstens eine Woche)</translation>
    </message>
    <message>
        <source>step name &apos;%1&apos;: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; only (at most 64)</source>
        <translation>Schrittname „%1“: nur Buchstaben, Ziffern, „.“, „-“ und „_“ (höchstens 64)</translation>
    </message>
    <message>
        <source>pipeline.steps.%1.needs: no step named &apos;%2&apos;</source>
        <translation>pipeline.steps.%1.needs: kein Schritt namens „%2“</translation>
    </message>
    <message>
        <source>pipeline.steps.%1.needs: a cycle: %2</source>
        <translation>pipeline.steps.%1.needs: ein Zyklus: %2</translation>
    </message>
    <message>
        <source>pipeline.steps must be a mapping of step names</source>
        <translation>pipeline.steps muss eine Zuordnung von Schrittnamen sein</translation>
    </message>
    <message>
        <source>pipeline.steps: more than %1 steps</source>
        <translation>pipeline.steps: mehr als %1 Schritte</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; twice</source>
        <translation>Schritt „%1“ doppelt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be relative to the project</source>
        <translation>„%1“ muss relativ zum Projekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay inside the project (no &apos;..&apos;)</source>
        <translation>„%1“ muss im Projekt bleiben (kein „..“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;]&apos; without &apos;[&apos;</source>
        <translation>„%1“: „]“ ohne „[“</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;[&apos; without a closing &apos;]&apos;</source>
        <translation>„%1“: „[“ ohne schließendes „]“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a glob</source>
        <translation>„%1“ ist kein Muster</translation>
    </message>
    <message>
        <source>read slipway.yaml</source>
        <translation>slipway.yaml lesen</translation>
    </message>
</context>
<context>
    <name>slipway::pipeline::PipelineJob</name>
    <message>
        <source>when: final-version — %1 is not final</source>
        <translation>when: final-version — %1 ist keine endgültige Version</translation>
    </message>
    <message>
        <source>when: pre-release — %1 is final</source>
        <translation>when: pre-release — %1 ist endgültig</translation>
    </message>
    <message>
        <source>when: %1 — on branch %2</source>
        <translation>when: %1 — auf Zweig %2</translation>
    </message>
    <message>
        <source>when: %1 — HEAD has no such tag</source>
        <translation>when: %1 — HEAD hat kein solches Tag</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>run the pipeline</source>
        <translation>Pipeline ausführen</translation>
    </message>
    <message>
        <source>the project is not trusted: its steps run its code (trust it in Slipway, or pass --trust)</source>
        <translation>dem Projekt wird nicht vertraut: Seine Schritte führen seinen Code aus (in Slipway vertrauen oder --trust angeben)</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>Pipeline wird gelesen</translation>
    </message>
    <message>
        <source>no step named &apos;%1&apos; (the steps: %2)</source>
        <translation>kein Schritt namens „%1“ (die Schritte: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>needs: %1 has not succeeded yet (run it first)</source>
        <translation>needs: %1 war noch nicht erfolgreich (zuerst ausführen)</translation>
    </message>
    <message>
        <source>needs: %1 %2</source>
        <translation>needs: %1 %2</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>unchanged since %1</source>
        <translation>unverändert seit %1</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>needs: %1 runs first (cached if its outputs come out the same)</source>
        <translation>needs: %1 läuft zuerst (aus dem Cache, wenn seine Ausgaben gleich bleiben)</translation>
    </message>
    <message>
        <source>runs: %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>save the step&apos;s log</source>
        <translation>Protokoll des Schritts speichern</translation>
    </message>
    <message>
        <source>record the run</source>
        <translation>Lauf festhalten</translation>
    </message>
    <message>
        <source>step %1 failed: %2</source>
        <translation>Schritt %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>slipway::pipeline::StepCache</name>
    <message>
        <source>save the pipeline&apos;s file hashes</source>
        <translation>Datei-Hashes der Pipeline speichern</translation>
    </message>
    <message>
        <source>%1 is new</source>
        <translation>%1 ist neu</translation>
    </message>
    <message>
        <source>HEAD moved</source>
        <translation>HEAD hat sich bewegt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 always runs</source>
        <translation>%1 läuft immer</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>nie gelaufen</translation>
    </message>
    <message>
        <source>failed last time</source>
        <translation>beim letzten Mal fehlgeschlagen</translation>
    </message>
    <message>
        <source>command changed</source>
        <translation>Befehl geändert</translation>
    </message>
    <message>
        <source>tool changed: %1</source>
        <translation>Werkzeug geändert: %1</translation>
    </message>
    <message>
        <source>environment changed: %1</source>
        <translation>Umgebung geändert: %1</translation>
    </message>
    <message>
        <source>needs: %1 changed its outputs</source>
        <translation>needs: %1 hat seine Ausgaben geändert</translation>
    </message>
    <message>
        <source>needs changed</source>
        <translation>needs geändert</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 was changed since the step wrote it</source>
        <translation>%1 wurde geändert, seit der Schritt es schrieb</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>the step did not write it</source>
        <translation>der Schritt hat es nicht geschrieben</translation>
    </message>
    <message>
        <source>save the step&apos;s state</source>
        <translation>Zustand des Schritts speichern</translation>
    </message>
</context>
<context>
    <name>slipway::pipeline::Steps</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>Zeitüberschreitung nach %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>exit 0</source>
        <translation>Exit 0</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n notebook(s) for outputs</source>
        <translation>
            <numerusform>%n Notebook wird auf Ausgaben geprüft</numerusform>
            <numerusform>%n Notebooks werden auf Ausgaben geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 carries outputs or metadata nbstripout would remove (as git&apos;s index holds it)</source>
        <translation>%1 enthält Ausgaben oder Metadaten, die nbstripout entfernen würde (wie der Git-Index es enthält)</translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s) not stripped: %1</source>
        <translation>
            <numerusform>%n Notebook nicht bereinigt: %1</numerusform>
            <numerusform>%n Notebooks nicht bereinigt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s) clean</source>
        <translation>
            <numerusform>%n Notebook sauber</numerusform>
            <numerusform>%n Notebooks sauber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the build failed</source>
        <translation>der Build ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>%1 in %2: %3 added, %4 there already</source>
        <translation>%1 in %2: %3 hinzugefügt, %4 schon vorhanden</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4)</source>
        <translation>%1 %2 → %3 (%4)</translation>
    </message>
</context>
<context>
    <name>slipway::project</name>
    <message>
        <source>markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>cell %1 · %2</source>
        <translation>Zelle %1 · %2</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>1 stream</source>
        <translation>1 Stream</translation>
    </message>
    <message>
        <source>%1 streams</source>
        <translation>%1 Streams</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1 HTML</source>
        <translation>%1 HTML</translation>
    </message>
    <message>
        <source>%1 other</source>
        <translation>%1 andere</translation>
    </message>
    <message>
        <source>outputs cleared</source>
        <translation>Ausgaben entfernt</translation>
    </message>
    <message>
        <source>outputs added</source>
        <translation>Ausgaben hinzugefügt</translation>
    </message>
    <message>
        <source>outputs changed</source>
        <translation>Ausgaben geändert</translation>
    </message>
    <message>
        <source>cell %1: %2 (%3)</source>
        <translation>Zelle %1: %2 (%3)</translation>
    </message>
    <message>
        <source>cell %1: metadata changed (%2)</source>
        <translation>Zelle %1: Metadaten geändert (%2)</translation>
    </message>
    <message>
        <source>notebook metadata changed (%1)</source>
        <translation>Notebook-Metadaten geändert (%1)</translation>
    </message>
    <message>
        <source>the old version is not a valid notebook (%1)</source>
        <translation>die alte Fassung ist kein gültiges Notebook (%1)</translation>
    </message>
    <message>
        <source>the new version is not a valid notebook (%1)</source>
        <translation>die neue Fassung ist kein gültiges Notebook (%1)</translation>
    </message>
    <message>
        <source>notebook: compared as percent scripts (outputs and volatile metadata left out)</source>
        <translation>Notebook: als Percent-Skripte verglichen (ohne Ausgaben und flüchtige Metadaten)</translation>
    </message>
    <message>
        <source>; compared as JSON text</source>
        <translation>; als JSON-Text verglichen</translation>
    </message>
    <message>
        <source># output or metadata changes in %1 place(s) (--outputs lists them)</source>
        <translation># Änderungen an Ausgaben oder Metadaten an %1 Stelle(n) (--outputs listet sie)</translation>
    </message>
    <message>
        <source>Binary files a/%1 and b/%2 differ</source>
        <translation>Binärdateien a/%1 und b/%2 sind verschieden</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 unveränderte Zeilen</translation>
    </message>
</context>
<context>
    <name>slipway::python</name>
    <message>
        <source>cannot be started: %1</source>
        <translation>lässt sich nicht starten: %1</translation>
    </message>
    <message>
        <source>did not answer within 20 s</source>
        <translation>hat nicht binnen 20 s geantwortet</translation>
    </message>
    <message>
        <source>did not run: %1</source>
        <translation>lief nicht: %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>conda (%1)</source>
        <translation>conda (%1)</translation>
    </message>
    <message>
        <source>conda env %1</source>
        <translation>conda-Umgebung %1</translation>
    </message>
    <message>
        <source>pyenv %1</source>
        <translation>pyenv %1</translation>
    </message>
    <message>
        <source>on PATH</source>
        <translation>im PATH</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Lege %1 an…</translation>
    </message>
    <message>
        <source>create environment</source>
        <translation>Umgebung anlegen</translation>
    </message>
    <message>
        <source>python -m venv failed: %1</source>
        <translation>python -m venv ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Installing the project (pip install -e %1)…</source>
        <translation>Installiere das Projekt (pip install -e %1)…</translation>
    </message>
    <message>
        <source>%1 has no pip: create it from an interpreter with pip</source>
        <translation>%1 hat kein pip: aus einem Interpreter mit pip anlegen</translation>
    </message>
    <message>
        <source>pip install failed: %1; its output is in the Log</source>
        <translation>pip install ist fehlgeschlagen: %1; seine Ausgabe steht im Protokoll</translation>
    </message>
    <message>
        <source>Create the environment %1</source>
        <translation>Umgebung %1 anlegen</translation>
    </message>
    <message>
        <source>not probed: the project is not trusted</source>
        <translation>nicht abgefragt: dem Projekt wird nicht vertraut</translation>
    </message>
</context>
<context>
    <name>slipway::release::Board</name>
    <message>
        <source>%1 has other bytes in %2 (sha256 %3…) than in %4 (%5…)</source>
        <translation>%1 hat in %2 andere Bytes (sha256 %3…) als in %4 (%5…)</translation>
    </message>
    <message>
        <source>in %1 without having been in %2</source>
        <translation>in %1, ohne in %2 gewesen zu sein</translation>
    </message>
    <message>
        <source>create .slipway/</source>
        <translation>.slipway/ anlegen</translation>
    </message>
    <message>
        <source>save the channels&apos; state</source>
        <translation>den Stand der Kanäle speichern</translation>
    </message>
</context>
<context>
    <name>slipway::release::ChannelClient</name>
    <message>
        <source>publish</source>
        <translation>veröffentlichen</translation>
    </message>
    <message>
        <source>an executable is not a package: publish wheels and sdists</source>
        <translation>eine ausführbare Datei ist kein Paket: veröffentlichen Sie Wheels und Sdists</translation>
    </message>
    <message>
        <source>the inspection found an error (%1): %2</source>
        <translation>die Prüfung fand einen Fehler (%1): %2</translation>
    </message>
    <message>
        <source>the file name does not name the project %1 and a version</source>
        <translation>der Dateiname nennt nicht das Projekt %1 und eine Version</translation>
    </message>
    <message>
        <source>read channel %1</source>
        <translation>Kanal %1 lesen</translation>
    </message>
    <message>
        <source>not a static channel</source>
        <translation>kein statischer Kanal</translation>
    </message>
    <message>
        <source>%1 is in %2 with other bytes (there: sha256 %3; this one: sha256 %4)</source>
        <translation>%1 liegt in %2 mit anderen Bytes (dort: sha256 %3; diese: sha256 %4)</translation>
    </message>
    <message>
        <source>: published files never change; publish a new version</source>
        <translation>: veröffentlichte Dateien ändern sich nie; veröffentlichen Sie eine neue Version</translation>
    </message>
    <message>
        <source>Uploading %1 to %2…</source>
        <translation>Lade %1 nach %2 hoch …</translation>
    </message>
    <message>
        <source>download</source>
        <translation>herunterladen</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>the bytes downloaded have sha256 %1, the index says %2</source>
        <translation>die heruntergeladenen Bytes haben sha256 %1, der Index sagt %2</translation>
    </message>
    <message>
        <source>promote</source>
        <translation>befördern</translation>
    </message>
    <message>
        <source>%1 is in %2 with other bytes (there: sha256 %3; in %4: sha256 %5)</source>
        <translation>%1 liegt in %2 mit anderen Bytes (dort: sha256 %3; in %4: sha256 %5)</translation>
    </message>
    <message>
        <source>Copying %1 from %2 to %3…</source>
        <translation>Kopiere %1 von %2 nach %3 …</translation>
    </message>
    <message>
        <source>the server&apos;s copy does not have the bytes of the source: removed</source>
        <translation>die Kopie des Servers hat nicht die Bytes der Quelle: entfernt</translation>
    </message>
    <message>
        <source>  copied on the server, sha256 verified</source>
        <translation>  auf dem Server kopiert, sha256 geprüft</translation>
    </message>
    <message>
        <source>yank</source>
        <translation>zurückziehen</translation>
    </message>
    <message>
        <source>only static channels can be yanked from here; use the index&apos;s own interface</source>
        <translation>nur statische Kanäle lassen sich von hier zurückziehen; nutzen Sie die Oberfläche des Index</translation>
    </message>
    <message>
        <source>%1 has no files of version %2</source>
        <translation>%1 hat keine Dateien der Version %2</translation>
    </message>
</context>
<context>
    <name>slipway::release::ChannelConfig</name>
    <message>
        <source>read slipway.yaml</source>
        <translation>slipway.yaml lesen</translation>
    </message>
    <message>
        <source>channel name &apos;%1&apos;: letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>Kanalname &apos;%1&apos;: nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;</translation>
    </message>
    <message>
        <source>%1 has no &apos;url&apos;</source>
        <translation>%1 hat keine &apos;url&apos;</translation>
    </message>
    <message>
        <source>%1.url: &apos;%2&apos; is not an http(s):// or file:// URL</source>
        <translation>%1.url: &apos;%2&apos; ist keine http(s)://- oder file://-URL</translation>
    </message>
    <message>
        <source>%1.url carries credentials: put them in SLIPWAY_%2_USERNAME and SLIPWAY_%2_PASSWORD, ~/.netrc or the keychain, never in slipway.yaml</source>
        <translation>%1.url enthält Zugangsdaten: legen Sie sie in SLIPWAY_%2_USERNAME und SLIPWAY_%2_PASSWORD, ~/.netrc oder den Schlüsselbund, nie in slipway.yaml</translation>
    </message>
    <message>
        <source>%1.upload: unknown kind &apos;%2&apos; (expected one of: %3)</source>
        <translation>%1.upload: unbekannte Art &apos;%2&apos; (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: a folder channel needs a file:// URL, the others http:// or https://</source>
        <translation>%1: ein Ordner-Kanal braucht eine file://-URL, die anderen http:// oder https://</translation>
    </message>
    <message>
        <source>%1.index: &apos;%2&apos; is not a URL</source>
        <translation>%1.index: &apos;%2&apos; ist keine URL</translation>
    </message>
    <message>
        <source>the promotion rule has no &apos;%1&apos;</source>
        <translation>der Beförderungsregel fehlt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>promotion.%1: no channel named &apos;%2&apos;</source>
        <translation>promotion.%1: kein Kanal namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>promotion.requires must be a list</source>
        <translation>promotion.requires muss eine Liste sein</translation>
    </message>
    <message>
        <source>promotion.requires: unknown gate &apos;%1&apos; (expected one of: %2)</source>
        <translation>promotion.requires: unbekannte Prüfung &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>&apos;channels&apos; must be a mapping of names</source>
        <translation>&apos;channels&apos; muss eine Zuordnung von Namen sein</translation>
    </message>
    <message>
        <source>channel &apos;%1&apos; twice</source>
        <translation>Kanal &apos;%1&apos; doppelt</translation>
    </message>
    <message>
        <source>&apos;promotion&apos; must be a list of rules</source>
        <translation>&apos;promotion&apos; muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>larger than %1 MiB: not read</source>
        <translation>größer als %1 MiB: nicht gelesen</translation>
    </message>
</context>
<context>
    <name>slipway::release::ChannelStore</name>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 (process %2) since %3</source>
        <translation>%1 (Prozess %2) seit %3</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>größer als %1 Bytes</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>the copy does not have the bytes written</source>
        <translation>die Kopie hat nicht die geschriebenen Bytes</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>cannot remove it</source>
        <translation>lässt sich nicht entfernen</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>sperren</translation>
    </message>
    <message>
        <source>cannot create the channel&apos;s folder</source>
        <translation>der Ordner des Kanals lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>another publisher holds the channel&apos;s lock</source>
        <translation>ein anderer Veröffentlicher hält die Sperre des Kanals</translation>
    </message>
    <message>
        <source>list</source>
        <translation>auflisten</translation>
    </message>
    <message>
        <source>the server&apos;s listing is not valid XML: %1</source>
        <translation>die Auflistung des Servers ist kein gültiges XML: %1</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>hochladen</translation>
    </message>
    <message>
        <source>the server holds other bytes than were sent (size or sha256 differ): not published</source>
        <translation>der Server hat andere Bytes als gesendet (Größe oder sha256 weichen ab): nicht veröffentlicht</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopieren</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>existiert schon</translation>
    </message>
    <message>
        <source>create folder</source>
        <translation>Ordner anlegen</translation>
    </message>
    <message>
        <source>the channel is locked by %1</source>
        <translation>der Kanal ist gesperrt von %1</translation>
    </message>
    <message>
        <source>the channel is locked</source>
        <translation>der Kanal ist gesperrt</translation>
    </message>
</context>
<context>
    <name>slipway::release::Http</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: the answer is too large</source>
        <translation>%1: die Antwort ist zu groß</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the server refused the credentials (check the user name and password or token for this channel)</source>
        <translation>HTTP %1 von %2: der Server hat die Zugangsdaten abgelehnt (prüfen Sie Benutzernamen und Passwort oder Token für diesen Kanal)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
</context>
<context>
    <name>slipway::release::PromoteJob</name>
    <message>
        <source>promote</source>
        <translation>befördern</translation>
    </message>
    <message>
        <source>%1 has no files of %2 %3</source>
        <translation>%1 hat keine Dateien von %2 %3</translation>
    </message>
    <message>
        <source>Promote %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 befördern</translation>
    </message>
    <message>
        <source>no channel named &apos;%1&apos;</source>
        <translation>kein Kanal namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>slipway.yaml has no promotion rule from %1 to %2</source>
        <translation>slipway.yaml hat keine Beförderungsregel von %1 nach %2</translation>
    </message>
    <message>
        <source>the installed-tests gate runs the project&apos;s tests: trust the project first</source>
        <translation>die Prüfung installed-tests führt die Tests des Projekts aus: vertrauen Sie dem Projekt zuerst</translation>
    </message>
    <message>
        <source>Reading %1 and %2</source>
        <translation>Lese %1 und %2</translation>
    </message>
    <message>
        <source>%1 (sha256 %2 in %3, %4 in %5)</source>
        <translation>%1 (sha256 %2 in %3, %4 in %5)</translation>
    </message>
    <message>
        <source>no file of %1 is in %2 with other bytes</source>
        <translation>keine Datei von %1 liegt in %2 mit anderen Bytes</translation>
    </message>
    <message>
        <source>other bytes under the same name: %1</source>
        <translation>andere Bytes unter demselben Namen: %1</translation>
    </message>
    <message>
        <source>%1 is a final release (PEP 440)</source>
        <translation>%1 ist eine endgültige Version (PEP 440)</translation>
    </message>
    <message>
        <source>%1 is not final: it has a pre-release, dev or local part</source>
        <translation>%1 ist nicht endgültig: sie hat einen Vorab-, Entwicklungs- oder lokalen Teil</translation>
    </message>
    <message>
        <source>no tag %1 or v%1</source>
        <translation>kein Tag %1 oder v%1</translation>
    </message>
    <message>
        <source>tag %1 points at %2, which built the files</source>
        <translation>Tag %1 zeigt auf %2, der die Dateien gebaut hat</translation>
    </message>
    <message>
        <source>tag %1 does not point at the commit that built the files (%2)</source>
        <translation>Tag %1 zeigt nicht auf den Commit, der die Dateien gebaut hat (%2)</translation>
    </message>
    <message>
        <source>no tag %1 or v%1 to verify</source>
        <translation>kein Tag %1 oder v%1 zum Prüfen</translation>
    </message>
    <message>
        <source>tag %1 has a good signature</source>
        <translation>Tag %1 hat eine gültige Signatur</translation>
    </message>
    <message>
        <source>tag %1 does not verify: %2</source>
        <translation>Tag %1 lässt sich nicht prüfen: %2</translation>
    </message>
    <message>
        <source>Testing %1 %2 installed from %3</source>
        <translation>Teste %1 %2, installiert aus %3</translation>
    </message>
    <message>
        <source>no test ran</source>
        <translation>kein Test lief</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, installed from %3</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, installiert aus %3</translation>
    </message>
    <message>
        <source>not promoted: %1 failed (nothing was written)</source>
        <translation>nicht befördert: %1 fehlgeschlagen (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Plane</translation>
    </message>
    <message>
        <source>Copying to %1</source>
        <translation>Kopiere nach %1</translation>
    </message>
    <message>
        <source>would add to %1: %2</source>
        <translation>käme nach %1: %2</translation>
    </message>
    <message>
        <source>added to %1: %2</source>
        <translation>hinzugefügt zu %1: %2</translation>
    </message>
    <message>
        <source>already in %1: %2</source>
        <translation>schon in %1: %2</translation>
    </message>
    <message>
        <source>devpi login: %1</source>
        <translation>devpi-Anmeldung: %1</translation>
    </message>
    <message>
        <source>devpi push %1 %2 to %3</source>
        <translation>devpi push %1 %2 nach %3</translation>
    </message>
    <message>
        <source>devpi push: %1 %2</source>
        <translation>devpi push: %1 %2</translation>
    </message>
</context>
<context>
    <name>slipway::release::ReleaseJobs</name>
    <message>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>no channels: add a `channels:` section to slipway.yaml (README: Release channels)</source>
        <translation>keine Kanäle: fügen Sie slipway.yaml einen Abschnitt `channels:` hinzu (README: Release-Kanäle)</translation>
    </message>
    <message>
        <source>The release was not recorded in %1: %2</source>
        <translation>Das Release wurde nicht in %1 vermerkt: %2</translation>
    </message>
    <message>
        <source>Recorded in %1 on commit %2</source>
        <translation>Vermerkt in %1 an Commit %2</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>veröffentlichen</translation>
    </message>
    <message>
        <source>twine upload failed (%1): a file there with other bytes, refused credentials or a server error; see the log</source>
        <translation>twine upload fehlgeschlagen (%1): eine Datei mit anderen Bytes, abgelehnte Zugangsdaten oder ein Serverfehler; siehe das Protokoll</translation>
    </message>
    <message>
        <source>Publish to %1</source>
        <translation>In %1 veröffentlichen</translation>
    </message>
    <message>
        <source>no channel named &apos;%1&apos; in slipway.yaml</source>
        <translation>kein Kanal namens &apos;%1&apos; in slipway.yaml</translation>
    </message>
    <message>
        <source>building runs the project&apos;s build backend: trust the project first</source>
        <translation>Bauen führt das Build-Backend des Projekts aus: vertrauen Sie dem Projekt zuerst</translation>
    </message>
    <message>
        <source>the build failed</source>
        <translation>der Build ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Inspecting %n file(s)</source>
        <translation>
            <numerusform>Prüfe %n Datei</numerusform>
            <numerusform>Prüfe %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>one release at a time: %1 %2 and %3 %4</source>
        <translation>ein Release nach dem anderen: %1 %2 und %3 %4</translation>
    </message>
    <message>
        <source>no files to publish</source>
        <translation>keine Dateien zu veröffentlichen</translation>
    </message>
    <message>
        <source>Uploading to %1</source>
        <translation>Lade nach %1 hoch</translation>
    </message>
    <message>
        <source>%1 is there already with the same bytes</source>
        <translation>%1 ist schon mit denselben Bytes vorhanden</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>%1 veröffentlicht</translation>
    </message>
    <message>
        <source>Unyank %1</source>
        <translation>%1 wieder freigeben</translation>
    </message>
    <message>
        <source>Yank %1</source>
        <translation>%1 zurückziehen</translation>
    </message>
    <message>
        <source>yank</source>
        <translation>zurückziehen</translation>
    </message>
    <message>
        <source>no channel named &apos;%1&apos;</source>
        <translation>kein Kanal namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>say why (PEP 592&apos;s reason): users see it when pip skips the version</source>
        <translation>sagen Sie warum (der Grund nach PEP 592): Nutzer sehen ihn, wenn pip die Version überspringt</translation>
    </message>
    <message>
        <source>Unyanked %1</source>
        <translation>%1 wieder freigegeben</translation>
    </message>
    <message>
        <source>Yanked %1</source>
        <translation>%1 zurückgezogen</translation>
    </message>
</context>
<context>
    <name>slipway::release::SimpleIndex</name>
    <message>
        <source>read index page</source>
        <translation>Indexseite lesen</translation>
    </message>
    <message>
        <source>not a PEP 691 JSON page: %1</source>
        <translation>keine PEP-691-JSON-Seite: %1</translation>
    </message>
    <message>
        <source>more than %1 files: not read</source>
        <translation>mehr als %1 Dateien: nicht gelesen</translation>
    </message>
    <message>
        <source>larger than %1 MiB: not read</source>
        <translation>größer als %1 MiB: nicht gelesen</translation>
    </message>
</context>
<context>
    <name>slipway::testing</name>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>pytest is not installed for %1; install it with `%1 -m pip install pytest`</source>
        <translation>pytest ist für %1 nicht installiert; installieren mit `%1 -m pip install pytest`</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Building the wheel…</source>
        <translation>Baue das Wheel…</translation>
    </message>
    <message>
        <source>test the installed package</source>
        <translation>installiertes Paket testen</translation>
    </message>
    <message>
        <source>the wheel could not be built: %1</source>
        <translation>das Wheel konnte nicht gebaut werden: %1</translation>
    </message>
    <message>
        <source>Creating a clean environment…</source>
        <translation>Lege eine saubere Umgebung an…</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Installiere %1…</translation>
    </message>
    <message>
        <source>Running pytest…</source>
        <translation>Führe pytest aus…</translation>
    </message>
    <message>
        <source>pytest failed: %1; its output is in the Log</source>
        <translation>pytest ist fehlgeschlagen: %1; seine Ausgabe steht im Protokoll</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>no coverage report: is pytest-cov installed for %1?</source>
        <translation>kein Abdeckungsbericht: ist pytest-cov für %1 installiert?</translation>
    </message>
    <message>
        <source>the installed package lacks %1 (%2 fails with FileNotFoundError); declare it as package data</source>
        <translation>dem installierten Paket fehlt %1 (%2 scheitert mit FileNotFoundError); als Paketdaten deklarieren</translation>
    </message>
    <message>
        <source>the installed package cannot import %1 (%2): a module left out of the wheel or an undeclared dependency</source>
        <translation>das installierte Paket kann %1 nicht importieren (%2): ein im Wheel fehlendes Modul oder eine nicht deklarierte Abhängigkeit</translation>
    </message>
    <message>
        <source>read test results</source>
        <translation>Testergebnisse lesen</translation>
    </message>
    <message>
        <source>pytest&apos;s JUnit XML is not valid (%1, line %2)</source>
        <translation>das JUnit-XML von pytest ist ungültig (%1, Zeile %2)</translation>
    </message>
    <message>
        <source>read coverage</source>
        <translation>Abdeckung lesen</translation>
    </message>
    <message>
        <source>coverage.py&apos;s XML is not valid (%1, line %2)</source>
        <translation>das XML von coverage.py ist ungültig (%1, Zeile %2)</translation>
    </message>
    <message>
        <source>Discover tests</source>
        <translation>Tests ermitteln</translation>
    </message>
    <message>
        <source>Test the installed package</source>
        <translation>Installiertes Paket testen</translation>
    </message>
    <message>
        <source>Run tests</source>
        <translation>Tests ausführen</translation>
    </message>
    <message>
        <source>Exporting the commit…</source>
        <translation>Exportiere den Commit …</translation>
    </message>
    <message>
        <source>Testing commit %1 (a clean export of its tree)</source>
        <translation>Teste Commit %1 (ein sauberer Export seines Baums)</translation>
    </message>
    <message>
        <source>Not a commit to export (%1): the work tree as it is</source>
        <translation>Kein Commit zum Exportieren (%1): der Arbeitsbaum, wie er ist</translation>
    </message>
    <message>
        <source>the package could not be installed: %1</source>
        <translation>das Paket ließ sich nicht installieren: %1</translation>
    </message>
</context>
<context>
    <name>slipway::version::Pep440</name>
    <message>
        <source>Invalid version &quot;%1&quot;</source>
        <translation>Ungültige Version „%1“</translation>
    </message>
    <message>
        <source>the version is empty</source>
        <translation>die Version ist leer</translation>
    </message>
    <message>
        <source>a version starts with a number (an optional &quot;v&quot; and &quot;N!&quot; epoch before it)</source>
        <translation>eine Version beginnt mit einer Zahl (davor optional „v“ und eine Epoche „N!“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not part of a PEP 440 version (after &quot;%3&quot;)</source>
        <translation>„%1“ an Position %2 gehört nicht zu einer PEP-440-Version (nach „%3“)</translation>
    </message>
    <message>
        <source>Invalid version specifier &quot;%1&quot;</source>
        <translation>Ungültige Versionsangabe „%1“</translation>
    </message>
    <message>
        <source>a number in it is too large</source>
        <translation>eine Zahl darin ist zu groß</translation>
    </message>
    <message>
        <source>it must start with one of ~= == != &lt;= &gt;= &lt; &gt; ===</source>
        <translation>sie muss mit einem von ~= == != &lt;= &gt;= &lt; &gt; === beginnen</translation>
    </message>
    <message>
        <source>a version must follow the operator</source>
        <translation>auf den Operator muss eine Version folgen</translation>
    </message>
    <message>
        <source>=== takes one string without spaces</source>
        <translation>=== nimmt eine Zeichenkette ohne Leerzeichen</translation>
    </message>
    <message>
        <source>only == and != take a &quot;.*&quot; wildcard</source>
        <translation>nur == und != nehmen einen Platzhalter „.*“</translation>
    </message>
    <message>
        <source>a &quot;.*&quot; wildcard follows a release number only (like ==1.4.*)</source>
        <translation>ein Platzhalter „.*“ folgt nur auf eine Release-Nummer (wie ==1.4.*)</translation>
    </message>
    <message>
        <source>only == and != take a local version (+…)</source>
        <translation>nur == und != nehmen eine lokale Version (+…)</translation>
    </message>
    <message>
        <source>~= needs at least two release numbers (like ~=1.4)</source>
        <translation>~= braucht mindestens zwei Release-Nummern (wie ~=1.4)</translation>
    </message>
</context>
<context>
    <name>slipway::version::ScmVersion</name>
    <message>
        <source>Compute the version</source>
        <translation>Version berechnen</translation>
    </message>
    <message>
        <source>tag_regex &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>tag_regex „%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; holds no version (tag_regex %2)</source>
        <translation>der Tag „%1“ enthält keine Version (tag_regex %2)</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not a PEP 440 version: %2</source>
        <translation>der Tag „%1“ ist keine PEP-440-Version: %2</translation>
    </message>
    <message>
        <source>%1 can&apos;t be bumped: choosing custom numbers for the .devX distance is not supported; drop the tag or tag a version ending in .dev0</source>
        <translation>%1 kann nicht hochgezählt werden: eigene Nummern für den .devX-Abstand werden nicht unterstützt; entfernen Sie den Tag oder taggen Sie eine Version, die auf .dev0 endet</translation>
    </message>
    <message>
        <source>%1 does not end with a number to bump; use another version scheme</source>
        <translation>%1 endet nicht mit einer Zahl zum Hochzählen; nutzen Sie ein anderes Versionsschema</translation>
    </message>
    <message>
        <source>%1 already is a post release, refusing to guess the update</source>
        <translation>%1 ist schon ein Post-Release; die nächste Version wird nicht geraten</translation>
    </message>
    <message>
        <source>unknown version_scheme &quot;%1&quot; (Slipway knows: %2)</source>
        <translation>unbekanntes version_scheme „%1“ (Slipway kennt: %2)</translation>
    </message>
    <message>
        <source>unknown local_scheme &quot;%1&quot; (Slipway knows: %2)</source>
        <translation>unbekanntes local_scheme „%1“ (Slipway kennt: %2)</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; will be stripped of its suffix &quot;%2&quot;</source>
        <translation>vom Tag „%1“ wird die Endung „%2“ entfernt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a normalised PEP 440 version</source>
        <translation>„%1“ ist keine normalisierte PEP-440-Version</translation>
    </message>
    <message>
        <source>not the top of a git work tree and no fallback_version: setuptools_scm cannot tell the version (clone the repository with its history and tags, or set SETUPTOOLS_SCM_PRETEND_VERSION)</source>
        <translation>nicht die Wurzel eines Git-Arbeitsbaums und keine fallback_version: setuptools_scm kann die Version nicht bestimmen (klonen Sie das Repository mit Historie und Tags oder setzen Sie SETUPTOOLS_SCM_PRETEND_VERSION)</translation>
    </message>
    <message>
        <source>The tag name is empty.</source>
        <translation>Der Tag-Name ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid git tag name.</source>
        <translation>„%1“ ist kein gültiger Git-Tag-Name.</translation>
    </message>
    <message>
        <source>setuptools_scm only looks at tags with a digit in them; it would not see &quot;%1&quot;.</source>
        <translation>setuptools_scm beachtet nur Tags mit einer Ziffer; „%1“ sähe es nicht.</translation>
    </message>
    <message>
        <source>%1 is not newer than %2, the version of tag &quot;%3&quot;.</source>
        <translation>%1 ist nicht neuer als %2, die Version von Tag „%3“.</translation>
    </message>
    <message>
        <source>The work tree has uncommitted changes: the version stays a development version until they are committed (the tag goes on the last commit).</source>
        <translation>Der Arbeitsbaum hat nicht committete Änderungen: die Version bleibt eine Entwicklungsversion, bis sie committet sind (der Tag kommt auf den letzten Commit).</translation>
    </message>
    <message>
        <source>next pre-release</source>
        <translation>nächste Vorabversion</translation>
    </message>
    <message>
        <source>release candidate</source>
        <translation>Release Candidate</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>minor beta</source>
        <translation>Minor-Beta</translation>
    </message>
    <message>
        <source>minor release candidate</source>
        <translation>Minor-Release-Candidate</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The work tree has uncommitted changes to tracked files: %1.</source>
        <translation>Der Arbeitsbaum hat nicht committete Änderungen an versionierten Dateien: %1.</translation>
    </message>
    <message>
        <source>The repository has no commit yet.</source>
        <translation>Das Repository hat noch keinen Commit.</translation>
    </message>
    <message>
        <source>Version %1 has a local part (+…), which package indexes refuse: commit the changes, then tag the commit to make it a release.</source>
        <translation>Version %1 hat einen lokalen Teil (+…), den Paketindizes ablehnen: committen Sie die Änderungen und taggen Sie dann den Commit, um ein Release daraus zu machen.</translation>
    </message>
    <message>
        <source>Version %1 has a local part (+…), which package indexes refuse: tag this commit to make it a release.</source>
        <translation>Version %1 hat einen lokalen Teil (+…), den Paketindizes ablehnen: taggen Sie diesen Commit, um ein Release daraus zu machen.</translation>
    </message>
</context>
<context>
    <name>slipway::yaml::Reader</name>
    <message>
        <source>read slipway.yaml</source>
        <translation>slipway.yaml lesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a text</source>
        <translation>„%1“ muss ein Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of texts</source>
        <translation>„%1“ muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping</source>
        <translation>„%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (expected one of: %3)</source>
        <translation>unbekannter Schlüssel „%1“ in %2 (erwartet: %3)</translation>
    </message>
</context>
</TS>
