# The window: side panel, Home, Files, Quarantine, Backups, Sessions,
# Activity and the first-use wizard. One key per sentence; `{ $name }` is
# filled in by the program.

files-count = { $count ->
    [one] { $count } file
   *[other] { $count } files
}

## Side panel

nav-home = Home
nav-decide = Should I use it?
nav-session = Session
nav-plan = Check a plan
nav-files = Files
nav-quarantine = Quarantine
nav-backups = Backups
nav-sessions = Sessions
nav-activity = Activity
nav-learn = Learn
nav-first-use = Before first use
nav-incident = Something went wrong
nav-language = Language
nav-language-system = Same as the computer ({ $name })

## Window-wide messages

common-dismiss = Dismiss
app-picker-lost = The folder chooser closed unexpectedly. Type the folder's path instead.
app-open-folder-failed = Airlock could not open the folder for you. You can find it at { $path }.
app-repaired = { $count ->
    [one] The workspace is complete again (1 folder re-created).
   *[other] The workspace is complete again ({ $count } folders re-created).
}
app-picker-busy = The folder chooser is already open; look for its window.
app-picker-title = Choose a folder for the workspace
app-picker-failed = The folder chooser could not be opened. Type the folder's path instead.
app-settings-unsaved = Airlock could not save your settings; your choices will be lost when it closes.
create-confirm-warnings = Please confirm the warnings above before creating the workspace.
create-io-failed = Airlock could not create { $path } ({ $error }). Check that you can write there, or choose another folder.
create-settings-failed = The workspace was created, but Airlock could not save where it is. Check that your user folder is not full.
first-use-title = Before first use
learn-title = Learn
learn-intro = Short pages on each risk, in plain words.

## Ages, dates and sizes

age-just-now = just now
age-minutes = { $count ->
    [one] 1 minute ago
   *[other] { $count } minutes ago
}
age-hours = { $count ->
    [one] 1 hour ago
   *[other] { $count } hours ago
}
age-yesterday = yesterday
age-days = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}
# A chrono format: day month year.
date-format = %-d %B %Y
# A chrono format for "when", shown beside an age.
date-time-format = %A %-d %B, %H:%M
size-bytes = { $count ->
    [one] 1 byte
   *[other] { $count } bytes
}
size-kb = KB
size-mb = MB
size-gb = GB
size-tb = TB
folder-input-purpose = Files you give the assistant, after Airlock has checked them.
folder-output-purpose = Where the assistant writes its results.
folder-archive-purpose = Finished inputs, kept out of the assistant's way.

## Home

home-title = Your workspace
home-subtitle = The only folder your AI assistant should be allowed to open.
home-none-what = No workspace is set up yet.
home-none-why = Without one, the assistant may be given access to folders full of personal files.
home-none-do = Create one now: it takes a minute.
home-none-button = Set up a workspace
home-location = Location
home-looking = Looking at the workspace…
home-open-workspace = Open workspace folder
home-missing-what = The workspace folder is missing.
home-missing-why = It may have been moved, renamed or deleted.
home-missing-do = Re-create it, or set up a new one.
home-missing-button = Re-create the workspace
home-incomplete-what = Some of the workspace's folders are missing.
home-incomplete-why = The assistant and Airlock expect input, output and archive.
home-incomplete-do = Repair the workspace: nothing else is changed.
home-incomplete-button = Repair the workspace
home-private = Private to you: other people on this computer cannot open it.
home-not-private = Other people on this computer can open this folder.
home-sessions-title = Sessions with the assistant
home-session-running = A session is in progress ({ $age }): { $task }
home-session-see = See what is changing
home-session-intro = Before you let the assistant work, Airlock runs the guide's checklist, backs up and then watches every change.
home-session-start = Start a session
home-no-backup = No backup yet: a file the assistant deletes or overwrites could not be brought back.
home-backup-stale = Last backup: { $age }. The workspace has changed since; back up before the next task.
home-backup-fresh = Last backup: { $age } ({ $when }). Nothing has changed since.
home-see-backups = See backups
home-folder-empty = Empty
home-open-folder = Open { $name }
home-folder-missing = Missing
home-checked-title = Checked files
home-not-checked = The files have not been checked yet.
home-check-files = Check the files
home-see-files = See the files
home-first-use-done = All done: you followed the guide's first-use checklist.
home-first-use-progress = { $done } of { $total } done.
home-first-use-continue = Continue the checklist

## Files

common-cancel = Cancel
files-sort-worst = Worst first
files-sort-name = By name
files-sort-folder = By folder
files-top-folder = (top)
files-subtitle = Every file in the workspace, checked for hidden instructions, macros, disguises and private data.
files-checking = Checking the files…
files-empty = The workspace is empty. Add files to give them to the assistant.
files-not-checked = Not checked yet. Press “Scan now”.
files-progress = { $done } of { $total } files
files-scan-now = Scan now
files-add = Add files…
files-show = Show:
files-all-verdicts = All verdicts
files-in = in
files-all-folders = All folders
files-sort = Sort:
files-drop-hint = You can also drop files onto this window to add them.
files-col-verdict = Verdict
files-col-folder = Folder
files-col-name = Name
files-col-finding = Main finding
files-nothing-found = Nothing found.
files-reviewed-prefix = Reviewed by you.
files-showing = Showing { $shown } of { $total } files.
files-show-more = Show { $count } more
files-quarantine = Quarantine
files-unmark-reviewed = Remove the reviewed mark
files-mark-reviewed = Mark as reviewed
files-show-in-folder = Show in folder
files-earlier-version = Restore an earlier version…
files-reviewed-note = You reviewed this file and chose to keep it; the mark goes if it changes.
files-nothing-to-worry = Airlock found nothing to worry about in this file.
files-what-you-see = What you see when you open it
files-what-is-hidden = What is hidden from you, but not from the assistant
files-where = { $place }:{" "}
files-finding-line = { $category }: { $message }{ $place }
files-why-matters = Why this matters
files-why-matters-hover = A short page on this risk.
files-file-says = What the file says (shown as plain text, never followed):
