# Les phrases du moteur d'inspection : ce que dit chaque constat, où il
# se trouve et pourquoi un texte est caché.

## Where a finding is

where-file-name = nom du fichier
where-file-content = contenu du fichier
where-line = ligne { $line }
where-at-line = { $place }, ligne { $line }
where-inside = dans « { $name } »
where-inside-at = dans « { $name } », { $place }

## Could not be checked

finding-password = Le fichier est protégé par un mot de passe : Airlock n'a pas pu regarder à l'intérieur.
finding-nested-too-deep = « { $name } » est imbriqué trop profondément pour être inspecté.
finding-inspector-failed = L'inspecteur d'Airlock a échoué sur ce fichier, qui n'a donc pas pu être entièrement vérifié.
finding-could-not-read = Airlock n'a pas pu lire ce fichier ({ $reason }).
finding-not-a-file = Ce n'est pas un fichier ordinaire (un périphérique ou un tube) : Airlock ne l'a pas ouvert.
finding-too-large = Ce fichier est trop gros pour être inspecté ({ $size } ; la limite est { $limit }).
finding-time-limit = L'inspection de ce fichier a pris plus de { $seconds } secondes : Airlock s'est arrêté, il n'a pas pu être vérifié.
finding-link-inside = C'est un raccourci (lien symbolique) vers un autre fichier de l'espace de travail ; Airlock ne suit pas les raccourcis.
finding-link-outside = C'est un raccourci (lien symbolique) vers un endroit hors de l'espace de travail : l'assistant pourrait atteindre vos autres fichiers par ce chemin.
finding-not-inspected-yet = Airlock ne sait pas encore regarder dans { $what } : il ne peut donc pas se porter garant de celui-ci.
kind-pdf-documents = les documents PDF
kind-zip-archives = les archives zip
kind-office-files = les fichiers Office et OpenDocument
kind-old-office-documents = les anciens documents Office
kind-rich-text-documents = les documents RTF
kind-compressed-archives = les archives compressées
kind-this-kind-of-file = ce type de fichier

## Hidden content

finding-sheet-hidden = La feuille « { $name } » est masquée.
finding-sheet-very-hidden = La feuille « { $name } » est très masquée (les menus d'Excel ne permettent pas de l'afficher).
finding-tag-characters = Des caractères Unicode invisibles (« tag ») transportent du texte caché.
finding-split-words = Des caractères invisibles sont cachés dans les mots, ce qui peut faire passer du texte à l'insu du lecteur.
finding-bidi = Des caractères qui inversent le sens du texte font que vous ne voyez pas ce que lit l'assistant.
finding-hidden-instructions = Des instructions vous sont cachées : { $why }.
finding-disguised-instructions = Les instructions sont déguisées avec des caractères trompeurs ou invisibles.
finding-hidden-part = Une partie de ce fichier vous est cachée : { $why }.
hidden-tag-characters = il est écrit en caractères Unicode « tag » invisibles
hidden-encoded = il est encodé en { $encoding }

## Private data

finding-secret-file-name = D'après son nom, c'est { $what }.
finding-contains = Contient { $what }.
finding-more-private-data = …et { $count ->
        [one] { $count } autre donnée privée.
       *[other] { $count } autres données privées.
    }

## Instructions aimed at the assistant

finding-name-instruction = Le nom du fichier est une instruction adressée à l'assistant.

## Active content and macros

finding-dde-link = Le classeur a un lien DDE qui demande à lancer un autre programme.
finding-csv-formula-command = Une cellule contient une formule qui lance un programme quand le fichier est ouvert dans un tableur (une commande DDE).
finding-dde-field-or-formula = Un champ ou une formule DDE demande à lancer un autre programme à l'ouverture du document.
finding-macro-odf-basic = Le document contient des macros (Basic OpenDocument).
finding-xlm-formulas = Le tableur contient des formules de macros Excel 4.0.
finding-xlm-auto-open = Le tableur contient des macros Excel 4.0 qui s'exécutent à son ouverture.

