# Les listes de vérification du guide, les raisons des vérifications
# automatiques, l'arbre de décision, la revue de plan et les incidents.

## Avant la première utilisation de l'assistant

checklist-first-use-title = Avant la première utilisation de l'assistant
checklist-first-use-dedicated-workspace = Un espace de travail dédié est créé
checklist-first-use-dedicated-workspace-why = L'assistant ne doit jamais voir que les fichiers que vous mettez dans ce seul dossier.
checklist-first-use-no-sensitive-files = Aucun fichier sensible dans l'espace de travail
checklist-first-use-no-sensitive-files-why = Mots de passe, coordonnées bancaires, pièces d'identité et dossiers médicaux n'ont rien à faire là où un assistant peut les lire.
checklist-first-use-tested-with-samples = Vous avez d'abord essayé l'assistant sur quelques fichiers d'exemple sans importance
checklist-first-use-tested-with-samples-why = Un premier essai sur des fichiers sans enjeu vous montre son comportement avant que rien de réel ne soit en jeu.
checklist-first-use-understood-plan-review = Vous lirez le plan de l'assistant avant de l'approuver
checklist-first-use-understood-plan-review-why = Le plan dit quels fichiers il va modifier ou supprimer ; arrêtez-le là si quelque chose cloche.
checklist-first-use-backup-strategy = Vous avez un moyen de sauvegarder l'espace de travail
checklist-first-use-backup-strategy-why = Avec une sauvegarde récente, toute erreur de l'assistant peut être réparée.

## Avant la session

checklist-before-session-title = Avant la session
checklist-before-session-task-written = La tâche est écrite
checklist-before-session-task-written-why = Une phrase qui dit ce que l'assistant doit faire permet de voir facilement quand il fait autre chose.
checklist-before-session-only-intended-files = L'espace de travail ne contient que les fichiers prévus pour cette tâche
checklist-before-session-only-intended-files-why = Tout autre fichier du dossier peut être lu, modifié ou envoyé ailleurs par l'assistant.
checklist-before-session-trusted-sources = Les fichiers viennent de sources de confiance
checklist-before-session-trusted-sources-why = Un document venu d'un inconnu est le chemin habituel des instructions cachées.
checklist-before-session-files-checked = Chaque fichier a été vérifié et aucun n'est dangereux
checklist-before-session-files-checked-why = Un document peut contenir des instructions cachées qui retournent l'assistant contre vous.
checklist-before-session-no-private-data = Aucune donnée privée dans l'espace de travail
checklist-before-session-no-private-data-why = Clés, mots de passe, numéros de carte et d'identité ne doivent jamais être là où un assistant peut les lire.
checklist-before-session-backup-fresh = Une sauvegarde est plus récente que la dernière modification
checklist-before-session-backup-fresh-why = Grâce à elle, tout ce que l'assistant supprime ou écrase peut être récupéré. Commencer la session en fait une de toute façon.
checklist-before-session-folders-private = Les dossiers de travail sont réservés à vous
checklist-before-session-folders-private-why = Les autres personnes de cet ordinateur ne doivent pas pouvoir y lire ni y déposer des fichiers.
checklist-before-session-no-links-out = Aucun raccourci ne mène hors de l'espace de travail
checklist-before-session-no-links-out-why = Un lien vers un autre dossier permettrait à l'assistant d'atteindre des fichiers que vous ne lui avez jamais donnés.
checklist-before-session-plan-review = Vous lirez le plan de l'assistant avant de l'approuver
checklist-before-session-plan-review-why = Le plan dit quels fichiers il va modifier ou supprimer ; arrêtez-le là si quelque chose cloche.
checklist-before-session-browser-off = Le navigateur et l'accès au web sont coupés, sauf si cette tâche en a besoin
checklist-before-session-browser-off-why = Une page que visite l'assistant peut aussi contenir des instructions, et c'est par le web que vos fichiers pourraient partir.

## Après la session

