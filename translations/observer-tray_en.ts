<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <location filename="../app/gui/AppController.cpp" line="141" />
        <source>Install Claude Code hooks</source>
        <translation>Install Claude Code hooks</translation>
    </message>
</context>
<context>
    <name>AuthMonitor</name>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="32" />
        <source>Run `claude auth login` in a terminal, then press Check now.</source>
        <translation>Run `claude auth login` in a terminal, then press Check now.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="75" />
        <source>Claude Code CLI not found.</source>
        <translation>Claude Code CLI not found.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="76" />
        <source>Install Claude Code (npm install -g @anthropic-ai/claude-code) or set its path in Settings.</source>
        <translation>Install Claude Code (npm install -g @anthropic-ai/claude-code) or set its path in Settings.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="77" />
        <source>Looked in: </source>
        <translation>Looked in: </translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="85" />
        <source>Check that `%1 --version` works in a terminal.</source>
        <translation>Check that `%1 --version` works in a terminal.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="130" />
        <source>`claude auth status` gave an answer Observer Tray does not understand.</source>
        <translation>`claude auth status` gave an answer Observer Tray does not understand.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="131" />
        <source>Run `claude auth status` in a terminal to see what it says; update Claude Code if it is old.</source>
        <translation>Run `claude auth status` in a terminal to see what it says; update Claude Code if it is old.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="154" />
        <source>Observers sign in with your %1.</source>
        <translation>Observers sign in with your %1.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="156" />
        <source>Billing guard: ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN from your environment are not passed to observers, so they use your subscription instead of per-token billing.</source>
        <translation>Billing guard: ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN from your environment are not passed to observers, so they use your subscription instead of per-token billing.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="160" />
        <source>Claude Code is not signed in, so observers cannot work.</source>
        <translation>Claude Code is not signed in, so observers cannot work.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="170" />
        <source>This Claude Code (%1) has no `auth status`; judged from your configuration. The first observer answer will confirm it.</source>
        <translation>This Claude Code (%1) has no `auth status`; judged from your configuration. The first observer answer will confirm it.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="186" />
        <source>No Claude Code login found (no credentials file, no API key or token in the environment).</source>
        <translation>No Claude Code login found (no credentials file, no API key or token in the environment).</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="187" />
        <source>Run `claude` in a terminal and sign in with /login, then press Check now.</source>
        <translation>Run `claude` in a terminal and sign in with /login, then press Check now.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="198" />
        <source>Observers cannot sign in: Claude Code said "%1".</source>
        <translation>Observers cannot sign in: Claude Code said "%1".</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="206" />
        <source>Claude Code cannot reach the API and is retrying (attempt %1).</source>
        <translation>Claude Code cannot reach the API and is retrying (attempt %1).</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="207" />
        <source>Check your network connection; observing resumes by itself.</source>
        <translation>Check your network connection; observing resumes by itself.</translation>
    </message>
    <message>
        <location filename="../app/core/AuthMonitor.cpp" line="221" />
        <source>Observers are signed in (confirmed by an answer) with your %1.</source>
        <translation>Observers are signed in (confirmed by an answer) with your %1.</translation>
    </message>
</context>
<context>
    <name>HiddenSessionsPage</name>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="22" />
        <source>Observer sessions are moved out of Claude Code's projects folder into Observer Tray's data folder, so `claude --resume` no longer lists them. Nothing is deleted unless you ask; Restore puts files back exactly where they were.</source>
        <translation>Observer sessions are moved out of Claude Code's projects folder into Observer Tray's data folder, so `claude --resume` no longer lists them. Nothing is deleted unless you ask; Restore puts files back exactly where they were.</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="32" />
        <source>Original path</source>
        <translation>Original path</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="32" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="32" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="32" />
        <source>Hidden at</source>
        <translation>Hidden at</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="42" />
        <source>Restore selected</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="43" />
        <source>Restore all</source>
        <translation>Restore all</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="44" />
        <source>Delete permanently…</source>
        <translation>Delete permanently…</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="59" />
        <source>Delete permanently</source>
        <translation>Delete permanently</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="60" />
        <source>Delete %n hidden transcript(s) for good? This cannot be undone.</source>
        <translation><numerusform>Delete %n hidden transcript for good? This cannot be undone.</numerusform><numerusform>Delete %n hidden transcripts for good? This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="91" />
        <source>Now at %1</source>
        <translation>Now at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="100" />
        <source>%n session(s) hidden, %1.</source>
        <translation><numerusform>%n session hidden, %1.</numerusform><numerusform>%n sessions hidden, %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="106" />
        <source>Hide observer sessions (%n session(s), %1)</source>
        <translation><numerusform>Hide observer sessions (%n session, %1)</numerusform><numerusform>Hide observer sessions (%n sessions, %1)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="18" />
        <source>Observer Tray</source>
        <translation>Observer Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="20" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="21" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="22" />
        <source>Hidden sessions</source>
        <translation>Hidden sessions</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../app/core/Notifier.cpp" line="15" />
        <source>Observers cannot sign in</source>
        <translation>Observers cannot sign in</translation>
    </message>
    <message>
        <location filename="../app/core/Notifier.cpp" line="18" />
        <source>Claude Code CLI not found</source>
        <translation>Claude Code CLI not found</translation>
    </message>
    <message>
        <location filename="../app/core/Notifier.cpp" line="20" />
        <source>Observers record nothing</source>
        <translation>Observers record nothing</translation>
    </message>
    <message>
        <location filename="../app/core/Notifier.cpp" line="23" />
        <source>Signed in again</source>
        <translation>Signed in again</translation>
    </message>
    <message>
        <location filename="../app/core/Notifier.cpp" line="23" />
        <source>Observing resumed with your %1.</source>
        <translation>Observing resumed with your %1.</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="67" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="69" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="71" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="73" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>ObservationsPage</name>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="26" />
        <source>Search observations…</source>
        <translation>Search observations…</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="29" />
        <location filename="../app/gui/ObservationsPage.cpp" line="71" />
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="93" />
        <source>&lt;b&gt;Facts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Facts&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="95" />
        <source>&lt;b&gt;Files read&lt;/b&gt;</source>
        <translation>&lt;b&gt;Files read&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="97" />
        <source>&lt;b&gt;Files modified&lt;/b&gt;</source>
        <translation>&lt;b&gt;Files modified&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="99" />
        <source>&lt;b&gt;Concepts&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Concepts&lt;/b&gt;: %1</translation>
    </message>
