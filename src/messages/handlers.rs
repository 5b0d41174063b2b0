use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use super::model::{EDIT_WINDOW_MS, Kind, MessageText, REPLY_TIMES, reply_label};
use super::store::{self, Edit, Participant, Thread, Write};
use super::views::{EditPage, ListPage, MessageForm, ReplyTimeForm, ThreadLine, ThreadPage, Viewer};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::live::Event;
use crate::pages::format_time_in;
use crate::web::{
    Counsellor, CurrentUser, FlashKind, FormErrors, RequestCtx, redirect, redirect_with, render, render_invalid,
};

const PAGE: i64 = 200;

/// The names of everyone else in the thread, as its title.
fn title(ctx: &RequestCtx, people: &[Participant], me: &str) -> String {
    let others: Vec<&str> = people.iter().filter(|p| p.id != me).map(|p| p.name.as_str()).collect();
    if others.is_empty() { ctx.t("messages-nobody") } else { others.join(&format!(" {} ", ctx.t("messages-and"))) }
}

/// Who reads the thread, said from who is in it now: after a partner leaves the shared
/// space its conversations say so instead of describing the couple that was.
fn who(ctx: &RequestCtx, t: &Thread, viewer_is_counsellor: bool, people: &[Participant], me: &str) -> String {
    let others: Vec<&Participant> = people.iter().filter(|p| p.id != me).collect();
    let key = match (t.kind, viewer_is_counsellor) {
        (Kind::Partners, _) if others.is_empty() => "messages-who-partner-left",
        (Kind::Partners, _) => "messages-who-partners",
        (Kind::Couple, false) if others.len() < 2 => "messages-who-couple-partner-left",
        (Kind::Couple, false) => "messages-who-couple",
        (Kind::Couple, true) => match others.as_slice() {
            [one] => return ctx.t_with("messages-who-couple-one", &[("name", &one.name)]),
            [] => "messages-who-couple-nobody",
            _ => "messages-who-couple-both",
        },
        (Kind::Individual, false) => "messages-who-individual",
        (Kind::Individual, true) => "messages-who-individual-counsellor",
    };
    ctx.t(key)
}

/// A reply time in the reader's words: "within a day".
fn reply_words(ctx: &RequestCtx, hours: i64) -> String {
    ctx.t(&format!("messages-reply-{hours}"))
}

pub async fn list(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    store::ensure_threads(&state.db, &user.id, now).await?;
    let mine = store::my_threads(&state.db, &user.id).await?;
    let mut people_of = store::participants_of(&state.db, &mine.iter().map(|m| &m.thread).collect::<Vec<_>>()).await?;
    let mut threads = Vec::new();
    for store::MyThread { thread: t, unread, .. } in mine {
        let people = people_of.remove(&t.id).unwrap_or_default();
        if !people.iter().any(|p| p.id == user.id) {
            continue;
        }
        threads.push(ThreadLine {
            id: t.id.clone(),
            title: title(&ctx, &people, &user.id),
            who: who(&ctx, &t, user.is_counsellor(), &people, &user.id),
            last: t.last_message_at.map(|at| format_time_in(ctx.lang, at, &user.time_zone)).unwrap_or_default(),
            unread,
        });
    }
    let reply_hours = if user.is_counsellor() { store::reply_hours(&state.db, &user.id).await? } else { None };
    render(&ListPage {
        l: ctx.layout_t("messages-title"),
        threads,
        is_counsellor: user.is_counsellor(),
        reply_hours,
        reply_times: REPLY_TIMES.iter().map(|(h, _)| (*h, reply_words(&ctx, *h))).collect(),
    })
}

pub async fn set_reply_time(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(user): Counsellor,
    Form(form): Form<ReplyTimeForm>,
) -> AppResult<Response> {
    let hours = form.hours.parse::<i64>().ok().filter(|h| reply_label(*h).is_some());
    if !form.hours.is_empty() && hours.is_none() {
        return Err(AppError::BadRequest("That reply time is not one of the choices."));
    }
    if !store::set_reply_hours(&state.db, &user.id, hours).await? {
        return Err(AppError::Conflict("Fill in your profile first: the reply time is shown with it.".into()));
    }
    Ok(redirect_with(state.config.is_https(), "/messages", FlashKind::Success, &ctx.t("messages-reply-saved")))
}

async fn open(state: &AppState, id: &str, user: &SessionUser) -> AppResult<(Thread, Vec<Participant>)> {
    store::open_thread(&state.db, id, &user.id).await?.ok_or(AppError::NotFound)
}