checklist-after-session-title = Après la session
checklist-after-session-outputs-reviewed = Vous avez regardé chaque résultat nouveau ou modifié
checklist-after-session-outputs-reviewed-why = Vérifiez que les résultats correspondent à votre demande avant de les utiliser ou de les partager.
checklist-after-session-outputs-checked = Chaque fichier nouveau ou modifié a été vérifié, et aucun n'est dangereux
checklist-after-session-outputs-checked-why = L'assistant a pu recopier quelque chose qu'il a lu dans un document piégé.
checklist-after-session-no-private-outputs = Aucun résultat ne contient de données privées
checklist-after-session-no-private-outputs-why = Les résultats sont souvent partagés ; des clés, mots de passe ou numéros d'identité partiraient avec.
checklist-after-session-inputs-archived = Les fichiers d'entrée sont archivés ou retirés
checklist-after-session-inputs-archived-why = La prochaine session doit commencer avec seulement les fichiers prévus pour elle.
checklist-after-session-browser-revoked = Le navigateur et l'accès au web donnés pour cette session sont de nouveau coupés
checklist-after-session-browser-revoked-why = Un accès laissé ouvert est un accès que la tâche suivante obtient sans que vous l'ayez décidé.
checklist-after-session-report-saved = Le compte rendu de la session est enregistré
checklist-after-session-report-saved-why = Une trace de ce qui a changé aide si vous découvrez un problème plus tard.

## Raisons des vérifications automatiques

check-no-workspace = Aucun espace de travail n'est encore créé.
check-workspace-missing = Le dossier de travail { $path } a disparu.
check-not-private = D'autres personnes de cet ordinateur peuvent ouvrir l'espace de travail.
check-workspace-ready = Vérifié par Airlock : { $path } contient input, output et archive, et n'est ouvert qu'à vous.
check-no-backup = Il n'y a pas encore de sauvegarde de l'espace de travail.
check-backup-stale = L'espace de travail a changé depuis la dernière sauvegarde.
check-backup-fresh = La dernière sauvegarde est plus récente que toutes les modifications.
check-private = Vous seul pouvez ouvrir l'espace de travail et ses dossiers.
check-folder-missing-or-open = Un dossier manque, ou d'autres personnes de cet ordinateur peuvent l'ouvrir.
check-not-yet = Pas encore vérifié.
check-and-more = { " " }et { $count } de plus
check-task-missing = Écrivez la tâche dans la case ci-dessus, en une phrase.
check-task = Tâche : { $task }
check-first-session = C'est la première session ; parcourez une fois la liste des fichiers.
check-nothing-appeared = Rien n'est apparu depuis la fin de la dernière session.
check-appeared = { $count ->
    [one] { $count } fichier est apparu
   *[other] { $count } fichiers sont apparus
} depuis la dernière session : { $names }. Vérifiez que chacun est prévu pour cette tâche.
check-files-not-checked = Les fichiers n'ont pas encore été vérifiés.
check-files-unchecked = { $count ->
    [one] { $count } fichier n'a pas encore été vérifié.
   *[other] { $count } fichiers n'ont pas encore été vérifiés.
}
check-dangerous = Dangereux : { $names }. Mettez chacun en quarantaine, ou confirmez que vous le gardez.
check-none-dangerous = Chaque fichier a été vérifié ; aucun n'est dangereux.
check-no-private-data = Aucune donnée privée n'a été trouvée dans les fichiers.
check-not-all-checked = Les fichiers n'ont pas encore tous été vérifiés.
check-private-data = Données privées dans : { $names }. Retirez-les, ou mettez le fichier en quarantaine.
check-all-trusted = Chaque fichier vient d'une source de confiance ou choisie par vous.
check-untrusted = Pas d'une source de confiance : { $names }. Dites si vous faites confiance à chaque source dans le détail du fichier, ou mettez le fichier en quarantaine.
check-no-links-out = Aucun lien ne mène hors de l'espace de travail.
check-links-out = Ces liens mènent hors de l'espace de travail : { $names }. Supprimez-les.
check-outputs-not-checked = Les fichiers nouveaux et modifiés n'ont pas encore été vérifiés.
check-outputs-dangerous = Dangereux : { $names }. Restaurez la version antérieure, ou envoyez-le à la corbeille lors du rangement ci-dessous.
check-outputs-fine = { $count ->
    [one] { $count } fichier nouveau ou modifié vérifié ; aucun n'est dangereux.
   *[other] { $count } fichiers nouveaux ou modifiés vérifiés ; aucun n'est dangereux.
}
check-no-private-outputs = Aucun résultat ne contient de données privées.
check-outputs-not-checked-yet = Les résultats n'ont pas encore été vérifiés.
check-private-outputs = Données privées dans : { $names }. Envoyez-les à la corbeille lors du rangement ci-dessous.
check-input-empty = input/ est vide.
check-inputs-left = { $count ->
    [one] { $count } fichier est encore dans input/ ; le rangement le déplace dans l'archive.
   *[other] { $count } fichiers sont encore dans input/ ; le rangement les déplace dans l'archive.
}
check-report-saved = Le compte rendu est enregistré.
check-report-at-end = Le compte rendu est enregistré quand vous terminez la session.
check-unknown = Airlock ne sait pas vérifier « { $name } ».

