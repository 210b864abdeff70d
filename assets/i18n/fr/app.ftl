# La fenêtre : panneau latéral, Accueil, Fichiers, Quarantaine,
# Sauvegardes, Sessions, Activité et l'assistant de première utilisation.

files-count = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}

## Panneau latéral

nav-home = Accueil
nav-decide = Faut-il l'utiliser ?
nav-session = Session
nav-plan = Vérifier un plan
nav-files = Fichiers
nav-quarantine = Quarantaine
nav-backups = Sauvegardes
nav-sessions = Sessions
nav-activity = Activité
nav-learn = Comprendre
nav-first-use = Avant la 1re utilisation
nav-incident = Un problème est survenu
nav-language = Langue
nav-language-system = Celle de l'ordinateur ({ $name })

## Messages de la fenêtre

common-dismiss = Fermer
app-picker-lost = Le sélecteur de dossier s'est fermé de façon inattendue. Tapez plutôt le chemin du dossier.
app-open-folder-failed = Airlock n'a pas pu ouvrir le dossier pour vous. Vous le trouverez ici : { $path }.
app-repaired = { $count ->
    [one] L'espace de travail est de nouveau complet (1 dossier recréé).
   *[other] L'espace de travail est de nouveau complet ({ $count } dossiers recréés).
}
app-picker-busy = Le sélecteur de dossier est déjà ouvert ; cherchez sa fenêtre.
app-picker-title = Choisissez un dossier pour l'espace de travail
app-picker-failed = Le sélecteur de dossier n'a pas pu s'ouvrir. Tapez plutôt le chemin du dossier.
app-settings-unsaved = Airlock n'a pas pu enregistrer vos réglages ; vos choix seront perdus à la fermeture.
create-confirm-warnings = Confirmez les avertissements ci-dessus avant de créer l'espace de travail.
create-io-failed = Airlock n'a pas pu créer { $path } ({ $error }). Vérifiez que vous pouvez y écrire, ou choisissez un autre dossier.
create-settings-failed = L'espace de travail a été créé, mais Airlock n'a pas pu enregistrer son emplacement. Vérifiez que votre dossier personnel n'est pas plein.
first-use-title = Avant la première utilisation
learn-title = Comprendre
learn-intro = De courtes pages sur chaque risque, en mots simples.

## Âges, dates et tailles

age-just-now = à l'instant
age-minutes = { $count ->
    [one] il y a 1 minute
   *[other] il y a { $count } minutes
}
age-hours = { $count ->
    [one] il y a 1 heure
   *[other] il y a { $count } heures
}
age-yesterday = hier
age-days = { $count ->
    [one] il y a 1 jour
   *[other] il y a { $count } jours
}
# Format chrono, en chiffres : les noms de mois de chrono sont en anglais.
date-format = %d/%m/%Y
# Format chrono pour « quand », affiché à côté d'un âge.
date-time-format = %d/%m à %H:%M
size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
size-kb = Ko
size-mb = Mo
size-gb = Go
size-tb = To
folder-input-purpose = Les fichiers que vous donnez à l'assistant, une fois vérifiés par Airlock.
folder-output-purpose = Là où l'assistant écrit ses résultats.
folder-archive-purpose = Les fichiers terminés, mis à l'écart de l'assistant.

## Accueil