/// The thread page; `form` and `errors` carry a message that could not be sent.
async fn thread_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    t: &Thread,
    people: &[Participant],
    form: MessageForm,
    errors: FormErrors,
) -> AppResult<ThreadPage> {
    let now = state.clock.now_ms();
    let messages = store::messages(&state.db, &state.crypto, &t.id, 0, PAGE).await?;
    let last_seq = messages.last().map(|m| m.seq).unwrap_or(0).max(t.last_seq);
    if store::mark_read(&state.db, &t.id, &user.id, last_seq).await? {
        let to = people.iter().map(|p| p.id.clone()).collect();
        state.hub.publish(Event::Read { thread: t.id.clone(), by: user.id.clone(), seq: last_seq, to }).await;
    }
    let reads = store::read_positions(&state.db, &t.id).await?;
    let edited: Vec<_> = messages.iter().filter(|m| m.edited_at.is_some()).collect();
    let history = store::versions(&state.db, &state.crypto, &edited).await?;
    // The navigation's count was read before this page marked the thread read.
    let mut l = ctx.layout_t("messages-title");
    if let Some(u) = l.user.as_mut() {
        u.unread = store::unread_threads(&state.db, &user.id).await?;
    }
    let viewer = Viewer { l: &l, id: &user.id, tz: &user.time_zone, people, reads: &reads, now };
    let items = messages
        .iter()
        .map(|m| {
            let h = history.get(&m.id).map(Vec::as_slice).unwrap_or(&[]);
            askama::Template::render(&viewer.item(&t.id, m, h))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let reply_note = match (&t.counsellor_id, user.is_counsellor()) {
        (Some(c), false) => store::reply_hours(&state.db, c).await?.filter(|h| reply_label(*h).is_some()).map(|h| {
            let name = people.iter().find(|p| &p.id == c).map(|p| p.name.clone());
            let name = name.unwrap_or_else(|| ctx.t("messages-your-counsellor"));
            ctx.t_with("messages-reply-note", &[("name", &name), ("within", &reply_words(ctx, h))])
        }),
        _ => None,
    };
    Ok(ThreadPage {
        l,
        id: t.id.clone(),
        title: title(ctx, people, &user.id),
        who: who(ctx, t, user.is_counsellor(), people, &user.id),
        reply_note,
        earlier: messages.first().is_some_and(|m| m.seq > 1),
        items,
        last_seq,
        form,
        errors,
        live_js: crate::web::assets::LIVE_JS,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (t, people) = open(&state, &id, &user).await?;
    render(&thread_page(&state, &ctx, &user, &t, &people, MessageForm::default(), FormErrors::default()).await?)
}

pub async fn send(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<MessageForm>,
) -> AppResult<Response> {
    let (t, people) = open(&state, &id, &user).await?;
    let mut errors = FormErrors::default();
    let others: Vec<&str> = people.iter().filter(|p| p.id != user.id).map(|p| p.id.as_str()).collect();
    if others.is_empty() {
        errors.add("text", "Nobody else is in this conversation now, so a message would not reach anyone.");
    }
    let text = errors.take("text", MessageText::parse(&form.text));
    let Some(text) = text.filter(|_| errors.is_empty()) else {
        return render_invalid(&thread_page(&state, &ctx, &user, &t, &people, form, errors).await?);
    };
    let now = state.clock.now_ms();
    let notify_at = now + state.config.message_notify_minutes * crate::clock::MINUTE;
    let (message, seq) = store::send(
        &state.db,
        &state.crypto,
        &Write { thread_id: &t.id, sender_id: &user.id, text: text.as_str() },
        &others,
        now,
        notify_at,
    )
    .await?;
    let to = people.iter().map(|p| p.id.clone()).collect();
    state.hub.publish(Event::Message { thread: t.id.clone(), message, seq, edited: false, to }).await;
    Ok(redirect(&format!("/messages/{}#m-{seq}", t.id)))
}

/// Reads the sender's own message for editing, or answers 404.
async fn own_message(state: &AppState, user: &SessionUser, thread: &str, id: &str) -> AppResult<store::Message> {
    open(state, thread, user).await?;
    store::message(&state.db, &state.crypto, thread, id)
        .await?
        .filter(|m| m.sender_id == user.id)
        .ok_or(AppError::NotFound)
}

fn edit_page(
    ctx: &RequestCtx,
    user: &SessionUser,
    m: &store::Message,
    thread: &str,
    form: MessageForm,
    errors: FormErrors,
) -> EditPage {
    EditPage {
        l: ctx.layout_t("messages-edit-title"),
        thread_id: thread.to_string(),
        id: m.id.clone(),
        form,
        errors,
        until: format_time_in(ctx.lang, m.created_at + EDIT_WINDOW_MS, &user.time_zone),
    }
}

const TOO_LATE: &str = "The five minutes for changing this message have passed, so it stays as it was. Your new text is still here: you can send it as a new message.";

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path((thread, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let m = own_message(&state, &user, &thread, &id).await?;
    let form = MessageForm { text: m.text.clone() };
    let mut errors = FormErrors::default();
    if !super::model::can_edit(m.created_at, state.clock.now_ms()) {
        errors.add("text", TOO_LATE);
        return conflict(&edit_page(&ctx, &user, &m, &thread, form, errors));
    }
    render(&edit_page(&ctx, &user, &m, &thread, form, errors))
}

fn conflict<T: askama::Template>(page: &T) -> AppResult<Response> {
    Ok((StatusCode::CONFLICT, Html(page.render()?)).into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path((thread, id)): Path<(String, String)>,
    Form(form): Form<MessageForm>,
) -> AppResult<Response> {
    let m = own_message(&state, &user, &thread, &id).await?;
    let mut errors = FormErrors::default();
    let Some(text) = errors.take("text", MessageText::parse(&form.text)) else {
        return render_invalid(&edit_page(&ctx, &user, &m, &thread, form, errors));
    };
    let now = state.clock.now_ms();
    match store::edit(
        &state.db,
        &state.crypto,
        &Write { thread_id: &thread, sender_id: &user.id, text: text.as_str() },
        &id,
        now - EDIT_WINDOW_MS,
        now,
    )
    .await?
    {
        Edit::Done => {}
        Edit::NotFound => return Err(AppError::NotFound),
        Edit::TooLate => {
            errors.add("text", TOO_LATE);
            return conflict(&edit_page(&ctx, &user, &m, &thread, form, errors));
        }
    }
    if let Some((t, people)) = store::open_thread(&state.db, &thread, &user.id).await? {
        let to = people.iter().map(|p| p.id.clone()).collect();
        state.hub.publish(Event::Message { thread: t.id, message: id, seq: m.seq, edited: true, to }).await;
    }
    Ok(redirect_with(
        state.config.is_https(),
        &format!("/messages/{thread}#m-{}", m.seq),
        FlashKind::Success,
        &ctx.t("messages-edit-saved"),
    ))
}