</context>
<context>
    <name>ObserverSession</name>
    <message>
        <location filename="../app/core/ObserverSession.cpp" line="49" />
        <source>The observer gave no answer within %1 s and was stopped.</source>
        <translation>The observer gave no answer within %1 s and was stopped.</translation>
    </message>
    <message>
        <location filename="../app/core/ObserverSession.cpp" line="104" />
        <location filename="../app/core/ObserverSession.cpp" line="244" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/core/ObserverSession.cpp" line="202" />
        <source>The observer reported an error.</source>
        <translation>The observer reported an error.</translation>
    </message>
    <message>
        <location filename="../app/core/ObserverSession.cpp" line="236" />
        <source>crashed</source>
        <translation>crashed</translation>
    </message>
    <message>
        <location filename="../app/core/ObserverSession.cpp" line="236" />
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <location filename="../app/core/ObserverSession.cpp" line="240" />
        <source>The observer exited mid-turn (%1)%2</source>
        <translation>The observer exited mid-turn (%1)%2</translation>
    </message>
    <message>
        <location filename="../app/core/ObserverSession.cpp" line="252" />
        <source>Could not start %1: %2</source>
        <translation>Could not start %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/ObserverSession.cpp" line="255" />
        <source>could not start: %1</source>
        <translation>could not start: %1</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../app/core/Pipeline.cpp" line="63" />
        <source>Claude Code CLI not found.</source>
        <translation>Claude Code CLI not found.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <location filename="../app/core/Scheduler.cpp" line="136" />
        <source>Cannot read the event queue: %1</source>
        <translation>Cannot read the event queue: %1</translation>
    </message>
    <message>
        <location filename="../app/core/Scheduler.cpp" line="315" />
        <source>Could not store the observer's answer: %1</source>
        <translation>Could not store the observer's answer: %1</translation>
    </message>
    <message>
        <location filename="../app/core/Scheduler.cpp" line="364" />
        <source>The observer exited (%1).</source>
        <translation>The observer exited (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/Scheduler.cpp" line="385" />
        <source>The observer answered %1 times in a row without an observation block.</source>
        <translation>The observer answered %1 times in a row without an observation block.</translation>
    </message>
    <message>
        <location filename="../app/core/Scheduler.cpp" line="404" />
        <source>Cannot record the observer run: %1</source>
        <translation>Cannot record the observer run: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="23" />
        <source>Use my Claude subscription, not API keys from the environment, when both exist</source>
        <translation>Use my Claude subscription, not API keys from the environment, when both exist</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="24" />
        <source>Offer recent observations to new Claude Code sessions</source>
        <translation>Offer recent observations to new Claude Code sessions</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="25" />
        <source>Hide observer sessions from the resume list automatically</source>
        <translation>Hide observer sessions from the resume list automatically</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="28" />
        <source>Start Observer Tray when I log in</source>
        <translation>Start Observer Tray when I log in</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="31" />
        <source>Observer Tray Settings</source>
        <translation>Observer Tray Settings</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="33" />
        <source>found automatically</source>
        <translation>found automatically</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="35" />
        <source>Path to claude:</source>
        <translation>Path to claude:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="37" />
        <source>Observer model:</source>
        <translation>Observer model:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="40" />
        <source>Observers at once:</source>
        <translation>Observers at once:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="42" />
        <source>Billing guard:</source>
        <translation>Billing guard:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="44" />
        <source>Context:</source>
        <translation>Context:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="46" />
        <source>Resume list:</source>
        <translation>Resume list:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="48" />
        <source>Tools not recorded:</source>
        <translation>Tools not recorded:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="50" />
        <source>One folder per line; nothing under it is recorded</source>
        <translation>One folder per line; nothing under it is recorded</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="52" />
        <source>Excluded projects:</source>
        <translation>Excluded projects:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="54" />
        <source>Desktop:</source>
        <translation>Desktop:</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="55" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="60" />
        <source>Language (after restart):</source>
        <translation>Language (after restart):</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="88" />
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="118" />
        <source>probably signed in (%1)</source>
        <translation>probably signed in (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="119" />
        <source>signed in (%1)</source>
        <translation>signed in (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="121" />
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="123" />
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="125" />
        <source>offline, retrying</source>
        <translation>offline, retrying</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="127" />
        <source>Claude Code CLI not found</source>
        <translation>Claude Code CLI not found</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="129" />
        <source>stalled: observers answer but record nothing</source>
        <translation>stalled: observers answer but record nothing</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="131" />
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="135" />
        <source>checking sign-in…</source>
        <translation>checking sign-in…</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="142" />
        <source>%1 observations, %2 today</source>
        <translation>%1 observations, %2 today</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="144" />
        <source> · %1 queued</source>
        <translation> · %1 queued</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="146" />
        <source> · %1 parked</source>
        <translation> · %1 parked</translation>
    </message>
    <message>
        <location filename="../app/core/StatusModel.cpp" line="152" />
        <source>Observer Tray — %1 · %2</source>
        <translation>Observer Tray — %1 · %2</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="23" />
        <source>Check sign-in now</source>
        <translation>Check sign-in now</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="36" />
        <source>Claude Code CLI:</source>
        <translation>Claude Code CLI:</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="37" />
        <source>Counts:</source>
        <translation>Counts:</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="41" />
        <source>Claude Code hooks:</source>
        <translation>Claude Code hooks:</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="43" />
        <source>Observations per project:</source>
        <translation>Observations per project:</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="45" />
        <location filename="../app/gui/StatusPage.cpp" line="52" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="45" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="50" />
        <source>Parked events (failed repeatedly; they never block the queue):</source>
        <translation>Parked events (failed repeatedly; they never block the queue):</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="52" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="52" />
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="52" />
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="60" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="61" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="103" />
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="113" />
        <source>%1, version %2; supports %3</source>
        <translation>%1, version %2; supports %3</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="115" />
        <source>not found (the places searched are listed above)</source>
        <translation>not found (the places searched are listed above)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="116" />
        <source>not found (looked in %1)</source>
        <translation>not found (looked in %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="117" />
        <source>installed</source>
        <translation>installed</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="120" />
        <source>%1 observations, %2 today · %3 queued · %4 parked · %5 observers running</source>
        <translation>%1 observations, %2 today · %3 queued · %4 parked · %5 observers running</translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
    <message numerus="yes">
        <location filename="../app/core/StoreReader.cpp" line="87" />
        <source>Hid %n observer session(s).</source>
        <translation><numerusform>Hid %n observer session.</numerusform><numerusform>Hid %n observer sessions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/StoreReader.cpp" line="90" />
        <source> %n skipped (see --hide-observer-sessions --dry-run).</source>
        <translation><numerusform> %n skipped (see --hide-observer-sessions --dry-run).</numerusform><numerusform> %n skipped (see --hide-observer-sessions --dry-run).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/StoreReader.cpp" line="101" />
        <source>Restored %n session(s).</source>
        <translation><numerusform>Restored %n session.</numerusform><numerusform>Restored %n sessions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/StoreReader.cpp" line="103" />
        <source> %n left hidden: the original path is taken.</source>
        <translation><numerusform> %n left hidden: the original path is taken.</numerusform><numerusform> %n left hidden: the original path is taken.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/StoreReader.cpp" line="115" />
        <source>Deleted %n hidden session(s) permanently.</source>
        <translation><numerusform>Deleted %n hidden session permanently.</numerusform><numerusform>Deleted %n hidden sessions permanently.</numerusform></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="17" />
        <source>Observing</source>
        <translation>Observing</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="20" />
        <source>Check sign-in now</source>
        <translation>Check sign-in now</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="22" />
        <location filename="../app/gui/TrayIcon.cpp" line="87" />
        <source>Install Claude Code hooks</source>
        <translation>Install Claude Code hooks</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="24" />
        <source>Open Observer Tray…</source>
        <translation>Open Observer Tray…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="25" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="27" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="70" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="77" />
        <source>Hide observer sessions from resume list (%1, %2)</source>
        <translation>Hide observer sessions from resume list (%1, %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="80" />
        <source>Hide observer sessions from resume list (0)</source>
        <translation>Hide observer sessions from resume list (0)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="84" />
        <source>Claude Code hooks installed</source>
        <translation>Claude Code hooks installed</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="85" />
        <source>Repair Claude Code hooks (broken)</source>
        <translation>Repair Claude Code hooks (broken)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="86" />
        <source>Update Claude Code hooks</source>
        <translation>Update Claude Code hooks</translation>
    </message>
</context>
</TS>