//! A learner's progress on this device: what each question's record is, the
//! finished attempts, and how well each topic is mastered.

use crate::attempt::Mode;
use crate::catalog::{Catalog, QuestionKey};
use crate::scoring::{QuizResult, Verdict};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Finished attempts kept in the history; older ones are dropped first.
pub const HISTORY_LIMIT: usize = 200;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// bank id → question id → record.
    pub questions: BTreeMap<String, BTreeMap<String, QuestionStats>>,
    /// Oldest first, at most [`HISTORY_LIMIT`].
    pub history: Vec<AttemptSummary>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionStats {
    pub seen: u32,
    pub right: u32,
    pub last_answered_ms: u64,
    /// Whether the latest answer was fully right: mastery counts these.
    pub last_right: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttemptSummary {
    pub finished_at_ms: u64,
    pub mode: Mode,
    pub points: f64,
    pub max_points: f64,
    pub correct: usize,
    pub questions: usize,
    pub topics: Vec<String>,
    pub duration_ms: u64,
}

/// How far a learner has got with a topic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mastery {
    pub total: usize,
    /// Questions answered at least once.
    pub answered: usize,
    /// Questions whose latest answer was right.
    pub mastered: usize,
}

impl Mastery {
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            0
        } else {
            (self.mastered * 100 / self.total) as u32
        }
    }
}

impl Progress {
    /// Records one answered question (practice records each answer as it is
    /// checked; an exam records them all when it is finished).
    pub fn record_answer(&mut self, key: &QuestionKey, verdict: Verdict, now_ms: u64) {
        let stats = self.questions.entry(key.bank.clone()).or_default().entry(key.question.clone()).or_default();
        stats.seen += 1;
        stats.last_right = verdict == Verdict::Right;
        stats.right += u32::from(stats.last_right);
        stats.last_answered_ms = now_ms;
    }

    /// Records a finished attempt in the history.
    pub fn record_finished(&mut self, result: &QuizResult, mode: Mode, now_ms: u64) {
        if mode == Mode::Exam {
            for item in &result.items {
                self.record_answer(&item.key, item.verdict, now_ms);
            }
        }
        self.history.push(AttemptSummary {
            finished_at_ms: now_ms,
            mode,
            points: result.points,
            max_points: result.max_points,
            correct: result.correct,
            questions: result.questions,
            topics: result.by_topic.iter().map(|b| b.group.clone()).collect(),
            duration_ms: result.duration_ms,
        });
        if self.history.len() > HISTORY_LIMIT {
            let excess = self.history.len() - HISTORY_LIMIT;
            self.history.drain(..excess);
        }
    }

    pub fn stats(&self, key: &QuestionKey) -> Option<&QuestionStats> {
        self.questions.get(&key.bank)?.get(&key.question)
    }

    pub fn times_seen(&self, key: &QuestionKey) -> u32 {
        self.stats(key).map_or(0, |s| s.seen)
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty() && self.history.is_empty()
    }

    /// Mastery of a topic over the questions currently loaded for it.
    pub fn mastery(&self, catalog: &Catalog, topic: &str) -> Mastery {
        let mut mastery = Mastery::default();
        for bank in catalog.banks().filter(|b| b.topic == topic) {
            let records = self.questions.get(&bank.id);
            for question in &bank.questions {
                mastery.total += 1;
                if let Some(stats) = records.and_then(|r| r.get(&question.id)) {
                    mastery.answered += 1;
                    mastery.mastered += usize::from(stats.last_right);
                }
            }
        }
        mastery
    }
}
