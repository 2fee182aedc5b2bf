<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionFeedback</name>
    <message>
        <location filename="../app/gui/ActionFeedback.cpp" line="25"/>
        <source>Sign-in checked at %1: %2.</source>
        <translation>Connexion vérifiée à %1 : %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionFeedback.cpp" line="32"/>
        <source>At %1: %2</source>
        <translation>À %1 : %2</translation>
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
        <translation>L&apos;observateur a répondu %1 fois de suite sans bloc d&apos;observation.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../app/gui/AppController.cpp" line="279"/>
        <source>Install Claude Code hooks</source>
        <translation>Installation des hooks de Claude Code</translation>
    </message>
    <message>
        <location filename="../app/gui/AppController.cpp" line="270"/>
        <source>Memory paused</source>
        <translation>Mémoire en pause</translation>
    </message>
    <message>
        <location filename="../app/gui/AppController.cpp" line="271"/>
        <source>Nothing from %1 is recorded now. Remove it from Settings → Excluded projects to resume.</source>
        <translation>Plus rien de %1 n’est enregistré. Retirez-le de Réglages → Projets exclus pour reprendre.</translation>
    </message>
    <message>
        <location filename="../app/gui/AppController.cpp" line="241"/>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
</context>
<context>
    <name>AuthMonitor</name>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="10"/>
        <source>Run `claude` in a terminal and sign in with /login, then press Check sign-in now.</source>
        <translation>Lancez `claude` dans un terminal, connectez-vous avec /login, puis cliquez sur « Vérifier la connexion ».</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="11"/>
        <source>Run `claude auth login` in a terminal, then press Check sign-in now.</source>
        <translation>Lancez `claude auth login` dans un terminal, puis cliquez sur « Vérifier la connexion ».</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="63"/>
        <source>Claude Code CLI not found.</source>
        <translation>CLI de Claude Code introuvable.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="64"/>
        <source>Install Claude Code (npm install -g @anthropic-ai/claude-code) or set its path in Settings.</source>
        <translation>Installez Claude Code (npm install -g @anthropic-ai/claude-code) ou indiquez son chemin dans les réglages.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="65"/>
        <source>Looked in: </source>
        <translation>Cherché dans : </translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="73"/>
        <source>Check that `%1 --version` works in a terminal.</source>
        <translation>Vérifiez que `%1 --version` fonctionne dans un terminal.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthMonitor.cpp" line="119"/>
        <source>No event is waiting: it is rechecked with the next event.</source>
        <translation>Aucun événement n&apos;attend : la vérification aura lieu avec le prochain événement.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="67"/>
        <source>`claude auth status` gave an answer Observer Tray does not understand.</source>
        <translation>`claude auth status` a donné une réponse qu&apos;Observer Tray ne comprend pas.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="68"/>
        <source>Run `claude auth status` in a terminal to see what it says; update Claude Code if it is old.</source>
        <translation>Lancez `claude auth status` dans un terminal pour voir sa réponse ; mettez Claude Code à jour s&apos;il est ancien.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="83"/>
        <source>Observers sign in with your %1.</source>
        <translation>Les observateurs se connectent avec votre accès : %1.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="85"/>
        <source>Billing guard: ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN from your environment are not passed to observers, so they use your subscription instead of per-token billing.</source>
        <translation>Protection de facturation : ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN de votre environnement ne sont pas transmis aux observateurs, qui utilisent votre abonnement plutôt qu&apos;une facturation au jeton.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="89"/>
        <source>Claude Code is not signed in, so observers cannot work.</source>
        <translation>Claude Code n&apos;est pas connecté : les observateurs ne peuvent pas travailler.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="99"/>
        <source>This Claude Code (%1) has no `auth status`; judged from your configuration. The first observer answer will confirm it.</source>
        <translation>Ce Claude Code (%1) n&apos;a pas de `auth status` ; jugé d&apos;après votre configuration. La première réponse d&apos;un observateur le confirmera.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthProbe.cpp" line="115"/>
        <source>No Claude Code login found (no credentials file, no API key or token in the environment).</source>
        <translation>Aucune connexion Claude Code trouvée (pas de fichier d&apos;identifiants, ni clé d&apos;API ni jeton dans l&apos;environnement).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="43"/>
        <source>Observers cannot sign in: Claude Code said &quot;%1&quot;.</source>
        <translation>Les observateurs ne peuvent pas se connecter : Claude Code a répondu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="49"/>
        <source>The API refused the observers&apos; login (HTTP %1): it may have expired or been revoked. One queued turn is retried from time to time; only its answer clears this.</source>
        <translation>L&apos;API a refusé la connexion des observateurs (HTTP %1) : elle a peut-être expiré ou été révoquée. Un tour en attente est retenté de temps en temps ; seule sa réponse lève cet état.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="57"/>
        <source>The API says the usage limit is reached; observing waits and resumes by itself.</source>
        <translation>L&apos;API indique que la limite d&apos;utilisation est atteinte ; l&apos;observation attend et reprendra d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="58"/>
        <source>Nothing to do: queued events are kept and sent once the limit resets.</source>
        <translation>Rien à faire : les événements en attente sont conservés et envoyés dès que la limite est réinitialisée.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="64"/>
        <source>Claude Code cannot reach the API and is retrying (attempt %1).</source>
        <translation>Claude Code n&apos;atteint pas l&apos;API et réessaie (essai %1).</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="65"/>
        <source>Check your network connection; observing resumes by itself.</source>
        <translation>Vérifiez votre connexion réseau ; l&apos;observation reprendra d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthEvidence.cpp" line="25"/>
        <source>Observers are signed in (confirmed by an answer) with your %1.</source>
        <translation>Les observateurs sont connectés (confirmé par une réponse) avec votre accès : %1.</translation>
    </message>
