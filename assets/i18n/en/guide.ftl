# The guide's checklists, the automatic checks' reasons, the decision
# tree, plan review and incident response.

## Before you first use the assistant

checklist-first-use-title = Before you first use the assistant
checklist-first-use-dedicated-workspace = A dedicated workspace is set up
checklist-first-use-dedicated-workspace-why = The assistant should only ever see the files you put in this one folder.
checklist-first-use-no-sensitive-files = No sensitive files are in the workspace
checklist-first-use-no-sensitive-files-why = Passwords, bank details, ID scans and health records do not belong where an assistant can read them.
checklist-first-use-tested-with-samples = You tried the assistant on a few harmless sample files first
checklist-first-use-tested-with-samples-why = A first run on files that do not matter shows you how it behaves before anything real is at stake.
checklist-first-use-understood-plan-review = You will read the assistant's plan before approving it
checklist-first-use-understood-plan-review-why = The plan says which files it will change or delete; stop it there if anything looks wrong.
checklist-first-use-backup-strategy = You have a way to back up the workspace
checklist-first-use-backup-strategy-why = With a recent backup, any mistake the assistant makes can be undone.

## Before the session

checklist-before-session-title = Before the session
checklist-before-session-task-written = The task is written down
checklist-before-session-task-written-why = One sentence saying what the assistant should do makes it easy to see when it does something else.
checklist-before-session-only-intended-files = The workspace holds only the files meant for this task
checklist-before-session-only-intended-files-why = Anything else in the folder is something the assistant can read, change or send away.
checklist-before-session-trusted-sources = The files come from sources you trust
checklist-before-session-trusted-sources-why = A document from a stranger is the usual way hidden instructions arrive.
checklist-before-session-files-checked = Every file was checked and none is dangerous
checklist-before-session-files-checked-why = A document can carry hidden instructions that turn the assistant against you.
checklist-before-session-no-private-data = No private data is in the workspace
checklist-before-session-no-private-data-why = Keys, passwords, card numbers and ID numbers should never be where an assistant can read them.
checklist-before-session-backup-fresh = A backup is newer than the last change
checklist-before-session-backup-fresh-why = With it, anything the assistant deletes or overwrites can be brought back. Starting the session takes one anyway.
checklist-before-session-folders-private = The workspace folders are private to you
checklist-before-session-folders-private-why = Other people on this computer should not be able to read or plant files there.
checklist-before-session-no-links-out = No shortcut leads out of the workspace
checklist-before-session-no-links-out-why = A link to another folder would let the assistant reach files you never gave it.
checklist-before-session-plan-review = You will read the assistant's plan before approving it
checklist-before-session-plan-review-why = The plan says which files it will change or delete; stop it there if anything looks wrong.
checklist-before-session-browser-off = Browser and web access are off unless this task needs them
checklist-before-session-browser-off-why = A page the assistant visits can carry instructions too, and the web is where your files could be sent.

## After the session

checklist-after-session-title = After the session
checklist-after-session-outputs-reviewed = You looked at each new and changed output
checklist-after-session-outputs-reviewed-why = Check that the results are what you asked for before you use or share them.
checklist-after-session-outputs-checked = Every new and changed file was checked, and none is dangerous
checklist-after-session-outputs-checked-why = The assistant may have written down something it read in a booby-trapped document.
checklist-after-session-no-private-outputs = No output holds private data
checklist-after-session-no-private-outputs-why = Outputs are often shared; keys, passwords or ID numbers in them would go along.
checklist-after-session-inputs-archived = The inputs are archived or cleared
checklist-after-session-inputs-archived-why = The next session should start with only the files meant for it.
checklist-after-session-browser-revoked = Browser and web access given for this session are turned off again
checklist-after-session-browser-revoked-why = Access left on is access the next task gets without you deciding it.
checklist-after-session-report-saved = The session report is saved
checklist-after-session-report-saved-why = A record of what changed helps if you later find something wrong.

## Reasons of the automatic checks

