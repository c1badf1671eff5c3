//! An attempt: one person working through one paper, saved after every step
//! so that a reload resumes it.

use crate::bank::CorrectAnswer;
use crate::catalog::{Catalog, QuestionKey};
use crate::paper::{build_paper, seed_from_text, Familiarity, Paper, PaperSpec};
use crate::progress::Progress;
use crate::scoring::{judge, score_paper, GivenAnswer, QuizResult, ScoringRules, Verdict};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// One question at a time with the answer and explanation right away.
    #[default]
    Practice,
    /// No feedback until the end; optionally timed.
    Exam,
}

impl Mode {
    pub fn code(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Exam => "exam",
        }
    }

    pub fn parse(code: &str) -> Option<Mode> {
        match code.trim().to_ascii_lowercase().as_str() {
            "practice" => Some(Mode::Practice),
            "exam" => Some(Mode::Exam),
            _ => None,
        }
    }
}

/// What a person chose on the home screen (or a link chose for them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizSetup {
    /// Empty means every topic.
    pub topics: Vec<String>,
    pub count: usize,
    pub mode: Mode,
    pub time_limit_s: Option<u32>,
    /// A shared seed (contests, links) gives everyone the same paper; without
    /// one, practice prefers questions this learner has seen least.
    pub seed: Option<String>,
}

impl Default for QuizSetup {
    fn default() -> Self {
        QuizSetup { topics: Vec::new(), count: DEFAULT_COUNT, mode: Mode::Practice, time_limit_s: None, seed: None }
    }
}

/// Questions in a round when nobody says otherwise: short enough for a kiosk.
pub const DEFAULT_COUNT: usize = 10;

impl QuizSetup {
    /// Builds the paper and starts an attempt. `random_seed` is used when the
    /// setup has no seed of its own.
    pub fn start(&self, catalog: &Catalog, progress: &Progress, now_ms: u64, random_seed: u64) -> Attempt {
        let seed = self.seed.as_deref().map(seed_from_text).unwrap_or(random_seed);
        let spec = PaperSpec { topics: self.topics.clone(), types: Vec::new(), difficulties: Vec::new(), count: self.count, seed };
        let seen = |key: &QuestionKey| progress.times_seen(key);
        let familiarity: Familiarity = if self.seed.is_none() { Some(&seen) } else { None };
        let paper = build_paper(catalog, &spec, familiarity);
        Attempt::new(self.mode, paper, ScoringRules::default(), now_ms, self.time_limit_s)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub mode: Mode,
    pub paper: Paper,
    pub rules: ScoringRules,
    /// One entry per paper item; `None` until answered.
    pub answers: Vec<Option<GivenAnswer>>,
    /// Practice only: the answer was submitted and its feedback shown, so it
    /// can no longer change.
    pub checked: Vec<bool>,
    pub current: usize,
    pub started_at_ms: u64,
    pub time_limit_s: Option<u32>,
}

impl Attempt {
    pub fn new(mode: Mode, paper: Paper, rules: ScoringRules, now_ms: u64, time_limit_s: Option<u32>) -> Attempt {
        let n = paper.items.len();
        Attempt {
            mode,
            paper,
            rules,
            answers: vec![None; n],
            checked: vec![false; n],
            current: 0,
            started_at_ms: now_ms,
            time_limit_s: if mode == Mode::Exam { time_limit_s.filter(|s| *s > 0) } else { None },
        }
    }

    pub fn len(&self) -> usize {
        self.paper.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.paper.items.is_empty()
    }

    pub fn is_last(&self) -> bool {
        self.current + 1 >= self.len()
    }

    pub fn current_answer(&self) -> Option<&GivenAnswer> {
        self.answers.get(self.current)?.as_ref()
    }

    pub fn is_current_checked(&self) -> bool {
        self.checked.get(self.current).copied().unwrap_or(false)
    }

    /// Records a choice for the current question, unless practice feedback has
    /// already been shown for it.
    pub fn choose(&mut self, answer: GivenAnswer) {
        if !self.is_current_checked() && self.current < self.len() {
            self.answers[self.current] = Some(answer).filter(|a| !a.is_empty());
        }
    }

    /// Practice: locks the current answer and judges it. `None` if there is
    /// nothing to check (no answer, already checked, or the question is gone).
    pub fn check_current(&mut self, catalog: &Catalog) -> Option<(Verdict, CorrectAnswer)> {
        if self.is_current_checked() {
            return None;
        }
        let given = self.current_answer()?.clone();
        let question = catalog.question(&self.paper.items[self.current].key)?;
        self.checked[self.current] = true;
        let (verdict, _) = judge(question, Some(&given), &self.rules);
        Some((verdict, question.answer.clone()))
    }

    /// Moves to another question; exam mode allows going back, practice only forward.
    pub fn go_to(&mut self, index: usize) {
        if index < self.len() && (self.mode == Mode::Exam || index > self.current) {
            self.current = index;
        }
    }

    pub fn answered_count(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Milliseconds left in a timed exam, never negative.
    pub fn remaining_ms(&self, now_ms: u64) -> Option<u64> {
        let limit_ms = u64::from(self.time_limit_s?) * 1000;
        Some(limit_ms.saturating_sub(now_ms.saturating_sub(self.started_at_ms)))
    }

    pub fn is_out_of_time(&self, now_ms: u64) -> bool {
        self.remaining_ms(now_ms) == Some(0)
    }

    /// Scores the attempt. Time taken is capped at the limit: a reload after the
    /// deadline does not count as extra time.
    pub fn finish(&self, catalog: &Catalog, now_ms: u64) -> QuizResult {
        let mut taken = now_ms.saturating_sub(self.started_at_ms);
        if let Some(limit) = self.time_limit_s {
            taken = taken.min(u64::from(limit) * 1000);
        }
        score_paper(catalog, &self.paper, &self.answers, &self.rules, taken)
    }

    /// True when every question is still in the loaded banks (a bank loaded
    /// from a file is gone after a reload).
    pub fn is_resumable(&self, catalog: &Catalog) -> bool {
        !self.is_empty() && self.paper.items.iter().all(|item| catalog.question(&item.key).is_some())
    }
}