## Revue de plan : pourquoi chaque règle compte, et une formulation plus sûre

plan-rule-outside-path-why = Il désigne un endroit hors de l'espace de travail ; l'assistant ne devrait toucher qu'à input/, output/ et archive/.
plan-rule-outside-path-safer = Travaille uniquement dans le dossier de travail ; ne lis et n'écris nulle part ailleurs.
plan-rule-send-why = Il envoie quelque chose hors de votre ordinateur ; une fois envoyé, impossible de le reprendre.
plan-rule-send-safer = N'envoie et ne téléverse rien ; mets le résultat dans output/ et je le partagerai moi-même.
plan-rule-install-run-why = Il installe des logiciels ou lance des commandes, qui peuvent modifier votre ordinateur au-delà de l'espace de travail.
plan-rule-install-run-safer = N'installe rien et ne lance aucune commande ; dis-moi ce dont tu aurais besoin et pourquoi.
plan-rule-web-why = Il va sur le web, où les pages peuvent contenir leurs propres instructions et où les formulaires peuvent envoyer vos données.
plan-rule-web-safer = Ne navigue pas et ne remplis aucun formulaire ; travaille seulement à partir des fichiers que je t'ai donnés.
plan-rule-delete-why = Il risque de supprimer des fichiers (ou de les mettre à la corbeille) : vérifiez que ce sont bien ceux que vous visez, et qu'une sauvegarde existe.
plan-rule-delete-safer = Montre-moi la liste des fichiers que tu supprimerais et attends ma confirmation avant de supprimer quoi que ce soit.
plan-rule-overwrite-why = Il écrase des fichiers : leur version précédente est perdue si elle n'a pas été sauvegardée.
plan-rule-overwrite-safer = Écris ton résultat dans un nouveau fichier dans output/ et laisse les originaux intacts.
plan-rule-move-rename-why = Il déplace ou renomme des fichiers, qu'il sera difficile de retrouver en cas de problème.
plan-rule-move-rename-safer = Propose d'abord les nouveaux noms et emplacements sous forme de liste ; ne déplace rien avant mon accord.
plan-rule-broad-scope-why = Sa portée est « tout », et non les fichiers de cette tâche.
plan-rule-broad-scope-safer = Travaille seulement sur les fichiers que je nomme, dans input/.
plan-rule-vague-why = L'étape est vague : impossible de savoir ce que l'assistant va réellement faire.
plan-rule-vague-safer = Décris chaque étape précisément : quels fichiers, et ce que tu feras à chacun.
plan-rule-outside-path-name = un endroit hors de l'espace de travail
plan-rule-send-name = un envoi vers l'extérieur
plan-rule-install-run-name = installer ou lancer des programmes
plan-rule-web-name = utiliser le web
plan-rule-delete-name = supprimer des fichiers
plan-rule-overwrite-name = écraser des fichiers
plan-rule-move-rename-name = déplacer ou renommer des fichiers
plan-rule-broad-scope-name = travailler sur tout
plan-rule-vague-name = une étape vague
plan-count-why = Il parle de { $count } fichiers, mais l'espace de travail en contient { $held } : il travaille peut-être sur des fichiers que vous ne lui avez pas donnés.
plan-count-task-why = Il parle de { $count } fichiers, mais votre tâche en nomme { $asked } : il travaille peut-être sur plus que ce que vous avez demandé.
plan-count-safer = Dis-moi exactement de quels fichiers tu parles ; travaille seulement sur les fichiers de l'espace de travail.
plan-approve = Rien dans ce plan ne demande un second regard : vous pouvez l'approuver.
plan-ask = Demandez à l'assistant de préciser les étapes marquées avant d'approuver.
plan-do-not-approve = N'approuvez pas ce plan tel quel : renvoyez la formulation plus sûre ci-dessous.
plan-title = Vérifier le plan de l'assistant
plan-intro = Avant d'approuver ce que propose l'assistant, collez son plan ici : Airlock marque ce qui mérite un second regard.
plan-your-task = Votre tâche pour cette session : { $task }
plan-label = Le plan de l'assistant
plan-hint = Collez le plan ici…
plan-looks-safe = Ce plan semble sûr.
plan-second-look = Certaines étapes méritent un second regard.
plan-needs-changes = Ce plan doit être modifié avant que vous l'approuviez.
plan-marked = Le plan, avec ce qu'il faut regarder marqué
plan-flag = « { $quote } » : { $why }
plan-beyond-task = Le plan fait quelque chose que votre tâche ne demandait pas ({ $step }).
plan-safer = Formulation plus sûre à renvoyer
plan-cli-safer = Formulation plus sûre à renvoyer :
plan-cli-empty = le plan est vide ; collez le plan de l'assistant dans un fichier ou sur l'entrée standard.
plan-cli-unreadable = impossible de lire { $path } ({ $error }).
plan-cli-unreadable-stdin = impossible de lire le plan sur l'entrée standard ({ $error }).
plan-cli-too-long = le plan dépasse { $limit } ; un plan tient en quelques paragraphes : ne donnez à Airlock que ce que l'assistant a écrit comme plan.
audit-plan-checked = Plan vérifié : { $recommendation }
common-copy = Copier

