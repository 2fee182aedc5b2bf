<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionFeedback</name>
    <message>
        <location filename="../app/gui/ActionFeedback.cpp" line="25"/>
        <source>Sign-in checked at %1: %2.</source>
        <translation>Anmeldung um %1 geprüft: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionFeedback.cpp" line="32"/>
        <source>At %1: %2</source>
        <translation>Um %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionFeedback.cpp" line="41"/>
        <source>Observer Tray</source>
        <translation>Observer Tray</translation>
    </message>
</context>
<context>
    <name>AnswerRecorder</name>
    <message>
        <location filename="../app/core/observe/AnswerRecorder.cpp" line="73"/>
        <source>The observer answered %1 times in a row without an observation block.</source>
        <translation>Der Beobachter hat %1-mal hintereinander ohne Beobachtungsblock geantwortet.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app/gui/AppController.cpp" line="279"/>
        <source>Install Claude Code hooks</source>
        <translation>Installation der Claude-Code-Hooks</translation>
    </message>
    <message>
        <location filename="../app/gui/AppController.cpp" line="270"/>
        <source>Memory paused</source>
        <translation>Gedächtnis pausiert</translation>
    </message>
    <message>
        <location filename="../app/gui/AppController.cpp" line="271"/>
        <source>Nothing from %1 is recorded now. Remove it from Settings → Excluded projects to resume.</source>
        <translation>Aus %1 wird jetzt nichts aufgezeichnet. Entfernen Sie es unter Einstellungen → Ausgeschlossene Projekte, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../app/gui/AppController.cpp" line="241"/>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
