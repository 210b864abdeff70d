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
nav-settings = Settings
nav-language = Language
lang-name-en = English
lang-name-fr = French
nav-language-system = Automatic ({ $name })

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
files-unknown-sources = { $count ->
    [one] 1 file came into the workspace without passing through Airlock, so nobody knows where it is from: it is marked to review. If you put it there yourself, say so.
   *[other] { $count } files came into the workspace without passing through Airlock, so nobody knows where they are from: they are marked to review. If you put them there yourself, say so.
}
files-vouch = I put these files here myself
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

## Quarantine and checklists

quarantine-intro = Files taken out of the workspace, where the assistant cannot reach them. Nothing here is deleted.
quarantine-kept-in = Kept in { $path }
quarantine-empty = The quarantine is empty.
quarantine-when = Quarantined { $when } — { $reason }
quarantine-put-back = Put { $name } back
first-use-intro = The security guide asks for these before you let an assistant work on your files.
checklist-repair = Repair

## Backups

common-open = Open
common-close = Close
backup-now = Back up now
backup-reason-manual = Backed up by you
backup-reason-before-restore = Taken before a restore (undo point)
backup-reason-before-quarantine = Taken before quarantining a file
backup-reason-session-start = Start of a session
backup-reason-before-cleanup = Taken before the session cleanup
backup-state-verified = Checked
backup-state-not-verified = Not checked yet
backup-state-incomplete = Incomplete
backup-state-damaged = Damaged
backup-phase-backing-up = Backing up
backup-phase-checking = Checking the backup
backup-phase-restoring = Restoring
backups-intro = A backup is a copy of the whole workspace, kept outside it. Take one before any task that moves, renames or deletes files.
backups-no-workspace = Set up a workspace first; then it can be backed up.
backups-comparing = Comparing the backup with the workspace…
backups-reading = Reading the backups…
backups-none-what = There is no backup yet.
backups-none-why = Without one, a file the assistant deletes or overwrites cannot be brought back.
backups-none-do = Press "Back up now": it takes a moment.
backups-count = { $count ->
    [one] 1 backup, newest first
   *[other] { $count } backups, newest first
}
backups-progress = { $phase }… { $done } of { $total } files · { $bytes_done } of { $bytes_total }
backups-kept-in = Backups are kept in
backups-change = Change…
backups-folder-prompt = Keep backups in this folder (outside the workspace, ideally on another disk):
backups-use-folder = Use this folder
backups-keep-1 = Airlock keeps the last
backups-keep-hover = The newest backups are always kept.
backups-keep-2 = backups, and one a day for the last
backups-keep-3 = days. Older ones are removed after each new backup.
backups-state-verified = Checked: every file matches
backups-state-incomplete = { $count ->
    [one] Incomplete: 1 item could not be copied
   *[other] Incomplete: { $count } items could not be copied
}
backups-state-damaged = { $count ->
    [one] Damaged: 1 file missing or changed since it was made
   *[other] Damaged: { $count } files missing or changed since it was made
}
backups-row = { $files } · { $size } · { $used } really used on disk · { $reason }
backups-session = Session: { $session }
backups-not-copied = What could not be copied
backups-restore = Restore…
backups-check = Check it
restore-title = Restore from the backup of { $when }
restore-nothing = Nothing to restore: the workspace already matches this backup.
restore-undo-note = Before changing anything, Airlock backs up the workspace as it is now, so you can undo this restore.
restore-add = Will be put back (missing now)
restore-replace = Will be replaced by the backup's version
restore-remove = Will be removed (not in the backup)
restore-remove-note = Files added since the backup are kept unless you tick them.
restore-unchanged = { $count ->
    [one] 1 item is the same and stays as it is.
   *[other] { $count } items are the same and stay as they are.
}
restore-chosen = { $count ->
    [one] Restore 1 chosen item
   *[other] Restore { $count } chosen items
}
restore-everything = Restore everything
restore-link = link
restore-held-back = { $count ->
    [one] 1 file in this backup is not offered: you moved it to the quarantine after this backup was taken, so it may be what went wrong. It stays in the quarantine; if you are sure it is safe, put it back from the Quarantine screen.
   *[other] { $count } files in this backup are not offered: you moved them to the quarantine after this backup was taken, so they may be what went wrong. They stay in the quarantine; if you are sure one is safe, put it back from the Quarantine screen.
}
restore-held-back-when = moved to the quarantine on { $when }
restore-and-more = …and { $count } more (included in "Restore everything").
versions-title = Earlier versions of { $name }
versions-looking = Looking through the backups…
versions-none = No backup holds a different version of this file.
versions-restore = Restore this version…
common-undo = Undo
backups-busy = A backup or restore is already running; wait for it to finish.
backups-start-failed = Airlock could not start the backup. Try again, or restart Airlock.
backups-lost = The backup stopped unexpectedly; nothing was changed. Try again.
backups-quarantine-not-covered = Airlock could not back up { $name } first, so it did not move it. Close anything using it and try again.
backups-done-incomplete = { $count ->
    [one] The backup is incomplete: 1 item could not be copied. See the list on the Backups screen.
   *[other] The backup is incomplete: { $count } items could not be copied. See the list on the Backups screen.
}
backups-done-damaged = The backup was made, but its copy does not match what was read: { $missing } file(s) missing and { $changed } changed. The disk holding the backups may be failing. Back up again, to another disk if you can, before relying on it.
backups-done-checked = Backed up { $files } and checked the copy.
backups-pruned = { $count ->
    [one] 1 old backup was removed, as the keep policy says.
   *[other] { $count } old backups were removed, as the keep policy says.
}
audit-backup-intact = Checked backup { $id }: intact
audit-backup-damaged = Checked backup { $id }: damaged
backups-intact = { $count ->
    [one] The backup is intact: its 1 item matches.
   *[other] The backup is intact: all { $count } items match.
}
backups-damaged = The backup is damaged: { $missing } file(s) missing and { $changed } changed. Restore from another backup if you need them.
audit-restored = Restored { $count } item(s) and removed { $removed }; undo point { $undo }
restored = { $count ->
    [one] Restored 1 item.
   *[other] Restored { $count } items.
}
restored-and-removed = { $count ->
    [0] { $removed ->
        [one] Removed 1 item the backup did not have.
       *[other] Removed { $removed } items the backup did not have.
    }
    [one] Restored 1 item and removed { $removed } the backup did not have.
   *[other] Restored { $count } items and removed { $removed } the backup did not have.
}
restore-problems = { $count } could not be restored: { $which }.
restore-undo-kept = The state just before was backed up.
backups-quarantine-failed = Airlock could not back up the workspace first, so it did not move { $name }.
backups-cancelled = Stopped. Nothing was changed and no partial backup was kept.
backups-dir-empty = Type the folder where backups should go.
backups-dir-not-absolute = Give the full path of the folder, for example ~/Cowork-Backups.
backups-dir-set = New backups will be kept in { $path }.
backup-error-disk-full = The disk holding the backups is full. Free some space or choose another backup folder.
backup-error-write = Airlock could not write the backup ({ $error }). Check that the backup folder { $path } can be written to.
backup-error-no-workspace = The workspace folder { $path } is missing, so there is nothing to back up.
backup-error-workspace-link = The workspace { $path } is a link to another place; Airlock only backs up a real folder.
backup-error-inside-workspace = Backups cannot be kept at { $path }: it is inside the workspace, where the assistant could change them. Choose a folder outside it.
backup-error-not-found = There is no backup called { $id }.
backup-error-damaged = The backup { $id } cannot be read ({ $why }); it may have been damaged.
backup-error-safety = Airlock could not first back up { $name }, so it changed nothing. Close anything using that file and try again.