## Faut-il utiliser l'assistant pour cela ?

decide-q-sensitive = La tâche touche-t-elle des données sensibles : santé, argent, pièces d'identité, mots de passe, ou données personnelles d'autres personnes ?
decide-q-copies = L'assistant pourrait-il travailler sur des copies où ces détails sont retirés ou remplacés ?
decide-q-trusted = Tous les fichiers viennent-ils de personnes ou d'endroits de confiance ?
decide-q-changes = L'assistant va-t-il modifier, déplacer ou supprimer des fichiers ?
decide-q-web = La tâche demande-t-elle à l'assistant d'utiliser le web ?
decide-step-redact = Faire des copies caviardées
decide-step-plan = Vérifier le plan de l'assistant
decide-yourself = Faites cette tâche vous-même : les détails sensibles ne peuvent pas être tenus à l'écart de l'assistant.
decide-reason-redacted = ne lui donnez que des copies caviardées
decide-reason-untrusted = vérifiez chaque fichier et mettez en quarantaine ce qui est dangereux avant qu'il ne le voie
decide-reason-changes = sauvegardez d'abord et lisez son plan avant de l'approuver
decide-reason-web = activez l'accès au web pour cette tâche seulement, et coupez-le ensuite
decide-with-care = Vous pouvez utiliser l'assistant, avec prudence : { $reasons }.
decide-go-ahead = Vous pouvez utiliser l'assistant pour cela ; suivez la liste de vérification de session comme d'habitude.
decide-title = Faut-il utiliser l'assistant pour cela ?
decide-intro = Quelques questions du guide de sécurité, avant de confier une tâche à l'assistant.
decide-question = Question { $n }
common-yes = Oui
common-no = Non
decide-verdict-go = Allez-y.
decide-verdict-care = Allez-y, avec prudence.
decide-verdict-no = N'utilisez pas l'assistant pour cette tâche.
decide-next-steps = Étapes suivantes
decide-start-over = Recommencer

## Un problème est survenu