</context>
<context>
    <name>AuthState</name>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="35"/>
        <source>This Claude Code version (%1) is not supported: %2</source>
        <translation>Cette version de Claude Code (%1) n&apos;est pas prise en charge : %2</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="36"/>
        <source>Update Claude Code (`claude update`, or npm install -g @anthropic-ai/claude-code), or set the path of a newer one in Settings, then press Check sign-in now.</source>
        <translation>Mettez Claude Code à jour (`claude update`, ou npm install -g @anthropic-ai/claude-code) ou indiquez le chemin d&apos;une version plus récente dans les réglages, puis cliquez sur « Vérifier la connexion ».</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="95"/>
        <source>Claude subscription</source>
        <translation>abonnement Claude</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="95"/>
        <source>Claude subscription (%1)</source>
        <translation>abonnement Claude (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="97"/>
        <source>API key from %1 — billed per token</source>
        <translation>clé d&apos;API de %1 — facturée au jeton</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="100"/>
        <source>OAuth token</source>
        <translation>jeton OAuth</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthState.cpp" line="106"/>
        <source>not signed in</source>
        <translation>aucune connexion</translation>
    </message>
</context>
<context>
    <name>BatchingSettings</name>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="11"/>
        <source>Observe immediately (one API call per event)</source>
        <translation>Observer immédiatement (un appel API par événement)</translation>
    </message>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="21"/>
        <source>Off: a session&apos;s events go to the observer together when Claude finishes answering, which costs several times fewer calls; observations come later.</source>
        <translation>Désactivé : les événements d&apos;une session partent ensemble vers l&apos;observateur quand Claude a fini de répondre, ce qui coûte plusieurs fois moins d&apos;appels ; les observations arrivent plus tard.</translation>
    </message>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="26"/>
        <source>Or when this many events wait:</source>
        <translation>Ou quand autant d&apos;événements attendent :</translation>
    </message>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="28"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/BatchingSettings.cpp" line="30"/>
        <source>Or when the oldest has waited:</source>
        <translation>Ou quand le plus ancien a attendu :</translation>
    </message>
</context>
<context>
    <name>ClaudeMemOffer</name>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="18"/>
        <source>Bring your claude-mem memory…</source>
        <translation>Importer votre mémoire claude-mem…</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="19"/>
        <source>Import claude-mem memory…</source>
        <translation>Importer la mémoire claude-mem…</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="22"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="71"/>
        <source>Bring your claude-mem memory from %1</source>
        <translation>Importer votre mémoire claude-mem depuis %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="72"/>
        <source>Bring your claude-mem memory: %1 observations, %2 summaries</source>
        <translation>Importer votre mémoire claude-mem : %1 observations, %2 résumés</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="74"/>
        <source> (read-only: claude-mem&apos;s own file is never changed).</source>
        <translation> (en lecture seule : le fichier de claude-mem n&apos;est jamais modifié).</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="82"/>
        <source>Choose claude-mem&apos;s database</source>
        <translation>Choisir la base de données de claude-mem</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="83"/>
        <source>SQLite databases (*.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="93"/>
        <source>Importing claude-mem memory from %1…</source>
        <translation>Import de la mémoire claude-mem depuis %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/ClaudeMemOffer.cpp" line="108"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>DataFolderCheck</name>
    <message>
        <location filename="../app/core/platform/DataFolderCheck.cpp" line="25"/>
        <source>Other users can read the data folder %1 (mode %2): the database in it is private, but what the folder holds can be listed. To make it private, run: chmod 700 %3</source>
        <translation>D&apos;autres utilisateurs peuvent lire le dossier de données %1 (mode %2) : la base de données qu&apos;il contient est privée, mais son contenu peut être listé. Pour le rendre privé, lancez : chmod 700 %3</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <location filename="../app/core/platform/DataFolderLock.cpp" line="39"/>
        <source>Cannot open the lock file %1: %2. Check that the data folder exists and is yours.</source>
        <translation>Impossible d&apos;ouvrir le fichier de verrouillage %1 : %2. Vérifiez que le dossier de données existe et vous appartient.</translation>
    </message>
    <message>
        <location filename="../app/core/platform/DataFolderLock.cpp" line="55"/>
        <source>Cannot lock %1: %2</source>
        <translation>Impossible de verrouiller %1 : %2</translation>
    </message>
</context>
<context>
    <name>ForgetMenu</name>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="18"/>
        <source>Delete selected observations…</source>
        <translation>Supprimer les observations sélectionnées…</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="49"/>
        <source>Delete selected observations (%1)…</source>
        <translation>Supprimer les observations sélectionnées (%1)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="54"/>
        <source>Forget this session&apos;s memory…</source>
        <translation>Oublier la mémoire de cette session…</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="56"/>
        <source>Forget project %1…</source>
        <translation>Oublier le projet %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="66"/>
        <source>Delete observations</source>
        <translation>Supprimer des observations</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="67"/>
        <source>Delete %1 selected observations? This cannot be undone.</source>
        <translation>Supprimer %1 observations sélectionnées ? Impossible d’annuler.</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="78"/>
        <source>Forget everything remembered of the project %1</source>
        <translation>Oublier tout ce qui est mémorisé du projet %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="78"/>
        <source>Forget this session&apos;s memory</source>
        <translation>Oublier la mémoire de cette session</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="79"/>
        <source>%1: %2 observations, %3 summaries and %4 queued events? This cannot be undone.</source>
        <translation>%1 : %2 observations, %3 résumés et %4 événements en attente ? Impossible d’annuler.</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="84"/>
        <source>Forget project</source>
        <translation>Oublier le projet</translation>
    </message>
    <message>
        <location filename="../app/gui/ForgetMenu.cpp" line="84"/>
        <source>Forget session</source>
        <translation>Oublier la session</translation>
    </message>
</context>
<context>
    <name>HiddenSessionsPage</name>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="25"/>
        <source>Observer sessions are moved out of Claude Code&apos;s projects folder into Observer Tray&apos;s data folder, so `claude --resume` no longer lists them. Nothing is deleted unless you ask; Restore puts files back exactly where they were.</source>
        <translation>Les sessions d&apos;observation sont déplacées du dossier des projets de Claude Code vers le dossier de données d&apos;Observer Tray : `claude --resume` ne les affiche plus. Rien n&apos;est supprimé sans votre accord ; « Restaurer » remet les fichiers exactement à leur place.</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="39"/>
        <source>Select a session to read in full why it was hidden.</source>
        <translation>Sélectionnez une session pour lire en entier pourquoi elle a été masquée.</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="47"/>
        <source>Original path</source>
        <translation>Chemin d&apos;origine</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="47"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="47"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="47"/>
        <source>Hidden at</source>
        <translation>Masqué le</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="60"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurer la sélection</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="61"/>
        <source>Restore &amp;all</source>
        <translation>&amp;Tout restaurer</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="62"/>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="111"/>
        <source>%1
Now at %2</source>
        <translation>%1
Désormais dans %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="127"/>
        <source>&amp;Hide observer sessions (%n session(s), %1)</source>
        <translation>
            <numerusform>&amp;Masquer les sessions d&apos;observation (%n session, %1)</numerusform>
            <numerusform>&amp;Masquer les sessions d&apos;observation (%n sessions, %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="81"/>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="82"/>
        <source>Delete %n hidden transcript(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n transcription masquée ? Action irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n transcriptions masquées ? Action irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/HiddenSessionsPage.cpp" line="121"/>
        <source>%n session(s) hidden, %1.</source>
        <translation>
            <numerusform>%n session masquée, %1.</numerusform>
            <numerusform>%n sessions masquées, %1.</numerusform>
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
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="23"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="24"/>
        <source>Hidden sessions</source>
        <translation>Sessions masquées</translation>
    </message>
</context>
<context>
    <name>MemoryWorker</name>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="22"/>
        <source>; %1 could not be mapped: %2</source>
        <translation> ; %1 n&apos;ont pas pu être repris : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="34"/>
        <source>Imported %1 observations, %2 summaries from claude-mem</source>
        <translation>%1 observations, %2 résumés importés de claude-mem</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="37"/>
        <source> (%1 were stored already)</source>
        <translation> (%1 étaient déjà enregistrés)</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="80"/>
        <source>Could not open Observer Tray&apos;s database: %1. Nothing was imported.</source>
        <translation>Impossible d&apos;ouvrir la base de données d&apos;Observer Tray : %1. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="96"/>
        <source>Could not scan stored memory for secrets: %1.</source>
        <translation>Impossible de rechercher des secrets dans la mémoire enregistrée : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="103"/>
        <source>Replaced %1 secrets in %2 observations, %3 summaries and %4 queued events.</source>
        <translation>%1 secrets remplacés dans %2 observations, %3 résumés et %4 événements en attente.</translation>
    </message>
    <message>
        <location filename="../app/gui/MemoryWorker.cpp" line="108"/>
        <source> The old text leaves the database&apos;s log file at its next checkpoint.</source>
        <translation> L&apos;ancien texte quittera le journal de la base de données à son prochain point de contrôle.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="54"/>
        <source>Observers cannot sign in</source>
        <translation>Les observateurs ne peuvent pas se connecter</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="58"/>
        <source>Claude Code CLI not found</source>
        <translation>CLI de Claude Code introuvable</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="60"/>
        <source>Observers record nothing</source>
        <translation>Les observateurs n&apos;enregistrent rien</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="86"/>
        <source>Signed in again</source>
        <translation>De nouveau connecté</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="87"/>
        <source>Observing resumed with your %1.</source>
        <translation>L&apos;observation reprend avec votre accès : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="62"/>
        <source>Observers paused for your limits</source>
        <translation>Observateurs en pause pour vos limites</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="84"/>
        <source>Observers resumed</source>
        <translation>Les observateurs ont repris</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="84"/>
        <source>Your usage is below your thresholds again.</source>
        <translation>Votre utilisation est de nouveau sous vos seuils.</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="56"/>
        <source>Sign-in rejected</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="65"/>
        <source>Nothing is recorded</source>
        <translation>Rien n’est enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="66"/>
        <source>The Claude Code hooks are not installed. Choose &quot;Install Claude Code hooks&quot; in the menu.</source>
        <translation>Les hooks de Claude Code ne sont pas installés. Choisissez « Installer les hooks de Claude Code » dans le menu.</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="68"/>
        <source>Claude Code hooks broken</source>
        <translation>Hooks de Claude Code cassés</translation>
    </message>
    <message>
        <location filename="../app/gui/Notifier.cpp" line="70"/>
        <source>No events from Claude Code</source>
        <translation>Aucun événement de Claude Code</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="105"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="107"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="109"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsModel.cpp" line="111"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>ObservationsPage</name>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="71"/>
        <source>Search observations…</source>
        <translation>Rechercher dans les observations…</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="78"/>
        <location filename="../app/gui/ObservationsPage.cpp" line="123"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="169"/>
        <source>No observation matches “%1”.</source>
        <translation>Aucune observation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="170"/>
        <source>No observation in %2 matches “%1”.</source>
        <translation>Aucune observation de %2 ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="172"/>
        <source>Every word must begin a word of the title, subtitle, narrative, facts or concepts (“pagin bug” finds “Fixed pagination bug”); try fewer words, or All projects.</source>
        <translation>Chaque mot doit commencer un mot du titre, du sous-titre, du récit, des faits ou des concepts (« pagin bug » trouve « Fixed pagination bug ») ; essayez moins de mots, ou « Tous les projets ».</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="175"/>
        <source>No observation in %1 yet.</source>
        <translation>Pas encore d&apos;observation dans %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="177"/>
        <source>No observations yet: they appear here once an observer has read a Claude Code session.</source>
        <translation>Pas encore d&apos;observations : elles apparaissent ici dès qu&apos;un observateur a lu une session Claude Code.</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="199"/>
        <source>&lt;b&gt;Facts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Faits&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="201"/>
        <source>&lt;b&gt;Files read&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers lus&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="203"/>
        <source>&lt;b&gt;Files modified&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers modifiés&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/ObservationsPage.cpp" line="205"/>
        <source>&lt;b&gt;Concepts&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Concepts&lt;/b&gt; : %1</translation>
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
        <translation>elle n&apos;a pas de mode stream-json (--input-format/--output-format stream-json, --verbose).</translation>
    </message>
    <message>
        <location filename="../app/core/claude/ObserverCommand.cpp" line="45"/>
        <source>its observers cannot be made tool-less: it has no --tools, and its built-in tools are not known for --disallowedTools.</source>
        <translation>ses observateurs ne peuvent pas être privés d&apos;outils : elle n&apos;a pas --tools, et ses outils intégrés ne sont pas connus pour --disallowedTools.</translation>
    </message>
    <message>
        <location filename="../app/core/claude/ObserverCommand.cpp" line="48"/>
        <source>it has neither --system-prompt nor --append-system-prompt, so observers would not get their instructions.</source>
        <translation>elle n&apos;a ni --system-prompt ni --append-system-prompt : les observateurs ne recevraient pas leurs instructions.</translation>
    </message>
</context>
<context>
    <name>ObserverProcess</name>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="52"/>
        <source>The observer gave no answer within %1 s and was stopped.</source>
        <translation>L&apos;observateur n&apos;a pas répondu en %1 s et a été arrêté.</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="110"/>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="278"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="218"/>
        <source>The observer reported an error.</source>
        <translation>L&apos;observateur a signalé une erreur.</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="252"/>
        <source>crashed</source>
        <translation>plantage</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="252"/>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="269"/>
        <source>This Claude Code version is not supported: %1</source>
        <translation>Cette version de Claude Code n&apos;est pas prise en charge : %1</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="274"/>
        <source>The observer exited mid-turn (%1)%2</source>
        <translation>L&apos;observateur s&apos;est arrêté en pleine réponse (%1)%2</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="286"/>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/core/observe/ObserverProcess.cpp" line="290"/>
        <source>could not start: %1</source>
        <translation>lancement impossible : %1</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../app/core/observe/Pipeline.cpp" line="121"/>
        <source>Claude Code CLI not found.</source>
        <translation>CLI de Claude Code introuvable.</translation>
    </message>
</context>
<context>
    <name>ProjectRefiler</name>
    <message>
        <location filename="../app/core/store/ProjectRefiler.cpp" line="47"/>
        <source>Could not file old memory under its repository&apos;s project: %1. Observer Tray tries again at its next start.</source>
        <translation>Impossible de classer l’ancienne mémoire sous le projet de son dépôt : %1. Observer Tray réessaiera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ProjectSettings</name>
    <message>
        <location filename="../app/gui/ProjectSettings.cpp" line="26"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectSettings.cpp" line="28"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectSettings.cpp" line="37"/>
        <source>Name shown for the selected project (empty: its folder)</source>
        <translation>Nom affiché pour le projet choisi (vide : son dossier)</translation>
    </message>
    <message>
        <location filename="../app/gui/ProjectSettings.cpp" line="39"/>
        <source>Selected are one with:</source>
        <translation>Les projets choisis font partie de :</translation>
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
            <numerusform>%1 (%n observation)</numerusform>
            <numerusform>%1 (%n observations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionSettings</name>
    <message>
        <location filename="../app/gui/RedactionSettings.cpp" line="13"/>
        <source>Replace keys, tokens and passwords by [redacted] before they are stored or sent</source>
        <translation>Remplacer les clés, jetons et mots de passe par [redacted] avant de les enregistrer ou de les envoyer</translation>
    </message>
    <message>
        <location filename="../app/gui/RedactionSettings.cpp" line="22"/>
        <source>Your own patterns, one regular expression per line</source>
        <translation>Vos propres motifs, une expression régulière par ligne</translation>
    </message>
    <message>
        <location filename="../app/gui/RedactionSettings.cpp" line="48"/>
        <source>Not saved: &quot;%1&quot;: %2</source>
        <translation>Non enregistré : « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <location filename="../app/core/observe/Scheduler.cpp" line="107"/>
        <location filename="../app/core/observe/Scheduler.cpp" line="157"/>
        <source>Cannot read the event queue: %1</source>
        <translation>Impossible de lire la file d&apos;événements : %1</translation>
    </message>
    <message>
        <location filename="../app/core/observe/Scheduler.cpp" line="218"/>
        <source>Could not store the observer&apos;s answer: %1</source>
        <translation>Impossible d&apos;enregistrer la réponse de l&apos;observateur : %1</translation>
    </message>
    <message>
        <location filename="../app/core/observe/SchedulerSlots.cpp" line="124"/>
        <source>The observer exited (%1).</source>
        <translation>L&apos;observateur s&apos;est arrêté (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/observe/SchedulerSlots.cpp" line="141"/>
        <source>Cannot record the observer run: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution de l&apos;observateur : %1</translation>
    </message>
</context>
<context>
    <name>SecretScan</name>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="12"/>
        <source>Scan stored memory for secrets…</source>
        <translation>Rechercher des secrets dans la mémoire enregistrée…</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="26"/>
        <source>Scanning stored memory for secrets…</source>
        <translation>Recherche de secrets dans la mémoire enregistrée…</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="34"/>
        <source>No secrets found in stored memory.</source>
        <translation>Aucun secret trouvé dans la mémoire enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="38"/>
        <source>Scan stored memory for secrets</source>
        <translation>Rechercher des secrets dans la mémoire enregistrée</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="39"/>
        <source>Found %1 secrets in %2 observations, %3 summaries and %4 queued events. Replace them with [redacted:…] now? This cannot be undone.</source>
        <translation>%1 secrets trouvés dans %2 observations, %3 résumés et %4 événements en attente. Les remplacer maintenant par [redacted:…] ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../app/gui/SecretScan.cpp" line="48"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="30"/>
        <source>Use my Claude subscription, not API keys from the environment, when both exist</source>
        <translation>Utiliser mon abonnement Claude plutôt que les clés d&apos;API de l&apos;environnement quand les deux existent</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="34"/>
        <source>Offer recent observations to new Claude Code sessions</source>
        <translation>Proposer les observations récentes aux nouvelles sessions Claude Code</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="35"/>
        <source>Hide observer sessions from the resume list automatically</source>
        <translation>Masquer automatiquement les sessions d&apos;observation de la liste de reprise</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="39"/>
        <source>Start Observer Tray when I log in</source>
        <translation>Lancer Observer Tray à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="42"/>
        <source>Observer Tray Settings</source>
        <translation>Réglages d&apos;Observer Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="44"/>
        <source>found automatically</source>
        <translation>détecté automatiquement</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="46"/>
        <source>Path to claude:</source>
        <translation>Chemin de claude :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="48"/>
        <source>Observer model:</source>
        <translation>Modèle des observateurs :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="51"/>
        <source>Observers at once:</source>
        <translation>Observateurs simultanés :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="53"/>
        <source>Billing guard:</source>
        <translation>Protection de facturation :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="56"/>
        <source>Send events to observers:</source>
        <translation>Envoyer les événements aux observateurs :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="58"/>
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="60"/>
        <source>Resume list:</source>
        <translation>Liste de reprise :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="62"/>
        <source>Tools not recorded:</source>
        <translation>Outils non enregistrés :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="64"/>
        <source>One folder per line; nothing under it is recorded</source>
        <translation>Un dossier par ligne ; rien n&apos;y est enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="66"/>
        <source>Excluded projects:</source>
        <translation>Projets exclus :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="80"/>
        <source>Desktop:</source>
        <translation>Bureau :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="81"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="86"/>
        <source>Language (after restart):</source>
        <translation>Langue (après redémarrage) :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="142"/>
        <source>Start at login</source>
        <translation>Lancer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="167"/>
        <source>%1 (as typed)</source>
        <translation>%1 (tel que saisi)</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="167"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="171"/>
        <source>Matched as (with everything under it):</source>
        <translation>Reconnu comme (avec tout ce qui se trouve dessous) :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="109"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="112"/>
        <source>Pause observers above, 5-hour window:</source>
        <translation>Mettre les observateurs en pause au-delà de, fenêtre de 5 heures :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="113"/>
        <source>Pause observers above, weekly window:</source>
        <translation>Mettre les observateurs en pause au-delà de, fenêtre hebdomadaire :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="114"/>
        <source>Daily observer token budget:</source>
        <translation>Budget quotidien de jetons des observateurs :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="78"/>
        <source>Secrets:</source>
        <translation>Secrets :</translation>
    </message>
    <message>
        <location filename="../app/gui/SettingsDialog.cpp" line="76"/>
        <source>Projects:</source>
        <translation>Projets :</translation>
    </message>
</context>
<context>
    <name>SetupChecklist</name>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="14"/>
        <source>Set up Observer Tray: each line turns green when it works.</source>
        <translation>Configurer Observer Tray : chaque ligne passe au vert quand elle fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="23"/>
        <source>Choose the CLI…</source>
        <translation>Choisir la CLI…</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="24"/>
        <source>Check sign-in now</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="25"/>
        <location filename="../app/gui/SetupChecklist.cpp" line="114"/>
        <source>Install Claude Code hooks</source>
        <translation>Installer les hooks de Claude Code</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="82"/>
        <source>Waiting for the first observation: %1.</source>
        <translation>En attente de la première observation : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="83"/>
        <source>Waiting for the first observation: an observer writes it when Claude finishes answering in that session.</source>
        <translation>En attente de la première observation : un observateur l’écrit quand Claude a fini de répondre dans cette session.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="91"/>
        <source>Claude Code hooks: not installed, nothing is recorded.</source>
        <translation>Hooks de Claude Code : non installés, rien n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="93"/>
        <source>Claude Code hooks: %1</source>
        <translation>Hooks de Claude Code : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="95"/>
        <source>Claude Code hooks: installed; not tested yet.</source>
        <translation>Hooks de Claude Code : installés ; pas encore testés.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="97"/>
        <source>Claude Code hooks: installed, but a test event failed: %1</source>
        <translation>Hooks de Claude Code : installés, mais un événement de test a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="99"/>
        <source>Claude Code hooks: installed and working (a test event ran %1 and reached the queue).</source>
        <translation>Hooks de Claude Code : installés et fonctionnels (un événement de test a lancé %1 et atteint la file d’attente).</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="107"/>
        <source>Claude Code CLI found: %1, version %2</source>
        <translation>CLI Claude Code trouvée : %1, version %2</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="108"/>
        <source>Claude Code CLI: not found yet. Install Claude Code, or choose its path in Settings.</source>
        <translation>CLI Claude Code : pas encore trouvée. Installez Claude Code ou choisissez son chemin dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="111"/>
        <source>Signed in: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="112"/>
        <source>Not signed in yet. %1</source>
        <translation>Pas encore connecté. %1</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="114"/>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="120"/>
        <source>A Claude Code session was recorded.</source>
        <translation>Une session Claude Code a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="121"/>
        <source>Waiting for the first Claude Code session: start a new one in any project (a session started before the hooks were installed does not run them).</source>
        <translation>En attente de la première session Claude Code : démarrez-en une nouvelle dans n’importe quel projet (une session démarrée avant l’installation des hooks ne les exécute pas).</translation>
    </message>
    <message>
        <location filename="../app/gui/SetupChecklist.cpp" line="80"/>
        <source>First observation stored.</source>
        <translation>Première observation enregistrée.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../app/gui/SingleInstance.cpp" line="48"/>
        <source>Cannot tell whether Observer Tray runs already: cannot make a lock file in %1. Check that this folder (XDG_RUNTIME_DIR) exists, is a folder and is yours.</source>
        <translation>Impossible de savoir si Observer Tray tourne déjà : aucun fichier de verrou ne peut être créé dans %1. Vérifiez que ce dossier (XDG_RUNTIME_DIR) existe, est un dossier et vous appartient.</translation>
    </message>
    <message>
        <location filename="../app/gui/SingleInstance.cpp" line="61"/>
        <source>Launching Observer Tray again will not open this window: cannot listen on %1 (%2). Remove what is at that path, then restart Observer Tray.</source>
        <translation>Relancer Observer Tray n&apos;ouvrira pas cette fenêtre : impossible d&apos;écouter sur %1 (%2). Supprimez ce qui se trouve à ce chemin, puis redémarrez Observer Tray.</translation>
    </message>
    <message>
        <location filename="../app/gui/SingleInstance.cpp" line="75"/>
        <source>Observer Tray runs already but did not answer on %1 (%2). Open its window from its tray icon, or quit it and start again.</source>
        <translation>Observer Tray tourne déjà mais n&apos;a pas répondu sur %1 (%2). Ouvrez sa fenêtre depuis son icône de la barre d&apos;état, ou quittez-le et relancez-le.</translation>
    </message>
</context>
<context>
    <name>StatusLook</name>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="51"/>
        <source>processing in another Observer Tray (pid %1)</source>
        <translation>traitement dans un autre Observer Tray (PID %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="52"/>
        <source>processing in another Observer Tray</source>
        <translation>traitement dans un autre Observer Tray</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionFeedback.cpp" line="21"/>
        <location filename="../app/gui/StatusLook.cpp" line="54"/>
        <source>probably signed in (%1)</source>
        <translation>probablement connecté (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/ActionFeedback.cpp" line="22"/>
        <location filename="../app/gui/StatusLook.cpp" line="55"/>
        <source>signed in (%1)</source>
        <translation>connecté (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="57"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="61"/>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="63"/>
        <source>offline, retrying</source>
        <translation>hors ligne, nouvel essai en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="65"/>
        <source>Claude Code CLI not found</source>
        <translation>CLI de Claude Code introuvable</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="67"/>
        <source>stalled: observers answer but record nothing</source>
        <translation>bloqué : les observateurs répondent mais n&apos;enregistrent rien</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="69"/>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="83"/>
        <source>checking sign-in…</source>
        <translation>vérification de la connexion…</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="90"/>
        <source>%1 observations, %2 today</source>
        <translation>%1 observations, %2 aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="94"/>
        <source> · %1 parked</source>
        <translation> · %1 mis de côté</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="111"/>
        <source>%1 queued</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="113"/>
        <source>%1 queued until their turn ends (by %2)</source>
        <translation>%1 en attente jusqu&apos;à la fin de leur tour (au plus tard %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="143"/>
        <source>Observer Tray — %1 · %2</source>
        <translation>Observer Tray — %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="71"/>
        <source>sign-in rejected by the server</source>
        <translation>connexion refusée par le serveur</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="74"/>
        <source>Claude Code hooks outdated: nothing is recorded</source>
        <translation>hooks de Claude Code périmés : rien n’est enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="75"/>
        <source>Claude Code hooks not installed: nothing is recorded</source>
        <translation>hooks de Claude Code non installés : rien n’est enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="77"/>
        <source>Claude Code hooks broken: nothing is recorded</source>
        <translation>hooks de Claude Code cassés : rien n’est enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusLook.cpp" line="79"/>
        <source>no events from running Claude Code sessions</source>
        <translation>aucun événement des sessions Claude Code en cours</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="93"/>
        <source>Claude Code CLI:</source>
        <translation>CLI de Claude Code :</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="94"/>
        <source>Counts:</source>
        <translation>Chiffres :</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="95"/>
        <source>Claude Code hooks:</source>
        <translation>Hooks de Claude Code :</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="37"/>
        <source>Observations per project:</source>
        <translation>Observations par projet :</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="102"/>
        <location filename="../app/gui/StatusPage.cpp" line="112"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="102"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="39"/>
        <source>Parked events (failed repeatedly; they never block the queue):</source>
        <translation>Événements mis de côté (échecs répétés ; ils ne bloquent jamais la file) :</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="41"/>
        <source>Select a parked event to read its last error in full.</source>
        <translation>Sélectionnez un événement mis de côté pour lire sa dernière erreur en entier.</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="64"/>
        <source>&amp;Check sign-in now</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="112"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="112"/>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="112"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="201"/>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="218"/>
        <source>%1, version %2; supports %3</source>
        <translation>%1, version %2 ; prend en charge %3</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="220"/>
        <source>not found (the places searched are listed above)</source>
        <translation>introuvable (les emplacements cherchés sont indiqués plus haut)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="221"/>
        <source>not found (looked in %1)</source>
        <translation>introuvable (cherché dans %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="228"/>
        <source>%1 observations, %2 today · %3 · %4 parked · %5 observers running</source>
        <translation>%1 observations, %2 aujourd&apos;hui · %3 · %4 mis de côté · %5 observateurs actifs</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="174"/>
        <source>installed</source>
        <translation>installés</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="124"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="125"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="61"/>
        <location filename="../app/gui/StatusPage.cpp" line="178"/>
        <source>Install Claude Code hooks</source>
        <translation>Installer les hooks de Claude Code</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="73"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="81"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/gui/StatusPage.cpp" line="178"/>
        <source>Repair Claude Code hooks</source>
        <translation>Réparer les hooks de Claude Code</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="92"/>
        <source>Nothing to hide: `claude --resume` lists no observer session.</source>
        <translation>Rien à masquer : `claude --resume` ne liste aucune session d&apos;observation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="96"/>
        <source>Hid %n observer session(s).</source>
        <translation>
            <numerusform>%n session d&apos;observation masquée.</numerusform>
            <numerusform>%n sessions d&apos;observation masquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="99"/>
        <source> %n skipped (see --hide-observer-sessions --dry-run).</source>
        <translation>
            <numerusform> %n ignorée (voir --hide-observer-sessions --dry-run).</numerusform>
            <numerusform> %n ignorées (voir --hide-observer-sessions --dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="110"/>
        <source>Restored %n session(s).</source>
        <translation>
            <numerusform>%n session restaurée.</numerusform>
            <numerusform>%n sessions restaurées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="112"/>
        <source> %n left hidden: the original path is taken.</source>
        <translation>
            <numerusform> %n reste masquée : le chemin d&apos;origine est occupé.</numerusform>
            <numerusform> %n restent masquées : le chemin d&apos;origine est occupé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StoreWorker.cpp" line="124"/>
        <source>Deleted %n hidden session(s) permanently.</source>
        <translation>
            <numerusform>%n session masquée supprimée définitivement.</numerusform>
            <numerusform>%n sessions masquées supprimées définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="147"/>
        <source>Could not forget: %1. Nothing was deleted.</source>
        <translation>Impossible d’oublier : %1. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="150"/>
        <source>Forgot %1 observations, %2 summaries and %3 queued events.</source>
        <translation>%1 observations, %2 résumés et %3 événements en attente oubliés.</translation>
    </message>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="163"/>
        <source>Could not delete the observations: %1. None was deleted.</source>
        <translation>Impossible de supprimer les observations : %1. Aucune n’a été supprimée.</translation>
    </message>
    <message>
        <location filename="../app/gui/StoreWorker.cpp" line="166"/>
        <source>Deleted %1 observations.</source>
        <translation>%1 observations supprimées.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="37"/>
        <source>Observing</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="41"/>
        <source>Check sign-in now</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="43"/>
        <location filename="../app/gui/TrayIcon.cpp" line="132"/>
        <source>Install Claude Code hooks</source>
        <translation>Installer les hooks de Claude Code</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="46"/>
        <source>Open Observer Tray…</source>
        <translation>Ouvrir Observer Tray…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="47"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="50"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="111"/>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="122"/>
        <source>Hide observer sessions from resume list (%1, %2)</source>
        <translation>Masquer les sessions d&apos;observation de la liste de reprise (%1, %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="125"/>
        <source>Hide observer sessions from resume list (0)</source>
        <translation>Masquer les sessions d&apos;observation de la liste de reprise (0)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="129"/>
        <source>Claude Code hooks installed</source>
        <translation>Hooks de Claude Code installés</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="130"/>
        <source>Repair Claude Code hooks (broken)</source>
        <translation>Réparer les hooks de Claude Code (cassés)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="131"/>
        <source>Update Claude Code hooks</source>
        <translation>Mettre à jour les hooks de Claude Code</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="40"/>
        <source>Observe anyway</source>
        <translation>Observer quand même</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="44"/>
        <source>Pause memory for this project</source>
        <translation>Mettre la mémoire en pause pour ce projet</translation>
    </message>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="48"/>
        <source>Setup…</source>
        <translation>Configuration initiale…</translation>
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
        <translation>%1 : réinitialisée à %2</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="37"/>
        <source>%1: %2 · resets %3</source>
        <translation>%1 : %2 · réinitialisation %3</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="42"/>
        <source>5-hour window</source>
        <translation>Fenêtre de 5 heures</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="47"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="58"/>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="78"/>
        <source>paused for your limits until %1</source>
        <translation>en pause pour vos limites jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="79"/>
        <source>paused for your limits</source>
        <translation>en pause pour vos limites</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="86"/>
        <source>the 5-hour window is above your threshold</source>
        <translation>la fenêtre de 5 heures dépasse votre seuil</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="88"/>
        <source>the weekly window is above your threshold</source>
        <translation>la fenêtre hebdomadaire dépasse votre seuil</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="90"/>
        <source>the API refused: the usage limit is reached</source>
        <translation>l’API refuse : la limite d’utilisation est atteinte</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="92"/>
        <source>observers used today&apos;s token budget</source>
        <translation>les observateurs ont utilisé le budget de jetons du jour</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="94"/>
        <source>Observing is %1: %2. Events stay queued.</source>
        <translation>L’observation est %1 : %2. Les événements restent en file d’attente.</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="96"/>
        <source>Observing anyway until %1 although %2.</source>
        <translation>Observation maintenue jusqu’à %1 bien que %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="99"/>
        <source>The windows appear with the first observer turn (a Claude subscription reports them; an API key does not).</source>
        <translation>Les fenêtres apparaissent au premier tour d’un observateur (un abonnement Claude les indique ; une clé d’API non).</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="103"/>
        <source>This login reports no usage windows (API key): the guard goes by the daily token budget only.</source>
        <translation>Cette connexion ne signale aucune fenêtre d’utilisation (clé API) : la protection suit seulement le budget quotidien de jetons.</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="104"/>
        <source>This login reports no usage windows (API key): the usage guard has nothing to go on.</source>
        <translation>Cette connexion ne signale aucune fenêtre d’utilisation (clé API) : la protection d’utilisation n’a rien sur quoi se fonder.</translation>
    </message>
    <message>
        <location filename="../app/gui/UsageLook.cpp" line="105"/>
        <source>Observing stays below your thresholds.</source>
        <translation>L’observation reste sous vos seuils.</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="27"/>
        <source>Usage limits</source>
        <translation>Limites d’utilisation</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="38"/>
        <source>Observe anyway</source>
        <translation>Observer quand même</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="60"/>
        <source>no figure yet</source>
        <translation>pas encore de valeur</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="66"/>
        <source>5-hour window: %1</source>
        <translation>Fenêtre de 5 heures : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="67"/>
        <source>week: %1</source>
        <translation>semaine : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="79"/>
        <source>no cost reported</source>
        <translation>aucun coût indiqué</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="80"/>
        <source>US$ %1 billed to your API key</source>
        <translation>%1 $ US facturés à votre clé API</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="81"/>
        <source>US$ %1 at API prices (your subscription is not billed per token)</source>
        <translation>%1 $ US au prix de l’API (votre abonnement n’est pas facturé au jeton)</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="83"/>
        <source>%1: %2 turns, %3 input, %4 output, %5 cache-read, %6 cache-write tokens; %7</source>
        <translation>%1 : %2 tours, %3 jetons d’entrée, %4 de sortie, %5 lus en cache, %6 écrits en cache ; %7</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="90"/>
        <source>Observers&apos; own use (ended runs):</source>
        <translation>Consommation propre des observateurs (exécutions terminées) :</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="90"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/gui/UsagePanel.cpp" line="91"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
</context>
<context>
    <name>WindowCloseGuard</name>
    <message>
        <location filename="../app/gui/WindowCloseGuard.cpp" line="30"/>
        <source>Observer Tray quits</source>
        <translation>Observer Tray se ferme</translation>
    </message>
    <message>
        <location filename="../app/gui/WindowCloseGuard.cpp" line="31"/>
        <source>This desktop has no system tray, so Observer Tray quits when its window closes and stops observing. Start it again from your applications menu (or enable &quot;Start at login&quot; in Settings). This is said only once.</source>
        <translation>Ce bureau n’a pas de zone de notification : Observer Tray se ferme quand sa fenêtre se ferme et cesse d’observer. Relancez-le depuis le menu des applications (ou activez « Lancer à l’ouverture de session » dans les paramètres). Ce message ne s’affiche qu’une fois.</translation>
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
        <translation>&amp;Mémoire</translation>
    </message>
</context>
</TS>