## Checking, adding and quarantining files

audit-scan-finished = Checked { $count } file(s): { $safe } safe, { $review } to review, { $danger } in danger
scan-cancelled = The check was stopped; the list shows what was checked so far.
scan-added-dangerous = { $name } is dangerous: Airlock recommends taking it out of the workspace.
scan-quarantine-name = Quarantine { $name }
scan-busy = A check is already running; wait for it to finish or cancel it.
scan-start-failed = Airlock could not start checking the files. Try again, or restart Airlock.
review-save-failed = Airlock could not save your mark; it will be forgotten when Airlock closes.
audit-reviewed = { $name } marked as reviewed and kept
audit-unreviewed = { $name } no longer marked as reviewed
review-marked = { $name } is marked as reviewed. The mark goes away by itself if the file changes.
review-unmarked = { $name } is no longer marked as reviewed.
audit-unquarantined = { $name } put back from the quarantine
quarantine-put-back-done = { $name } is back in the workspace; Airlock is checking it again.
sentences = { $first } { $second }
quarantine-error-missing = { $path } is not there any more, so there was nothing to move.
quarantine-error-move = Airlock could not move { $path } ({ $error }); the file was left where it was. Close anything using it and try again.
quarantine-error-record = The file was moved, but the quarantine's list could not be saved ({ $why }). Check that Airlock's folder can be written.
quarantine-put-back-failed = Airlock could not put the file back; it is still safe in the quarantine.
audit-added = { $count } copied into input/
added = { $count ->
    [one] Copied 1 file into input/; checking it now.
   *[other] Copied { $count } files into input/; checking them now.
}
not-added = Not added: { $which }
quarantine-by-you = Put aside by you.
audit-quarantined = { $name } moved to the quarantine: { $reason }
quarantined = { $name } is now in the quarantine, out of the assistant's reach.
add-picker-title = Choose files to add to the workspace
add-picker-failed = The file chooser could not be opened. Drop the files onto this window instead.

