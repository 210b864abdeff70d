# Catégories de constats et verdicts : un nom court, pourquoi c'est
# important et que faire, une phrase chacun.

category-prompt-injection-title = Instructions cachées pour l'assistant
category-prompt-injection-why = Un assistant qui lit ceci peut lui obéir et agir contre vous : envoyer vos fichiers ailleurs, les supprimer ou mentir sur ce qu'il a fait.
category-prompt-injection-todo = Mettez le fichier en quarantaine ; si vous avez besoin de son contenu, recopiez seulement les passages sûrs dans un nouveau fichier.

category-hidden-content-title = Contenu caché
category-hidden-content-why = Vous ne voyez pas cette partie, mais l'assistant la lit comme n'importe quel texte.
category-hidden-content-todo = Regardez le texte caché ci-dessous ; si ce n'est pas vous qui l'avez mis là, mettez le fichier en quarantaine.

category-macro-title = Macros
category-macro-why = Les macros sont de petits programmes qui peuvent s'exécuter sur votre ordinateur à l'ouverture du document.
category-macro-todo = Mettez le fichier en quarantaine, sauf si vous savez exactement pourquoi il a besoin de macros.

category-active-content-title = Contenu actif
category-active-content-why = Cette partie peut exécuter du code ou se connecter à Internet quand on ouvre le fichier ou qu'on clique dessus.
category-active-content-todo = Mettez le fichier en quarantaine, sauf si vous avez confiance dans sa provenance.

category-format-mismatch-title = Pas ce que son nom annonce
category-format-mismatch-why = Un fichier qui se fait passer pour un autre est une ruse classique pour faire lancer un programme.
category-format-mismatch-todo = Ne l'ouvrez pas ; mettez-le en quarantaine.

category-suspicious-filename-title = Nom suspect
category-suspicious-filename-why = Ce genre de nom sert à déguiser des programmes en documents, ou à glisser des instructions à l'assistant.
category-suspicious-filename-todo = Ne l'ouvrez pas ; mettez-le en quarantaine.

category-sensitive-data-title = Données privées
category-sensitive-data-why = Tout ce qui est dans l'espace de travail peut être lu par l'assistant et se retrouver dans ses réponses ou ailleurs.
category-sensitive-data-todo = Sortez le fichier de l'espace de travail, ou gardez-le seulement si l'assistant en a vraiment besoin.

category-unreadable-title = Impossible à vérifier
category-unreadable-why = Airlock n'a pas pu regarder à l'intérieur, il ne peut donc pas vous dire que le fichier est sûr.
category-unreadable-todo = Gardez-le hors de l'espace de travail, sauf si vous savez ce qu'il contient.

category-untrusted-source-title = Provenance non fiable
category-untrusted-source-why = Un fichier venu d'un endroit que vous ne connaissez pas est le chemin habituel des documents piégés.
category-untrusted-source-todo = Si vous connaissez sa provenance et lui faites confiance, dites-le ci-dessous ; sinon, mettez-le en quarantaine.

verdict-safe = Sûr
verdict-review = À vérifier
verdict-danger = Danger
