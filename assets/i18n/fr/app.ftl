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
nav-first-use = Première utilisation
nav-incident = Un problème est survenu
nav-settings = Réglages
nav-language = Langue
lang-name-en = anglais
lang-name-fr = français
nav-language-system = Automatique ({ $name })

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
files-unknown-sources = { $count ->
    [one] 1 fichier est arrivé dans l'espace de travail sans passer par Airlock, personne ne sait donc d'où il vient : il est à vérifier. Si vous l'y avez mis vous-même, dites-le.
   *[other] { $count } fichiers sont arrivés dans l'espace de travail sans passer par Airlock, personne ne sait donc d'où ils viennent : ils sont à vérifier. Si vous les y avez mis vous-même, dites-le.
}
files-vouch = J'ai mis ces fichiers ici moi-même
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

## Quarantaine et listes de vérification

quarantine-intro = Les fichiers retirés de l'espace de travail, hors de portée de l'assistant. Rien n'est supprimé ici.
quarantine-kept-in = Conservés dans { $path }
quarantine-empty = La quarantaine est vide.
quarantine-when = Mis en quarantaine le { $when } — { $reason }
quarantine-put-back = Remettre { $name } en place
first-use-intro = Le guide de sécurité demande ceci avant de laisser un assistant travailler sur vos fichiers.
checklist-repair = Réparer

## Sauvegardes