## Sessions

session-started = The session has started and the workspace is backed up. Airlock shows every change as it happens.
session-see = See the session
session-report-unreadable = This session's report could not be read.
session-busy = Airlock is still busy; try again in a moment.
session-task-first = Write the task first: one sentence saying what the assistant should do.
session-check-first = Airlock must check every file before the session; wait for the check to finish.
session-dangerous-first = Deal with each dangerous file first: quarantine it, or confirm you keep it.
cleanup-nothing = Nothing was cleaned up.
audit-cleanup = Cleanup: { $archived } archived, { $trashed } sent to the trash
cleanup-done = Cleaned up: { $archived ->
    [one] 1 input archived
   *[other] { $archived } inputs archived
}, { $trashed ->
    [one] 1 output sent to the trash.
   *[other] { $trashed } outputs sent to the trash.
}
cleanup-left = { $count } left as they were.
session-end-title = End of the session
session-running-title = Session in progress
session-started-line = Started { $age } · Backup taken at the start: { $backup }
session-check-plan = Check the assistant's plan before approving it
session-end = End the session
session-end-hint = End it when the assistant has finished: Airlock then shows everything it changed.
session-before-intro = Before the assistant starts, Airlock goes through the guide's checklist with you and takes a backup.
session-task-prompt = What should the assistant do? (one sentence)
session-task-hint = For example: Summarise the three reports in input/ into output/summary.md
session-dangerous-what = Some files are dangerous.
session-dangerous-why = They may carry instructions that turn the assistant against you.
session-dangerous-do = Quarantine each one, or confirm you looked at it and keep it.
session-dangerous-all-handled = Every dangerous file has been dealt with.
session-dangerous-quarantined = ✔ Moved to the quarantine
session-dangerous-kept = ✔ Kept: you looked at it
session-keep-dangerous = I looked at it; keep it
session-start-button = Back up and start the session
session-backing-up = Backing up the workspace…
session-why-task = Write the task first.
session-why-checking = Airlock is checking the files first…
session-why-dangerous = Deal with the dangerous files first.
feed-title = What is changing
feed-watching = watching the workspace
feed-empty = Nothing has changed yet. Changes appear here as the assistant makes them.
feed-counts = { $changes ->
    [one] 1 change
   *[other] { $changes } changes
} · { $alerts ->
    [one] 1 alert
   *[other] { $alerts } alerts
}
feed-renamed-from = { $path } (was { $from })
feed-by-airlock = by Airlock
feed-restore = Restore
review-changed-title = What the assistant changed
review-nothing-changed = Nothing changed in the workspace.
review-from = from { $from }
cleanup-title = Clean up
cleanup-was-done = Done: { $archived } archived, { $trashed } sent to the trash (backup { $backup } taken first).
cleanup-kept-in-own-trash = The system trash for this workspace would be inside it, where the assistant could read the files, so they are kept in Airlock's own trash folder: { $path }.
write-refused-missing = The workspace folder { $path } is missing, so Airlock wrote nothing; run `airlock init` or open the app to make it again.
write-refused-link = { $path } is a link to another place, so Airlock wrote nothing: it never writes through links. Replace the link with a real folder.
write-refused-place = The saved workspace { $path } is not a safe place any more, so Airlock wrote nothing; choose another workspace.
audit-unwritable-ask = The activity trail cannot be written (in { $folder }), so this would leave no record of what it changes. Free that folder and try again, or go on without a record.
audit-go-on = Go on without a record
audit-missed-restore = The activity trail could not record this restore.
session-finish = Finish and save the report
cleanup-intro = Airlock backs up the workspace first, so the cleanup can be undone.
cleanup-archive = { $count ->
    [one] Move the 1 file in input/ to archive/{ $day }/
   *[other] Move the { $count } files in input/ to archive/{ $day }/
}
cleanup-outputs = Tick the outputs to send to the trash (those holding private data or flagged as dangerous are ticked for you):
cleanup-problem-not-input = is not an input Airlock could back up first
cleanup-problem-not-output = is not an output Airlock could back up first
cleanup-problem-not-archived = could not be archived ({ $error })
cleanup-problem-not-trashed = could not go to the trash ({ $error })
cleanup-stray = outside the three folders, where nothing belongs
cleanup-private = holds private data
cleanup-clear-output = Also empty output/ into the trash (I have taken my results)
history-intro = Each session's task, what changed and what was cleaned up. Reports are kept in Airlock's own folder.
history-report = Report { $id }
history-none = No sessions yet.
history-in-progress = in progress
history-changes = { $count ->
    [one] 1 change
   *[other] { $count } changes
}
history-open-report = Open the report
activity-intro = Everything Airlock did and everything it saw change, kept outside the workspace; each entry is sealed to the one before it.
activity-check = Check the trail
activity-intact = Intact: { $count } entries, none edited or removed.
activity-tampered = Tampered with at entry { $seq }: { $why }.
activity-everything = Everything
activity-you = What you did
activity-airlock = What Airlock did
activity-seen = Changes seen
activity-search = Search:
activity-no-match = No entry matches what you chose; show everything or change the search.
activity-nothing = Nothing to show yet.
activity-when = When
activity-who = Who
activity-what = What
actor-you = You
actor-observed = Seen in the workspace
change-created = created
change-changed = changed
change-deleted = deleted
change-renamed = renamed
alert-dangerous = { $name } is dangerous: { $why }
alert-deleted = { $name } was deleted. It can be restored from the start-of-session backup.
alert-renamed = { $from } was moved or renamed to { $name }.
alert-outside-output = { $name } was { $change } in { $area }/: the assistant should only write to output/.
alert-outside-folders = { $name } was { $change } outside input, output and archive.
alert-many-changes = More than { $count } changes in this session: check that the assistant is doing only what you asked.
audit-renamed = { $from } renamed to { $path }

