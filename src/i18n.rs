//! Interface strings. They live in `locales/<lang>.json` (flat keys, `{name}`
//! placeholders) and are compiled in, so the app needs no request to show text.
//!
//! Kept out of the UI layer on purpose: the validator's and storage's messages
//! are rendered here too, so native tests can read them and both languages
//! are checked to have the same keys and placeholders.

use crate::bank::{AnswerShape, Expected, Problem, ProblemKind, Severity};
use crate::launch::ParamNotice;
use crate::store::StorageNotice;
use crate::text::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The raw locale files, for tests that compare them.
pub const LOCALE_FILES: [(Lang, &str); 2] =
    [(Lang::ZhCn, include_str!("../locales/zh-CN.json")), (Lang::En, include_str!("../locales/en.json"))];

fn catalog(lang: Lang) -> &'static HashMap<String, String> {
    static ZH: OnceLock<HashMap<String, String>> = OnceLock::new();
    static EN: OnceLock<HashMap<String, String>> = OnceLock::new();
    let cell = match lang {
        Lang::ZhCn => &ZH,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        let source = LOCALE_FILES.iter().find(|(l, _)| *l == lang).map(|(_, s)| *s).unwrap_or("{}");
        serde_json::from_str(source).unwrap_or_default()
    })
}

/// The string for `key`; a key missing from one language falls back to the
/// other, and a key missing from both shows itself (visible, never blank).
pub fn t(lang: Lang, key: &str) -> String {
    catalog(lang)
        .get(key)
        .or_else(|| Lang::ALL.iter().find_map(|other| catalog(*other).get(key)))
        .cloned()
        .unwrap_or_else(|| key.to_string())
}

/// [`t`] with `{name}` placeholders filled in.
pub fn tr(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut text = t(lang, key);
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// [`tr`] for a sentence about a number of things: uses `key.one` when the
/// count is 1 (English "1 question"), `key` otherwise. `count` is also a placeholder.
pub fn tr_count(lang: Lang, key: &str, count: usize, args: &[(&str, &str)]) -> String {
    let count_text = count.to_string();
    let mut all = vec![("count", count_text.as_str())];
    all.extend_from_slice(args);
    let singular = format!("{key}.one");
    tr(lang, if count == 1 && catalog(lang).contains_key(&singular) { &singular } else { key }, &all)
}

/// A validation problem as one sentence: where, then what.
pub fn problem_message(lang: Lang, problem: &Problem) -> String {
    let mut place = vec![tr(lang, "problem.where.bank", &[("bank", &problem.bank)])];
    if let Some(q) = &problem.question {
        let number = q.number.to_string();
        place.push(match &q.id {
            Some(id) => tr(lang, "problem.where.question_id", &[("number", &number), ("id", id)]),
            None => tr(lang, "problem.where.question", &[("number", &number)]),
        });
    }
    if let ProblemKind::InvalidJson { line, column, .. } = &problem.kind {
        place.push(tr(lang, "problem.where.line", &[("line", &line.to_string()), ("column", &column.to_string())]));
    }
    if let Some(field) = &problem.field {
        place.push(tr(lang, "problem.where.field", &[("field", field)]));
    }
    let severity = match problem.severity {
        Severity::Error => t(lang, "problem.severity.error"),
        Severity::Warning => t(lang, "problem.severity.warning"),
    };
    tr(
        lang,
        "problem.sentence",
        &[("severity", &severity), ("place", &place.join(&t(lang, "problem.where.separator"))), ("what", &problem_what(lang, &problem.kind))],
    )
}

fn problem_what(lang: Lang, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::InvalidJson { detail, .. } => tr(lang, "problem.invalid_json", &[("detail", detail)]),
        ProblemKind::Unreadable { detail } => tr(lang, "problem.unreadable", &[("detail", detail)]),
        ProblemKind::NotABank => t(lang, "problem.not_a_bank"),
        ProblemKind::UnknownFormat { found } => tr(lang, "problem.unknown_format", &[("found", found)]),
        ProblemKind::MissingField => t(lang, "problem.missing_field"),
        ProblemKind::WrongKind { expected } => t(
            lang,
            match expected {
                Expected::Object => "problem.wrong_kind.object",
                Expected::Text => "problem.wrong_kind.text",
                Expected::String => "problem.wrong_kind.string",
                Expected::List => "problem.wrong_kind.list",
                Expected::ListOfStrings => "problem.wrong_kind.list_of_strings",
            },
        ),
        ProblemKind::EmptyText => t(lang, "problem.empty_text"),
        ProblemKind::NoQuestions => t(lang, "problem.no_questions"),
        ProblemKind::DuplicateQuestionId { id } => tr(lang, "problem.duplicate_question_id", &[("id", id)]),
        ProblemKind::DuplicateOptionId { id } => tr(lang, "problem.duplicate_option_id", &[("id", id)]),
        ProblemKind::UnknownType { found } => tr(lang, "problem.unknown_type", &[("found", found)]),
        ProblemKind::OptionCount { found } => tr(lang, "problem.option_count", &[("found", &found.to_string())]),
        ProblemKind::AnswerNotAnOption { id } => tr(lang, "problem.answer_not_an_option", &[("id", id)]),
        ProblemKind::AnswerShape { expected } => t(
            lang,
            match expected {
                AnswerShape::OneOptionId => "problem.answer_shape.one_option_id",
                AnswerShape::TwoOrMoreOptionIds => "problem.answer_shape.two_or_more_option_ids",
                AnswerShape::TrueOrFalse => "problem.answer_shape.true_or_false",
            },
        ),
        ProblemKind::RepeatedAnswerOption { id } => tr(lang, "problem.repeated_answer_option", &[("id", id)]),
        ProblemKind::OptionsIgnored => t(lang, "problem.options_ignored"),
        ProblemKind::DifficultyOutOfRange { found } => tr(lang, "problem.difficulty_out_of_range", &[("found", found)]),
        ProblemKind::MissingExplanation => t(lang, "problem.missing_explanation"),
        ProblemKind::MissingSource => t(lang, "problem.missing_source"),
        ProblemKind::UnknownField { name } => tr(lang, "problem.unknown_field", &[("name", name)]),
        ProblemKind::DuplicateBankId { id } => tr(lang, "problem.duplicate_bank_id", &[("id", id)]),
    }
}

pub fn storage_message(lang: Lang, notice: &StorageNotice) -> String {
    match notice {
        StorageNotice::MovedAside { key, backup_key } => {
            tr(lang, "storage.moved_aside", &[("key", key), ("backup_key", backup_key)])
        }
        StorageNotice::LeftInPlace { key } => tr(lang, "storage.left_in_place", &[("key", key)]),
        StorageNotice::QuotaExceeded { .. } => t(lang, "storage.quota_exceeded"),
        StorageNotice::Unavailable => t(lang, "storage.unavailable"),
    }
}

pub fn param_message(lang: Lang, notice: &ParamNotice) -> String {
    match notice {
        ParamNotice::Unknown { name } => tr(lang, "params.unknown", &[("name", name)]),
        ParamNotice::Malformed { name, value } => tr(lang, "params.malformed", &[("name", name), ("value", value)]),
        ParamNotice::UnknownTopic { topic } => tr(lang, "params.unknown_topic", &[("topic", topic)]),
    }
}
