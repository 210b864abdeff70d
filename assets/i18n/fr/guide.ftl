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