</context>
<context>
    <name>AuthMonitor</name>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="10"/>
        <source>Run `claude` in a terminal and sign in with /login, then press Check sign-in now.</source>
        <translation>Starten Sie `claude` in einem Terminal, melden Sie sich mit /login an und klicken Sie dann auf „Anmeldung jetzt prüfen“.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="11"/>
        <source>Run `claude auth login` in a terminal, then press Check sign-in now.</source>
        <translation>Führen Sie `claude auth login` in einem Terminal aus und klicken Sie dann auf „Anmeldung jetzt prüfen“.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="63"/>
        <source>Claude Code CLI not found.</source>
        <translation>Claude-Code-CLI nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="64"/>
        <source>Install Claude Code (npm install -g @anthropic-ai/claude-code) or set its path in Settings.</source>
        <translation>Installieren Sie Claude Code (npm install -g @anthropic-ai/claude-code) oder geben Sie den Pfad in den Einstellungen an.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="65"/>
        <source>Looked in: </source>
        <translation>Gesucht in: </translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="73"/>
        <source>Check that `%1 --version` works in a terminal.</source>
        <translation>Prüfen Sie, ob `%1 --version` in einem Terminal funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="119"/>
        <source>No event is waiting: it is rechecked with the next event.</source>
        <translation>Kein Ereignis wartet: Mit dem nächsten Ereignis wird erneut geprüft.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="67"/>
        <source>`claude auth status` gave an answer Observer Tray does not understand.</source>
        <translation>`claude auth status` hat eine Antwort gegeben, die Observer Tray nicht versteht.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="68"/>
        <source>Run `claude auth status` in a terminal to see what it says; update Claude Code if it is old.</source>
        <translation>Führen Sie `claude auth status` in einem Terminal aus; aktualisieren Sie Claude Code, wenn es alt ist.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="83"/>
        <source>Observers sign in with your %1.</source>
        <translation>Die Beobachter melden sich mit Ihrem Zugang an: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="85"/>
        <source>Billing guard: ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN from your environment are not passed to observers, so they use your subscription instead of per-token billing.</source>
        <translation>Kostenschutz: ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN aus Ihrer Umgebung werden nicht an die Beobachter weitergegeben; sie nutzen Ihr Abo statt Abrechnung pro Token.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="89"/>
        <source>Claude Code is not signed in, so observers cannot work.</source>
        <translation>Claude Code ist nicht angemeldet, daher können die Beobachter nicht arbeiten.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="99"/>
        <source>This Claude Code (%1) has no `auth status`; judged from your configuration. The first observer answer will confirm it.</source>
        <translation>Dieses Claude Code (%1) hat kein `auth status`; anhand Ihrer Konfiguration beurteilt. Die erste Antwort eines Beobachters bestätigt es.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="115"/>
        <source>No Claude Code login found (no credentials file, no API key or token in the environment).</source>
        <translation>Keine Claude-Code-Anmeldung gefunden (keine Zugangsdatei, kein API-Schlüssel oder Token in der Umgebung).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="43"/>
        <source>Observers cannot sign in: Claude Code said &quot;%1&quot;.</source>
        <translation>Beobachter können sich nicht anmelden: Claude Code meldete „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="49"/>
        <source>The API refused the observers&apos; login (HTTP %1): it may have expired or been revoked. One queued turn is retried from time to time; only its answer clears this.</source>
        <translation>Die API hat die Anmeldung der Beobachter abgelehnt (HTTP %1): Sie ist vielleicht abgelaufen oder wurde widerrufen. Ein wartender Durchgang wird von Zeit zu Zeit erneut versucht; erst seine Antwort hebt dies auf.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="57"/>
        <source>The API says the usage limit is reached; observing waits and resumes by itself.</source>
        <translation>Laut API ist das Nutzungslimit erreicht; die Beobachtung wartet und läuft von selbst weiter.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="58"/>
        <source>Nothing to do: queued events are kept and sent once the limit resets.</source>
        <translation>Nichts zu tun: Wartende Ereignisse bleiben erhalten und werden gesendet, sobald das Limit zurückgesetzt ist.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="64"/>
        <source>Claude Code cannot reach the API and is retrying (attempt %1).</source>
        <translation>Claude Code erreicht die API nicht und versucht es erneut (Versuch %1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="65"/>
        <source>Check your network connection; observing resumes by itself.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung; die Beobachtung läuft von selbst weiter.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="25"/>
        <source>Observers are signed in (confirmed by an answer) with your %1.</source>
        <translation>Die Beobachter sind angemeldet (durch eine Antwort bestätigt), mit Ihrem Zugang: %1.</translation>
    </message>
</context>
<context>
    <name>AuthState</name>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="35"/>
        <source>This Claude Code version (%1) is not supported: %2</source>
        <translation>Diese Claude-Code-Version (%1) wird nicht unterstützt: %2</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="36"/>
        <source>Update Claude Code (`claude update`, or npm install -g @anthropic-ai/claude-code), or set the path of a newer one in Settings, then press Check sign-in now.</source>
        <translation>Aktualisieren Sie Claude Code (`claude update` oder npm install -g @anthropic-ai/claude-code) oder geben Sie in den Einstellungen den Pfad einer neueren Version an und klicken Sie dann auf „Anmeldung jetzt prüfen“.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="95"/>
        <source>Claude subscription</source>
        <translation>Claude-Abo</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="95"/>
        <source>Claude subscription (%1)</source>
        <translation>Claude-Abo (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="97"/>
        <source>API key from %1 — billed per token</source>
        <translation>API-Schlüssel aus %1 – Abrechnung pro Token</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="100"/>
        <source>OAuth token</source>
        <translation>OAuth-Token</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="106"/>
        <source>not signed in</source>
        <translation>keine Anmeldung</translation>
    </message>
</context>
<context>
    <name>BatchingSettings</name>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="11"/>
        <source>Observe immediately (one API call per event)</source>
        <translation>Sofort beobachten (ein API-Aufruf pro Ereignis)</translation>
    </message>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="21"/>
        <source>Off: a session&apos;s events go to the observer together when Claude finishes answering, which costs several times fewer calls; observations come later.</source>
        <translation>Aus: Die Ereignisse einer Sitzung gehen gemeinsam an den Beobachter, wenn Claude mit der Antwort fertig ist. Das kostet ein Vielfaches weniger Aufrufe; Beobachtungen kommen später.</translation>
    </message>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="26"/>
        <source>Or when this many events wait:</source>
        <translation>Oder wenn so viele Ereignisse warten:</translation>
    </message>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="28"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="30"/>
        <source>Or when the oldest has waited:</source>
        <translation>Oder wenn das älteste so lange gewartet hat:</translation>
    </message>
</context>
<context>
    <name>ClaudeMemOffer</name>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="18"/>
        <source>Bring your claude-mem memory…</source>
        <translation>Ihr claude-mem-Gedächtnis übernehmen…</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="19"/>
        <source>Import claude-mem memory…</source>
        <translation>claude-mem-Gedächtnis importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="22"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="71"/>
        <source>Bring your claude-mem memory from %1</source>
        <translation>Ihr claude-mem-Gedächtnis aus %1 übernehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="72"/>
        <source>Bring your claude-mem memory: %1 observations, %2 summaries</source>
        <translation>Ihr claude-mem-Gedächtnis übernehmen: %1 Beobachtungen, %2 Zusammenfassungen</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="74"/>
        <source> (read-only: claude-mem&apos;s own file is never changed).</source>
        <translation> (nur lesend: die Datei von claude-mem wird nie verändert).</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="82"/>
        <source>Choose claude-mem&apos;s database</source>
        <translation>Datenbank von claude-mem auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="83"/>
        <source>SQLite databases (*.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="93"/>
        <source>Importing claude-mem memory from %1…</source>
        <translation>claude-mem-Gedächtnis wird aus %1 importiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="108"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>DataFolderCheck</name>
    <message>
        <location filename="../app/core/platform/DataFolderCheck.cpp" line="25"/>
        <source>Other users can read the data folder %1 (mode %2): the database in it is private, but what the folder holds can be listed. To make it private, run: chmod 700 %3</source>
        <translation>Andere Benutzer können den Datenordner %1 lesen (Modus %2): Die Datenbank darin ist privat, aber der Inhalt des Ordners lässt sich auflisten. Um ihn privat zu machen, führen Sie aus: chmod 700 %3</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <location filename="../app/core/platform/DataFolderLock.cpp" line="39"/>
        <source>Cannot open the lock file %1: %2. Check that the data folder exists and is yours.</source>
        <translation>Die Sperrdatei %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob der Datenordner existiert und Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../app/core/platform/DataFolderLock.cpp" line="55"/>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
</context>
<context>
    <name>ForgetMenu</name>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="18"/>
        <source>Delete selected observations…</source>
        <translation>Ausgewählte Beobachtungen löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="49"/>
        <source>Delete selected observations (%1)…</source>
        <translation>Ausgewählte Beobachtungen löschen (%1)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="54"/>
        <source>Forget this session&apos;s memory…</source>
        <translation>Gedächtnis dieser Sitzung vergessen…</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="56"/>
        <source>Forget project %1…</source>
        <translation>Projekt %1 vergessen…</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="66"/>
        <source>Delete observations</source>
        <translation>Beobachtungen löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="67"/>
        <source>Delete %1 selected observations? This cannot be undone.</source>
        <translation>%1 ausgewählte Beobachtungen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="78"/>
        <source>Forget everything remembered of the project %1</source>
        <translation>Alles vergessen, was vom Projekt %1 gespeichert ist</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="78"/>
        <source>Forget this session&apos;s memory</source>
        <translation>Gedächtnis dieser Sitzung vergessen</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="79"/>
        <source>%1: %2 observations, %3 summaries and %4 queued events? This cannot be undone.</source>
        <translation>%1: %2 Beobachtungen, %3 Zusammenfassungen und %4 wartende Ereignisse? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="84"/>
        <source>Forget project</source>
        <translation>Projekt vergessen</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="84"/>
        <source>Forget session</source>
        <translation>Sitzung vergessen</translation>
    </message>
</context>
<context>
    <name>HiddenSessionsPage</name>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="25"/>
        <source>Observer sessions are moved out of Claude Code&apos;s projects folder into Observer Tray&apos;s data folder, so `claude --resume` no longer lists them. Nothing is deleted unless you ask; Restore puts files back exactly where they were.</source>
        <translation>Beobachter-Sitzungen werden aus dem Projektordner von Claude Code in den Datenordner von Observer Tray verschoben, sodass `claude --resume` sie nicht mehr auflistet. Nichts wird gelöscht, solange Sie es nicht verlangen; „Wiederherstellen“ legt die Dateien genau dorthin zurück, wo sie waren.</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="39"/>
        <source>Select a session to read in full why it was hidden.</source>
        <translation>Wählen Sie eine Sitzung, um vollständig zu lesen, warum sie ausgeblendet wurde.</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="47"/>
        <source>Original path</source>
        <translation>Ursprünglicher Pfad</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="47"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="47"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="47"/>
        <source>Hidden at</source>
        <translation>Ausgeblendet am</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="60"/>
        <source>&amp;Restore selected</source>
        <translation>Auswahl &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="61"/>
        <source>Restore &amp;all</source>
        <translation>&amp;Alle wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="62"/>
        <source>&amp;Delete permanently…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="111"/>
        <source>%1
Now at %2</source>
        <translation>%1
Jetzt unter %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="127"/>
        <source>&amp;Hide observer sessions (%n session(s), %1)</source>
        <translation>
            <numerusform>Beobachter-Sitzungen aus&amp;blenden (%n Sitzung, %1)</numerusform>
            <numerusform>Beobachter-Sitzungen aus&amp;blenden (%n Sitzungen, %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="81"/>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="82"/>
        <source>Delete %n hidden transcript(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n ausgeblendetes Protokoll endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n ausgeblendete Protokolle endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="121"/>
        <source>%n session(s) hidden, %1.</source>
        <translation>
            <numerusform>%n Sitzung ausgeblendet, %1.</numerusform>
            <numerusform>%n Sitzungen ausgeblendet, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="20"/>
        <source>Observer Tray</source>
        <translation>Observer Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="23"/>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="24"/>
        <source>Hidden sessions</source>
        <translation>Ausgeblendete Sitzungen</translation>
    </message>
</context>
<context>
    <name>MemoryWorker</name>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="22"/>
        <source>; %1 could not be mapped: %2</source>
        <translation>; %1 konnten nicht übernommen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="34"/>
        <source>Imported %1 observations, %2 summaries from claude-mem</source>
        <translation>%1 Beobachtungen, %2 Zusammenfassungen aus claude-mem importiert</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="37"/>
        <source> (%1 were stored already)</source>
        <translation> (%1 waren schon gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="80"/>
        <source>Could not open Observer Tray&apos;s database: %1. Nothing was imported.</source>
        <translation>Die Datenbank von Observer Tray lässt sich nicht öffnen: %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="96"/>
        <source>Could not scan stored memory for secrets: %1.</source>
        <translation>Das gespeicherte Gedächtnis konnte nicht nach Geheimnissen durchsucht werden: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="103"/>
        <source>Replaced %1 secrets in %2 observations, %3 summaries and %4 queued events.</source>
        <translation>%1 Geheimnisse in %2 Beobachtungen, %3 Zusammenfassungen und %4 wartenden Ereignissen ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="108"/>
        <source> The old text leaves the database&apos;s log file at its next checkpoint.</source>
        <translation> Der alte Text verschwindet beim nächsten Checkpoint aus der Protokolldatei der Datenbank.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="54"/>
        <source>Observers cannot sign in</source>
        <translation>Beobachter können sich nicht anmelden</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="58"/>
        <source>Claude Code CLI not found</source>
        <translation>Claude-Code-CLI nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="60"/>
        <source>Observers record nothing</source>
        <translation>Beobachter zeichnen nichts auf</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="86"/>
        <source>Signed in again</source>
        <translation>Wieder angemeldet</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="87"/>
        <source>Observing resumed with your %1.</source>
        <translation>Beobachtung läuft wieder mit Ihrem Zugang: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="62"/>
        <source>Observers paused for your limits</source>
        <translation>Beobachter pausieren wegen Ihrer Limits</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="84"/>
        <source>Observers resumed</source>
        <translation>Beobachter laufen wieder</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="84"/>
        <source>Your usage is below your thresholds again.</source>
        <translation>Ihre Nutzung liegt wieder unter Ihren Schwellen.</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="56"/>
        <source>Sign-in rejected</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="65"/>
        <source>Nothing is recorded</source>
        <translation>Es wird nichts aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="66"/>
        <source>The Claude Code hooks are not installed. Choose &quot;Install Claude Code hooks&quot; in the menu.</source>
        <translation>Die Claude-Code-Hooks sind nicht installiert. Wählen Sie „Claude-Code-Hooks installieren“ im Menü.</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="68"/>
        <source>Claude Code hooks broken</source>
        <translation>Claude-Code-Hooks defekt</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="70"/>
        <source>No events from Claude Code</source>
        <translation>Keine Ereignisse von Claude Code</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="105"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="107"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="109"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="111"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>ObservationsPage</name>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="71"/>
        <source>Search observations…</source>
        <translation>Beobachtungen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="78"/>
        <location filename="../app/gui/ObservationsPage.cpp" line="123"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="169"/>
        <source>No observation matches “%1”.</source>
        <translation>Keine Beobachtung passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="170"/>
        <source>No observation in %2 matches “%1”.</source>
        <translation>Keine Beobachtung in %2 passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="172"/>
        <source>Every word must begin a word of the title, subtitle, narrative, facts or concepts (“pagin bug” finds “Fixed pagination bug”); try fewer words, or All projects.</source>
        <translation>Jedes Wort muss den Anfang eines Wortes in Titel, Untertitel, Bericht, Fakten oder Konzepten bilden („pagin bug“ findet „Fixed pagination bug“); versuchen Sie weniger Wörter oder „Alle Projekte“.</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="175"/>
        <source>No observation in %1 yet.</source>
        <translation>Noch keine Beobachtung in %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="177"/>
        <source>No observations yet: they appear here once an observer has read a Claude Code session.</source>
        <translation>Noch keine Beobachtungen: Sie erscheinen hier, sobald ein Beobachter eine Claude-Code-Sitzung gelesen hat.</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="199"/>
        <source>&lt;b&gt;Facts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fakten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="201"/>
        <source>&lt;b&gt;Files read&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gelesene Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="203"/>
        <source>&lt;b&gt;Files modified&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geänderte Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="205"/>
        <source>&lt;b&gt;Concepts&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Begriffe&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ObserverCommand</name>
    <message>
        <location filename="../app/core/claude/ObserverCommand.cpp" line="43"/>
        <source>it has no stream-json mode (--input-format/--output-format stream-json, --verbose).</source>
        <translation>Es hat keinen stream-json-Modus (--input-format/--output-format stream-json, --verbose).</translation>
    </message>
    <message>
        <location filename="../app/core/claude/ObserverCommand.cpp" line="45"/>
        <source>its observers cannot be made tool-less: it has no --tools, and its built-in tools are not known for --disallowedTools.</source>
        <translation>Seine Beobachter lassen sich nicht ohne Werkzeuge starten: Es hat kein --tools, und seine eingebauten Werkzeuge sind für --disallowedTools nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../app/core/claude/ObserverCommand.cpp" line="48"/>
        <source>it has neither --system-prompt nor --append-system-prompt, so observers would not get their instructions.</source>
        <translation>Es hat weder --system-prompt noch --append-system-prompt, die Beobachter bekämen also ihre Anweisungen nicht.</translation>
    </message>
</context>
<context>
    <name>ObserverProcess</name>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="52"/>
        <source>The observer gave no answer within %1 s and was stopped.</source>
        <translation>Der Beobachter hat innerhalb von %1 s nicht geantwortet und wurde beendet.</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="110"/>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="278"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="218"/>
        <source>The observer reported an error.</source>
        <translation>Der Beobachter hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="252"/>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="252"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="269"/>
        <source>This Claude Code version is not supported: %1</source>
        <translation>Diese Claude-Code-Version wird nicht unterstützt: %1</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="274"/>
        <source>The observer exited mid-turn (%1)%2</source>
        <translation>Der Beobachter hat sich mitten in der Antwort beendet (%1)%2</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="286"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="290"/>
        <source>could not start: %1</source>
        <translation>Start fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../app/core/observe/Pipeline.cpp" line="121"/>
        <source>Claude Code CLI not found.</source>
        <translation>Claude-Code-CLI nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>ProjectRefiler</name>
    <message>
        <location filename="../app/core/store/ProjectRefiler.cpp" line="47"/>
        <source>Could not file old memory under its repository&apos;s project: %1. Observer Tray tries again at its next start.</source>
        <translation>Älteres Gedächtnis konnte nicht dem Projekt seines Repositorys zugeordnet werden: %1. Observer Tray versucht es beim nächsten Start erneut.</translation>
    </message>
</context>
<context>
    <name>ProjectSettings</name>
    <message>
        <location filename="../app/gui/ProjectSettings.cpp" line="26"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectSettings.cpp" line="28"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectSettings.cpp" line="37"/>
        <source>Name shown for the selected project (empty: its folder)</source>
        <translation>Angezeigter Name für das gewählte Projekt (leer: sein Ordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectSettings.cpp" line="39"/>
        <source>Selected are one with:</source>
        <translation>Die gewählten gehören zu:</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectSettings.cpp" line="65"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ProjectSettings.cpp" line="79"/>
        <source>%1 (%n observation(s))</source>
        <translation>
            <numerusform>%1 (%n Beobachtung)</numerusform>
            <numerusform>%1 (%n Beobachtungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionSettings</name>
    <message>
        <location filename="../app/gui/RedactionSettings.cpp" line="13"/>
        <source>Replace keys, tokens and passwords by [redacted] before they are stored or sent</source>
        <translation>Schlüssel, Tokens und Passwörter vor dem Speichern oder Senden durch [redacted] ersetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/RedactionSettings.cpp" line="22"/>
        <source>Your own patterns, one regular expression per line</source>
        <translation>Eigene Muster, ein regulärer Ausdruck pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/gui/RedactionSettings.cpp" line="48"/>
        <source>Not saved: &quot;%1&quot;: %2</source>
        <translation>Nicht gespeichert: „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <location filename="../app/core/observe/Scheduler.cpp" line="107"/>
        <location filename="../app/core/observe/Scheduler.cpp" line="157"/>
        <source>Cannot read the event queue: %1</source>
        <translation>Die Ereigniswarteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/observe/Scheduler.cpp" line="218"/>
        <source>Could not store the observer&apos;s answer: %1</source>
        <translation>Die Antwort des Beobachters konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/observe/SchedulerSlots.cpp" line="124"/>
        <source>The observer exited (%1).</source>
        <translation>Der Beobachter wurde beendet (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/observe/SchedulerSlots.cpp" line="141"/>
        <source>Cannot record the observer run: %1</source>
        <translation>Der Beobachterlauf kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SecretScan</name>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="12"/>
        <source>Scan stored memory for secrets…</source>
        <translation>Gespeichertes Gedächtnis nach Geheimnissen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="26"/>
        <source>Scanning stored memory for secrets…</source>
        <translation>Gespeichertes Gedächtnis wird nach Geheimnissen durchsucht…</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="34"/>
        <source>No secrets found in stored memory.</source>
        <translation>Keine Geheimnisse im gespeicherten Gedächtnis gefunden.</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="38"/>
        <source>Scan stored memory for secrets</source>
        <translation>Gespeichertes Gedächtnis nach Geheimnissen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="39"/>
        <source>Found %1 secrets in %2 observations, %3 summaries and %4 queued events. Replace them with [redacted:…] now? This cannot be undone.</source>
        <translation>%1 Geheimnisse in %2 Beobachtungen, %3 Zusammenfassungen und %4 wartenden Ereignissen gefunden. Jetzt durch [redacted:…] ersetzen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="48"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="30"/>
        <source>Use my Claude subscription, not API keys from the environment, when both exist</source>
        <translation>Mein Claude-Abo statt API-Schlüsseln aus der Umgebung verwenden, wenn beides vorhanden ist</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="34"/>
        <source>Offer recent observations to new Claude Code sessions</source>
        <translation>Neuen Claude-Code-Sitzungen aktuelle Beobachtungen anbieten</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="35"/>
        <source>Hide observer sessions from the resume list automatically</source>
        <translation>Beobachter-Sitzungen automatisch aus der Fortsetzen-Liste ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="39"/>
        <source>Start Observer Tray when I log in</source>
        <translation>Observer Tray bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="42"/>
        <source>Observer Tray Settings</source>
        <translation>Observer-Tray-Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="44"/>
        <source>found automatically</source>
        <translation>automatisch gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="46"/>
        <source>Path to claude:</source>
        <translation>Pfad zu claude:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="48"/>
        <source>Observer model:</source>
        <translation>Modell der Beobachter:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="51"/>
        <source>Observers at once:</source>
        <translation>Gleichzeitige Beobachter:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="53"/>
        <source>Billing guard:</source>
        <translation>Kostenschutz:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="56"/>
        <source>Send events to observers:</source>
        <translation>Ereignisse an Beobachter senden:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="58"/>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="60"/>
        <source>Resume list:</source>
        <translation>Fortsetzen-Liste:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="62"/>
        <source>Tools not recorded:</source>
        <translation>Nicht aufgezeichnete Werkzeuge:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="64"/>
        <source>One folder per line; nothing under it is recorded</source>
        <translation>Ein Ordner pro Zeile; darunter wird nichts aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="66"/>
        <source>Excluded projects:</source>
        <translation>Ausgeschlossene Projekte:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="80"/>
        <source>Desktop:</source>
        <translation>Desktop:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="81"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="86"/>
        <source>Language (after restart):</source>
        <translation>Sprache (nach Neustart):</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="142"/>
        <source>Start at login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="167"/>
        <source>%1 (as typed)</source>
        <translation>%1 (wie eingegeben)</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="167"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="171"/>
        <source>Matched as (with everything under it):</source>
        <translation>Erkannt als (mit allem darunter):</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="109"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="112"/>
        <source>Pause observers above, 5-hour window:</source>
        <translation>Beobachter pausieren über, 5-Stunden-Fenster:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="113"/>
        <source>Pause observers above, weekly window:</source>
        <translation>Beobachter pausieren über, Wochenfenster:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="114"/>
        <source>Daily observer token budget:</source>
        <translation>Tägliches Token-Budget der Beobachter:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="78"/>
        <source>Secrets:</source>
        <translation>Geheimnisse:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="76"/>
        <source>Projects:</source>
        <translation>Projekte:</translation>
    </message>
</context>
<context>
    <name>SetupChecklist</name>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="14"/>
        <source>Set up Observer Tray: each line turns green when it works.</source>
        <translation>Observer Tray einrichten: jede Zeile wird grün, sobald sie funktioniert.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="23"/>
        <source>Choose the CLI…</source>
        <translation>CLI auswählen…</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="24"/>
        <source>Check sign-in now</source>
        <translation>Anmeldung jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="25"/>
        <location filename="../app/gui/SetupChecklist.cpp" line="114"/>
        <source>Install Claude Code hooks</source>
        <translation>Claude-Code-Hooks installieren</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="82"/>
        <source>Waiting for the first observation: %1.</source>
        <translation>Warten auf die erste Beobachtung: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="83"/>
        <source>Waiting for the first observation: an observer writes it when Claude finishes answering in that session.</source>
        <translation>Warten auf die erste Beobachtung: Ein Beobachter schreibt sie, wenn Claude in dieser Sitzung mit der Antwort fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="91"/>
        <source>Claude Code hooks: not installed, nothing is recorded.</source>
        <translation>Claude-Code-Hooks: nicht installiert, es wird nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="93"/>
        <source>Claude Code hooks: %1</source>
        <translation>Claude-Code-Hooks: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="95"/>
        <source>Claude Code hooks: installed; not tested yet.</source>
        <translation>Claude-Code-Hooks: installiert; noch nicht getestet.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="97"/>
        <source>Claude Code hooks: installed, but a test event failed: %1</source>
        <translation>Claude-Code-Hooks: installiert, aber ein Testereignis ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="99"/>
        <source>Claude Code hooks: installed and working (a test event ran %1 and reached the queue).</source>
        <translation>Claude-Code-Hooks: installiert und funktionsfähig (ein Testereignis hat %1 ausgeführt und die Warteschlange erreicht).</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="107"/>
        <source>Claude Code CLI found: %1, version %2</source>
        <translation>Claude-Code-CLI gefunden: %1, Version %2</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="108"/>
        <source>Claude Code CLI: not found yet. Install Claude Code, or choose its path in Settings.</source>
        <translation>Claude-Code-CLI: noch nicht gefunden. Installieren Sie Claude Code oder wählen Sie seinen Pfad in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="111"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="112"/>
        <source>Not signed in yet. %1</source>
        <translation>Noch nicht angemeldet. %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="114"/>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="120"/>
        <source>A Claude Code session was recorded.</source>
        <translation>Eine Claude-Code-Sitzung wurde aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="121"/>
        <source>Waiting for the first Claude Code session: start a new one in any project (a session started before the hooks were installed does not run them).</source>
        <translation>Warten auf die erste Claude-Code-Sitzung: starten Sie eine neue in einem beliebigen Projekt (eine Sitzung, die vor der Installation der Hooks begann, führt sie nicht aus).</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="80"/>
        <source>First observation stored.</source>
        <translation>Erste Beobachtung gespeichert.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../app/gui/SingleInstance.cpp" line="48"/>
        <source>Cannot tell whether Observer Tray runs already: cannot make a lock file in %1. Check that this folder (XDG_RUNTIME_DIR) exists, is a folder and is yours.</source>
        <translation>Ob Observer Tray schon läuft, ist nicht festzustellen: in %1 lässt sich keine Sperrdatei anlegen. Prüfen Sie, ob dieser Ordner (XDG_RUNTIME_DIR) existiert, ein Ordner ist und Ihnen gehört.</translation>
    </message>
    <message>
        <location filename="../app/gui/SingleInstance.cpp" line="61"/>
        <source>Launching Observer Tray again will not open this window: cannot listen on %1 (%2). Remove what is at that path, then restart Observer Tray.</source>
        <translation>Ein erneuter Start von Observer Tray öffnet dieses Fenster nicht: an %1 kann nicht gelauscht werden (%2). Entfernen Sie, was unter diesem Pfad liegt, und starten Sie Observer Tray neu.</translation>
    </message>
    <message>
        <location filename="../app/gui/SingleInstance.cpp" line="75"/>
        <source>Observer Tray runs already but did not answer on %1 (%2). Open its window from its tray icon, or quit it and start again.</source>
        <translation>Observer Tray läuft bereits, hat aber auf %1 nicht geantwortet (%2). Öffnen Sie sein Fenster über sein Tray-Symbol, oder beenden Sie es und starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>StatusLook</name>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="51"/>
        <source>processing in another Observer Tray (pid %1)</source>
        <translation>Verarbeitung in einem anderen Observer Tray (PID %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="52"/>
        <source>processing in another Observer Tray</source>
        <translation>Verarbeitung in einem anderen Observer Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionFeedback.cpp" line="21"/>
        <location filename="../app/gui/StatusLook.cpp" line="54"/>
        <source>probably signed in (%1)</source>
        <translation>vermutlich angemeldet (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionFeedback.cpp" line="22"/>
        <location filename="../app/gui/StatusLook.cpp" line="55"/>
        <source>signed in (%1)</source>
        <translation>angemeldet (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="57"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="61"/>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="63"/>
        <source>offline, retrying</source>
        <translation>offline, neuer Versuch läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="65"/>
        <source>Claude Code CLI not found</source>
        <translation>Claude-Code-CLI nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="67"/>
        <source>stalled: observers answer but record nothing</source>
        <translation>ins Stocken geraten: Beobachter antworten, zeichnen aber nichts auf</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="69"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="83"/>
        <source>checking sign-in…</source>
        <translation>Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="90"/>
        <source>%1 observations, %2 today</source>
        <translation>%1 Beobachtungen, %2 heute</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="94"/>
        <source> · %1 parked</source>
        <translation> · %1 zurückgestellt</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="111"/>
        <source>%1 queued</source>
        <translation>%1 in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="113"/>
        <source>%1 queued until their turn ends (by %2)</source>
        <translation>%1 in der Warteschlange bis zum Ende ihres Durchgangs (spätestens %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="143"/>
        <source>Observer Tray — %1 · %2</source>
        <translation>Observer Tray — %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="71"/>
        <source>sign-in rejected by the server</source>
        <translation>Anmeldung vom Server abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="74"/>
        <source>Claude Code hooks outdated: nothing is recorded</source>
        <translation>Claude-Code-Hooks veraltet: es wird nichts aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="75"/>
        <source>Claude Code hooks not installed: nothing is recorded</source>
        <translation>Claude-Code-Hooks nicht installiert: es wird nichts aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="77"/>
        <source>Claude Code hooks broken: nothing is recorded</source>
        <translation>Claude-Code-Hooks defekt: es wird nichts aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="79"/>
        <source>no events from running Claude Code sessions</source>
        <translation>keine Ereignisse von laufenden Claude-Code-Sitzungen</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="93"/>
        <source>Claude Code CLI:</source>
        <translation>Claude-Code-CLI:</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="94"/>
        <source>Counts:</source>
        <translation>Zahlen:</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="95"/>
        <source>Claude Code hooks:</source>
        <translation>Claude-Code-Hooks:</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="37"/>
        <source>Observations per project:</source>
        <translation>Beobachtungen pro Projekt:</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="102"/>
        <location filename="../app/gui/StatusPage.cpp" line="112"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="102"/>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="39"/>
        <source>Parked events (failed repeatedly; they never block the queue):</source>
        <translation>Zurückgestellte Ereignisse (wiederholt fehlgeschlagen; sie blockieren die Warteschlange nie):</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="41"/>
        <source>Select a parked event to read its last error in full.</source>
        <translation>Wählen Sie ein zurückgestelltes Ereignis, um seinen letzten Fehler vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="64"/>
        <source>&amp;Check sign-in now</source>
        <translation>&amp;Anmeldung jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="112"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="112"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="112"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="201"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="218"/>
        <source>%1, version %2; supports %3</source>
        <translation>%1, Version %2; unterstützt %3</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="220"/>
        <source>not found (the places searched are listed above)</source>
        <translation>nicht gefunden (die durchsuchten Orte stehen oben)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="221"/>
        <source>not found (looked in %1)</source>
        <translation>nicht gefunden (gesucht in %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="228"/>
        <source>%1 observations, %2 today · %3 · %4 parked · %5 observers running</source>
        <translation>%1 Beobachtungen, %2 heute · %3 · %4 zurückgestellt · %5 Beobachter aktiv</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="174"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="124"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="125"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="61"/>
        <location filename="../app/gui/StatusPage.cpp" line="178"/>
        <source>Install Claude Code hooks</source>
        <translation>Claude-Code-Hooks installieren</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="73"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="81"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="178"/>
        <source>Repair Claude Code hooks</source>
        <translation>Claude-Code-Hooks reparieren</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="92"/>
        <source>Nothing to hide: `claude --resume` lists no observer session.</source>
        <translation>Nichts auszublenden: `claude --resume` listet keine Beobachter-Sitzung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="96"/>
        <source>Hid %n observer session(s).</source>
        <translation>
            <numerusform>%n Beobachter-Sitzung ausgeblendet.</numerusform>
            <numerusform>%n Beobachter-Sitzungen ausgeblendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="99"/>
        <source> %n skipped (see --hide-observer-sessions --dry-run).</source>
        <translation>
            <numerusform> %n übersprungen (siehe --hide-observer-sessions --dry-run).</numerusform>
            <numerusform> %n übersprungen (siehe --hide-observer-sessions --dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="110"/>
        <source>Restored %n session(s).</source>
        <translation>
            <numerusform>%n Sitzung wiederhergestellt.</numerusform>
            <numerusform>%n Sitzungen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="112"/>
        <source> %n left hidden: the original path is taken.</source>
        <translation>
            <numerusform> %n bleibt ausgeblendet: Der ursprüngliche Pfad ist belegt.</numerusform>
            <numerusform> %n bleiben ausgeblendet: Der ursprüngliche Pfad ist belegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="124"/>
        <source>Deleted %n hidden session(s) permanently.</source>
        <translation>
            <numerusform>%n ausgeblendete Sitzung endgültig gelöscht.</numerusform>
            <numerusform>%n ausgeblendete Sitzungen endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="147"/>
        <source>Could not forget: %1. Nothing was deleted.</source>
        <translation>Vergessen fehlgeschlagen: %1. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="150"/>
        <source>Forgot %1 observations, %2 summaries and %3 queued events.</source>
        <translation>%1 Beobachtungen, %2 Zusammenfassungen und %3 wartende Ereignisse vergessen.</translation>
    </message>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="163"/>
        <source>Could not delete the observations: %1. None was deleted.</source>
        <translation>Die Beobachtungen konnten nicht gelöscht werden: %1. Keine wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="166"/>
        <source>Deleted %1 observations.</source>
        <translation>%1 Beobachtungen gelöscht.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="37"/>
        <source>Observing</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="41"/>
        <source>Check sign-in now</source>
        <translation>Anmeldung jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="43"/>
        <location filename="../app/gui/TrayIcon.cpp" line="132"/>
        <source>Install Claude Code hooks</source>
        <translation>Claude-Code-Hooks installieren</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="46"/>
        <source>Open Observer Tray…</source>
        <translation>Observer Tray öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="47"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="50"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="111"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="122"/>
        <source>Hide observer sessions from resume list (%1, %2)</source>
        <translation>Beobachter-Sitzungen aus der Fortsetzen-Liste ausblenden (%1, %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="125"/>
        <source>Hide observer sessions from resume list (0)</source>
        <translation>Beobachter-Sitzungen aus der Fortsetzen-Liste ausblenden (0)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="129"/>
        <source>Claude Code hooks installed</source>
        <translation>Claude-Code-Hooks installiert</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="130"/>
        <source>Repair Claude Code hooks (broken)</source>
        <translation>Claude-Code-Hooks reparieren (defekt)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="131"/>
        <source>Update Claude Code hooks</source>
        <translation>Claude-Code-Hooks aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="40"/>
        <source>Observe anyway</source>
        <translation>Trotzdem beobachten</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="44"/>
        <source>Pause memory for this project</source>
        <translation>Gedächtnis für dieses Projekt pausieren</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="48"/>
        <source>Setup…</source>
        <translation>Einrichtung…</translation>
    </message>
</context>
<context>
    <name>UsageLook</name>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="14"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="34"/>
        <source>%1: reset at %2</source>
        <translation>%1: zurückgesetzt um %2</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="37"/>
        <source>%1: %2 · resets %3</source>
        <translation>%1: %2 · zurückgesetzt %3</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="42"/>
        <source>5-hour window</source>
        <translation>5-Stunden-Fenster</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="47"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="58"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="78"/>
        <source>paused for your limits until %1</source>
        <translation>pausiert wegen Ihrer Limits bis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="79"/>
        <source>paused for your limits</source>
        <translation>pausiert wegen Ihrer Limits</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="86"/>
        <source>the 5-hour window is above your threshold</source>
        <translation>das 5-Stunden-Fenster liegt über Ihrer Schwelle</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="88"/>
        <source>the weekly window is above your threshold</source>
        <translation>das Wochenfenster liegt über Ihrer Schwelle</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="90"/>
        <source>the API refused: the usage limit is reached</source>
        <translation>die API lehnt ab: das Nutzungslimit ist erreicht</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="92"/>
        <source>observers used today&apos;s token budget</source>
        <translation>die Beobachter haben das heutige Token-Budget verbraucht</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="94"/>
        <source>Observing is %1: %2. Events stay queued.</source>
        <translation>Beobachtung ist %1: %2. Ereignisse bleiben in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="96"/>
        <source>Observing anyway until %1 although %2.</source>
        <translation>Trotzdem wird bis %1 beobachtet, obwohl %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="99"/>
        <source>The windows appear with the first observer turn (a Claude subscription reports them; an API key does not).</source>
        <translation>Die Fenster erscheinen mit dem ersten Beobachter-Durchgang (ein Claude-Abo meldet sie, ein API-Schlüssel nicht).</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="103"/>
        <source>This login reports no usage windows (API key): the guard goes by the daily token budget only.</source>
        <translation>Diese Anmeldung meldet keine Nutzungsfenster (API-Schlüssel): Der Schutz richtet sich nur nach dem täglichen Token-Budget.</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="104"/>
        <source>This login reports no usage windows (API key): the usage guard has nothing to go on.</source>
        <translation>Diese Anmeldung meldet keine Nutzungsfenster (API-Schlüssel): Der Nutzungsschutz hat keine Grundlage.</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="105"/>
        <source>Observing stays below your thresholds.</source>
        <translation>Die Beobachtung bleibt unter Ihren Schwellen.</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="27"/>
        <source>Usage limits</source>
        <translation>Nutzungslimits</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="38"/>
        <source>Observe anyway</source>
        <translation>Trotzdem beobachten</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="60"/>
        <source>no figure yet</source>
        <translation>noch kein Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="66"/>
        <source>5-hour window: %1</source>
        <translation>5-Stunden-Fenster: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="67"/>
        <source>week: %1</source>
        <translation>Woche: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="79"/>
        <source>no cost reported</source>
        <translation>keine Kosten gemeldet</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="80"/>
        <source>US$ %1 billed to your API key</source>
        <translation>%1 US$ über Ihren API-Schlüssel abgerechnet</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="81"/>
        <source>US$ %1 at API prices (your subscription is not billed per token)</source>
        <translation>%1 US$ zu API-Preisen (Ihr Abo wird nicht pro Token abgerechnet)</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="83"/>
        <source>%1: %2 turns, %3 input, %4 output, %5 cache-read, %6 cache-write tokens; %7</source>
        <translation>%1: %2 Durchgänge, %3 Eingabe-, %4 Ausgabe-, %5 Cache-Lese-, %6 Cache-Schreib-Tokens; %7</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="90"/>
        <source>Observers&apos; own use (ended runs):</source>
        <translation>Eigener Verbrauch der Beobachter (beendete Läufe):</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="90"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="91"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
</context>
<context>
    <name>WindowCloseGuard</name>
    <message>
        <location filename="../app/gui/WindowCloseGuard.cpp" line="30"/>
        <source>Observer Tray quits</source>
        <translation>Observer Tray wird beendet</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowCloseGuard.cpp" line="31"/>
        <source>This desktop has no system tray, so Observer Tray quits when its window closes and stops observing. Start it again from your applications menu (or enable &quot;Start at login&quot; in Settings). This is said only once.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systembereich (Tray). Darum wird Observer Tray beendet, wenn sein Fenster geschlossen wird, und beobachtet nicht mehr. Starten Sie es wieder über das Anwendungsmenü (oder aktivieren Sie „Bei Anmeldung starten“ in den Einstellungen). Dieser Hinweis erscheint nur einmal.</translation>
    </message>
</context>
<context>
    <name>WindowMenuBar</name>
    <message>
        <location filename="../app/gui/WindowMenuBar.cpp" line="9"/>
        <source>&amp;Observer Tray</source>
        <translation>&amp;Observer Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowMenuBar.cpp" line="25"/>
        <source>&amp;Memory</source>
        <translation>&amp;Gedächtnis</translation>
    </message>
</context>
</TS>
