# DilTalks' interface in English, messages and live rooms. Every key here is also in locales/hi/messages.ftl with
# the same placeholders (a unit test checks).

## The list of conversations (templates/messages/list.html, messages/handlers.rs)

messages-title = Messages
messages-lead = Only the people in a conversation can read it. Messages are stored encrypted.
messages-empty-counsellor = No conversations yet. A conversation with a client opens once they book a session with you.
messages-empty-member = No conversations yet. You can write to your partner once they have joined your space, and to a counsellor once you have booked a session with them.
messages-your-space = Your space
messages-find-counsellor = Find a counsellor
messages-new = New
# After who is in the conversation and a dot; $when is a date and time.
messages-last = last message { $when }
messages-reply-title = Your usual reply time
messages-reply-intro = Clients see it in their conversations with you, so they know when to expect an answer.
# The label of a choice of messages-reply-4 … -72.
messages-reply-label = I usually reply
messages-reply-none = Not stated
# The reply times a counsellor can state, by hours; also $within in messages-reply-note.
messages-reply-4 = within a few hours
messages-reply-24 = within a day
messages-reply-48 = within two days
messages-reply-72 = within three days
messages-reply-save = Save
messages-reply-saved = Your reply time is saved.
error-messages-reply-choice = That reply time is not one of the choices.
error-messages-reply-profile = Fill in your profile first: the reply time is shown with it.

## Who reads a conversation: its title and the line under it (messages/handlers.rs)

# Between the names of the others in a conversation, and of those who read a message.
messages-and = and
messages-nobody = Nobody else is in this conversation now
messages-who-partner-left = Your partner is no longer in this conversation: nobody else can read it now.
messages-who-partners = Just the two of you: no counsellor can see this conversation.
messages-who-couple-partner-left = You and the counsellor of your couple sessions: your partner is no longer in this conversation.
messages-who-couple = You, your partner and the counsellor of your couple sessions.
messages-who-couple-one = A couple you saw together: only { $name } is in this conversation now.
messages-who-couple-nobody = Nobody else is in this conversation now.
messages-who-couple-both = A couple you see together: both partners read this conversation.
messages-who-individual = Just you and your counsellor: your partner cannot see this conversation.
messages-who-individual-counsellor = A client you see individually.

## A conversation (templates/messages/thread.html, messages/handlers.rs, static/live.js)

messages-all = All messages
# $within is one of messages-reply-4 … -72.
messages-reply-note = { $name } usually replies { $within }.
messages-your-counsellor = Your counsellor
messages-latest = Showing the latest 200 messages.
messages-none = No messages yet.
messages-your-message = Your message
messages-hint = You can change a message for five minutes after sending it; earlier versions stay visible. Attachments cannot be sent here yet: bring documents to a session.
messages-send = Send
messages-live-reload = New messages appear when you reload the page.
# The page's script says these once it is connected, and when it lost the connection.
messages-live-on = New messages appear here as they arrive.
messages-live-off = Live updates paused; trying again…
error-messages-nobody = Nobody else is in this conversation now, so a message would not reach anyone.
error-messages-empty = Write a message before sending.
error-messages-too-long = A message can be at most 5,000 characters. Split it in two, or keep the rest for a session.

## One message (templates/messages/item.html, messages/views.rs)

messages-you = You
messages-someone-has-left = Someone who has left
messages-someone-left = Someone who left
messages-edited = Edited { $when }: earlier versions
messages-until = Until { $when }
messages-sent = Sent
# Read by the one other person in the conversation.
messages-read = Read
messages-read-by = Read by { $names }
messages-edit = Edit
# Read after messages-edit by screen readers only.
messages-edit-which = your message from { $when }
messages-report = Report
# Read after messages-report by screen readers only.
messages-report-which = this message from { $name }, { $when }

## Changing a message (templates/messages/edit.html, messages/handlers.rs)

messages-back = Back to the conversation
messages-edit-title = Change your message
messages-edit-until = You can change it until { $when }. The earlier version stays visible to everyone in the conversation.
messages-edit-save = Save the change
messages-edit-saved = Your message is changed; the earlier version stays visible.
error-messages-too-late = The five minutes for changing this message have passed, so it stays as it was. Your new text is still here: you can send it as a new message.

## The session room (templates/live/room.html, live/room.rs)

live-title = Session room
live-back = Back to the session
live-with = Session with { $names }
# Between the names of the people in the room, and of those who have not signed.
live-and = and
# Among the names of those who have not signed the consent.
live-you = you
live-unsigned = Consent is not signed yet by { $names }.
live-unsigned-link = See the session
live-unsigned-after = .
# Around a link to the messages (live-messages-link), when the room is closed.
live-closed-before = You can write to each other in
live-messages-link = Messages
live-closed-after = at any time.
# Around the same link, when the browser runs no JavaScript.
live-noscript-before = The video room needs JavaScript turned on. You can still write to each other in
live-noscript-after = .
live-ready = When you are ready, choose “Join”. Your browser will ask to use your camera and microphone; video and sound go straight between you and the others, not through DilTalks.
live-join = Join
live-mute = Mute
live-unmute = Unmute
live-camera-off = Turn camera off
live-camera-on = Turn camera on
live-leave = Leave
# The caption of one's own video.
live-you-caption = You
live-chat = Chat
live-chat-hint = If video or sound does not work, write here. This chat is not saved: it ends with the room.
live-chat-label = Message
live-chat-empty = Write a message first.
live-chat-send = Send
live-rate = When you leave: how was this session for you?
live-rate-after = (private; your partner never sees it)

## Why the room is not open (live/room.rs, also sent over the socket to the room's script)

live-not-yours = This room is not open to you.
live-cancelled = This session was cancelled.
live-opens = The room opens at { $when }.
live-closed = This session's room has closed.

## What the room's script says (static/room.js, from data- attributes of templates/live/room.html)

live-js-media-denied = Your browser did not allow the camera and microphone, so the others will not see or hear you. You can allow them in the browser's site settings and join again, or use the chat below.
live-js-media-missing = No camera or microphone was found, so the others will not see or hear you. You can still see and hear them, and use the chat below.
live-js-media-busy = The camera or microphone is in use by another program. Close it and join again, or use the chat below.
live-js-media-failed = The camera and microphone could not be started. You can still see and hear the others, and use the chat below.
live-js-waiting = You are in the room. Waiting for the others to join…
live-js-connected-one = You are connected with 1 other person.
# $n is 2 or more.
live-js-connected-many = You are connected with { $n } others.
# Tags on a person's video.
live-js-tag-muted = Muted
live-js-tag-camera-off = Camera off
# A person in the room whose name has not arrived yet.
live-js-someone = Someone
live-js-peer-mic-on = { $name } turned their microphone on.
live-js-peer-mic-off = { $name } muted their microphone.
live-js-peer-camera-on = { $name } turned their camera on.
live-js-peer-camera-off = { $name } turned their camera off.
live-js-failed = A connection could not be made; the chat still works.
live-js-broken = Something went wrong with a connection; the chat still works.
live-js-starting = Starting your camera and microphone…
live-js-left = You left the room. You can join again while it is open.
live-js-lost = The connection to the room was lost. Choose “Join” to come back.
live-js-mic-on = Your microphone is on.
live-js-mic-off = You are muted.
live-js-camera-is-on = Your camera is on.
live-js-camera-is-off = Your camera is off.
