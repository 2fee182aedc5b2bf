#!/usr/bin/env python3
"""Fills translations/observer-tray_{de,fr}.ts from the tables below.
Run after lupdate (see translations/README.md); fails on any missing string,
so a new visible string cannot ship untranslated."""
import sys
import xml.etree.ElementTree as ET

DE = {
 'Install Claude Code hooks': 'Claude-Code-Hooks installieren',
 "Observer sessions are moved out of Claude Code's projects folder into Observer Tray's data folder, so `claude --resume` no longer lists them. Nothing is deleted unless you ask; Restore puts files back exactly where they were.": 'Beobachter-Sitzungen werden aus dem Projektordner von Claude Code in den Datenordner von Observer Tray verschoben, sodass `claude --resume` sie nicht mehr auflistet. Nichts wird gelöscht, solange Sie es nicht verlangen; „Wiederherstellen“ legt die Dateien genau dorthin zurück, wo sie waren.',
 'Original path': 'Ursprünglicher Pfad', 'Why': 'Grund', 'Size': 'Größe', 'Hidden at': 'Ausgeblendet am',
 'Restore selected': 'Auswahl wiederherstellen', 'Restore all': 'Alle wiederherstellen',
 'Delete permanently…': 'Endgültig löschen…', 'Delete permanently': 'Endgültig löschen',
 'Delete %n hidden transcript(s) for good? This cannot be undone.': ('%n ausgeblendetes Protokoll endgültig löschen? Das kann nicht rückgängig gemacht werden.', '%n ausgeblendete Protokolle endgültig löschen? Das kann nicht rückgängig gemacht werden.'),
 'Now at %1': 'Jetzt unter %1',
 '%n session(s) hidden, %1.': ('%n Sitzung ausgeblendet, %1.', '%n Sitzungen ausgeblendet, %1.'),
 'Hide observer sessions (%n session(s), %1)': ('Beobachter-Sitzungen ausblenden (%n Sitzung, %1)', 'Beobachter-Sitzungen ausblenden (%n Sitzungen, %1)'),
 'Observer Tray': 'Observer Tray', 'Status': 'Status', 'Observations': 'Beobachtungen', 'Hidden sessions': 'Ausgeblendete Sitzungen',
 'Observers cannot sign in': 'Beobachter können sich nicht anmelden', 'Claude Code CLI not found': 'Claude-Code-CLI nicht gefunden',
 'Observers record nothing': 'Beobachter zeichnen nichts auf', 'Signed in again': 'Wieder angemeldet',
 'Observing resumed with your %1.': 'Beobachtung läuft wieder mit Ihrem Zugang: %1.',
 'Time': 'Zeit', 'Type': 'Art', 'Title': 'Titel', 'Project': 'Projekt',
 'Search observations…': 'Beobachtungen durchsuchen…', 'All projects': 'Alle Projekte',
 '<b>Facts</b>': '<b>Fakten</b>', '<b>Files read</b>': '<b>Gelesene Dateien</b>', '<b>Files modified</b>': '<b>Geänderte Dateien</b>', '<b>Concepts</b>: %1': '<b>Begriffe</b>: %1',
 'The observer gave no answer within %1 s and was stopped.': 'Der Beobachter hat innerhalb von %1 s nicht geantwortet und wurde beendet.',
 'stopped': 'beendet', 'The observer reported an error.': 'Der Beobachter hat einen Fehler gemeldet.', 'crashed': 'abgestürzt', 'exit code %1': 'Exit-Code %1',
 'The observer exited mid-turn (%1)%2': 'Der Beobachter hat sich mitten in der Antwort beendet (%1)%2',
 'Could not start %1: %2': '%1 konnte nicht gestartet werden: %2', 'could not start: %1': 'Start fehlgeschlagen: %1',
 'Claude Code CLI not found.': 'Claude-Code-CLI nicht gefunden.',
 'Cannot read the event queue: %1': 'Die Ereigniswarteschlange kann nicht gelesen werden: %1',
 "Could not store the observer's answer: %1": 'Die Antwort des Beobachters konnte nicht gespeichert werden: %1',
 'The observer exited (%1).': 'Der Beobachter wurde beendet (%1).',
 'The observer answered %1 times in a row without an observation block.': 'Der Beobachter hat %1-mal hintereinander ohne Beobachtungsblock geantwortet.',
 'Cannot record the observer run: %1': 'Der Beobachterlauf kann nicht gespeichert werden: %1',
 'Use my Claude subscription, not API keys from the environment, when both exist': 'Mein Claude-Abo statt API-Schlüsseln aus der Umgebung verwenden, wenn beides vorhanden ist',
 'Offer recent observations to new Claude Code sessions': 'Neuen Claude-Code-Sitzungen aktuelle Beobachtungen anbieten',
 'Hide observer sessions from the resume list automatically': 'Beobachter-Sitzungen automatisch aus der Fortsetzen-Liste ausblenden',
 'Start Observer Tray when I log in': 'Observer Tray bei der Anmeldung starten', 'Observer Tray Settings': 'Observer-Tray-Einstellungen',
 'found automatically': 'automatisch gefunden', 'Path to claude:': 'Pfad zu claude:', 'Observer model:': 'Modell der Beobachter:',
 'Observers at once:': 'Gleichzeitige Beobachter:', 'Billing guard:': 'Kostenschutz:', 'Context:': 'Kontext:', 'Resume list:': 'Fortsetzen-Liste:',
 'Tools not recorded:': 'Nicht aufgezeichnete Werkzeuge:', 'One folder per line; nothing under it is recorded': 'Ein Ordner pro Zeile; darunter wird nichts aufgezeichnet',
 'Excluded projects:': 'Ausgeschlossene Projekte:', 'Desktop:': 'Desktop:', 'System language': 'Systemsprache', 'Language (after restart):': 'Sprache (nach Neustart):', 'Start at login': 'Bei Anmeldung starten',
 'probably signed in (%1)': 'vermutlich angemeldet (%1)', 'signed in (%1)': 'angemeldet (%1)', 'paused': 'pausiert', 'not signed in': 'nicht angemeldet',
 'offline, retrying': 'offline, neuer Versuch läuft', 'stalled: observers answer but record nothing': 'ins Stocken geraten: Beobachter antworten, zeichnen aber nichts auf',
 'error: %1': 'Fehler: %1', 'checking sign-in…': 'Anmeldung wird geprüft…', '%1 observations, %2 today': '%1 Beobachtungen, %2 heute',
 ' · %1 queued': ' · %1 in der Warteschlange', ' · %1 parked': ' · %1 zurückgestellt', 'Observer Tray — %1 · %2': 'Observer Tray — %1 · %2',
 'Check sign-in now': 'Anmeldung jetzt prüfen', 'Claude Code CLI:': 'Claude-Code-CLI:', 'Counts:': 'Zahlen:', 'Observations per project:': 'Beobachtungen pro Projekt:',
 'Parked events (failed repeatedly; they never block the queue):': 'Zurückgestellte Ereignisse (wiederholt fehlgeschlagen; sie blockieren die Warteschlange nie):',
 'Event': 'Ereignis', 'Tries': 'Versuche', 'Last error': 'Letzter Fehler', 'Retry': 'Erneut versuchen', 'Discard': 'Verwerfen', 'What to do: %1': 'Was zu tun ist: %1',
 '%1, version %2; supports %3': '%1, Version %2; unterstützt %3', 'not found (looked in %1)': 'nicht gefunden (gesucht in %1)', 'not found (the places searched are listed above)': 'nicht gefunden (die durchsuchten Orte stehen oben)',
 '%1 observations, %2 today · %3 queued · %4 parked · %5 observers running': '%1 Beobachtungen, %2 heute · %3 in der Warteschlange · %4 zurückgestellt · %5 Beobachter aktiv',
 'Hid %n observer session(s).': ('%n Beobachter-Sitzung ausgeblendet.', '%n Beobachter-Sitzungen ausgeblendet.'),
 ' %n skipped (see --hide-observer-sessions --dry-run).': (' %n übersprungen (siehe --hide-observer-sessions --dry-run).', ' %n übersprungen (siehe --hide-observer-sessions --dry-run).'),
 'Restored %n session(s).': ('%n Sitzung wiederhergestellt.', '%n Sitzungen wiederhergestellt.'),
 ' %n left hidden: the original path is taken.': (' %n bleibt ausgeblendet: Der ursprüngliche Pfad ist belegt.', ' %n bleiben ausgeblendet: Der ursprüngliche Pfad ist belegt.'),
 'Deleted %n hidden session(s) permanently.': ('%n ausgeblendete Sitzung endgültig gelöscht.', '%n ausgeblendete Sitzungen endgültig gelöscht.'),
 'Observing': 'Beobachten', 'Open Observer Tray…': 'Observer Tray öffnen…', 'Settings…': 'Einstellungen…', 'Quit': 'Beenden', 'Status: %1': 'Status: %1',
 'Hide observer sessions from resume list (%1, %2)': 'Beobachter-Sitzungen aus der Fortsetzen-Liste ausblenden (%1, %2)',
 'Hide observer sessions from resume list (0)': 'Beobachter-Sitzungen aus der Fortsetzen-Liste ausblenden (0)',
 'Claude Code hooks installed': 'Claude-Code-Hooks installiert',
 'Repair Claude Code hooks (broken)': 'Claude-Code-Hooks reparieren (defekt)', 'Update Claude Code hooks': 'Claude-Code-Hooks aktualisieren', 'Claude Code hooks:': 'Claude-Code-Hooks:', 'installed': 'installiert',
 'Run `claude auth login` in a terminal, then press Check now.': 'Führen Sie `claude auth login` in einem Terminal aus und klicken Sie dann auf „Anmeldung jetzt prüfen“.',
 'Install Claude Code (npm install -g @anthropic-ai/claude-code) or set its path in Settings.': 'Installieren Sie Claude Code (npm install -g @anthropic-ai/claude-code) oder geben Sie den Pfad in den Einstellungen an.',
 'Looked in: ': 'Gesucht in: ', 'Check that `%1 --version` works in a terminal.': 'Prüfen Sie, ob `%1 --version` in einem Terminal funktioniert.',
 '`claude auth status` gave an answer Observer Tray does not understand.': '`claude auth status` hat eine Antwort gegeben, die Observer Tray nicht versteht.',
 'Run `claude auth status` in a terminal to see what it says; update Claude Code if it is old.': 'Führen Sie `claude auth status` in einem Terminal aus; aktualisieren Sie Claude Code, wenn es alt ist.',
 'Observers sign in with your %1.': 'Die Beobachter melden sich mit Ihrem Zugang an: %1.',
 'Billing guard: ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN from your environment are not passed to observers, so they use your subscription instead of per-token billing.': 'Kostenschutz: ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN aus Ihrer Umgebung werden nicht an die Beobachter weitergegeben; sie nutzen Ihr Abo statt Abrechnung pro Token.',
 'Claude Code is not signed in, so observers cannot work.': 'Claude Code ist nicht angemeldet, daher können die Beobachter nicht arbeiten.',
 'This Claude Code (%1) has no `auth status`; judged from your configuration. The first observer answer will confirm it.': 'Dieses Claude Code (%1) hat kein `auth status`; anhand Ihrer Konfiguration beurteilt. Die erste Antwort eines Beobachters bestätigt es.',
 'No Claude Code login found (no credentials file, no API key or token in the environment).': 'Keine Claude-Code-Anmeldung gefunden (keine Zugangsdatei, kein API-Schlüssel oder Token in der Umgebung).',
 'Run `claude` in a terminal and sign in with /login, then press Check now.': 'Starten Sie `claude` in einem Terminal, melden Sie sich mit /login an und klicken Sie dann auf „Anmeldung jetzt prüfen“.',
 'Observers cannot sign in: Claude Code said "%1".': 'Beobachter können sich nicht anmelden: Claude Code meldete „%1“.',
 'Check your network connection; observing resumes by itself.': 'Prüfen Sie Ihre Netzwerkverbindung; die Beobachtung läuft von selbst weiter.',
 'Claude Code cannot reach the API and is retrying (attempt %1).': 'Claude Code erreicht die API nicht und versucht es erneut (Versuch %1).',
 'Observers are signed in (confirmed by an answer) with your %1.': 'Die Beobachter sind angemeldet (durch eine Antwort bestätigt), mit Ihrem Zugang: %1.',
}