incident-since-session = le début de la session
incident-since-backup = votre dernière sauvegarde
incident-since-last-session = le début de votre dernière session
incident-since-newest = la dernière sauvegarde, faite par Airlock lui-même
incident-since-chosen = la sauvegarde du { $when }
incident-choice = { $reason } — { $when } ({ $age })
incident-suggested = suggérée
incident-other-backup = Choisir une autre sauvegarde
incident-other-backup-how = Airlock propose la sauvegarde d'avant le moment où le problème a le plus probablement commencé. S'il a commencé plus tôt, choisissez une sauvegarde plus ancienne : chacune dit pourquoi et quand elle a été faite.
incident-intro = Cinq étapes du guide de sécurité. Suivez-les dans l'ordre ; rien ici ne supprime quoi que ce soit.
incident-stop = 1. Arrêter l'assistant
incident-stop-how = Fermez la fenêtre de l'assistant, ou appuyez sur son bouton Stop. Dans un terminal (Claude Code, Codex), appuyez sur Ctrl+C. S'il est peut-être en train d'envoyer des fichiers, coupez aussi le Wi-Fi.
incident-stopped = L'assistant est arrêté
incident-assess = 2. Voir ce qui a changé
incident-no-backup = Il n'y a pas de sauvegarde à comparer : Airlock ne peut pas dire ce qui a changé.
incident-comparing = Comparaison de l'espace de travail avec la sauvegarde…
incident-compare = Comparer avec { $label } ({ $age })
incident-nothing-changed = Rien n'a changé depuis { $label }.
incident-in-quarantine = vous l'avez mis en quarantaine
incident-since = Depuis { $label } :
incident-recover = 3. Récupérer
incident-recover-how = Remettez les fichiers comme ils étaient. Vous voyez ce qui va changer avant que rien ne se passe, et la restauration elle-même peut être annulée.
incident-restore-from = Restaurer depuis { $label }…
incident-no-backup-trash = Il n'y a pas de sauvegarde d'où restaurer. Cherchez les fichiers supprimés dans la corbeille de votre système.
incident-document = 4. Noter ce qui s'est passé
incident-noticed = Qu'avez-vous remarqué ? (facultatif)
incident-write = Rédiger le rapport d'incident
incident-saved = Enregistré : { $path }
incident-open-folder = Ouvrir le dossier
incident-save-failed = Le rapport n'a pas pu être enregistré ({ $why }).
incident-prevent = 5. Éviter que cela se reproduise
prevent-backup = Sauvegardez avant chaque tâche qui déplace, renomme ou supprime des fichiers (Airlock le fait au début de chaque session).
prevent-plan = Lisez le plan de l'assistant avant de l'approuver, avec « Vérifier un plan ».
prevent-only-needed = Ne donnez à l'assistant que les fichiers dont la tâche a besoin, et des copies caviardées des fichiers privés.
prevent-web = Laissez l'accès au web coupé sauf si la tâche en a besoin, et coupez-le de nouveau ensuite.
prevent-check = Vérifiez chaque nouveau fichier avant que l'assistant ne le voie, et mettez en quarantaine ce qui est dangereux.
prevent-end = Terminez chaque session avec la liste de fin de session et le rangement.
incident-report-title = Rapport d'incident
incident-report-written = Rédigé le :
incident-report-noticed = Ce que vous avez remarqué :
incident-report-compared = Comparé avec :
incident-report-baseline = { $label } ({ $when }, sauvegarde { $backup })
incident-report-files = Fichiers touchés
incident-report-no-change = Aucun fichier n'a changé depuis.
incident-report-deleted = { $count ->
    [one] { $count } fichier a été supprimé ; il peut être restauré depuis la sauvegarde ci-dessus.
   *[other] { $count } fichiers ont été supprimés ; ils peuvent être restaurés depuis la sauvegarde ci-dessus.
}
incident-report-timeline = Chronologie (d'après le journal d'Airlock)
incident-report-nothing-recorded = Rien n'a été enregistré pendant cette période.
incident-report-actions = Actions menées
incident-report-no-actions = Aucune pour l'instant.
incident-report-trail-intact = Vérification du journal : intact ({ $count } entrées).
incident-report-trail-broken = Vérification du journal : CASSÉ à l'entrée { $seq } : { $why }.