## Names and disguises

finding-name-bidi = Le nom contient un caractère caché qui inverse son affichage, une ruse pour faire passer un programme pour un document.
finding-name-invisible = Le nom contient des caractères invisibles.
finding-name-control = Le nom contient des caractères de contrôle.
finding-name-trailing-dot = Le nom se termine par un point ou une espace, que Windows masque et que certains programmes gèrent mal.
finding-name-reserved = Le nom est réservé par Windows à un périphérique et peut dérégler les programmes qui l'ouvrent.
finding-name-too-long = Le nom est si long que sa fin est cachée dans la plupart des fenêtres.
finding-double-extension = Le nom se fait passer pour un fichier .{ $before } mais se termine en réalité par .{ $last }, qui est un programme.
finding-really-named-as = C'est en réalité { $really }, nommé comme { $named }.
finding-script-named-as-document = C'est en réalité un script (un programme sous forme de texte), nommé comme un document.
finding-program = C'est { $what } : un programme n'a pas sa place parmi les documents d'un assistant.
finding-code-downloads-and-runs = Ce code télécharge un programme sur internet et le lance aussitôt : si l'assistant l'exécute, n'importe quoi peut être installé.
finding-code-deletes-everything = Ce code efface votre dossier personnel ou un disque entier s'il est exécuté.
finding-code-reads-keys = Ce code lit vos clés ou vos mots de passe enregistrés (SSH, cloud, trousseau, navigateur).
finding-code-sends-files = Ce code envoie des fichiers vers un autre ordinateur s'il est exécuté.
finding-name-says = Le nom indique .{ $extension }, mais c'est en réalité { $really }.
kind-a-pdf = un document PDF
kind-a-zip = une archive zip (ou un document Office)
kind-an-old-office-document = un ancien document Office
kind-a-rich-text-document = un document RTF
kind-a-picture = une image
kind-a-compressed-archive = une archive compressée
kind-a-linux-program = un programme Linux
kind-a-windows-program = un programme Windows
kind-a-mac-program = un programme Mac
kind-a-java-program = un programme Java
kind-a-windows-shortcut = un raccourci Windows qui peut lancer un programme
kind-a-script = un script (un programme sous forme de texte)
kind-text = du texte
kind-unknown = un type de fichier inconnu
kind-a-file-with-extension = un fichier .{ $extension }
kind-a-file = un fichier
kind-a-program-or-script = un programme ou un script

## From the inspectors

