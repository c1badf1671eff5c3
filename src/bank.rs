//! Question banks: the `quality-quiz-bank/1` file format, parsing and validation.
//!
//! Organizers write these files by hand, so validation walks the JSON itself
//! (instead of failing on the first serde error) and reports every problem at
//! once, each with the bank, the question and the field it concerns.

use crate::text::Text;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeSet, HashSet};

/// The only format version this release reads.
pub const FORMAT_V1: &str = "quality-quiz-bank/1";
/// Fewest and most options a single or multiple choice question may have.
pub const MIN_OPTIONS: usize = 2;
pub const MAX_OPTIONS: usize = 8;
/// Difficulty levels: 1 easy, 2 medium, 3 hard.
pub const DIFFICULTY_LEVELS: std::ops::RangeInclusive<u8> = 1..=3;

const BANK_FIELDS: &[&str] = &["format", "id", "version", "topic", "title", "description", "questions"];
const QUESTION_FIELDS: &[&str] =
    &["id", "type", "difficulty", "tags", "prompt", "options", "answer", "explanation", "source"];
const OPTION_FIELDS: &[&str] = &["id", "text"];

/// A validated bank. Only banks without errors are built.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bank {
    pub id: String,
    pub version: String,
    /// What the bank is about; papers filter and progress groups by topic.
    pub topic: String,
    pub title: Text,
    pub description: Option<Text>,
    pub questions: Vec<Question>,
}

impl Bank {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    Single,
    Multiple,
    TrueFalse,
}

impl QuestionType {
    pub const ALL: [QuestionType; 3] = [QuestionType::Single, QuestionType::Multiple, QuestionType::TrueFalse];

    /// The spelling used in bank files and links.
    pub fn code(self) -> &'static str {
        match self {
            QuestionType::Single => "single",
            QuestionType::Multiple => "multiple",
            QuestionType::TrueFalse => "true_false",
        }
    }

    pub fn parse(code: &str) -> Option<QuestionType> {
        QuestionType::ALL.into_iter().find(|t| t.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    pub difficulty: u8,
    pub tags: Vec<String>,
    pub prompt: Text,
    /// Empty for true/false questions.
    pub options: Vec<AnswerOption>,
    pub answer: CorrectAnswer,
    pub explanation: Option<Text>,
    pub source: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerOption {
    pub id: String,
    pub text: Text,
}

/// The key of a question. Multiple-choice answers are a set: order never matters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CorrectAnswer {
    Single(String),
    Multiple(BTreeSet<String>),
    TrueFalse(bool),
}

impl CorrectAnswer {
    /// The answer a person would give to be right: feedback and review show
    /// both with the same wording.
    pub fn as_given(&self) -> crate::scoring::GivenAnswer {
        use crate::scoring::GivenAnswer;
        match self {
            CorrectAnswer::Single(id) => GivenAnswer::Single(id.clone()),
            CorrectAnswer::Multiple(ids) => GivenAnswer::Multiple(ids.clone()),
            CorrectAnswer::TrueFalse(value) => GivenAnswer::TrueFalse(*value),
        }
    }

    /// Whether an option id is part of the correct answer.
    pub fn includes(&self, option_id: &str) -> bool {
        match self {
            CorrectAnswer::Single(id) => id == option_id,
            CorrectAnswer::Multiple(ids) => ids.contains(option_id),
            CorrectAnswer::TrueFalse(_) => false,
        }
    }
}

/// Who wrote a bank decides how strict validation is: the built-in banks must
/// carry an explanation and a source; organizers' banks are only warned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    Organizer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Severity {
    /// The bank is not loaded until it is fixed.
    Error,
    /// The bank loads; something was ignored or is missing that should be there.
    Warning,
}

/// Which question a problem is in: its position (from 1) and its id when it has one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionRef {
    pub number: usize,
    pub id: Option<String>,
}

/// One thing wrong with a bank, located precisely enough to fix it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub severity: Severity,
    /// The bank's id, or where it came from (file name, URL) when it has none.
    pub bank: String,
    pub question: Option<QuestionRef>,
    /// The field as written in the file, e.g. `answer` or `options[2].text`.
    pub field: Option<String>,
    pub kind: ProblemKind,
}

/// What a value should have been, for "wrong kind of value" problems.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expected {
    Object,
    Text,
    String,
    List,
    ListOfStrings,
}

/// The answer shape each question type needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerShape {
    /// `single`: one option id, e.g. `"a"`.
    OneOptionId,
    /// `multiple`: a list of two or more option ids, e.g. `["a", "c"]`.
    TwoOrMoreOptionIds,
    /// `true_false`: `true` or `false`, without quotes.
    TrueOrFalse,
}

