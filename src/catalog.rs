//! The banks available in this session: built-in ones and organizers' ones,
//! with the report of every file that was read.

use crate::bank::{Bank, BankReport, Origin, Problem, ProblemKind, Question, Severity};
use serde::{Deserialize, Serialize};

/// The banks shipped with the app, in the order their topics are shown. Each
/// is `questions/<id>.json`, fetched at start-up.
pub const BUILT_IN_BANKS: &[&str] = &["elevator-safety", "food-safety", "product-labeling"];

/// Where a built-in bank is served from, relative to the page.
pub fn built_in_bank_url(id: &str) -> String {
    format!("questions/{id}.json")
}

/// Names a question across banks; progress and papers refer to questions by it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct QuestionKey {
    pub bank: String,
    pub question: String,
}

impl QuestionKey {
    pub fn new(bank: &str, question: &str) -> Self {
        QuestionKey { bank: bank.to_string(), question: question.to_string() }
    }
}

/// An organizer's bank file kept on this device, so that a bank picked on a
/// classroom computer or a kiosk is still there after a reload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedBankFile {
    pub bank_id: String,
    pub label: String,
    pub text: String,
}

/// The reports of all bank files read, good or bad; the loaded banks are the
/// ones the reports carry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    reports: Vec<BankReport>,
}

impl Catalog {
    /// Adds a bank file's report and returns the id of the bank it loaded, if
    /// any. A bank whose id is already loaded is refused (its questions would
    /// shadow the other bank's progress).
    pub fn add(&mut self, mut report: BankReport) -> Option<String> {
        if let Some(id) = report.bank.as_ref().map(|b| b.id.clone()) {
            if self.bank(&id).is_some() {
                report.bank = None;
                report.problems.push(Problem {
                    severity: Severity::Error,
                    bank: id.clone(),
                    question: None,
                    field: Some("id".into()),
                    kind: ProblemKind::DuplicateBankId { id },
                });
            }
        }
        let added = report.bank.as_ref().map(|b| b.id.clone());
        self.reports.push(report);
        added
    }

    /// Unloads an organizer's bank and forgets its report.
    pub fn remove(&mut self, bank_id: &str) {
        self.reports.retain(|r| r.bank.as_ref().is_none_or(|b| b.id != bank_id));
    }

    /// The loaded banks, in load order.
    pub fn banks(&self) -> impl Iterator<Item = &Bank> {
        self.reports.iter().filter_map(|r| r.bank.as_ref())
    }

    /// The organizers' banks loaded now (from links or files), in load order.
    pub fn organizer_banks(&self) -> impl Iterator<Item = &Bank> {
        self.reports.iter().filter(|r| r.origin == Origin::Organizer).filter_map(|r| r.bank.as_ref())
    }

    pub fn bank(&self, id: &str) -> Option<&Bank> {
        self.banks().find(|b| b.id == id)
    }

    pub fn question(&self, key: &QuestionKey) -> Option<&Question> {
        self.bank(&key.bank)?.question(&key.question)
    }

    /// The reports that have something to say (errors or warnings).
    pub fn reports_with_problems(&self) -> impl Iterator<Item = &BankReport> {
        self.reports.iter().filter(|r| !r.problems.is_empty())
    }

    /// Topics in the order their first bank was loaded.
    pub fn topics(&self) -> Vec<String> {
        let mut topics: Vec<String> = Vec::new();
        for bank in self.banks() {
            if !topics.contains(&bank.topic) {
                topics.push(bank.topic.clone());
            }
        }
        topics
    }

    /// The first bank of a topic, whose title names the topic on screen.
    pub fn topic_bank(&self, topic: &str) -> Option<&Bank> {
        self.banks().find(|b| b.topic == topic)
    }

    pub fn question_count(&self, topic: &str) -> usize {
        self.banks().filter(|b| b.topic == topic).map(|b| b.questions.len()).sum()
    }
}
