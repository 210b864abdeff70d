# Finding categories and verdicts: a short name, why it matters and what
# to do, one sentence each.

category-prompt-injection-title = Hidden instructions for the assistant
category-prompt-injection-why = An assistant that reads this may follow it and act against you: send your files away, delete them, or lie about what it did.
category-prompt-injection-todo = Quarantine the file; if you need its content, copy only the parts you trust into a new file.

category-hidden-content-title = Hidden content
category-hidden-content-why = You cannot see this part, but the assistant reads it like any other text.
category-hidden-content-todo = Look at the hidden text below; if you did not put it there, quarantine the file.

category-macro-title = Macros
category-macro-why = Macros are small programs that can run on your computer when the document is opened.
category-macro-todo = Quarantine the file unless you know exactly why it needs macros.

category-active-content-title = Active content
category-active-content-why = This part can run code or reach the internet when the file is opened or clicked.
category-active-content-todo = Quarantine the file unless you trust where it came from.

category-format-mismatch-title = Not what its name says
category-format-mismatch-why = A file that pretends to be something else is a classic way to trick people into running a program.
category-format-mismatch-todo = Do not open it; quarantine it.

category-suspicious-filename-title = Suspicious name
category-suspicious-filename-why = Names like this are used to disguise programs as documents, or to slip instructions to the assistant.
category-suspicious-filename-todo = Do not open it; quarantine it.

category-sensitive-data-title = Private data
category-sensitive-data-why = Anything in the workspace can be read by the assistant and may end up in its answers or elsewhere.
category-sensitive-data-todo = Take the file out of the workspace, or keep it only if the assistant really needs it.

category-unreadable-title = Could not be checked
category-unreadable-why = Airlock could not look inside, so it cannot tell you the file is safe.
category-unreadable-todo = Keep it out of the workspace unless you know what is inside.

category-untrusted-source-title = Source not trusted
category-untrusted-source-why = A file from a place you do not know is the usual way booby-trapped documents arrive.
category-untrusted-source-todo = If you know and trust where it came from, say so below; otherwise quarantine it.

verdict-safe = Safe
verdict-review = Review
verdict-danger = Danger