common-open = Ouvrir
common-close = Fermer
backup-now = Sauvegarder maintenant
backup-reason-manual = Sauvegardé par vous
backup-reason-before-restore = Prise avant une restauration (point d'annulation)
backup-reason-before-quarantine = Prise avant une mise en quarantaine
backup-reason-session-start = Début d'une session
backup-reason-before-cleanup = Prise avant le rangement de fin de session
backup-state-verified = Vérifiée
backup-state-not-verified = Pas encore vérifiée
backup-state-incomplete = Incomplète
backup-state-damaged = Abîmée
backup-phase-backing-up = Sauvegarde
backup-phase-checking = Vérification de la sauvegarde
backup-phase-restoring = Restauration
backups-intro = Une sauvegarde est une copie de tout l'espace de travail, rangée en dehors. Faites-en une avant toute tâche qui déplace, renomme ou supprime des fichiers.
backups-no-workspace = Créez d'abord un espace de travail ; il pourra ensuite être sauvegardé.
backups-comparing = Comparaison de la sauvegarde avec l'espace de travail…
backups-reading = Lecture des sauvegardes…
backups-none-what = Il n'y a pas encore de sauvegarde.
backups-none-why = Sans elle, un fichier que l'assistant supprime ou écrase ne peut pas être récupéré.
backups-none-do = Appuyez sur « Sauvegarder maintenant » : cela prend un instant.
backups-count = { $count ->
    [one] { $count } sauvegarde, la plus récente d'abord
   *[other] { $count } sauvegardes, les plus récentes d'abord
}
backups-progress = { $phase }… { $done } fichiers sur { $total } · { $bytes_done } sur { $bytes_total }
backups-kept-in = Les sauvegardes sont rangées dans
backups-change = Changer…
backups-folder-prompt = Ranger les sauvegardes dans ce dossier (hors de l'espace de travail, idéalement sur un autre disque) :
backups-use-folder = Utiliser ce dossier
backups-keep-1 = Airlock garde les
backups-keep-hover = Les sauvegardes les plus récentes sont toujours gardées.
backups-keep-2 = dernières sauvegardes, et une par jour pendant les
backups-keep-3 = derniers jours. Les plus anciennes sont retirées après chaque nouvelle sauvegarde.
backups-state-verified = Vérifiée : chaque fichier correspond
backups-state-incomplete = { $count ->
    [one] Incomplète : { $count } élément n'a pas pu être copié
   *[other] Incomplète : { $count } éléments n'ont pas pu être copiés
}
backups-state-damaged = { $count ->
    [one] Abîmée : { $count } fichier manquant ou modifié depuis sa création
   *[other] Abîmée : { $count } fichiers manquants ou modifiés depuis sa création
}
backups-row = { $files } · { $size } · { $used } réellement occupés sur le disque · { $reason }
backups-session = Session : { $session }
backups-not-copied = Ce qui n'a pas pu être copié
backups-restore = Restaurer…
backups-check = La vérifier
restore-title = Restaurer la sauvegarde du { $when }
restore-nothing = Rien à restaurer : l'espace de travail correspond déjà à cette sauvegarde.
restore-undo-note = Avant de rien changer, Airlock sauvegarde l'espace de travail tel qu'il est, pour que vous puissiez annuler cette restauration.
restore-add = Sera remis en place (absent maintenant)
restore-replace = Sera remplacé par la version de la sauvegarde
restore-remove = Sera retiré (absent de la sauvegarde)
restore-remove-note = Les fichiers ajoutés depuis la sauvegarde sont gardés, sauf si vous les cochez.
restore-unchanged = { $count ->
    [one] { $count } élément est identique et reste tel quel.
   *[other] { $count } éléments sont identiques et restent tels quels.
}
restore-chosen = { $count ->
    [one] Restaurer { $count } élément choisi
   *[other] Restaurer { $count } éléments choisis
}
restore-everything = Tout restaurer
restore-link = lien
restore-held-back = { $count ->
    [one] { $count } fichier de cette sauvegarde n'est pas proposé : vous l'avez mis en quarantaine après cette sauvegarde, il est donc peut-être la cause du problème. Il reste en quarantaine ; si vous êtes sûr qu'il est sans danger, remettez-le en place depuis l'écran Quarantaine.
   *[other] { $count } fichiers de cette sauvegarde ne sont pas proposés : vous les avez mis en quarantaine après cette sauvegarde, ils sont donc peut-être la cause du problème. Ils restent en quarantaine ; si vous êtes sûr que l'un d'eux est sans danger, remettez-le en place depuis l'écran Quarantaine.
}
restore-held-back-when = mis en quarantaine le { $when }
restore-and-more = …et { $count } de plus (inclus dans « Tout restaurer »).
versions-title = Versions antérieures de { $name }
versions-looking = Recherche dans les sauvegardes…
versions-none = Aucune sauvegarde ne contient une autre version de ce fichier.
versions-restore = Restaurer cette version…
common-undo = Annuler
backups-busy = Une sauvegarde ou une restauration est déjà en cours ; attendez qu'elle se termine.
backups-start-failed = Airlock n'a pas pu lancer la sauvegarde. Réessayez, ou redémarrez Airlock.
backups-lost = La sauvegarde s'est arrêtée de façon inattendue ; rien n'a été modifié. Réessayez.
backups-quarantine-not-covered = Airlock n'a pas pu sauvegarder { $name } d'abord, il ne l'a donc pas déplacé. Fermez ce qui l'utilise et réessayez.
backups-done-incomplete = { $count ->
    [one] La sauvegarde est incomplète : { $count } élément n'a pas pu être copié. Voyez la liste dans l'écran Sauvegardes.
   *[other] La sauvegarde est incomplète : { $count } éléments n'ont pas pu être copiés. Voyez la liste dans l'écran Sauvegardes.
}
backups-done-damaged = La sauvegarde a été faite, mais sa copie ne correspond pas à ce qui a été lu : { $missing } fichier(s) manquant(s) et { $changed } modifié(s). Le disque des sauvegardes est peut-être défaillant. Sauvegardez à nouveau, si possible sur un autre disque, avant de compter sur elle.
backups-done-checked = { $files } sauvegardé(s), et la copie vérifiée.
backups-pruned = { $count ->
    [one] { $count } ancienne sauvegarde a été retirée, comme le prévoit la règle de conservation.
   *[other] { $count } anciennes sauvegardes ont été retirées, comme le prévoit la règle de conservation.
}
audit-backup-intact = Sauvegarde { $id } vérifiée : intacte
audit-backup-damaged = Sauvegarde { $id } vérifiée : abîmée
backups-intact = { $count ->
    [one] La sauvegarde est intacte : son élément correspond.
   *[other] La sauvegarde est intacte : les { $count } éléments correspondent.
}
backups-damaged = La sauvegarde est abîmée : { $missing } fichier(s) manquant(s) et { $changed } modifié(s). Restaurez depuis une autre sauvegarde si vous en avez besoin.
audit-restored = { $count } élément(s) restauré(s) et { $removed } retiré(s) ; point d'annulation { $undo }
restored = { $count ->
    [one] { $count } élément restauré.
   *[other] { $count } éléments restaurés.
}
restored-and-removed = { $count ->
    [0] { $removed ->
        [one] 1 élément absent de la sauvegarde retiré.
       *[other] { $removed } éléments absents de la sauvegarde retirés.
    }
    [one] 1 élément restauré et { $removed } absent(s) de la sauvegarde retiré(s).
   *[other] { $count } éléments restaurés et { $removed } absent(s) de la sauvegarde retiré(s).
}
restore-problems = { $count } n'ont pas pu être restauré(s) : { $which }.
restore-undo-kept = L'état juste avant a été sauvegardé.
backups-quarantine-failed = Airlock n'a pas pu sauvegarder l'espace de travail d'abord, il n'a donc pas déplacé { $name }.
backups-cancelled = Arrêté. Rien n'a été modifié et aucune sauvegarde partielle n'a été gardée.
backups-dir-empty = Tapez le dossier où ranger les sauvegardes.
backups-dir-not-absolute = Donnez le chemin complet du dossier, par exemple ~/Cowork-Backups.
backups-dir-set = Les nouvelles sauvegardes seront rangées dans { $path }.
backup-error-disk-full = Le disque des sauvegardes est plein. Libérez de la place ou choisissez un autre dossier de sauvegarde.
backup-error-write = Airlock n'a pas pu écrire la sauvegarde ({ $error }). Vérifiez qu'on peut écrire dans le dossier de sauvegarde { $path }.
backup-error-no-workspace = Le dossier de travail { $path } a disparu : il n'y a rien à sauvegarder.
backup-error-workspace-link = L'espace de travail { $path } est un lien vers un autre endroit ; Airlock ne sauvegarde qu'un vrai dossier.
backup-error-inside-workspace = Les sauvegardes ne peuvent pas être rangées dans { $path } : c'est dans l'espace de travail, où l'assistant pourrait les modifier. Choisissez un dossier en dehors.
backup-error-not-found = Il n'y a pas de sauvegarde nommée { $id }.
backup-error-damaged = La sauvegarde { $id } est illisible ({ $why }) ; elle a peut-être été abîmée.
backup-error-safety = Airlock n'a pas pu sauvegarder { $name } d'abord, il n'a donc rien changé. Fermez ce qui utilise ce fichier et réessayez.

## Vérifier, ajouter et mettre en quarantaine

audit-scan-finished = { $count } fichier(s) vérifié(s) : { $safe } sûr(s), { $review } à vérifier, { $danger } dangereux
scan-cancelled = La vérification a été arrêtée ; la liste montre ce qui a été vérifié jusque-là.
scan-added-dangerous = { $name } est dangereux : Airlock recommande de le sortir de l'espace de travail.
scan-quarantine-name = Mettre { $name } en quarantaine
scan-busy = Une vérification est déjà en cours ; attendez sa fin ou annulez-la.
scan-start-failed = Airlock n'a pas pu lancer la vérification des fichiers. Réessayez, ou redémarrez Airlock.
review-save-failed = Airlock n'a pas pu enregistrer votre marque ; elle sera oubliée à la fermeture d'Airlock.
audit-reviewed = { $name } marqué comme examiné et gardé
audit-unreviewed = { $name } n'est plus marqué comme examiné
review-marked = { $name } est marqué comme examiné. La marque disparaît d'elle-même si le fichier change.
review-unmarked = { $name } n'est plus marqué comme examiné.
audit-unquarantined = { $name } sorti de la quarantaine
quarantine-put-back-done = { $name } est de retour dans l'espace de travail ; Airlock le vérifie de nouveau.
sentences = { $first } { $second }
quarantine-error-missing = { $path } n'existe plus, il n'y avait donc rien à déplacer.
quarantine-error-move = Airlock n'a pas pu déplacer { $path } ({ $error }) ; le fichier est resté où il était. Fermez ce qui l'utilise et réessayez.
quarantine-error-record = Le fichier a été déplacé, mais la liste de la quarantaine n'a pas pu être enregistrée ({ $why }). Vérifiez que le dossier d'Airlock est accessible en écriture.
quarantine-put-back-failed = Airlock n'a pas pu remettre le fichier en place ; il est toujours à l'abri en quarantaine.
audit-added = { $count } copié(s) dans input/
added = { $count ->
    [one] { $count } fichier copié dans input/ ; vérification en cours.
   *[other] { $count } fichiers copiés dans input/ ; vérification en cours.
}
not-added = Non ajouté(s) : { $which }
quarantine-by-you = Mis de côté par vous.
audit-quarantined = { $name } déplacé en quarantaine : { $reason }
quarantined = { $name } est maintenant en quarantaine, hors de portée de l'assistant.
add-picker-title = Choisissez les fichiers à ajouter à l'espace de travail
add-picker-failed = Le sélecteur de fichiers n'a pas pu s'ouvrir. Déposez plutôt les fichiers sur cette fenêtre.

## Sessions

session-started = La session a commencé et l'espace de travail est sauvegardé. Airlock montre chaque changement au moment où il se produit.
session-see = Voir la session
session-report-unreadable = Le compte rendu de cette session n'a pas pu être lu.
session-busy = Airlock est encore occupé ; réessayez dans un instant.
session-task-first = Écrivez d'abord la tâche : une phrase qui dit ce que l'assistant doit faire.
session-check-first = Airlock doit vérifier chaque fichier avant la session ; attendez la fin de la vérification.
session-dangerous-first = Occupez-vous d'abord de chaque fichier dangereux : mettez-le en quarantaine, ou confirmez que vous le gardez.
cleanup-nothing = Rien n'a été rangé.
audit-cleanup = Rangement : { $archived } archivé(s), { $trashed } envoyé(s) à la corbeille
cleanup-done = Rangement fait : { $archived ->
    [one] { $archived } entrée archivée
   *[other] { $archived } entrées archivées
}, { $trashed ->
    [one] { $trashed } résultat envoyé à la corbeille.
   *[other] { $trashed } résultats envoyés à la corbeille.
}
cleanup-left = { $count } laissé(s) tel(s) quel(s).
session-end-title = Fin de la session
session-running-title = Session en cours
session-started-line = Commencée { $age } · Sauvegarde prise au début : { $backup }
session-check-plan = Vérifier le plan de l'assistant avant de l'approuver
session-end = Terminer la session
session-end-hint = Terminez-la quand l'assistant a fini : Airlock montre alors tout ce qu'il a modifié.
session-before-intro = Avant que l'assistant ne commence, Airlock passe avec vous la liste de vérification du guide et fait une sauvegarde.
session-task-prompt = Que doit faire l'assistant ? (une phrase)
session-task-hint = Par exemple : Résumer les trois rapports de input/ dans output/resume.md
session-dangerous-what = Certains fichiers sont dangereux.
session-dangerous-why = Ils peuvent contenir des instructions qui retournent l'assistant contre vous.
session-dangerous-do = Mettez chacun en quarantaine, ou confirmez que vous l'avez regardé et le gardez.
session-dangerous-all-handled = Chaque fichier dangereux a été traité.
session-dangerous-quarantined = ✔ Mis en quarantaine
session-dangerous-kept = ✔ Gardé : vous l'avez examiné
session-keep-dangerous = Je l'ai regardé ; le garder
session-start-button = Sauvegarder et commencer la session
session-backing-up = Sauvegarde de l'espace de travail…
session-why-task = Écrivez d'abord la tâche.
session-why-checking = Airlock vérifie d'abord les fichiers…
session-why-dangerous = Occupez-vous d'abord des fichiers dangereux.
feed-title = Ce qui change
feed-watching = surveillance de l'espace de travail
feed-empty = Rien n'a encore changé. Les changements apparaissent ici au fur et à mesure que l'assistant les fait.
feed-counts = { $changes ->
    [one] { $changes } changement
   *[other] { $changes } changements
} · { $alerts ->
    [one] { $alerts } alerte
   *[other] { $alerts } alertes
}
feed-renamed-from = { $path } (anciennement { $from })
feed-by-airlock = par Airlock
feed-restore = Restaurer
review-changed-title = Ce que l'assistant a modifié
review-nothing-changed = Rien n'a changé dans l'espace de travail.
review-from = depuis { $from }
cleanup-title = Ranger
cleanup-was-done = Fait : { $archived } archivé(s), { $trashed } envoyé(s) à la corbeille (sauvegarde { $backup } prise avant).
cleanup-kept-in-own-trash = La corbeille du système serait à l'intérieur de cet espace de travail, où l'assistant pourrait lire les fichiers : ils sont donc gardés dans la corbeille d'Airlock : { $path }.
write-refused-missing = Le dossier de l'espace de travail { $path } est absent : Airlock n'a rien écrit. Lancez `airlock init` ou ouvrez l'application pour le recréer.
write-refused-link = { $path } est un lien vers un autre endroit : Airlock n'a rien écrit, car il n'écrit jamais à travers un lien. Remplacez le lien par un vrai dossier.
write-refused-place = L'espace de travail enregistré { $path } n'est plus un endroit sûr : Airlock n'a rien écrit. Choisissez un autre espace de travail.
audit-unwritable-ask = Le journal d'activité ne peut pas être écrit (dans { $folder }) : cette action ne laisserait aucune trace de ce qu'elle change. Libérez ce dossier et réessayez, ou continuez sans trace.
audit-go-on = Continuer sans trace
audit-missed-restore = Le journal d'activité n'a pas pu enregistrer cette restauration.
session-finish = Terminer et enregistrer le compte rendu
cleanup-intro = Airlock sauvegarde d'abord l'espace de travail, pour que le rangement puisse être annulé.
cleanup-archive = { $count ->
    [one] Déplacer le fichier de input/ dans archive/{ $day }/
   *[other] Déplacer les { $count } fichiers de input/ dans archive/{ $day }/
}
cleanup-outputs = Cochez les résultats à envoyer à la corbeille (ceux qui contiennent des données privées ou sont jugés dangereux sont cochés pour vous) :
cleanup-problem-not-input = n'est pas une entrée qu'Airlock a pu sauvegarder d'abord
cleanup-problem-not-output = n'est pas une sortie qu'Airlock a pu sauvegarder d'abord
cleanup-problem-not-archived = n'a pas pu être archivé ({ $error })
cleanup-problem-not-trashed = n'a pas pu aller à la corbeille ({ $error })
cleanup-stray = hors des trois dossiers, où rien ne doit se trouver
cleanup-private = contient des données privées
cleanup-clear-output = Vider aussi output/ dans la corbeille (j'ai récupéré mes résultats)
history-intro = La tâche de chaque session, ce qui a changé et ce qui a été rangé. Les comptes rendus sont gardés dans le dossier d'Airlock.
history-report = Compte rendu { $id }
history-none = Pas encore de session.
history-in-progress = en cours
history-changes = { $count ->
    [one] { $count } changement
   *[other] { $count } changements
}
history-open-report = Ouvrir le compte rendu
activity-intro = Tout ce qu'Airlock a fait et tout ce qu'il a vu changer, gardé hors de l'espace de travail ; chaque entrée est scellée à la précédente.
activity-check = Vérifier le journal
activity-intact = Intact : { $count } entrées, aucune modifiée ni retirée.
activity-tampered = Falsifié à l'entrée { $seq } : { $why }.
activity-everything = Tout
activity-you = Ce que vous avez fait
activity-airlock = Ce qu'Airlock a fait
activity-seen = Changements observés
activity-search = Rechercher :
activity-no-match = Aucune entrée ne correspond à votre choix ; affichez tout ou changez la recherche.
activity-nothing = Rien à afficher pour l'instant.
activity-when = Quand
activity-who = Qui
activity-what = Quoi
actor-you = Vous
actor-observed = Observé dans l'espace de travail
change-created = créé
change-changed = modifié
change-deleted = supprimé
change-renamed = renommé
alert-dangerous = { $name } est dangereux : { $why }
alert-deleted = { $name } a été supprimé. Il peut être restauré depuis la sauvegarde du début de session.
alert-renamed = { $from } a été déplacé ou renommé en { $name }.
alert-outside-output = { $name } a été { $change } dans { $area }/ : l'assistant ne devrait écrire que dans output/.
alert-outside-folders = { $name } a été { $change } hors de input, output et archive.
alert-many-changes = Plus de { $count } changements dans cette session : vérifiez que l'assistant ne fait que ce que vous avez demandé.
audit-renamed = { $from } renommé en { $path }

## Compte rendu de session

report-title = Compte rendu de session
report-task = Tâche :
report-workspace = Espace de travail :
report-started = Début :
report-ended = Fin :
report-start-backup = Sauvegarde du début :
report-kept = Gardés bien que jugés dangereux :
report-changed = Ce qui a changé
report-was = anciennement `{ $from }`
report-found = Ce qu'Airlock a trouvé dans les fichiers nouveaux et modifiés
report-nothing-found = { $count } vérifié(s) ; rien à signaler.
report-checklists = Listes de vérification
report-none = aucune
report-before-ticks = Avant la session, cochés par vous : { $ticks }
report-after-ticks = Après la session, cochés par vous : { $ticks }
report-cleanup-backup = Sauvegarde prise d'abord : { $id }
report-archived = { $from } archivé dans { $to }
report-trashed = { $path } envoyé à la corbeille
report-not-done = Pas fait : { $path } { $why }

## Où placer l'espace de travail

place-root = C'est la racine de tout le disque.
place-home = C'est votre dossier personnel.
place-personal = C'est votre dossier { $name }.
place-parent-of = Ce dossier contient votre dossier { $name }.
place-system = C'est un dossier du système ({ $folder }).
place-shared-parent = { $folder } contient les dossiers des utilisateurs ou des disques, pas vos propres fichiers.
place-hidden-settings = C'est dans { $folder }, un dossier caché où les programmes rangent leurs réglages et leurs clés.
place-app-folder = C'est l'un des dossiers d'Airlock (son journal ou la quarantaine).
place-shortcut = Ce dossier est un raccourci vers un autre endroit ({ $target }).
place-through-shortcut = Par un raccourci, ce chemin mène en réalité à { $resolved }.
place-not-a-folder = Il y a un fichier, et non un dossier, à cet endroit.
place-cloud = Ce dossier est synchronisé dans le cloud par { $service }.
place-temporary = C'est dans le dossier temporaire du système.
place-not-empty-more = Ce dossier contient déjà { $total } éléments : { $listed } et { $more } de plus.
place-not-empty = { $total ->
    [one] Ce dossier contient déjà { $total } élément : { $listed }.
   *[other] Ce dossier contient déjà { $total } éléments : { $listed }.
}
place-why-too-wide = L'assistant pourrait lire, modifier ou supprimer tous les fichiers qu'il contient, pas seulement ceux que vous lui donnez.
place-why-system = Des modifications à cet endroit peuvent casser votre ordinateur, et l'assistant ne doit jamais l'atteindre.
place-why-hidden-settings = Les mots de passe et les clés sont là ; l'assistant ne doit jamais pouvoir les lire.
place-why-app-folder = L'assistant pourrait alors lire ou modifier le journal d'Airlock sur ce qui s'est passé.
place-why-shortcut = Un raccourci peut être modifié pour pointer ailleurs sans que vous le remarquiez.
place-why-not-a-folder = Un espace de travail a besoin de son propre dossier.
place-why-cloud = Tout ce que l'assistant y écrit est copié dans le cloud, et les suppressions se propagent à vos autres appareils.
place-why-temporary = Les fichiers à cet endroit peuvent être effacés au redémarrage de l'ordinateur.
place-why-not-empty = L'assistant verrait aussi ces fichiers, et Airlock ne les a pas vérifiés.
place-do-real-folder = Choisissez plutôt le vrai dossier : { $target }.
place-do-subfolder = Utilisez plutôt un nouveau dossier vide à l'intérieur : { $folder }.
place-do-not-synced = Préférez un dossier non synchronisé, comme Cowork-Workspace dans votre dossier personnel.
place-do-home = Préférez un dossier dans votre dossier personnel, comme Cowork-Workspace.
place-do-outside-app = Choisissez un dossier hors du dossier d'Airlock.
place-do-other-name = Choisissez un autre nom pour l'espace de travail.
place-do-dedicated = Créez plutôt un nouveau dossier dédié, comme { $name } dans votre dossier personnel.

## Assistant de première utilisation

wizard-step-welcome = Bienvenue
wizard-step-place = Choisir un endroit
wizard-step-create = Créer
welcome-title = Bienvenue dans Airlock
welcome-subtitle = Un espace de travail sûr pour votre assistant IA
welcome-1 = Airlock donne à votre assistant IA un dossier à lui, pour qu'il ne voie jamais le reste de vos fichiers.
welcome-2 = Chaque fichier que vous y mettez est d'abord vérifié : instructions cachées, macros et données privées.
welcome-3 = Il garde des sauvegardes et une trace de ce qui a changé, pour que toute erreur puisse être réparée.
welcome-next = La suite
welcome-next-1 = 1. Vous choisissez où placer l'espace de travail (un nouveau dossier dans votre dossier personnel est l'idéal).
welcome-next-2 = 2. Airlock le crée avec trois dossiers : input, output et archive.
welcome-next-3 = 3. Vous parcourez la courte liste de vérification du guide de sécurité.
welcome-start = Commencer
place-title = Où placer l'espace de travail ?
place-intro = Un nouveau dossier réservé à l'assistant. L'endroit proposé est un bon choix.
place-folder = Dossier :
place-choosing = Choix en cours…
place-choose = Choisir un autre dossier…
place-type-hint = Vous pouvez aussi taper ou coller le chemin d'un dossier.
place-type = Tapez un dossier ou choisissez-en un.
place-use = Utiliser { $path }
place-good-new = Bon choix : Airlock va créer ce nouveau dossier.
place-good-empty = Bon choix : ce dossier est vide.
place-good-workspace = C'est déjà un espace de travail : Airlock le garde et ajoute ce qui manque.
place-has-files = Ce dossier contient déjà des fichiers.
place-use-instead = Utiliser plutôt { $path }
place-accept = Je comprends l'avertissement et veux quand même utiliser ce dossier
common-back = Retour
place-create = Créer l'espace de travail
place-safe-first = Choisissez d'abord un endroit sûr.
created-not-yet = L'espace de travail n'a pas encore été créé.
created-title = Votre espace de travail est prêt
created-private = Créé et réservé à vous : les autres personnes de cet ordinateur ne peuvent pas l'ouvrir.
created-reused = Les dossiers qui existaient déjà ont été gardés tels quels.
created-give-only = Quand vous donnez à un assistant l'accès à un dossier, donnez-lui celui-ci et rien d'autre.
common-continue = Continuer
wizard-checklist-later = Vous pouvez revenir à cette liste à tout moment depuis le panneau latéral.
wizard-finish = Aller à mon espace de travail

## Provenance d'un fichier, et copies sans données privées

source-website = téléchargé depuis { $host }
source-sender = envoyé par { $address }
source-folder = ajouté depuis { $folder }
source-unknown = provenance inconnue : il n'est pas arrivé par Airlock
source-yours = placé dans l’espace de travail par vous
source-line = Provenance : { $source }
source-trusted = une source de confiance
source-not-trusted = pas une source de confiance
source-not-judged = vous n'avez pas dit si vous lui faites confiance
source-trust = Je fais confiance à cette source
source-distrust = Je ne lui fais pas confiance
source-url = Téléchargé depuis { $url }
source-save-failed = Airlock n'a pas pu enregistrer votre choix ; réessayez.
audit-session-started = Session commencée : { $task }
audit-session-ended = Session terminée : { $created } créé(s), { $changed } modifié(s), { $deleted } supprimé(s), { $renamed } renommé(s)
audit-changed = { $path } { $change }
audit-backup-taken = Sauvegarde { $id } de { $files } fichier(s) { $purpose } : { $state }
audit-backup-purpose-manual = demandée par la personne
audit-backup-purpose-before-restore = avant une restauration (point d'annulation)
audit-backup-purpose-before-quarantine = avant de mettre un fichier en quarantaine
audit-backup-purpose-session-start = au début d'une session
audit-backup-purpose-before-cleanup = avant le nettoyage de fin de session
audit-backup-state-incomplete = INCOMPLÈTE, { $count } élément(s) n'ont pas pu être copiés
audit-backup-state-failed = ÉCHEC de la vérification, { $missing } manquant(s) et { $changed } modifié(s)
audit-backup-state-checked = vérifiée, chaque fichier correspond
audit-backup-state-unchecked = n'a pas pu être vérifiée ({ $error })
audit-backups-pruned = { $count } ancienne(s) sauvegarde(s) supprimée(s) selon la règle de conservation
audit-session-finished = Session terminée et son rapport enregistré : { $task }
audit-kept-dangerous = { $name } est dangereux ; la personne l'a examiné et gardé pour la session
audit-unkept-dangerous = La personne est revenue sur sa décision de garder { $name }
audit-source-trusted = { $source } marqué comme source de confiance
audit-vouched = { $count ->
    [one] 1 fichier de provenance inconnue enregistré comme placé par la personne
   *[other] { $count } fichiers de provenance inconnue enregistrés comme placés par la personne
}
source-vouched = { $count ->
    [one] 1 fichier est désormais enregistré comme placé dans l'espace de travail par vous.
   *[other] { $count } fichiers sont désormais enregistrés comme placés dans l'espace de travail par vous.
}
audit-source-not-trusted = { $source } marqué comme source non fiable
source-now-trusted = Les fichiers { $source } sont désormais considérés comme venant d'une source de confiance.
source-now-not-trusted = Les fichiers { $source } sont désormais signalés comme venant d'une source non fiable.
kind-card = { $count ->
    [one] { $count } numéro de carte
   *[other] { $count } numéros de carte
}
kind-iban = { $count ->
    [one] { $count } numéro de compte bancaire
   *[other] { $count } numéros de compte bancaire
}
kind-api-key = { $count ->
    [one] { $count } clé ou jeton
   *[other] { $count } clés et jetons
}
kind-password = { $count ->
    [one] { $count } mot de passe
   *[other] { $count } mots de passe
}
kind-private-key = { $count ->
    [one] { $count } clé privée
   *[other] { $count } clés privées
}
kind-id-number = { $count ->
    [one] { $count } numéro d'identité
   *[other] { $count } numéros d'identité
}
kind-health = { $count ->
    [one] { $count } donnée de santé
   *[other] { $count } données de santé
}
kind-email = { $count ->
    [one] { $count } adresse e-mail
   *[other] { $count } adresses e-mail
}
kind-phone = { $count ->
    [one] { $count } numéro de téléphone
   *[other] { $count } numéros de téléphone
}
kind-name = { $count ->
    [one] { $count } nom
   *[other] { $count } noms
}
copy-plain = Une copie en texte brut de { $name } : seulement ce que voit un lecteur ; les parties cachées, macros, scripts et commentaires sont laissés de côté.
copy-will-read = Ce que l'assistant va lire
copy-redacted = Une copie de { $name } sans ses données privées ({ $replaced } remplacé(s)), vérifiée de nouveau : plus rien de privé.
copy-taken-out = Ce qui a été retiré (affiché en partie masqué)
copy-and-more = …et { $count } de plus.
copy-text-intro = Si l'assistant n'a besoin que de ce que dit le document :
copy-text = Faire une copie en texte sûr
copy-text-hover = Écrit seulement le texte que voit un lecteur dans un nouveau .txt dans input/, puis met ce fichier en quarantaine.
copy-redact-intro = Si l'assistant a besoin de ce fichier, donnez-lui une copie sans les données privées :
copy-redact = Faire une copie caviardée
copy-anonymise = Faire une copie anonymisée
copy-anonymise-hover = Chaque valeur devient un nom comme CARD-1, le même partout dans le fichier, pour que l'assistant puisse encore comparer et compter.
copy-making = Création de la copie…
copy-where = La copie va dans input/ et est vérifiée de nouveau ; l'original part en quarantaine.
copy-lost = La création de la copie s'est arrêtée de façon inattendue ; l'original n'a pas bougé.
audit-redacted = { $copy } écrit sans données privées ({ $replaced }) ; { $name } part en quarantaine
copy-made-plain = { $copy } ne contient que le texte que voit un lecteur, vérifié de nouveau. { $name } part en quarantaine.
copy-made-redacted = { $copy } est une copie sans les données privées ({ $replaced } remplacé(s)), vérifiée de nouveau. { $name } part en quarantaine.
redact-unreadable = Airlock n'a pas pu lire { $name } : { $why }
redact-nothing = Airlock n'a trouvé aucune donnée privée à retirer de { $name }.
redact-still-sensitive = La copie contenait encore des données privées ({ $what }) : Airlock ne l'a pas gardée ; l'original n'a pas bougé.
redact-still-dangerous = Même le texte visible est dangereux ({ $what }) : Airlock n'a pas gardé la copie ; l'original n'a pas bougé.
redact-io = Airlock n'a pas pu écrire la copie ({ $error }).
intake-not-found = Il est introuvable.
intake-shortcut = C'est un raccourci vers un autre fichier ; ajoutez le fichier lui-même.
intake-folder = Seuls des fichiers peuvent être ajoutés, pas des dossiers.
intake-already-in = Il est déjà dans l'espace de travail.
intake-no-name = Il n'a pas de nom.
intake-no-input = Le dossier input de l'espace de travail n'a pas pu être créé.
intake-copy-failed = Il n'a pas pu être copié (est-il lisible, et reste-t-il de la place ?).
session-error-open = Une session est déjà ouverte (depuis { $since }) ; terminez-la avant d'en commencer une autre.
session-error-none-open = Aucune session n'est ouverte ; commencez-en une d'abord.
session-error-backup = La sauvegarde de début de session n'a pas pu être faite : { $why }
session-error-save = Airlock n'a pas pu enregistrer la session ({ $why }).
source-finding-unknown = Provenance inconnue : ce fichier est apparu dans l'espace de travail sans passer par Airlock.
source-finding-not-trusted = Provenance : { $source } — pas une source de confiance.
source-finding-not-judged = Provenance : { $source } — une source que vous n'avez pas marquée comme fiable.
created-open = Ouvrir le dossier de travail
quarantine-replaced-by-redacted-copy = Remplacé par une copie expurgée.

## Menu des applications (proposition de l'accueil et réglages)

menu-offer-what = Ajouter Airlock à votre menu des applications ?
menu-offer-why = Vous avez lancé Airlock depuis son fichier programme : il n'est donc pas encore dans votre menu des applications. Avec une entrée dans ce menu, vous le lancez comme n'importe quelle autre application.
menu-add = Ajouter Airlock à mon menu des applications
menu-offer-no = Non merci
menu-added = Airlock est maintenant dans votre menu des applications. Vous pouvez l'en retirer dans les Réglages.
menu-removed = Airlock n'est plus dans votre menu des applications.
menu-add-failed = Airlock n'a pas pu s'ajouter à votre menu des applications. Vérifiez que votre dossier personnel n'est pas plein, puis réessayez.
menu-remove-failed = Airlock n'a pas pu se retirer de votre menu des applications. Vérifiez que votre dossier personnel est accessible en écriture, puis réessayez.
settings-title = Réglages
settings-menu-title = Menu des applications
settings-menu-installed = Airlock est dans votre menu des applications : il a été installé avec votre système.
settings-menu-added = Airlock s'est ajouté à votre menu des applications.
settings-menu-absent = Airlock n'est pas dans votre menu des applications.
settings-menu-remove = Retirer Airlock de mon menu des applications
settings-menu-unsupported = Sur ce système, Airlock ne s'ajoute pas au menu des applications.
