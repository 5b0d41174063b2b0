//! Views of the intake: the counsellor's questions, a person's form, and answers as the
//! counsellor's client pages show them.

use askama::Template;
use serde::Deserialize;

use super::model::{Answers, BASE, Kind, Question};
use crate::web::{FormErrors, Layout, RequestCtx};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct QuestionForm {
    pub prompt: String,
    pub kind: String,
    pub choices: String,
}

#[derive(Template)]
#[template(path = "intake/questions.html")]
pub struct QuestionsPage {
    pub l: Layout,
    /// The questions every intake asks, in the reader's language.
    pub base: Vec<String>,
    pub own: Vec<Question>,
    pub form: QuestionForm,
    pub errors: FormErrors,
    pub full: bool,
}

/// One question on a person's form, with what they answered (or typed) so far.
pub struct Field {
    pub key: String,
    pub prompt: String,
    pub choices: Vec<String>,
    pub value: String,
    pub error: Option<String>,
}

/// The form's questions: the four every counsellor asks, in the reader's language, then the
/// counsellor's own as they wrote them.
pub fn fields(ctx: &RequestCtx, own: &[Question], given: &Answers) -> Vec<Field> {
    let value = |k: &str| given.get(k).cloned().unwrap_or_default();
    let mut out: Vec<Field> = BASE
        .iter()
        .map(|(k, p)| Field { key: k.to_string(), prompt: ctx.t(p), choices: vec![], value: value(k), error: None })
        .collect();
    out.extend(own.iter().map(|q| Field {
        key: q.key(),
        prompt: q.prompt.clone(),
        choices: if q.kind == Kind::Choice { q.choices.clone() } else { vec![] },
        value: value(&q.key()),
        error: None,
    }));
    out
}

/// Answers as the counsellor reads them: (question, answer), answered ones only.
pub fn answered(ctx: &RequestCtx, own: &[Question], given: &Answers) -> Vec<(String, String)> {
    fields(ctx, own, given).into_iter().filter(|f| !f.value.is_empty()).map(|f| (f.prompt, f.value)).collect()
}

#[derive(Template)]
#[template(path = "intake/form.html")]
pub struct IntakePage {
    pub l: Layout,
    pub booking_id: String,
    pub counsellor: String,
    /// The partner's name for a couple session: they never see these answers.
    pub partner: Option<String>,
    pub fields: Vec<Field>,
    pub answered_at: Option<String>,
}

impl IntakePage {
    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }
}
