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

/// The loaded banks and the reports of all files read, good or bad.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    banks: Vec<Bank>,
    reports: Vec<BankReport>,
}

impl Catalog {
    /// Adds a bank file's report and returns the id of the bank it loaded, if
    /// any. A bank whose id is already loaded is refused (its questions would
    /// shadow the other bank's progress).
    pub fn add(&mut self, mut report: BankReport) -> Option<String> {
        let mut added = None;
        if let Some(bank) = report.bank.take() {
            if self.bank(&bank.id).is_some() {
                report.problems.push(Problem {
                    severity: Severity::Error,
                    bank: bank.id.clone(),
                    question: None,
                    field: Some("id".into()),
                    kind: ProblemKind::DuplicateBankId { id: bank.id.clone() },
                });
            } else {
                added = Some(bank.id.clone());
                self.banks.push(bank.clone());
                report.bank = Some(bank);
            }
        }
        self.reports.push(report);
        added
    }

    /// Unloads an organizer's bank and forgets its report.
    pub fn remove(&mut self, bank_id: &str) {
        self.banks.retain(|b| b.id != bank_id);
        self.reports.retain(|r| r.bank.as_ref().is_none_or(|b| b.id != bank_id));
    }

    /// The organizers' banks loaded now (from links or files), in load order.
    pub fn organizer_banks(&self) -> impl Iterator<Item = &Bank> {
        self.reports.iter().filter(|r| r.origin == Origin::Organizer).filter_map(|r| r.bank.as_ref())
    }

    pub fn banks(&self) -> &[Bank] {
        &self.banks
    }

    pub fn bank(&self, id: &str) -> Option<&Bank> {
        self.banks.iter().find(|b| b.id == id)
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
        for bank in &self.banks {
            if !topics.contains(&bank.topic) {
                topics.push(bank.topic.clone());
            }
        }
        topics
    }

    /// The first bank of a topic, whose title names the topic on screen.
    pub fn topic_bank(&self, topic: &str) -> Option<&Bank> {
        self.banks.iter().find(|b| b.topic == topic)
    }

    pub fn question_count(&self, topic: &str) -> usize {
        self.banks.iter().filter(|b| b.topic == topic).map(|b| b.questions.len()).sum()
    }
}