/// Every class of problem the validator knows. Messages for each live in the
/// locale files (`problem.*` keys), so teachers read them in their language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ProblemKind {
    InvalidJson { line: usize, column: usize, detail: String },
    /// The file could not be fetched or read at all.
    Unreadable { detail: String },
    NotABank,
    UnknownFormat { found: String },
    MissingField,
    WrongKind { expected: Expected },
    EmptyText,
    NoQuestions,
    DuplicateQuestionId { id: String },
    DuplicateOptionId { id: String },
    UnknownType { found: String },
    OptionCount { found: usize },
    AnswerNotAnOption { id: String },
    AnswerShape { expected: AnswerShape },
    RepeatedAnswerOption { id: String },
    OptionsIgnored,
    DifficultyOutOfRange { found: String },
    MissingExplanation,
    MissingSource,
    UnknownField { name: String },
    DuplicateBankId { id: String },
}

/// The outcome of reading one bank file: the bank when it has no errors, and
/// every problem found (warnings too).
#[derive(Clone, Debug, PartialEq)]
pub struct BankReport {
    /// Where the file came from: a built-in file name, a URL or a picked file's name.
    pub origin_label: String,
    pub origin: Origin,
    pub bank: Option<Bank>,
    pub problems: Vec<Problem>,
}

impl BankReport {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Warning)
    }

    /// A report for a file that could not be read at all (network, file picker).
    pub fn unreadable(origin_label: &str, origin: Origin, detail: String) -> BankReport {
        BankReport {
            origin_label: origin_label.to_string(),
            origin,
            bank: None,
            problems: vec![Problem {
                severity: Severity::Error,
                bank: origin_label.to_string(),
                question: None,
                field: None,
                kind: ProblemKind::Unreadable { detail },
            }],
        }
    }
}

/// Reads and validates one bank file.
pub fn parse_bank(json: &str, origin_label: &str, origin: Origin) -> BankReport {
    let mut check = Checker { bank: origin_label.to_string(), origin, question: None, problems: Vec::new() };
    let bank = match serde_json::from_str::<Value>(json) {
        Err(e) => {
            check.error(
                None,
                ProblemKind::InvalidJson { line: e.line(), column: e.column(), detail: json_error_detail(&e) },
            );
            None
        }
        Ok(Value::Object(root)) => {
            if let Some(Value::String(id)) = root.get("id") {
                if !id.trim().is_empty() {
                    check.bank = id.trim().to_string();
                }
            }
            check.bank_fields(&root)
        }
        Ok(_) => {
            check.error(None, ProblemKind::NotABank);
            None
        }
    };
    let has_errors = check.problems.iter().any(|p| p.severity == Severity::Error);
    BankReport {
        origin_label: origin_label.to_string(),
        origin,
        bank: if has_errors { None } else { bank },
        problems: check.problems,
    }
}