check-no-workspace = No workspace has been set up yet.
check-workspace-missing = The workspace folder { $path } is missing.
check-not-private = The workspace can be opened by other people on this computer.
check-workspace-ready = Checked by Airlock: { $path } has input, output and archive, private to you.
check-no-backup = There is no backup of the workspace yet.
check-backup-stale = The workspace changed after the last backup.
check-backup-fresh = The last backup is newer than every change.
check-private = Only you can open the workspace and its folders.
check-folder-missing-or-open = A folder is missing, or other people on this computer can open it.
check-not-yet = Not checked yet.
check-and-more = { " " }and { $count } more
check-task-missing = Write the task in the box above, in one sentence.
check-task = Task: { $task }
check-first-session = This is the first session; look through the list of files once.
check-nothing-appeared = Nothing appeared since the last session ended.
check-appeared = { $count ->
    [one] 1 file appeared
   *[other] { $count } files appeared
} since the last session: { $names }. Make sure each is meant for this task.
check-files-not-checked = The files have not been checked yet.
check-files-unchecked = { $count ->
    [one] 1 file has not been checked yet.
   *[other] { $count } files have not been checked yet.
}
check-dangerous = Dangerous: { $names }. Quarantine each one, or confirm you keep it.
check-none-dangerous = Every file was checked; none is dangerous.
check-no-private-data = No private data was found in the files.
check-not-all-checked = The files have not all been checked yet.
check-private-data = Private data in: { $names }. Take it out, or quarantine the file.
check-all-trusted = Every file comes from a source you trust or chose.
check-untrusted = Not from a source you trust: { $names }. Say whether you trust each source in the file's details, or quarantine the file.
check-no-links-out = No link leads out of the workspace.
check-links-out = These links lead out of the workspace: { $names }. Remove them.
check-outputs-not-checked = The new and changed files have not been checked yet.
check-outputs-dangerous = Dangerous: { $names }. Restore the earlier version, or send it to the trash in the cleanup below.
check-outputs-fine = { $count ->
    [one] 1 new or changed file checked; none is dangerous.
   *[other] { $count } new or changed files checked; none is dangerous.
}
check-no-private-outputs = No output holds private data.
check-outputs-not-checked-yet = The outputs have not been checked yet.
check-private-outputs = Private data in: { $names }. Send these to the trash in the cleanup below.
check-input-empty = input/ is empty.
check-inputs-left = { $count ->
    [one] 1 file is still in input/; the cleanup moves it to the archive.
   *[other] { $count } files are still in input/; the cleanup moves them to the archive.
}
check-report-saved = The report is saved.
check-report-at-end = The report is saved when you end the session.
check-unknown = Airlock does not know how to check "{ $name }".

## Plan review: why each rule matters and safer wording

plan-rule-outside-path-why = It names a place outside the workspace; the assistant should only touch input/, output/ and archive/.
plan-rule-outside-path-safer = Only work inside the workspace folder; do not read or write anywhere else.
plan-rule-send-why = It sends something out of your computer; once sent, it cannot be taken back.
plan-rule-send-safer = Do not send or upload anything; put the result in output/ and I will share it myself.
plan-rule-install-run-why = It installs software or runs commands, which can change your computer beyond the workspace.
plan-rule-install-run-safer = Do not install anything or run commands; tell me what you would need and why.
plan-rule-web-why = It goes on the web, where pages can carry instructions of their own and forms can send your data.
plan-rule-web-safer = Do not browse or fill in forms; work only from the files I gave you.
plan-rule-delete-why = It may delete files (or put them in the bin): make sure these are the files you mean, and that a backup exists.
plan-rule-delete-safer = Show me the list of files you would delete and wait for my confirmation before deleting anything.
plan-rule-overwrite-why = It overwrites files, so their earlier version is lost unless it was backed up.
plan-rule-overwrite-safer = Write your result as a new file in output/ and leave the originals unchanged.
plan-rule-move-rename-why = It moves or renames files, which makes them hard to find again if it goes wrong.
plan-rule-move-rename-safer = Propose the new names and places as a list first; do not move anything until I agree.
plan-rule-broad-scope-why = Its scope is everything, not the files for this task.
plan-rule-broad-scope-safer = Work only on the files I name, in input/.
plan-rule-vague-why = The step is vague: you cannot tell from it what the assistant will actually do.
plan-rule-vague-safer = Describe each step precisely: which files, and what you will do to each.
plan-rule-outside-path-name = a place outside the workspace
plan-rule-send-name = sending something out
plan-rule-install-run-name = installing or running programs
plan-rule-web-name = using the web
plan-rule-delete-name = deleting files
plan-rule-overwrite-name = overwriting files
plan-rule-move-rename-name = moving or renaming files
plan-rule-broad-scope-name = working on everything
plan-rule-vague-name = a vague step
plan-count-why = It speaks of { $count } files, but the workspace holds { $held }: it may be working on files you did not give it.
plan-count-task-why = It speaks of { $count } files, but your task names { $asked }: it may be working on more than you asked for.
plan-count-safer = Tell me exactly which files you mean; work only on the files in the workspace.
plan-approve = Nothing in this plan needs a second look: you can approve it.
plan-ask = Ask the assistant to clarify the marked steps before you approve.
plan-do-not-approve = Do not approve this plan as it is: send back the safer wording below.
plan-title = Check the assistant's plan
plan-intro = Before you approve what the assistant proposes, paste its plan here: Airlock marks what deserves a second look.
plan-your-task = Your task for this session: { $task }
plan-label = The assistant's plan
plan-hint = Paste the plan here…
plan-looks-safe = This plan looks safe.
plan-second-look = Some steps need a second look.
plan-needs-changes = This plan needs changes before you approve it.
plan-marked = The plan, with what to look at marked
plan-flag = “{ $quote }”: { $why }
plan-beyond-task = The plan does something your task did not ask for ({ $step }).
plan-safer = Safer wording to send back
plan-cli-safer = Safer wording to send back:
plan-cli-empty = the plan is empty; paste the assistant's plan into a file or standard input.
plan-cli-unreadable = could not read { $path } ({ $error }).
plan-cli-unreadable-stdin = could not read the plan from standard input ({ $error }).
plan-cli-too-long = the plan is longer than { $limit }; a plan is a few paragraphs: give Airlock only what the assistant wrote as its plan.
audit-plan-checked = Plan reviewed: { $recommendation }
common-copy = Copy