## Session report

report-title = Session report
report-task = Task:
report-workspace = Workspace:
report-started = Started:
report-ended = Ended:
report-start-backup = Backup at the start:
report-kept = Kept although flagged as dangerous:
report-changed = What changed
report-was = was `{ $from }`
report-found = What Airlock found in new and changed files
report-nothing-found = { $count } checked; nothing to report.
report-checklists = Checklists
report-none = none
report-before-ticks = Before the session, ticked by you: { $ticks }
report-after-ticks = After the session, ticked by you: { $ticks }
report-cleanup-backup = Backup taken first: { $id }
report-archived = Archived { $from } to { $to }
report-trashed = Sent { $path } to the trash
report-not-done = Not done: { $path } { $why }

## Where the workspace may go

place-root = This is the top of the whole drive.
place-home = This is your home folder.
place-personal = This is your { $name } folder.
place-parent-of = This folder contains your { $name }.
place-system = This is a system folder ({ $folder }).
place-shared-parent = { $folder } holds the folders of users or drives, not your own files.
place-hidden-settings = This is inside { $folder }, a hidden folder where programs keep settings and keys.
place-app-folder = This is one of Airlock's own folders (its records or the quarantine).
place-shortcut = This folder is a shortcut to another place ({ $target }).
place-through-shortcut = Through a shortcut, this path really leads to { $resolved }.
place-not-a-folder = There is a file, not a folder, at this place.
place-cloud = This folder is synced to the cloud by { $service }.
place-temporary = This is inside the system's temporary folder.
place-not-empty-more = This folder already holds { $total } items: { $listed } and { $more } more.
place-not-empty = { $total ->
    [one] This folder already holds 1 item: { $listed }.
   *[other] This folder already holds { $total } items: { $listed }.
}
place-why-too-wide = The assistant could read, change or delete every file in it, not only the ones you give it.
place-why-system = Changes there can break your computer, and the assistant must never reach it.
place-why-hidden-settings = Passwords and keys live there; the assistant must never be able to read them.
place-why-app-folder = The assistant could then read or change Airlock's records of what happened.
place-why-shortcut = A shortcut can be changed to point somewhere else without you noticing.
place-why-not-a-folder = A workspace needs a folder of its own.
place-why-cloud = Anything the assistant writes there is copied to the cloud, and deletions spread to your other devices.
place-why-temporary = Files there can be wiped when the computer restarts.
place-why-not-empty = The assistant would see these files too, and they were not checked by Airlock.
place-do-real-folder = Choose the real folder instead: { $target }.
place-do-subfolder = Use a new empty folder inside it instead: { $folder }.
place-do-not-synced = Prefer a folder that is not synced, such as Cowork-Workspace in your home folder.
place-do-home = Prefer a folder in your home folder, such as Cowork-Workspace.
place-do-outside-app = Choose a folder outside Airlock's own folder.
place-do-other-name = Choose another name for the workspace.
place-do-dedicated = Create a new, dedicated folder instead, such as { $name } in your home folder.