FR = {
 'Install Claude Code hooks': 'Installer les hooks de Claude Code',
 "Observer sessions are moved out of Claude Code's projects folder into Observer Tray's data folder, so `claude --resume` no longer lists them. Nothing is deleted unless you ask; Restore puts files back exactly where they were.": "Les sessions d'observation sont déplacées du dossier des projets de Claude Code vers le dossier de données d'Observer Tray : `claude --resume` ne les affiche plus. Rien n'est supprimé sans votre accord ; « Restaurer » remet les fichiers exactement à leur place.",
 'Original path': "Chemin d'origine", 'Why': 'Raison', 'Size': 'Taille', 'Hidden at': 'Masqué le',
 'Restore selected': 'Restaurer la sélection', 'Restore all': 'Tout restaurer', 'Delete permanently…': 'Supprimer définitivement…', 'Delete permanently': 'Supprimer définitivement',
 'Delete %n hidden transcript(s) for good? This cannot be undone.': ('Supprimer définitivement %n transcription masquée ? Action irréversible.', 'Supprimer définitivement %n transcriptions masquées ? Action irréversible.'),
 'Now at %1': 'Désormais dans %1',
 '%n session(s) hidden, %1.': ('%n session masquée, %1.', '%n sessions masquées, %1.'),
 'Hide observer sessions (%n session(s), %1)': ("Masquer les sessions d'observation (%n session, %1)", "Masquer les sessions d'observation (%n sessions, %1)"),
 'Observer Tray': 'Observer Tray', 'Status': 'État', 'Observations': 'Observations', 'Hidden sessions': 'Sessions masquées',
 'Observers cannot sign in': 'Les observateurs ne peuvent pas se connecter', 'Claude Code CLI not found': 'CLI de Claude Code introuvable',
 'Observers record nothing': "Les observateurs n'enregistrent rien", 'Signed in again': 'De nouveau connecté',
 'Observing resumed with your %1.': "L'observation reprend avec votre accès : %1.",
 'Time': 'Heure', 'Type': 'Type', 'Title': 'Titre', 'Project': 'Projet',
 'Search observations…': 'Rechercher dans les observations…', 'All projects': 'Tous les projets',
 '<b>Facts</b>': '<b>Faits</b>', '<b>Files read</b>': '<b>Fichiers lus</b>', '<b>Files modified</b>': '<b>Fichiers modifiés</b>', '<b>Concepts</b>: %1': '<b>Concepts</b> : %1',
 'The observer gave no answer within %1 s and was stopped.': "L'observateur n'a pas répondu en %1 s et a été arrêté.",
 'stopped': 'arrêté', 'The observer reported an error.': "L'observateur a signalé une erreur.", 'crashed': 'plantage', 'exit code %1': 'code de sortie %1',
 'The observer exited mid-turn (%1)%2': "L'observateur s'est arrêté en pleine réponse (%1)%2",
 'Could not start %1: %2': 'Impossible de lancer %1 : %2', 'could not start: %1': 'lancement impossible : %1',
 'Claude Code CLI not found.': 'CLI de Claude Code introuvable.',
 'Cannot read the event queue: %1': "Impossible de lire la file d'événements : %1",
 "Could not store the observer's answer: %1": "Impossible d'enregistrer la réponse de l'observateur : %1",
 'The observer exited (%1).': "L'observateur s'est arrêté (%1).",
 'The observer answered %1 times in a row without an observation block.': "L'observateur a répondu %1 fois de suite sans bloc d'observation.",
 'Cannot record the observer run: %1': "Impossible d'enregistrer l'exécution de l'observateur : %1",
 'Use my Claude subscription, not API keys from the environment, when both exist': "Utiliser mon abonnement Claude plutôt que les clés d'API de l'environnement quand les deux existent",
 'Offer recent observations to new Claude Code sessions': 'Proposer les observations récentes aux nouvelles sessions Claude Code',
 'Hide observer sessions from the resume list automatically': "Masquer automatiquement les sessions d'observation de la liste de reprise",
 'Start Observer Tray when I log in': "Lancer Observer Tray à l'ouverture de session", 'Observer Tray Settings': "Réglages d'Observer Tray",
 'found automatically': 'détecté automatiquement', 'Path to claude:': 'Chemin de claude :', 'Observer model:': 'Modèle des observateurs :',
 'Observers at once:': 'Observateurs simultanés :', 'Billing guard:': 'Protection de facturation :', 'Context:': 'Contexte :', 'Resume list:': 'Liste de reprise :',
 'Tools not recorded:': 'Outils non enregistrés :', 'One folder per line; nothing under it is recorded': "Un dossier par ligne ; rien n'y est enregistré",
 'Excluded projects:': 'Projets exclus :', 'Desktop:': 'Bureau :', 'System language': 'Langue du système', 'Language (after restart):': 'Langue (après redémarrage) :', 'Start at login': "Lancer à l'ouverture de session",
 'probably signed in (%1)': 'probablement connecté (%1)', 'signed in (%1)': 'connecté (%1)', 'paused': 'en pause', 'not signed in': 'non connecté',
 'offline, retrying': 'hors ligne, nouvel essai en cours', 'stalled: observers answer but record nothing': "bloqué : les observateurs répondent mais n'enregistrent rien",
 'error: %1': 'erreur : %1', 'checking sign-in…': 'vérification de la connexion…', '%1 observations, %2 today': "%1 observations, %2 aujourd'hui",
 ' · %1 queued': ' · %1 en attente', ' · %1 parked': ' · %1 mis de côté', 'Observer Tray — %1 · %2': 'Observer Tray — %1 · %2',
 'Check sign-in now': 'Vérifier la connexion', 'Claude Code CLI:': 'CLI de Claude Code :', 'Counts:': 'Chiffres :', 'Observations per project:': 'Observations par projet :',
 'Parked events (failed repeatedly; they never block the queue):': "Événements mis de côté (échecs répétés ; ils ne bloquent jamais la file) :",
 'Event': 'Événement', 'Tries': 'Essais', 'Last error': 'Dernière erreur', 'Retry': 'Réessayer', 'Discard': 'Abandonner', 'What to do: %1': 'Que faire : %1',
 '%1, version %2; supports %3': '%1, version %2 ; prend en charge %3', 'not found (looked in %1)': 'introuvable (cherché dans %1)', 'not found (the places searched are listed above)': 'introuvable (les emplacements cherchés sont indiqués plus haut)',
 '%1 observations, %2 today · %3 queued · %4 parked · %5 observers running': "%1 observations, %2 aujourd'hui · %3 en attente · %4 mis de côté · %5 observateurs actifs",
 'Hid %n observer session(s).': ("%n session d'observation masquée.", "%n sessions d'observation masquées."),
 ' %n skipped (see --hide-observer-sessions --dry-run).': (' %n ignorée (voir --hide-observer-sessions --dry-run).', ' %n ignorées (voir --hide-observer-sessions --dry-run).'),
 'Restored %n session(s).': ('%n session restaurée.', '%n sessions restaurées.'),
 ' %n left hidden: the original path is taken.': (" %n reste masquée : le chemin d'origine est occupé.", " %n restent masquées : le chemin d'origine est occupé."),
 'Deleted %n hidden session(s) permanently.': ('%n session masquée supprimée définitivement.', '%n sessions masquées supprimées définitivement.'),
 'Observing': 'Observation', 'Open Observer Tray…': 'Ouvrir Observer Tray…', 'Settings…': 'Réglages…', 'Quit': 'Quitter', 'Status: %1': 'État : %1',
 'Hide observer sessions from resume list (%1, %2)': "Masquer les sessions d'observation de la liste de reprise (%1, %2)",
 'Hide observer sessions from resume list (0)': "Masquer les sessions d'observation de la liste de reprise (0)",
 'Claude Code hooks installed': 'Hooks de Claude Code installés',
 'Repair Claude Code hooks (broken)': 'Réparer les hooks de Claude Code (cassés)', 'Update Claude Code hooks': 'Mettre à jour les hooks de Claude Code', 'Claude Code hooks:': 'Hooks de Claude Code :', 'installed': 'installés',
 'Run `claude auth login` in a terminal, then press Check now.': 'Lancez `claude auth login` dans un terminal, puis cliquez sur « Vérifier la connexion ».',
 'Install Claude Code (npm install -g @anthropic-ai/claude-code) or set its path in Settings.': 'Installez Claude Code (npm install -g @anthropic-ai/claude-code) ou indiquez son chemin dans les réglages.',
 'Looked in: ': 'Cherché dans : ', 'Check that `%1 --version` works in a terminal.': 'Vérifiez que `%1 --version` fonctionne dans un terminal.',
 '`claude auth status` gave an answer Observer Tray does not understand.': "`claude auth status` a donné une réponse qu'Observer Tray ne comprend pas.",
 'Run `claude auth status` in a terminal to see what it says; update Claude Code if it is old.': 'Lancez `claude auth status` dans un terminal pour voir sa réponse ; mettez Claude Code à jour s\'il est ancien.',
 'Observers sign in with your %1.': 'Les observateurs se connectent avec votre accès : %1.',
 'Billing guard: ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN from your environment are not passed to observers, so they use your subscription instead of per-token billing.': "Protection de facturation : ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN de votre environnement ne sont pas transmis aux observateurs, qui utilisent votre abonnement plutôt qu'une facturation au jeton.",
 'Claude Code is not signed in, so observers cannot work.': "Claude Code n'est pas connecté : les observateurs ne peuvent pas travailler.",
 'This Claude Code (%1) has no `auth status`; judged from your configuration. The first observer answer will confirm it.': "Ce Claude Code (%1) n'a pas de `auth status` ; jugé d'après votre configuration. La première réponse d'un observateur le confirmera.",
 'No Claude Code login found (no credentials file, no API key or token in the environment).': "Aucune connexion Claude Code trouvée (pas de fichier d'identifiants, ni clé d'API ni jeton dans l'environnement).",
 'Run `claude` in a terminal and sign in with /login, then press Check now.': 'Lancez `claude` dans un terminal, connectez-vous avec /login, puis cliquez sur « Vérifier la connexion ».',
 'Observers cannot sign in: Claude Code said "%1".': 'Les observateurs ne peuvent pas se connecter : Claude Code a répondu « %1 ».',
 'Check your network connection; observing resumes by itself.': "Vérifiez votre connexion réseau ; l'observation reprendra d'elle-même.",
 'Claude Code cannot reach the API and is retrying (attempt %1).': "Claude Code n'atteint pas l'API et réessaie (essai %1).",
 'Observers are signed in (confirmed by an answer) with your %1.': 'Les observateurs sont connectés (confirmé par une réponse) avec votre accès : %1.',
}

class English(dict):
    """English needs only plural forms: 'session(s)' → 'session' / 'sessions'."""
    def get(self, source, default=None):
        return (source.replace('(s)', ''), source.replace('(s)', 's'))


def fill(path, table):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        tr = message.find('translation')
        value = table.get(source)
        if value is None:
            missing.append(source)
            continue
        tr.attrib.pop('type', None)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if isinstance(table, English) and message.get('numerus') != 'yes':
            value = source
        if message.get('numerus') == 'yes':
            forms = value if isinstance(value, tuple) else (value, value)
            for f in forms:
                ET.SubElement(tr, 'numerusform').text = f
        else:
            tr.text = value
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing

bad = False
for lang, table in (('de', DE), ('fr', FR), ('en', English())):
    missing = fill(f'translations/observer-tray_{lang}.ts', table)
    for m in missing:
        print(f'{lang}: untranslated: {m!r}', file=sys.stderr)
        bad = True
sys.exit(1 if bad else 0)