finding-compressed-file-damaged-could-not = Le fichier compressé est abîmé et n'a pas pu être décompressé.
finding-compressed-file-unpacks-far-more = Le fichier compressé se décompresse en bien plus que sa taille : une forme de « bombe zip », il n'a donc pas été décompressé.
finding-archive-damaged-could-not-read = L'archive est abîmée et n'a pas pu être lue.
finding-archive-holds-too-many-files = L'archive contient trop de fichiers pour être inspectée sans risque.
finding-part-archive-damaged = Une partie de l'archive est abîmée.
finding-picture-damaged-or-unusual-could = L'image est abîmée ou inhabituelle et n'a pas pu être ouverte : Airlock n'a pas pu la vérifier.
where-picture-metadata = métadonnées de l'image
where-script = script
finding-page-contains-scripts-programs-run = La page contient des scripts, des programmes qui s'exécutent quand on l'ouvre dans un navigateur.
where-page = page
where-comment = commentaire
hidden-html-comment-browser-does-not = c'est un commentaire HTML, qu'un navigateur n'affiche pas
hidden-inside-script-browser-runs-but = il est dans un script, qu'un navigateur exécute sans l'afficher
hidden-styled-not-displayed = son style l'empêche d'être affiché (display:none)
hidden-styled-invisible = il est rendu invisible par son style (visibility:hidden)
hidden-fully-transparent = il est entièrement transparent (opacité 0)
hidden-written-letters-too-small-see = il est écrit en lettres trop petites pour être vues
hidden-placed-off-screen = il est placé hors de l'écran
finding-document-loads-template-from-another = Le document charge son modèle depuis un autre endroit à l'ouverture.
finding-document-embedded-object-set-update = Le document contient un objet incorporé réglé pour se mettre à jour à l'ouverture.
finding-document-object-from-another-program = Le document contient un objet d'un autre programme.
where-document = document
hidden-formatted-hidden-text = il est mis en forme comme texte masqué
where-document-properties = propriétés du document
hidden-document-s-properties-are-not = il est dans les propriétés du document, qui ne s'affichent pas sur la page
hidden-comment-markdown-viewer-does-not = c'est un commentaire, qu'un lecteur Markdown n'affiche pas
finding-document-contains-macros = Le document contient des macros (Basic OpenDocument ou scripts).
finding-document-object-from-another-program-2 = Le document contient un objet d'un autre programme (un objet OLE).
hidden-hidden-paragraph-or-section = il est dans un paragraphe ou une section masqués
finding-document-runs-script-or-macro = Le document lance un script ou une macro quand un événement se produit (un écouteur d'événement).
finding-document-pulls-outside-content-opened = Le document importe du contenu extérieur à l'ouverture.
hidden-invisible-text-layer-scanned-page = c'est la couche de texte invisible d'une page numérisée
hidden-what-page-s-special-characters = c'est ce que représentent les caractères spéciaux de la page
hidden-replacement-text-read-programs-instead = c'est un texte de remplacement (ActualText), lu par les programmes à la place de ce qui est dessiné
finding-shape-on-slide-starts-program = Une forme sur une diapositive lance un programme quand on clique dessus.
finding-shape-on-slide-runs-macro = Une forme sur une diapositive exécute une macro quand on clique dessus.
finding-shape-on-slide-opens-embedded = Une forme sur une diapositive ouvre un objet incorporé quand on clique dessus.
where-within = { $outer }, { $inner }
where-email-header = en-tête { $name }
where-email-part = partie { $index }
where-email-forwarded = message transféré
where-body = corps
finding-archive-member-not-unpacked = « { $name } » dans l'archive n'a pas pu être décompressé.
hidden-same-colour-as-background = sa couleur est celle du fond
hidden-template-block = il est dans un bloc template ou noscript, qu'un navigateur n'affiche pas
hidden-hidden-attribute = il porte l'attribut « hidden »
hidden-aria-hidden = il est marqué comme masqué (aria-hidden)
finding-page-event-handlers = Des parties de la page exécutent du code au clic ou au chargement (gestionnaires d'événements).
finding-page-javascript-links = La page a des liens qui exécutent du code (liens javascript:).
finding-page-refresh = La page envoie d'elle-même le navigateur vers une autre adresse (une actualisation).
finding-page-outside-form = La page a un formulaire qui envoie ce qui est tapé à une adresse extérieure.
finding-page-frames = La page intègre d'autres pages ou objets (cadres ou objets incorporés).

## From the inspectors

finding-file-damaged-inner-structure-could = Le fichier est abîmé : sa structure interne n'a pas pu être lue.
finding-part-file-damaged-could-not = Une partie du fichier est abîmée et n'a pas pu être lue.
finding-document-contains-macros-programs-run = Le document contient des macros (VBA) : des programmes qui peuvent s'exécuter à son ouverture.
finding-workbook-contains-excel-4-0 = Le classeur contient une feuille de macros Excel 4.0 : d'anciennes macros qui peuvent s'exécuter à l'ouverture.
finding-document-contains-activex-control-run = Le document contient un contrôle ActiveX, qui peut exécuter du code.
hidden-placed-off-slide-where-show = il est placé hors de la diapositive, où le diaporama ne l'affiche jamais
hidden-on-hidden-sheet = il est sur une feuille masquée
hidden-speaker-notes-audience-does-not = il est dans les notes du présentateur, que le public ne voit pas
hidden-comment-shown-only-margin-or = c'est un commentaire, visible seulement dans la marge ou le volet de révision
hidden-white-text-invisible-on-white = c'est du texte blanc, invisible sur une page blanche
hidden-written-letters-too-small-read = il est écrit en lettres trop petites pour être lues
hidden-was-deleted-but-tracked-changes = il a été supprimé, mais le suivi des modifications le garde dans le fichier
finding-dde-field-asks-start-another = Un champ DDE demande à lancer un autre programme à l'ouverture du document.
finding-field-fetches-content-from-internet = Un champ va chercher du contenu sur Internet ou sur un partage réseau à l'ouverture du document.
finding-formula-tries-start-program = Une formule essaie de lancer un programme (une commande DDE).
finding-document-loads-template-from-another-2 = Le document charge son modèle depuis un autre endroit à l'ouverture : une méthode connue pour glisser des macros.
finding-document-links-outside-object-fetched = Le document renvoie à un objet extérieur, téléchargé et pouvant s'exécuter à l'ouverture.
finding-document-refers-outside-resource-fetched = Le document renvoie à une ressource extérieure téléchargée à son ouverture.
finding-document-damaged-inner-structure-could = Le document est abîmé : sa structure interne n'a pas pu être lue.
finding-file-encrypted-with-office-s = Le fichier est chiffré avec le mot de passe par défaut bien connu d'Office, une ruse pour cacher son contenu aux outils de sécurité. Airlock l'a ouvert et a vérifié son contenu.
finding-document-program-or-shortcut-packaged = Le document contient un programme ou un raccourci emballé, à un double-clic de s'exécuter.
finding-document-another-file-packaged-inside = Le document contient un autre fichier emballé à l'intérieur (un paquet OLE).
finding-document-contains-macros-run-themselves = Le document contient des macros qui s'exécutent d'elles-mêmes à son ouverture et peuvent lancer des programmes ou télécharger des fichiers.
finding-document-contains-macros-run-themselves-2 = Le document contient des macros qui s'exécutent d'elles-mêmes à son ouverture.
finding-document-contains-macros-start-programs = Le document contient des macros qui peuvent lancer des programmes ou télécharger des fichiers.
finding-pdf-protected-password-airlock-could = Le PDF est protégé par un mot de passe : Airlock n'a pas pu regarder à l'intérieur.
finding-pdf-damaged-could-not-read = Le PDF est abîmé et n'a pas pu être lu.
finding-names-inside-pdf-are-written = Des noms à l'intérieur du PDF sont écrits de façon déguisée, une ruse pour passer entre les mailles des contrôles de sécurité.
finding-pdf-contains-javascript-program-run = Le PDF contient du JavaScript, un programme qui peut s'exécuter à l'ouverture ou au clic.
finding-pdf-launch-action-start-program = Le PDF a une action « launch » qui peut lancer un programme sur votre ordinateur.
finding-pdf-embeds-rich-media-run = Le PDF incorpore du contenu multimédia (Flash ou vidéo) qui peut exécuter du code.
finding-pdf-files-attached = Le PDF a des fichiers joints.
finding-pdf-form-sends-what-you = Le PDF a un formulaire qui envoie ce que vous tapez à une adresse extérieure.
finding-pdf-opens-or-imports-another = Le PDF ouvre ou importe un autre fichier quand on l'utilise.
finding-pdf-uses-xml-forms-carry = Le PDF utilise des formulaires XML (XFA), qui peuvent contenir des scripts.
finding-pdf-files-attached-airlock-checks = Le PDF a des fichiers joints ; Airlock les vérifie aussi.
finding-text-pdf-could-not-read = Le texte de ce PDF n'a pas pu être lu : Airlock n'a pas pu vérifier ce qu'il dit.
hidden-annotation-marked-hidden = il est dans une annotation marquée comme masquée
hidden-comment-or-note-attached-page = il est dans un commentaire ou une note attachés à la page
where-after-end-file = après la fin du fichier
hidden-on-layer-switched-off = il est sur un calque désactivé
hidden-drawn-invisible-ink = il est tracé à l'encre invisible (mode de rendu 3)
hidden-fully-transparent-2 = il est entièrement transparent
hidden-placed-outside-page-where-nobody = il est placé hors de la page, où personne ne le voit
hidden-placed-where-page-cuts-out = il est placé là où la page le coupe de la vue
hidden-runs-on-past-edge-page = il déborde du bord de la page ou de son cadre
hidden-same-colour-what-behind = il est de la même couleur que ce qui se trouve derrière
hidden-covered-shape-drawn-over = il est recouvert par une forme dessinée par-dessus
hidden-covered-picture-drawn-over = il est recouvert par une image dessinée par-dessus
where-picture-metadata-field = métadonnées de l'image, { $field }
where-slide = diapositive { $number }
where-speaker-notes = notes du présentateur de la diapositive { $number }
where-sheet = feuille { $number }
where-page-header = en-tête
where-page-footer = pied de page
finding-hidden-rows = { $count } lignes masquées de { $sheet } contiennent des données que vous ne voyez pas dans Excel.
finding-hidden-columns = { $count } colonnes masquées de { $sheet } contiennent des données que vous ne voyez pas dans Excel.
finding-archive-too-many-entries = L'archive contient { $count } éléments, trop pour être inspectée sans risque.
finding-member-password = « { $name } » est protégé par un mot de passe : il n'a pas pu être inspecté.
finding-member-zip-bomb = « { $name } » se décompresse en { $size } à partir de { $packed } : une forme de « bombe zip », il n'a donc pas été décompressé.
finding-member-damaged = « { $name } » dans le fichier est abîmé.
finding-member-lies-about-size = « { $name } » se décompresse en plus que ce qu'annonce son archive : une forme de « bombe zip », il n'a donc pas été décompressé.
finding-alt-chunk = Le document importe un autre fichier (un « altChunk ») et l'affiche comme son propre contenu.
finding-document-part-too-large = Une partie du document ({ $name }) est plus grande que ce qu'Airlock lit (64 Mo), donc la suite n'a pas été vérifiée.
finding-document-part-damaged = Une partie du document ({ $name }) est abîmée.
finding-xlm-sheet = La feuille « { $name } » est une feuille de macros Excel 4.0 : d'anciennes macros qui peuvent s'exécuter à l'ouverture.
finding-pdf-too-many-pages = Le PDF a { $pages } pages ; seules les { $checked } premières ont été vérifiées.
where-page-number = page { $page }
where-page-annotations = page { $page }, annotations
where-page-form-fields = page { $page }, champs de formulaire
finding-pdf-trailing-data = { $count } octets suivent la fin du PDF, là où aucun lecteur ne les montre.

## What private data is

secret-private-key = une clé privée
secret-aws-access-key = une clé d'accès Amazon Web Services
secret-aws-secret-key = une clé secrète Amazon Web Services
secret-github-token = un jeton GitHub
secret-gitlab-token = un jeton GitLab
secret-slack-token = un jeton Slack
secret-stripe-key = une clé Stripe
secret-anthropic-api-key = une clé d'API Anthropic
secret-openai-api-key = une clé d'API OpenAI
secret-google-api-key = une clé d'API Google
secret-gcp-service-account = une clé de compte de service Google Cloud
secret-azure-storage-key = une clé de stockage Azure
secret-jwt = un jeton de connexion (JWT)
secret-npm-token = un jeton npm
secret-sendgrid-key = une clé SendGrid
secret-twilio-key = une clé Twilio
secret-url-password = un mot de passe dans une adresse web
secret-password = un mot de passe
secret-key-or-token = une clé secrète ou un jeton
secret-random-value = une valeur qui ressemble à une clé secrète
secret-password-hash = une empreinte de mot de passe
secret-webhook = une adresse de webhook (qui la possède peut publier en votre nom)
secret-card = un numéro de carte de paiement
secret-iban = un numéro de compte bancaire (IBAN)
secret-us-ssn = un numéro de sécurité sociale américain
secret-fr-nir = un numéro de sécurité sociale français (NIR)
secret-passport-number = un numéro de passeport
secret-uk-ni = un numéro de sécurité sociale britannique (National Insurance)
secret-es-dni = un numéro d'identité espagnol (DNI/NIE)
secret-it-codice-fiscale = un code fiscal italien (codice fiscale)
secret-se-personnummer = un numéro d'identité personnel suédois
secret-nl-bsn = un numéro de citoyen néerlandais (BSN)
secret-driving-licence = un numéro de permis de conduire
secret-date-of-birth = une date de naissance
secret-medical-record-number = un numéro de dossier médical
secret-medical-diagnosis = un diagnostic médical
secret-env-file = un fichier de mots de passe et de clés pour des programmes (.env)
secret-ssh-private-key = une clé privée SSH
secret-crypto-wallet = un portefeuille de cryptomonnaie
secret-credentials-file = un fichier d'identifiants
secret-aws-credentials-file = un fichier d'identifiants Amazon Web Services
secret-npmrc-file = un fichier qui peut contenir un jeton npm
secret-pypirc-file = un fichier qui peut contenir un mot de passe PyPI
secret-netrc-file = un fichier d'identifiants enregistrés
secret-pgpass-file = un fichier de mots de passe de base de données
secret-htpasswd-file = un fichier de mots de passe de sites web
secret-secrets-file = un fichier de secrets
secret-cloud-service-account-key = une clé de compte de service cloud
secret-key-store = un magasin de clés
secret-saved-git-passwords = des mots de passe Git enregistrés
secret-browser-passwords = les mots de passe enregistrés d'un navigateur
secret-key-file = un fichier de clé ou de certificat
secret-certificate-with-key = un certificat avec sa clé privée
secret-password-manager = la base d'un gestionnaire de mots de passe
secret-keychain = un trousseau de clés
secret-putty-private-key = une clé privée PuTTY
secret-vpn-configuration = une configuration VPN (souvent avec des clés)

## What the instruction rules say

injection-download-and-run = Une commande qui télécharge un programme et le lance aussitôt.
injection-jailbreak = Une méthode connue pour faire abandonner ses règles de sécurité à un assistant.
injection-image-exfiltration = Un lien d'image qui enverrait des données à un serveur web à l'affichage.
injection-run-commands = Demande de lancer des commandes.
injection-delete-files = Demande de supprimer ou de détruire des fichiers.
injection-send-data = Demande d'envoyer des données privées ou des fichiers quelque part.
injection-web-address = Demande d'envoyer quelque chose à une adresse web, ou d'y aller chercher quelque chose.
injection-conceal = Demande à l'assistant de vous cacher ce qu'il fait.
injection-prompt-leak = Demande à l'assistant de révéler ses instructions cachées.
injection-use-tools = Demande à l'assistant de lancer des commandes ou d'utiliser ses outils.
injection-control-tokens = Contient des mots de contrôle que les assistants utilisent pour séparer les rôles.
injection-new-orders = Donne à l'assistant de nouveaux ordres à la place des vôtres.
injection-forged-turn = Se fait passer pour un message du système ou de l'assistant.
injection-false-authority = Se fait passer pour une autorité à laquelle l'assistant devrait obéir.
injection-addresses-ai = S'adresse directement à l'assistant IA.
injection-dictates-words = Dicte à l'assistant exactement ce qu'il doit dire.
injection-twist-answer = Dit à l'assistant comment déformer sa réponse.
injection-forget = Demande à l'assistant d'oublier ce qu'on lui a dit.
injection-override = Demande à l'assistant d'ignorer ses instructions.
injection-slip-into-answer = Demande à l'assistant de glisser quelque chose dans sa réponse.
injection-canned-answer = Dit à l'assistant quoi répondre quand vous lui demandez quelque chose.
injection-dictates-conclusion = Dicte à l'assistant la conclusion à tirer.
injection-dictates-message = Dit à l'assistant ce qu'il doit vous dire.
injection-new-identity = Essaie de donner à l'assistant une nouvelle identité.
injection-override-in = Demande à l'assistant d'ignorer ses instructions ({ $language }).

language-zh-ja = en chinois ou en japonais
language-fr = en français
language-de = en allemand
language-it = en italien
language-pt = en portugais
language-ru = en russe
language-es = en espagnol

## What a passage asks of the assistant (assets/rules/intent/)

finding-instruction-parts = Des instructions pour l'assistant : { $parts }.
intent-speaks-to-ai = s'adresse à l'IA qui lit le fichier
intent-gives-orders = lui donne des ordres
intent-reads-secrets = lui demande d'ouvrir vos fichiers privés ou vos secrets
intent-sends-out = lui demande d'envoyer quelque chose à l'extérieur
intent-writes-into-answer = lui demande d'écrire dans sa réponse
intent-deletes = lui demande de supprimer ou d'écraser des fichiers
intent-misleads = lui demande de vous tromper
intent-payment-details = lui donne des coordonnées bancaires pour payer ou les transmettre
intent-runs-code = lui demande de lancer des commandes ou d'ajouter du code
intent-hides-it = lui demande de vous le cacher
intent-describes-attacks = décrit des attaques au lieu d'en mener une
finding-file-for-assistants = Ce fichier donne des instructions à un assistant IA : assurez-vous de l'avoir écrit, ou de faire confiance à son auteur.
finding-foreign-language = Une partie de ce fichier est dans une langue où Airlock ne sait pas repérer des instructions ({ $language }).
finding-pdf-read-in-part = Airlock a arrêté de lire ce PDF en cours de route ({ $limit }) : la suite n'a pas été vérifiée. Ne l'ouvrez que si vous avez confiance en sa provenance.
limit-pdf-operations = la page dessine plus de deux millions de formes et de lettres
limit-pdf-form-depth = des dessins sont imbriqués trop profondément, ou dans eux-mêmes
limit-pdf-content-size = les instructions de dessin d'une page sont trop longues pour être décomposées sans risque
limit-pdf-comparisons = trop de formes pour savoir ce qui recouvre le texte
finding-xml-entities = Une partie de ce document définit ses propres substitutions de texte (entités XML), ce que les logiciels de bureautique n'écrivent jamais ; Airlock ne les développe pas, donc le texte qu'elles contiennent n'a pas été vérifié.
finding-email-cut-short = Cet e-mail est coupé en cours de route (sa dernière partie n'a pas de fin), donc la suite n'a pas pu être vérifiée.
finding-email-part-undecodable = Une partie de cet e-mail est abîmée : son contenu encodé n'a pas pu être décodé, il a donc été vérifié tel quel.
finding-picture-cut-short = Cette image est coupée en cours de route (elle n'a pas été enregistrée ou téléchargée entièrement), donc la suite n'a pas pu être vérifiée.
finding-pdf-part-damaged = Une partie de ce PDF est abîmée : une partie compressée n'a pas pu être décompressée, donc son contenu n'a pas pu être vérifié.
finding-zip-cut-short = Ce fichier est coupé en cours de route (il n'a pas été enregistré ou téléchargé entièrement) : sa table des matières manque, donc son contenu n'a pas pu être entièrement vérifié.
finding-rtf-cut-short = Ce document est coupé en cours de route (il n'a pas été enregistré ou téléchargé entièrement), donc la suite n'a pas pu être vérifiée.
finding-picture-field-damaged = Un champ de texte de cette image est abîmé : il n'a pas pu être décompressé, donc son contenu n'a pas pu être vérifié.
finding-picture-field-too-long = Un champ de texte de cette image est plus long que ce qu'Airlock lit (1 Mo décompressé), donc la suite n'a pas été vérifiée.
finding-pdf-cut-short = Ce PDF s'arrête en cours de route (il n'a pas été enregistré ou téléchargé entièrement) : la suite n'a pas pu être vérifiée.
finding-slide-hidden = Cette diapositive est masquée : le diaporama la saute, mais quiconque lit le fichier, un assistant compris, voit ce qu'elle dit.
hidden-on-hidden-slide = il est sur une diapositive masquée