/// serde_json appends " at line L column C" to its messages; the location is
/// reported separately, so keep only the description.
fn json_error_detail(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

struct Checker {
    bank: String,
    origin: Origin,
    question: Option<QuestionRef>,
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, severity: Severity, field: Option<&str>, kind: ProblemKind) {
        self.problems.push(Problem {
            severity,
            bank: self.bank.clone(),
            question: self.question.clone(),
            field: field.map(str::to_string),
            kind,
        });
    }

    fn error(&mut self, field: Option<&str>, kind: ProblemKind) {
        self.report(Severity::Error, field, kind);
    }

    fn warn(&mut self, field: Option<&str>, kind: ProblemKind) {
        self.report(Severity::Warning, field, kind);
    }

    fn unknown_fields(&mut self, object: &Map<String, Value>, known: &[&str], prefix: &str) {
        for name in object.keys().filter(|k| !known.contains(&k.as_str())) {
            let field = format!("{prefix}{name}");
            self.warn(Some(&field), ProblemKind::UnknownField { name: name.clone() });
        }
    }

    /// A required or optional non-empty string such as an id; problems are
    /// reported under `field` (the key's path in the file).
    fn string(&mut self, object: &Map<String, Value>, key: &str, field: &str, required: bool) -> Option<String> {
        match object.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.error(Some(field), ProblemKind::MissingField);
                }
                None
            }
            Some(Value::String(s)) if s.trim().is_empty() => {
                self.error(Some(field), ProblemKind::EmptyText);
                None
            }
            Some(Value::String(s)) => Some(s.trim().to_string()),
            Some(_) => {
                self.error(Some(field), ProblemKind::WrongKind { expected: Expected::String });
                None
            }
        }
    }

    /// A text field: a string or an object of strings keyed by locale.
    fn text(&mut self, value: Option<&Value>, field: &str, required: bool) -> Option<Text> {
        let text = match value {
            None | Some(Value::Null) => {
                if required {
                    self.error(Some(field), ProblemKind::MissingField);
                }
                return None;
            }
            Some(value) => serde_json::from_value::<Text>(value.clone()).ok(),
        };
        match text {
            None => {
                self.error(Some(field), ProblemKind::WrongKind { expected: Expected::Text });
                None
            }
            Some(text) if text.is_blank() => {
                self.error(Some(field), ProblemKind::EmptyText);
                None
            }
            Some(text) => Some(text),
        }
    }

    fn bank_fields(&mut self, root: &Map<String, Value>) -> Option<Bank> {
        match root.get("format") {
            None => self.error(Some("format"), ProblemKind::MissingField),
            Some(Value::String(f)) if f == FORMAT_V1 => {}
            Some(other) => {
                let found = other.as_str().map(str::to_string).unwrap_or_else(|| other.to_string());
                self.error(Some("format"), ProblemKind::UnknownFormat { found });
            }
        }
        self.unknown_fields(root, BANK_FIELDS, "");
        let id = self.string(root, "id", "id", true);
        let version = self.string(root, "version", "version", false).unwrap_or_else(|| "0".to_string());
        let topic = self.string(root, "topic", "topic", false);
        let title = self.text(root.get("title"), "title", true);
        let description = self.text(root.get("description"), "description", false);
        let questions = match root.get("questions") {
            None => {
                self.error(Some("questions"), ProblemKind::MissingField);
                Vec::new()
            }
            Some(Value::Array(items)) if items.is_empty() => {
                self.error(Some("questions"), ProblemKind::NoQuestions);
                Vec::new()
            }
            Some(Value::Array(items)) => self.questions(items),
            Some(_) => {
                self.error(Some("questions"), ProblemKind::WrongKind { expected: Expected::List });
                Vec::new()
            }
        };
        let id = id?;
        Some(Bank { topic: topic.unwrap_or_else(|| id.clone()), id, version, title: title?, description, questions })
    }

    fn questions(&mut self, items: &[Value]) -> Vec<Question> {
        let mut seen_ids = HashSet::new();
        let mut questions = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let id = item.get("id").and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
            self.question = Some(QuestionRef { number: index + 1, id: id.map(str::to_string) });
            let errors_before = self.error_count();
            let question = match item {
                Value::Object(object) => self.question(object),
                _ => {
                    self.error(None, ProblemKind::WrongKind { expected: Expected::Object });
                    None
                }
            };
            if let Some(id) = id {
                if !seen_ids.insert(id.to_string()) {
                    self.error(Some("id"), ProblemKind::DuplicateQuestionId { id: id.to_string() });
                }
            }
            if let Some(question) = question.filter(|_| self.error_count() == errors_before) {
                questions.push(question);
            }
        }
        self.question = None;
        questions
    }

    fn error_count(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Error).count()
    }

    fn question(&mut self, q: &Map<String, Value>) -> Option<Question> {
        self.unknown_fields(q, QUESTION_FIELDS, "");
        let id = self.string(q, "id", "id", true);
        let kind = match q.get("type") {
            None => {
                self.error(Some("type"), ProblemKind::MissingField);
                None
            }
            Some(Value::String(code)) => {
                let kind = QuestionType::parse(code.trim());
                if kind.is_none() {
                    self.error(Some("type"), ProblemKind::UnknownType { found: code.clone() });
                }
                kind
            }
            Some(other) => {
                self.error(Some("type"), ProblemKind::UnknownType { found: other.to_string() });
                None
            }
        };
        let difficulty = match q.get("difficulty") {
            None => Some(1),
            Some(value) => match value.as_u64().and_then(|d| u8::try_from(d).ok()).filter(|d| DIFFICULTY_LEVELS.contains(d)) {
                Some(level) => Some(level),
                None => {
                    self.error(Some("difficulty"), ProblemKind::DifficultyOutOfRange { found: value.to_string() });
                    None
                }
            },
        };
        let tags = match q.get("tags") {
            None => Some(Vec::new()),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
                Some(items.iter().filter_map(Value::as_str).map(str::to_string).collect())
            }
            Some(_) => {
                self.error(Some("tags"), ProblemKind::WrongKind { expected: Expected::ListOfStrings });
                None
            }
        };
        let prompt = self.text(q.get("prompt"), "prompt", true);
        let options = match kind {
            Some(QuestionType::TrueFalse) => {
                if q.contains_key("options") {
                    self.warn(Some("options"), ProblemKind::OptionsIgnored);
                }
                Some(Vec::new())
            }
            Some(_) => self.options(q.get("options")),
            None => None,
        };
        let answer = match (kind, &options) {
            (Some(kind), Some(options)) => self.answer(kind, q.get("answer"), options),
            _ => None,
        };
        let explanation = self.text(q.get("explanation"), "explanation", false);
        let source = self.text(q.get("source"), "source", false);
        let severity = match self.origin {
            Origin::BuiltIn => Severity::Error,
            Origin::Organizer => Severity::Warning,
        };
        if !q.contains_key("explanation") {
            self.report(severity, Some("explanation"), ProblemKind::MissingExplanation);
        }
        if !q.contains_key("source") {
            self.report(severity, Some("source"), ProblemKind::MissingSource);
        }
        Some(Question {
            id: id?,
            kind: kind?,
            difficulty: difficulty?,
            tags: tags?,
            prompt: prompt?,
            options: options?,
            answer: answer?,
            explanation,
            source,
        })
    }

    fn options(&mut self, value: Option<&Value>) -> Option<Vec<AnswerOption>> {
        let items = match value {
            None => {
                self.error(Some("options"), ProblemKind::MissingField);
                return None;
            }
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.error(Some("options"), ProblemKind::WrongKind { expected: Expected::List });
                return None;
            }
        };
        let mut ok = true;
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&items.len()) {
            self.error(Some("options"), ProblemKind::OptionCount { found: items.len() });
            ok = false;
        }
        let mut seen = HashSet::new();
        let mut options = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let field = format!("options[{}]", index + 1);
            let Value::Object(object) = item else {
                self.error(Some(&field), ProblemKind::WrongKind { expected: Expected::Object });
                ok = false;
                continue;
            };
            self.unknown_fields(object, OPTION_FIELDS, &format!("{field}."));
            let id = self.string(object, "id", &format!("{field}.id"), true);
            let text = self.text(object.get("text"), &format!("{field}.text"), true);
            if let Some(id) = &id {
                if !seen.insert(id.clone()) {
                    self.error(Some(&format!("{field}.id")), ProblemKind::DuplicateOptionId { id: id.clone() });
                    ok = false;
                }
            }
            match (id, text) {
                (Some(id), Some(text)) => options.push(AnswerOption { id, text }),
                _ => ok = false,
            }
        }
        ok.then_some(options)
    }

    fn answer(&mut self, kind: QuestionType, value: Option<&Value>, options: &[AnswerOption]) -> Option<CorrectAnswer> {
        let Some(value) = value else {
            self.error(Some("answer"), ProblemKind::MissingField);
            return None;
        };
        let shape_error = |check: &mut Checker, expected| {
            check.error(Some("answer"), ProblemKind::AnswerShape { expected });
            None
        };
        let known = |id: &str| options.iter().any(|o| o.id == id);
        match kind {
            QuestionType::TrueFalse => match value {
                Value::Bool(b) => Some(CorrectAnswer::TrueFalse(*b)),
                _ => shape_error(self, AnswerShape::TrueOrFalse),
            },
            QuestionType::Single => match value {
                Value::String(id) if known(id.trim()) => Some(CorrectAnswer::Single(id.trim().to_string())),
                Value::String(id) => {
                    self.error(Some("answer"), ProblemKind::AnswerNotAnOption { id: id.clone() });
                    None
                }
                _ => shape_error(self, AnswerShape::OneOptionId),
            },
            QuestionType::Multiple => {
                let ids: Option<Vec<&str>> = match value {
                    Value::Array(items) if items.len() >= 2 => items.iter().map(|v| v.as_str().map(str::trim)).collect(),
                    _ => None,
                };
                let Some(ids) = ids else {
                    return shape_error(self, AnswerShape::TwoOrMoreOptionIds);
                };
                let mut set = BTreeSet::new();
                let mut ok = true;
                for id in ids {
                    if !known(id) {
                        self.error(Some("answer"), ProblemKind::AnswerNotAnOption { id: id.to_string() });
                        ok = false;
                    } else if !set.insert(id.to_string()) {
                        self.error(Some("answer"), ProblemKind::RepeatedAnswerOption { id: id.to_string() });
                        ok = false;
                    }
                }
                ok.then_some(CorrectAnswer::Multiple(set))
            }
        }
    }
}
