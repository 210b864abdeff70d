# The inspection engine's sentences: what each finding says, where it
# is, and why text is hidden. Ids are what the code and `scan --json`
# use; `{ $name }` values are filled in by the engine.

## Where a finding is

where-file-name = file name
where-file-content = file content
where-line = line { $line }
where-at-line = { $place }, line { $line }
where-inside = inside “{ $name }”
where-inside-at = inside “{ $name }”, { $place }

## Could not be checked

finding-password = The file is protected by a password, so Airlock could not look inside.
finding-nested-too-deep = “{ $name }” is nested too deep to be inspected.
finding-inspector-failed = Airlock's inspector failed on this file, so it could not be fully checked.
finding-could-not-read = Airlock could not read this file ({ $reason }).
finding-not-a-file = This is not an ordinary file (a device or a pipe), so Airlock did not open it.
finding-too-large = This file is too large to inspect ({ $size }; the limit is { $limit }).
finding-time-limit = Inspecting this file took longer than { $seconds } seconds, so Airlock stopped; it could not be checked.
finding-link-inside = This is a shortcut (symbolic link) to another file in the workspace; Airlock does not follow shortcuts.
finding-link-outside = This is a shortcut (symbolic link) to a place outside the workspace: the assistant could reach your other files through it.
finding-not-inspected-yet = Airlock cannot look inside { $what } yet, so it cannot vouch for this one.
kind-pdf-documents = PDF documents
kind-zip-archives = zip archives
kind-office-files = Office and OpenDocument files
kind-old-office-documents = old-style Office documents
kind-rich-text-documents = rich-text documents
kind-compressed-archives = compressed archives
kind-this-kind-of-file = this kind of file

## Hidden content