## First-use wizard

wizard-step-welcome = Welcome
wizard-step-place = Choose a place
wizard-step-create = Create
welcome-title = Welcome to Airlock
welcome-subtitle = A safe workspace for your AI assistant
welcome-1 = Airlock gives your AI assistant a folder of its own, so it never sees the rest of your files.
welcome-2 = Every file you put there is checked first for hidden instructions, macros and private data.
welcome-3 = It keeps backups and a record of what changed, so any mistake can be undone.
welcome-next = What happens next
welcome-next-1 = 1. You choose where the workspace goes (a new folder in your home folder is best).
welcome-next-2 = 2. Airlock creates it with three folders: input, output and archive.
welcome-next-3 = 3. You go through the security guide's short checklist.
welcome-start = Get started
place-title = Where should the workspace go?
place-intro = A new folder used only for the assistant. The suggested place is a good choice.
place-folder = Folder:
place-choosing = Choosing…
place-choose = Choose another folder…
place-type-hint = You can also type or paste a folder's path.
place-type = Type a folder or choose one.
place-use = Use { $path }
place-good-new = Good choice: Airlock will create this new folder.
place-good-empty = Good choice: this folder is empty.
place-good-workspace = This is already a workspace: Airlock will keep it and add anything missing.
place-has-files = This folder already holds files.
place-use-instead = Use { $path } instead
place-accept = I understand the warning and want to use this folder anyway
common-back = Back
place-create = Create the workspace
place-safe-first = Choose a safe place first.
created-not-yet = The workspace has not been created yet.
created-title = Your workspace is ready
created-private = Created and private to you: other people on this computer cannot open it.
created-reused = Folders that were already there were kept as they were.
created-give-only = When you give an assistant folder access, give it this folder and nothing else.
common-continue = Continue
wizard-checklist-later = You can come back to this list at any time from the side panel.
wizard-finish = Go to my workspace

