//! How answers are written out in feedback and review: by the letter the
//! option had on screen, then its text.

use crate::bank::Question;
use crate::i18n;
use crate::paper::PaperItem;
use crate::scoring::{GivenAnswer, Verdict};
use crate::text::Lang;

/// A, B, C… for the option shown at `position`.
pub fn option_letter(position: usize) -> char {
    (b'A' + position as u8) as char
}

fn option_label(question: &Question, item: &PaperItem, option_id: &str, lang: Lang) -> String {
    let position = item.option_order.iter().position(|id| id == option_id).unwrap_or(0);
    let text = question.options.iter().find(|o| o.id == option_id).map(|o| o.text.get(lang)).unwrap_or("");
    format!("{}. {}", option_letter(position), text)
}

fn true_false_label(value: bool, lang: Lang) -> String {
    i18n::t(lang, if value { "answer.true" } else { "answer.false" })
}

fn labels(question: &Question, item: &PaperItem, ids: &mut dyn Iterator<Item = &String>, lang: Lang) -> String {
    let mut ids: Vec<&String> = ids.collect();
    ids.sort_by_key(|id| item.option_order.iter().position(|o| o == *id));
    ids.iter().map(|id| option_label(question, item, id, lang)).collect::<Vec<_>>().join(&i18n::t(lang, "answer.list_separator"))
}

/// An answer (given, or the correct one via [`crate::bank::CorrectAnswer::as_given`]) as a
/// sentence fragment.
pub fn describe_answer(question: &Question, item: &PaperItem, answer: Option<&GivenAnswer>, lang: Lang) -> String {
    match answer {
        Some(GivenAnswer::Single(id)) => option_label(question, item, id, lang),
        Some(GivenAnswer::Multiple(ids)) => labels(question, item, &mut ids.iter(), lang),
        Some(GivenAnswer::TrueFalse(value)) => true_false_label(*value, lang),
        None => i18n::t(lang, "answer.none"),
    }
}

/// The locale key naming a verdict.
pub fn verdict_key(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Right => "verdict.right",
        Verdict::Partial => "verdict.partial",
        Verdict::Wrong => "verdict.wrong",
        Verdict::Unanswered => "verdict.unanswered",
    }
}
