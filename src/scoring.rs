//! Scoring: how an answer is judged and how a finished paper adds up.

use crate::bank::{CorrectAnswer, Question, QuestionType};
use crate::catalog::{Catalog, QuestionKey};
use crate::paper::Paper;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How a multiple-choice answer is marked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MultiplePolicy {
    /// All or nothing: the usual contest rule.
    #[default]
    Strict,
    /// Half credit when the chosen options are a non-empty subset of the correct
    /// ones (nothing wrong chosen, something missed).
    Partial,
}

/// Points per question type and the multiple-choice policy; contest organizers
/// set these, the defaults suit practice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoringRules {
    pub single_points: u32,
    pub multiple_points: u32,
    pub true_false_points: u32,
    pub multiple_policy: MultiplePolicy,
}

impl Default for ScoringRules {
    fn default() -> Self {
        ScoringRules { single_points: 1, multiple_points: 1, true_false_points: 1, multiple_policy: MultiplePolicy::Strict }
    }
}

impl ScoringRules {
    pub fn points_for(&self, kind: QuestionType) -> f64 {
        f64::from(match kind {
            QuestionType::Single => self.single_points,
            QuestionType::Multiple => self.multiple_points,
            QuestionType::TrueFalse => self.true_false_points,
        })
    }
}

/// What a person chose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GivenAnswer {
    Single(String),
    Multiple(BTreeSet<String>),
    TrueFalse(bool),
}

impl GivenAnswer {
    /// An empty multiple-choice selection counts as no answer.
    pub fn is_empty(&self) -> bool {
        matches!(self, GivenAnswer::Multiple(set) if set.is_empty())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    Right,
    /// Partial credit under [`MultiplePolicy::Partial`].
    Partial,
    Wrong,
    Unanswered,
}

/// Judges one answer: the verdict and the points it earns.
pub fn judge(question: &Question, given: Option<&GivenAnswer>, rules: &ScoringRules) -> (Verdict, f64) {
    let full = rules.points_for(question.kind);
    let Some(given) = given.filter(|g| !g.is_empty()) else {
        return (Verdict::Unanswered, 0.0);
    };
    let verdict = match (&question.answer, given) {
        (CorrectAnswer::Single(right), GivenAnswer::Single(chosen)) if right == chosen => Verdict::Right,
        (CorrectAnswer::TrueFalse(right), GivenAnswer::TrueFalse(chosen)) if right == chosen => Verdict::Right,
        (CorrectAnswer::Multiple(right), GivenAnswer::Multiple(chosen)) => {
            if right == chosen {
                Verdict::Right
            } else if rules.multiple_policy == MultiplePolicy::Partial && chosen.is_subset(right) {
                Verdict::Partial
            } else {
                Verdict::Wrong
            }
        }
        _ => Verdict::Wrong,
    };
    let points = match verdict {
        Verdict::Right => full,
        Verdict::Partial => full / 2.0,
        Verdict::Wrong | Verdict::Unanswered => 0.0,
    };
    (verdict, points)
}

/// One line of the review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemResult {
    pub key: QuestionKey,
    pub topic: String,
    pub kind: QuestionType,
    pub given: Option<GivenAnswer>,
    pub correct: CorrectAnswer,
    pub verdict: Verdict,
    pub points: f64,
    pub max_points: f64,
}

/// Totals for one topic or one question type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    /// A topic, or a question type's code.
    pub group: String,
    pub points: f64,
    pub max_points: f64,
    pub correct: usize,
    pub questions: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizResult {
    pub points: f64,
    pub max_points: f64,
    pub correct: usize,
    pub questions: usize,
    pub by_topic: Vec<Breakdown>,
    pub by_type: Vec<Breakdown>,
    pub duration_ms: u64,
    pub items: Vec<ItemResult>,
}

/// Scores a paper. `answers` has one entry per paper item. Questions whose bank
/// is no longer loaded are left out rather than counted wrong.
pub fn score_paper(
    catalog: &Catalog,
    paper: &Paper,
    answers: &[Option<GivenAnswer>],
    rules: &ScoringRules,
    duration_ms: u64,
) -> QuizResult {
    let items: Vec<ItemResult> = paper
        .items
        .iter()
        .zip(answers.iter().chain(std::iter::repeat(&None)))
        .filter_map(|(item, given)| {
            let question = catalog.question(&item.key)?;
            let (verdict, points) = judge(question, given.as_ref(), rules);
            Some(ItemResult {
                key: item.key.clone(),
                topic: item.topic.clone(),
                kind: question.kind,
                given: given.clone(),
                correct: question.answer.clone(),
                verdict,
                points,
                max_points: rules.points_for(question.kind),
            })
        })
        .collect();
    QuizResult {
        points: items.iter().map(|i| i.points).sum(),
        max_points: items.iter().map(|i| i.max_points).sum(),
        correct: items.iter().filter(|i| i.verdict == Verdict::Right).count(),
        questions: items.len(),
        by_topic: breakdown(&items, |i| i.topic.clone()),
        by_type: breakdown(&items, |i| i.kind.code().to_string()),
        duration_ms,
        items,
    }
}

fn breakdown(items: &[ItemResult], group_of: impl Fn(&ItemResult) -> String) -> Vec<Breakdown> {
    let mut groups: Vec<Breakdown> = Vec::new();
    for item in items {
        let group = group_of(item);
        let index = match groups.iter().position(|g| g.group == group) {
            Some(index) => index,
            None => {
                groups.push(Breakdown { group, points: 0.0, max_points: 0.0, correct: 0, questions: 0 });
                groups.len() - 1
            }
        };
        let entry = &mut groups[index];
        entry.points += item.points;
        entry.max_points += item.max_points;
        entry.questions += 1;
        entry.correct += usize::from(item.verdict == Verdict::Right);
    }
    groups
}

/// Points as people write them: `7`, `7.5`. Scores are always whole or half
/// points (partial credit is half), so integer arithmetic suffices and the
/// wasm bundle needs no float formatting.
pub fn format_points(points: f64) -> String {
    let halves = (points * 2.0).round() as u64;
    if halves % 2 == 0 {
        (halves / 2).to_string()
    } else {
        format!("{}.5", halves / 2)
    }
}