## Should I use the assistant for this?

decide-q-sensitive = Does the task involve sensitive data: health, money, identity documents, passwords, or other people's personal details?
decide-q-copies = Could the assistant work on copies with those details removed or replaced?
decide-q-trusted = Do all the files come from people or places you trust?
decide-q-changes = Will the assistant change, move or delete files?
decide-q-web = Does the task need the assistant to use the web?
decide-step-redact = Make redacted copies
decide-step-plan = Check the assistant's plan
decide-yourself = Do this task yourself: the sensitive details cannot be kept away from the assistant.
decide-reason-redacted = give it redacted copies only
decide-reason-untrusted = check every file and quarantine what is dangerous before it sees them
decide-reason-changes = back up first and read its plan before approving
decide-reason-web = turn web access on for this task only, and off again after
decide-with-care = You can use the assistant, with care: { $reasons }.
decide-go-ahead = You can use the assistant for this; follow the session checklist as usual.
decide-title = Should I use the assistant for this?
decide-intro = A few questions from the security guide, before you hand a task to the assistant.
decide-question = Question { $n }
common-yes = Yes
common-no = No
decide-verdict-go = Go ahead.
decide-verdict-care = Go ahead, with care.
decide-verdict-no = Do not use the assistant for this task.
decide-next-steps = Next steps
decide-start-over = Start over

## Something went wrong

incident-since-session = the start of the session
incident-since-backup = your last backup
incident-since-last-session = the start of your last session
incident-since-newest = the newest backup, which Airlock took itself
incident-since-chosen = the backup of { $when }
incident-choice = { $reason } — { $when } ({ $age })
incident-suggested = suggested
incident-other-backup = Pick another backup
incident-other-backup-how = Airlock suggests the backup from before the trouble most likely began. If it began earlier, pick an older backup: each one says what it was taken for and when.
incident-intro = Five steps from the security guide. Take them in order; nothing here deletes anything.
incident-stop = 1. Stop the assistant
incident-stop-how = Close the assistant's window, or press its Stop button. In a terminal (Claude Code, Codex), press Ctrl+C. If it may be sending files away, also turn off Wi-Fi.
incident-stopped = The assistant is stopped
incident-assess = 2. See what changed
incident-no-backup = There is no backup to compare with, so Airlock cannot tell what changed.
incident-comparing = Comparing the workspace with the backup…
incident-compare = Compare with { $label } ({ $age })
incident-nothing-changed = Nothing changed since { $label }.
incident-in-quarantine = you moved it to the quarantine
incident-since = Since { $label }:
incident-recover = 3. Recover
incident-recover-how = Put files back as they were. You see what will change before anything happens, and the restore itself can be undone.
incident-restore-from = Restore from { $label }…
incident-no-backup-trash = There is no backup to restore from. Look in your system's trash for deleted files.
incident-document = 4. Write down what happened
incident-noticed = What did you notice? (optional)
incident-write = Write the incident report
incident-saved = Saved: { $path }
incident-open-folder = Open the folder
incident-save-failed = The report could not be saved ({ $why }).
incident-prevent = 5. Prevent it next time
prevent-backup = Back up before every task that moves, renames or deletes files (Airlock does it at the start of each session).
prevent-plan = Read the assistant's plan before approving it, with "Check a plan".
prevent-only-needed = Give the assistant only the files a task needs, and redacted copies of private ones.
prevent-web = Keep web access off unless the task needs it, and turn it off again after.
prevent-check = Check every new file before the assistant sees it, and quarantine what is dangerous.
prevent-end = End each session with the after-session checklist and the cleanup.
incident-report-title = Incident report
incident-report-written = Written:
incident-report-noticed = What you noticed:
incident-report-compared = Compared with:
incident-report-baseline = { $label } ({ $when }, backup { $backup })
incident-report-files = Files affected
incident-report-no-change = No file changed since then.
incident-report-deleted = { $count ->
    [one] 1 file was deleted; it can be restored from the backup above.
   *[other] { $count } files were deleted; they can be restored from the backup above.
}
incident-report-timeline = Timeline (from Airlock's audit trail)
incident-report-nothing-recorded = Nothing was recorded in this period.
incident-report-actions = Actions taken
incident-report-no-actions = None recorded yet.
incident-report-trail-intact = Audit trail check: intact ({ $count } entries).
incident-report-trail-broken = Audit trail check: BROKEN at entry { $seq }: { $why }.