## Where a file came from, and copies without private data

source-website = downloaded from { $host }
source-sender = sent by { $address }
source-folder = added from { $folder }
source-unknown = source unknown: it did not come in through Airlock
source-yours = put in the workspace by you
source-line = Source: { $source }
source-trusted = a source you trust
source-not-trusted = not a source you trust
source-not-judged = you have not said whether you trust it
source-trust = I trust this source
source-distrust = I don't trust it
source-url = Downloaded from { $url }
source-save-failed = Airlock could not save your choice; try again.
audit-session-started = Session started: { $task }
audit-session-ended = Session ended: { $created } created, { $changed } changed, { $deleted } deleted, { $renamed } renamed
audit-changed = { $path } { $change }
audit-backup-taken = Backup { $id } of { $files } file(s) { $purpose }: { $state }
audit-backup-purpose-manual = asked for by the person
audit-backup-purpose-before-restore = before a restore (undo point)
audit-backup-purpose-before-quarantine = before moving a file to the quarantine
audit-backup-purpose-session-start = at the start of a session
audit-backup-purpose-before-cleanup = before the session cleanup
audit-backup-state-incomplete = INCOMPLETE, { $count } item(s) could not be copied
audit-backup-state-failed = FAILED its check, { $missing } missing and { $changed } changed
audit-backup-state-checked = checked, every file matches
audit-backup-state-unchecked = could not be checked ({ $error })
audit-backups-pruned = Removed { $count } old backup(s) by the keep policy
audit-session-finished = Session finished and its report saved: { $task }
audit-kept-dangerous = { $name } is dangerous; the person looked at it and kept it for the session
audit-unkept-dangerous = The person took back keeping { $name }
audit-source-trusted = { $source } marked as trusted
audit-vouched = { $count ->
    [one] 1 file of unknown source recorded as put there by the person
   *[other] { $count } files of unknown source recorded as put there by the person
}
source-vouched = { $count ->
    [one] 1 file is now recorded as put in the workspace by you.
   *[other] { $count } files are now recorded as put in the workspace by you.
}
audit-source-not-trusted = { $source } marked as not trusted
source-now-trusted = Files { $source } are now treated as coming from a source you trust.
source-now-not-trusted = Files { $source } are now flagged as coming from a source you do not trust.
kind-card = { $count ->
    [one] 1 card number
   *[other] { $count } card numbers
}
kind-iban = { $count ->
    [one] 1 bank account number
   *[other] { $count } bank account numbers
}
kind-api-key = { $count ->
    [one] 1 key or token
   *[other] { $count } keys and tokens
}
kind-password = { $count ->
    [one] 1 password
   *[other] { $count } passwords
}
kind-private-key = { $count ->
    [one] 1 private key
   *[other] { $count } private keys
}
kind-id-number = { $count ->
    [one] 1 ID number
   *[other] { $count } ID numbers
}
kind-health = { $count ->
    [one] 1 health detail
   *[other] { $count } health details
}
kind-email = { $count ->
    [one] 1 e-mail address
   *[other] { $count } e-mail addresses
}
kind-phone = { $count ->
    [one] 1 phone number
   *[other] { $count } phone numbers
}
kind-name = { $count ->
    [one] 1 name
   *[other] { $count } names
}
copy-plain = A plain-text copy of { $name }: only what a reader sees; hidden parts, macros, scripts and comments are left out.
copy-will-read = What the assistant will read
copy-redacted = A copy of { $name } without its private data ({ $replaced } replaced), checked again: nothing private is left.
copy-taken-out = What was taken out (shown partly hidden)
copy-and-more = …and { $count } more.
copy-text-intro = If the assistant only needs what the document says:
copy-text = Make a safe text copy
copy-text-hover = Writes only the text a reader sees to a new .txt in input/, then moves this file to the quarantine.
copy-redact-intro = If the assistant needs this file, give it a copy without the private data:
copy-redact = Make a redacted copy
copy-anonymise = Make an anonymised copy
copy-anonymise-hover = Each value becomes a name like CARD-1, the same everywhere in the file, so the assistant can still compare and count.
copy-making = Making the copy…
copy-where = The copy goes into input/ and is checked again; the original moves to the quarantine.
copy-lost = Making the copy stopped unexpectedly; the original is where it was.
audit-redacted = { $copy } written without private data ({ $replaced }); { $name } goes to the quarantine
copy-made-plain = { $copy } holds only the text a reader sees, checked again. { $name } is moving to the quarantine.
copy-made-redacted = { $copy } is a copy without the private data ({ $replaced } replaced), checked again. { $name } is moving to the quarantine.
redact-unreadable = Airlock could not read { $name }: { $why }
redact-nothing = Airlock found no private data to take out of { $name }.
redact-still-sensitive = The copy still held private data ({ $what }), so Airlock did not keep it; the original is where it was.
redact-still-dangerous = Even the visible text is dangerous ({ $what }), so Airlock did not keep the copy; the original is where it was.
redact-io = Airlock could not write the copy ({ $error }).
intake-not-found = It could not be found.
intake-shortcut = It is a shortcut to another file; add the file itself.
intake-folder = Only files can be added, not folders.
intake-already-in = It is already in the workspace.
intake-no-name = It has no name.
intake-no-input = The workspace's input folder could not be created.
intake-copy-failed = It could not be copied (is it readable, and is there space left?).
session-error-open = A session is already open (since { $since }); end it before starting another.
session-error-none-open = No session is open; start one first.
session-error-backup = The start-of-session backup could not be made: { $why }
session-error-save = Airlock could not save the session ({ $why }).
source-finding-unknown = Source unknown: this file appeared in the workspace without passing through Airlock.
source-finding-not-trusted = Source: { $source } — not a source you trust.
source-finding-not-judged = Source: { $source } — a source you have not marked as trusted.
created-open = Open the workspace folder
quarantine-replaced-by-redacted-copy = Replaced by a redacted copy.

## Applications menu (Home's offer and Settings)

menu-offer-what = Add Airlock to your applications menu?
menu-offer-why = You started Airlock from its program file, so it is not in your applications menu yet. With an entry there, you can start it like any other app.
menu-add = Add Airlock to my applications menu
menu-offer-no = No, thanks
menu-added = Airlock is now in your applications menu. You can take it out again in Settings.
menu-removed = Airlock is no longer in your applications menu.
menu-add-failed = Airlock could not add itself to your applications menu. Check that your home folder is not full, then try again.
menu-remove-failed = Airlock could not take itself out of your applications menu. Check that your home folder can be written to, then try again.
settings-title = Settings
settings-menu-title = Applications menu
settings-menu-installed = Airlock is in your applications menu: it was installed with your system.
settings-menu-added = Airlock added itself to your applications menu.
settings-menu-absent = Airlock is not in your applications menu.
settings-menu-remove = Remove Airlock from my applications menu
settings-menu-unsupported = On this system, Airlock does not add itself to the applications menu.