finding-sheet-hidden = The sheet “{ $name }” is hidden.
finding-sheet-very-hidden = The sheet “{ $name }” is very hidden (it cannot be shown from Excel's menus).
finding-tag-characters = Invisible Unicode “tag” characters carry hidden text.
finding-split-words = Invisible characters are hidden inside words, which can smuggle text past a reader.
finding-bidi = Characters that reverse the direction of text change what you see compared with what the assistant reads.
finding-hidden-instructions = Instructions are hidden from you: { $why }.
finding-disguised-instructions = The instructions are disguised with look-alike or invisible characters.
finding-hidden-part = Part of this file is hidden from you: { $why }.
hidden-tag-characters = it is written in invisible Unicode tag characters
hidden-encoded = it is encoded as { $encoding }

## Private data

finding-secret-file-name = By its name, this is { $what }.
finding-contains = Contains { $what }.
finding-more-private-data = …and { $count ->
        [one] { $count } more piece of private data.
       *[other] { $count } more pieces of private data.
    }

## Instructions aimed at the assistant

finding-name-instruction = The file's name is an instruction aimed at the assistant.

## Active content and macros

finding-dde-link = The workbook has a DDE link that asks to start another program.
finding-csv-formula-command = A cell holds a formula that starts a program when the file is opened in a spreadsheet (a DDE command).
finding-dde-field-or-formula = A DDE field or formula asks to start another program when the document is opened.
finding-macro-odf-basic = The document contains macros (OpenDocument Basic).
finding-xlm-formulas = The spreadsheet contains Excel 4.0 macro formulas.
finding-xlm-auto-open = The spreadsheet contains Excel 4.0 macros that run when it is opened.

## Names and disguises

finding-name-bidi = The name contains a hidden character that reverses how it is displayed, a trick to make a program look like a document.
finding-name-invisible = The name contains invisible characters.
finding-name-control = The name contains control characters.
finding-name-trailing-dot = The name ends with a dot or a space, which Windows hides and some programs mishandle.
finding-name-reserved = The name is reserved by Windows for a device and can break programs that open it.
finding-name-too-long = The name is so long that its end is hidden in most windows.
finding-double-extension = The name pretends to be a .{ $before } file but really ends in .{ $last }, which is a program.
finding-really-named-as = This is really { $really }, named as { $named }.
finding-script-named-as-document = This is really a script (a program in text form), named as a document.
finding-program = This is { $what }: a program has no place among an assistant's documents.
finding-code-downloads-and-runs = This code downloads a program from the internet and runs it at once: if the assistant runs it, anything could be installed.
finding-code-deletes-everything = This code deletes your home folder or a whole disk if it is run.
finding-code-reads-keys = This code reads your keys or saved passwords (SSH, cloud, keychain, browser).
finding-code-sends-files = This code sends files to another computer if it is run.
finding-name-says = The name says .{ $extension }, but this is really { $really }.
kind-a-pdf = a PDF document
kind-a-zip = a zip archive (or an Office document)
kind-an-old-office-document = an old-style Office document
kind-a-rich-text-document = a rich-text document
kind-a-picture = a picture
kind-a-compressed-archive = a compressed archive
kind-a-linux-program = a Linux program
kind-a-windows-program = a Windows program
kind-a-mac-program = a Mac program
kind-a-java-program = a Java program
kind-a-windows-shortcut = a Windows shortcut that can start a program
kind-a-script = a script (a program in text form)
kind-text = text
kind-unknown = an unknown kind of file
kind-a-file-with-extension = a .{ $extension } file
kind-a-file = a file
kind-a-program-or-script = a program or script

## From the inspectors

finding-compressed-file-damaged-could-not = The compressed file is damaged and could not be unpacked.
finding-compressed-file-unpacks-far-more = The compressed file unpacks to far more than its size: a “zip bomb” shape, so it was not unpacked.
finding-archive-damaged-could-not-read = The archive is damaged and could not be read.
finding-archive-holds-too-many-files = The archive holds too many files to inspect safely.
finding-part-archive-damaged = Part of the archive is damaged.
finding-picture-damaged-or-unusual-could = The picture is damaged or unusual and could not be opened, so Airlock could not check it.
where-picture-metadata = picture metadata
where-script = script
finding-page-contains-scripts-programs-run = The page contains scripts, programs that run when it is opened in a browser.
where-page = page
where-comment = comment
hidden-html-comment-browser-does-not = it is an HTML comment, which a browser does not show
hidden-inside-script-browser-runs-but = it is inside a script, which a browser runs but does not show
hidden-styled-not-displayed = it is styled not to be displayed (display:none)
hidden-styled-invisible = it is styled invisible (visibility:hidden)
hidden-fully-transparent = it is fully transparent (opacity 0)
hidden-written-letters-too-small-see = it is written in letters too small to see
hidden-placed-off-screen = it is placed off the screen
finding-document-loads-template-from-another = The document loads its template from another place when opened.
finding-document-embedded-object-set-update = The document has an embedded object set to update itself when the document is opened.
finding-document-object-from-another-program = The document has an object from another program embedded in it.
where-document = document
hidden-formatted-hidden-text = it is formatted as hidden text
where-document-properties = document properties
hidden-document-s-properties-are-not = it is in the document's properties, which are not shown on the page
hidden-comment-markdown-viewer-does-not = it is a comment, which a Markdown viewer does not show
finding-document-contains-macros = The document contains macros (OpenDocument Basic or scripts).
finding-document-object-from-another-program-2 = The document has an object from another program embedded in it (an OLE object).
hidden-hidden-paragraph-or-section = it is in a hidden paragraph or section
finding-document-runs-script-or-macro = The document runs a script or macro when something happens (an event listener).
finding-document-pulls-outside-content-opened = The document pulls in outside content when opened.
hidden-invisible-text-layer-scanned-page = it is the invisible text layer of a scanned page
hidden-what-page-s-special-characters = it is what the page's special characters stand for
hidden-replacement-text-read-programs-instead = it is replacement text (ActualText), read by programs instead of what is drawn
finding-shape-on-slide-starts-program = A shape on a slide starts a program when it is clicked.
finding-shape-on-slide-runs-macro = A shape on a slide runs a macro when it is clicked.
finding-shape-on-slide-opens-embedded = A shape on a slide opens an embedded object when it is clicked.
where-within = { $outer }, { $inner }
where-email-header = header { $name }
where-email-part = part { $index }
where-email-forwarded = forwarded message
where-body = body
finding-archive-member-not-unpacked = “{ $name }” in the archive could not be unpacked.
hidden-same-colour-as-background = its colour is the same as the background
hidden-template-block = it is inside a template or noscript block, which a browser does not show
hidden-hidden-attribute = it carries the “hidden” attribute
hidden-aria-hidden = it is marked as hidden (aria-hidden)
finding-page-event-handlers = Parts of the page run code when clicked or loaded (event handlers).
finding-page-javascript-links = The page has links that run code (javascript: links).
finding-page-refresh = The page sends the browser to another address by itself (a refresh).
finding-page-outside-form = The page has a form that sends what is typed to an outside address.
finding-page-frames = The page pulls in other pages or objects (frames or embeds).

## From the inspectors

finding-file-damaged-inner-structure-could = The file is damaged: its inner structure could not be read.
finding-part-file-damaged-could-not = Part of the file is damaged and could not be read.
finding-document-contains-macros-programs-run = The document contains macros (VBA): programs that can run when it is opened.
finding-workbook-contains-excel-4-0 = The workbook contains an Excel 4.0 macro sheet: old-style macros that can run on opening.
finding-document-contains-activex-control-run = The document contains an ActiveX control, which can run code.
hidden-placed-off-slide-where-show = it is placed off the slide, where the show never displays it
hidden-on-hidden-sheet = it is on a hidden sheet
hidden-speaker-notes-audience-does-not = it is in the speaker notes, which the audience does not see
hidden-comment-shown-only-margin-or = it is a comment, shown only in the margin or review pane
hidden-white-text-invisible-on-white = it is white text, invisible on a white page
hidden-written-letters-too-small-read = it is written in letters too small to read
hidden-was-deleted-but-tracked-changes = it was deleted, but tracked changes keep it in the file
finding-dde-field-asks-start-another = A DDE field asks to start another program when the document is opened.
finding-field-fetches-content-from-internet = A field fetches content from the internet or a network share when the document is opened.
finding-formula-tries-start-program = A formula tries to start a program (a DDE command).
finding-document-loads-template-from-another-2 = The document loads its template from another place when opened: a known way to slip macros in.
finding-document-links-outside-object-fetched = The document links to an outside object that is fetched and can run when opened.
finding-document-refers-outside-resource-fetched = The document refers to an outside resource that is fetched when it is opened.
finding-document-damaged-inner-structure-could = The document is damaged: its inner structure could not be read.
finding-file-encrypted-with-office-s = The file is encrypted with Office's well-known default password, a trick that hides its content from security tools. Airlock opened it and checked what is inside.
finding-document-program-or-shortcut-packaged = The document has a program or shortcut packaged inside it, one double-click away from running.
finding-document-another-file-packaged-inside = The document has another file packaged inside it (an OLE package).
finding-document-contains-macros-run-themselves = The document contains macros that run by themselves when it is opened and can start programs or fetch files.
finding-document-contains-macros-run-themselves-2 = The document contains macros that run by themselves when it is opened.
finding-document-contains-macros-start-programs = The document contains macros that can start programs or fetch files.
finding-pdf-protected-password-airlock-could = The PDF is protected by a password, so Airlock could not look inside.
finding-pdf-damaged-could-not-read = The PDF is damaged and could not be read.
finding-names-inside-pdf-are-written = Names inside the PDF are written in disguise, a trick to slip past security checks.
finding-pdf-contains-javascript-program-run = The PDF contains JavaScript, a program that can run when it is opened or clicked.
finding-pdf-launch-action-start-program = The PDF has a “launch” action that can start a program on your computer.
finding-pdf-embeds-rich-media-run = The PDF embeds rich media (Flash or video) that can run code.
finding-pdf-files-attached = The PDF has files attached to it.
finding-pdf-form-sends-what-you = The PDF has a form that sends what you type to an outside address.
finding-pdf-opens-or-imports-another = The PDF opens or imports another file when used.
finding-pdf-uses-xml-forms-carry = The PDF uses XML forms (XFA), which can carry scripts.
finding-pdf-files-attached-airlock-checks = The PDF has files attached to it; Airlock checks them as well.
finding-text-pdf-could-not-read = The text of this PDF could not be read, so Airlock could not check what it says.
hidden-annotation-marked-hidden = it is in an annotation marked as hidden
hidden-comment-or-note-attached-page = it is in a comment or note attached to the page
where-after-end-file = after the end of the file
hidden-on-layer-switched-off = it is on a layer that is switched off
hidden-drawn-invisible-ink = it is drawn in invisible ink (text render mode 3)
hidden-fully-transparent-2 = it is fully transparent
hidden-placed-outside-page-where-nobody = it is placed outside the page, where nobody sees it
hidden-placed-where-page-cuts-out = it is placed where the page cuts it out of view
hidden-runs-on-past-edge-page = it runs on past the edge of the page or of its box
hidden-same-colour-what-behind = it is the same colour as what is behind it
hidden-covered-shape-drawn-over = it is covered by a shape drawn over it
hidden-covered-picture-drawn-over = it is covered by a picture drawn over it
where-picture-metadata-field = picture metadata, { $field }
where-slide = slide { $number }
where-speaker-notes = speaker notes of slide { $number }
where-sheet = sheet { $number }
where-page-header = header
where-page-footer = footer
finding-hidden-rows = { $count } hidden rows of { $sheet } hold data you do not see in Excel.
finding-hidden-columns = { $count } hidden columns of { $sheet } hold data you do not see in Excel.
finding-archive-too-many-entries = The archive holds { $count } entries, too many to inspect safely.
finding-member-password = “{ $name }” is protected by a password, so it could not be inspected.
finding-member-zip-bomb = “{ $name }” unpacks to { $size } from { $packed }: a “zip bomb” shape, so it was not unpacked.
finding-member-damaged = “{ $name }” inside the file is damaged.
finding-member-lies-about-size = “{ $name }” unpacks to more than its archive says: a “zip bomb” shape, so it was not unpacked.
finding-alt-chunk = The document imports another file (an "alternative format chunk") and shows it as its own content.
finding-document-part-too-large = Part of the document ({ $name }) is larger than Airlock reads (64 MB), so the rest of it was not checked.
finding-document-part-damaged = Part of the document ({ $name }) is damaged.
finding-xlm-sheet = The sheet “{ $name }” is an Excel 4.0 macro sheet: old-style macros that can run on opening.
finding-pdf-too-many-pages = The PDF has { $pages } pages; only the first { $checked } were checked.
where-page-number = page { $page }
where-page-annotations = page { $page }, annotations
where-page-form-fields = page { $page }, form fields
finding-pdf-trailing-data = { $count } bytes follow the end of the PDF, where no reader shows them.

## What private data is

secret-private-key = a private key
secret-aws-access-key = an Amazon Web Services access key
secret-aws-secret-key = an Amazon Web Services secret key
secret-github-token = a GitHub token
secret-gitlab-token = a GitLab token
secret-slack-token = a Slack token
secret-stripe-key = a Stripe key
secret-anthropic-api-key = an Anthropic API key
secret-openai-api-key = an OpenAI API key
secret-google-api-key = a Google API key
secret-gcp-service-account = a Google Cloud service-account key
secret-azure-storage-key = an Azure storage key
secret-jwt = a login token (JWT)
secret-npm-token = an npm token
secret-sendgrid-key = a SendGrid key
secret-twilio-key = a Twilio key
secret-url-password = a password inside a web address
secret-password = a password
secret-key-or-token = a secret key or token
secret-random-value = a value that looks like a secret key
secret-password-hash = a password hash
secret-webhook = a webhook address (anyone who has it can post as you)
secret-card = a payment card number
secret-iban = a bank account number (IBAN)
secret-us-ssn = a US social security number
secret-fr-nir = a French social security number (NIR)
secret-passport-number = a passport number
secret-uk-ni = a UK National Insurance number
secret-es-dni = a Spanish identity number (DNI/NIE)
secret-it-codice-fiscale = an Italian tax code (codice fiscale)
secret-se-personnummer = a Swedish personal identity number
secret-nl-bsn = a Dutch citizen service number (BSN)
secret-driving-licence = a driving licence number
secret-date-of-birth = a date of birth
secret-medical-record-number = a medical record number
secret-medical-diagnosis = a medical diagnosis
secret-env-file = a file of passwords and keys for programs (.env)
secret-ssh-private-key = an SSH private key
secret-crypto-wallet = a cryptocurrency wallet
secret-credentials-file = a credentials file
secret-aws-credentials-file = an Amazon Web Services credentials file
secret-npmrc-file = a file that can hold an npm token
secret-pypirc-file = a file that can hold a PyPI password
secret-netrc-file = a file of saved logins
secret-pgpass-file = a file of database passwords
secret-htpasswd-file = a file of website passwords
secret-secrets-file = a secrets file
secret-cloud-service-account-key = a cloud service-account key
secret-key-store = a key store
secret-saved-git-passwords = saved Git passwords
secret-browser-passwords = a browser's saved passwords
secret-key-file = a key or certificate file
secret-certificate-with-key = a certificate with its private key
secret-password-manager = a password manager's database
secret-keychain = a keychain
secret-putty-private-key = a PuTTY private key
secret-vpn-configuration = a VPN configuration (often with keys)

## What the instruction rules say

injection-download-and-run = A command that downloads a program and runs it at once.
injection-jailbreak = A known way to make an assistant drop its safety rules.
injection-image-exfiltration = A picture link that would send data to a web server when shown.
injection-run-commands = Asks for commands to be run.
injection-delete-files = Asks for files to be deleted or destroyed.
injection-send-data = Asks for private data or files to be sent somewhere.
injection-web-address = Asks for something to be sent to, or fetched from, a web address.
injection-conceal = Asks the assistant to hide what it does from you.
injection-prompt-leak = Asks the assistant to reveal its hidden instructions.
injection-use-tools = Asks the assistant to run commands or use its tools.
injection-control-tokens = Contains control words that chat assistants use to separate roles.
injection-new-orders = Gives the assistant new orders in place of yours.
injection-forged-turn = Pretends to be a message from the system or the assistant.
injection-false-authority = Pretends to come from an authority the assistant should trust.
injection-addresses-ai = Speaks directly to the AI assistant.
injection-dictates-words = Tells the assistant exactly what to say.
injection-twist-answer = Tells the assistant how to twist its answer to you.
injection-forget = Tells the assistant to forget what it was told.
injection-override = Tells the assistant to ignore its instructions.
injection-slip-into-answer = Tells the assistant to slip something into its answer to you.
injection-canned-answer = Tells the assistant what to answer when you ask it something.
injection-dictates-conclusion = Tells the assistant what to conclude.
injection-dictates-message = Tells the assistant what to tell you.
injection-new-identity = Tries to give the assistant a new identity.
injection-override-in = Tells the assistant to ignore its instructions ({ $language }).

language-zh-ja = Chinese or Japanese
language-fr = French
language-de = German
language-it = Italian
language-pt = Portuguese
language-ru = Russian
language-es = Spanish

## What a passage asks of the assistant (assets/rules/intent/)

finding-instruction-parts = Instructions for the assistant: { $parts }.
intent-speaks-to-ai = speaks to the AI reader
intent-gives-orders = gives it orders
intent-reads-secrets = asks it to open your private files or secrets
intent-sends-out = asks it to send something out
intent-writes-into-answer = asks it to write into its answer to you
intent-deletes = asks it to delete or overwrite files
intent-misleads = asks it to mislead you
intent-payment-details = gives it bank details to pay or to pass on
intent-runs-code = asks it to run commands or add code
intent-hides-it = asks it to keep this from you
intent-describes-attacks = describes attacks rather than making one
finding-file-for-assistants = This file gives an AI assistant instructions: make sure you wrote it, or trust whoever did.
finding-foreign-language = Part of this file is in a language Airlock cannot check for instructions ({ $language }).
finding-pdf-read-in-part = Airlock stopped reading this PDF part of the way through ({ $limit }), so what comes after was not checked: open it only if you trust where it came from.
limit-pdf-operations = the page draws more than two million shapes and letters
limit-pdf-form-depth = drawings are nested inside each other too deep, or inside themselves
limit-pdf-content-size = a page's drawing instructions are too long to take apart safely
limit-pdf-comparisons = too many shapes to tell what covers the text
finding-xml-entities = A part of this document defines its own text substitutions (XML entities), which office programs never write; Airlock does not expand them, so the text they hold was not checked.
finding-email-cut-short = This e-mail is cut off part of the way through (its last part has no end), so the rest of it could not be checked.
finding-email-part-undecodable = A part of this e-mail is damaged: its encoded content could not be decoded, so it was checked as it stands.
finding-picture-cut-short = This picture is cut off part of the way through (it was not saved or downloaded completely), so the rest of it could not be checked.
finding-pdf-part-damaged = Part of this PDF is damaged: a compressed part could not be unpacked, so what it holds could not be checked.
finding-zip-cut-short = This file is cut off part of the way through (it was not saved or downloaded completely): its table of contents is missing, so what it holds could not all be checked.
finding-rtf-cut-short = This document is cut off part of the way through (it was not saved or downloaded completely), so the rest of it could not be checked.
finding-picture-field-damaged = A text field of this picture is damaged: it could not be unpacked, so what it says could not be checked.
finding-picture-field-too-long = A text field of this picture is longer than Airlock reads (1 MB unpacked), so the rest of it was not checked.
finding-pdf-cut-short = This PDF is cut off part of the way through (it was not saved or downloaded completely), so the rest of it could not be checked.
finding-slide-hidden = This slide is hidden: the slide show skips it, but anyone who reads the file, an assistant included, sees what it says.
hidden-on-hidden-slide = it is on a hidden slide