home-title = Votre espace de travail
home-subtitle = Le seul dossier que votre assistant IA devrait avoir le droit d'ouvrir.
home-none-what = Aucun espace de travail n'est encore créé.
home-none-why = Sans lui, l'assistant risque d'avoir accès à des dossiers pleins de fichiers personnels.
home-none-do = Créez-en un maintenant : cela prend une minute.
home-none-button = Créer un espace de travail
home-location = Emplacement
home-looking = Examen de l'espace de travail…
home-open-workspace = Ouvrir le dossier de travail
home-missing-what = Le dossier de l'espace de travail a disparu.
home-missing-why = Il a peut-être été déplacé, renommé ou supprimé.
home-missing-do = Recréez-le, ou créez-en un nouveau.
home-missing-button = Recréer l'espace de travail
home-incomplete-what = Certains dossiers de l'espace de travail manquent.
home-incomplete-why = L'assistant et Airlock attendent input, output et archive.
home-incomplete-do = Réparez l'espace de travail : rien d'autre n'est modifié.
home-incomplete-button = Réparer l'espace de travail
home-private = Réservé à vous : les autres personnes de cet ordinateur ne peuvent pas l'ouvrir.
home-not-private = D'autres personnes de cet ordinateur peuvent ouvrir ce dossier.
home-sessions-title = Sessions avec l'assistant
home-session-running = Une session est en cours ({ $age }) : { $task }
home-session-see = Voir ce qui change
home-session-intro = Avant que l'assistant ne travaille, Airlock passe la liste de vérification du guide, fait une sauvegarde puis surveille chaque changement.
home-session-start = Commencer une session
home-no-backup = Pas encore de sauvegarde : un fichier que l'assistant supprime ou écrase ne pourrait pas être récupéré.
home-backup-stale = Dernière sauvegarde : { $age }. L'espace de travail a changé depuis ; sauvegardez avant la prochaine tâche.
home-backup-fresh = Dernière sauvegarde : { $age } ({ $when }). Rien n'a changé depuis.
home-see-backups = Voir les sauvegardes
home-folder-empty = Vide
home-open-folder = Ouvrir { $name }
home-folder-missing = Manquant
home-checked-title = Fichiers vérifiés
home-not-checked = Les fichiers n'ont pas encore été vérifiés.
home-check-files = Vérifier les fichiers
home-see-files = Voir les fichiers
home-first-use-done = Terminé : vous avez suivi la liste de première utilisation du guide.
home-first-use-progress = Étapes faites : { $done } sur { $total }.
home-first-use-continue = Continuer la liste

## Fichiers

common-cancel = Annuler
files-sort-worst = Les plus graves d'abord
files-sort-name = Par nom
files-sort-folder = Par dossier
files-top-folder = (racine)
files-subtitle = Chaque fichier de l'espace de travail, vérifié pour les instructions cachées, les macros, les déguisements et les données privées.
files-checking = Vérification des fichiers…
files-empty = L'espace de travail est vide. Ajoutez des fichiers pour les confier à l'assistant.
files-not-checked = Pas encore vérifié. Appuyez sur « Vérifier ».
files-progress = { $done } fichiers sur { $total }
files-scan-now = Vérifier
files-add = Ajouter des fichiers…
files-show = Afficher :
files-all-verdicts = Tous les verdicts
files-in = dans
files-all-folders = Tous les dossiers
files-sort = Trier :
files-drop-hint = Vous pouvez aussi déposer des fichiers sur cette fenêtre pour les ajouter.
files-col-verdict = Verdict
files-col-folder = Dossier
files-col-name = Nom
files-col-finding = Principal constat
files-nothing-found = Rien trouvé.
files-reviewed-prefix = Examiné par vous.
files-showing = { $shown } fichiers affichés sur { $total }.
files-show-more = Afficher { $count } de plus
files-quarantine = Mettre en quarantaine
files-unmark-reviewed = Retirer la marque « examiné »
files-mark-reviewed = Marquer comme examiné
files-show-in-folder = Afficher dans le dossier
files-earlier-version = Restaurer une version antérieure…
files-reviewed-note = Vous avez examiné ce fichier et choisi de le garder ; la marque disparaît s'il change.
files-nothing-to-worry = Airlock n'a rien trouvé d'inquiétant dans ce fichier.
files-what-you-see = Ce que vous voyez en l'ouvrant
files-what-is-hidden = Ce qui vous est caché, mais pas à l'assistant
files-where = { $place } :{" "}
files-finding-line = { $category } : { $message }{ $place }
files-why-matters = Pourquoi c'est important
files-why-matters-hover = Une courte page sur ce risque.
files-file-says = Ce que dit le fichier (affiché comme simple texte, jamais suivi) :
