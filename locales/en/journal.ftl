# DilTalks' interface in English, the journal. Every key here is also in locales/hi/journal.ftl with
# the same placeholders (a unit test checks).

## The journal (templates/journal/)

journal-title = Journal
journal-private = Your entries are private to you.
journal-private-partner = Your entries are private to you unless you share one with your partner.
journal-write = Write an entry
journal-empty = Nothing here yet. A few honest lines are a good start.
journal-shared-by-me = shared with your partner
journal-private-mark = private
journal-shared-by = shared by { $name }
journal-back = Back to the journal
journal-entry-title = Journal entry
journal-entry-shared = Shared with your partner
journal-entry-private = Private: only you can read this
journal-entry-shared-with-me = Shared with you by { $name }
journal-edited = edited { $when }
journal-edit = Edit
journal-delete = Delete
journal-new-title = New journal entry
journal-edit-title = Edit entry
journal-text = What's on your mind?
journal-text-hint = Write freely. It is encrypted before it is stored.
journal-who = Who can read it
journal-only-me = Only me
journal-me-and-partner = Me and my partner
journal-once-partner = (once your partner has joined your space)
journal-save = Save
journal-cancel = Cancel
journal-saved-private = Saved. Only you can read this entry.
journal-saved-shared = Saved and shared with your partner.
journal-changes-saved = Your changes are saved.
journal-deleted = The entry is deleted.
error-journal-empty = Write something before saving. Even a line is enough.
error-journal-long = This entry is over 20,000 characters. Split it into two entries.
error-journal-no-partner = There is no partner in your space to share with yet, so this entry stays private.
