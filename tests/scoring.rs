//! Scoring every question type under both multiple-choice policies.

mod common;

use quality_quiz::catalog::QuestionKey;
use quality_quiz::paper::{Paper, PaperItem};
use quality_quiz::scoring::{format_points, judge, score_paper, GivenAnswer, MultiplePolicy, ScoringRules, Verdict};
use std::collections::BTreeSet;

fn set(ids: &[&str]) -> GivenAnswer {
    GivenAnswer::Multiple(ids.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>())
}

fn partial() -> ScoringRules {
    ScoringRules { multiple_policy: MultiplePolicy::Partial, ..ScoringRules::default() }
}

#[test]
fn single_and_true_false_are_right_or_wrong() {
    let catalog = common::catalog(&[common::bank("b", "t", 3)]);
    let single = catalog.question(&QuestionKey::new("b", "b-001")).unwrap();
    let true_false = catalog.question(&QuestionKey::new("b", "b-003")).unwrap();
    let rules = ScoringRules::default();
    assert_eq!(judge(single, Some(&GivenAnswer::Single("a".into())), &rules), (Verdict::Right, 1.0));
    assert_eq!(judge(single, Some(&GivenAnswer::Single("b".into())), &rules), (Verdict::Wrong, 0.0));
    assert_eq!(judge(true_false, Some(&GivenAnswer::TrueFalse(true)), &rules), (Verdict::Right, 1.0));
    assert_eq!(judge(true_false, Some(&GivenAnswer::TrueFalse(false)), &rules), (Verdict::Wrong, 0.0));
    assert_eq!(judge(single, None, &rules), (Verdict::Unanswered, 0.0));
}

#[test]
fn strict_multiple_choice_is_all_or_nothing() {
    let catalog = common::catalog(&[common::bank("b", "t", 2)]);
    let multiple = catalog.question(&QuestionKey::new("b", "b-002")).unwrap(); // answer a + c
    let rules = ScoringRules::default();
    assert_eq!(judge(multiple, Some(&set(&["c", "a"])), &rules), (Verdict::Right, 1.0), "order does not matter");
    assert_eq!(judge(multiple, Some(&set(&["a"])), &rules), (Verdict::Wrong, 0.0));
    assert_eq!(judge(multiple, Some(&set(&["a", "b", "c"])), &rules), (Verdict::Wrong, 0.0));
    assert_eq!(judge(multiple, Some(&set(&[])), &rules), (Verdict::Unanswered, 0.0));
}

#[test]
fn partial_policy_gives_half_for_a_correct_subset_only() {
    let catalog = common::catalog(&[common::bank("b", "t", 2)]);
    let multiple = catalog.question(&QuestionKey::new("b", "b-002")).unwrap();
    let rules = ScoringRules { multiple_points: 2, ..partial() };
    assert_eq!(judge(multiple, Some(&set(&["a", "c"])), &rules), (Verdict::Right, 2.0));
    assert_eq!(judge(multiple, Some(&set(&["c"])), &rules), (Verdict::Partial, 1.0));
    assert_eq!(judge(multiple, Some(&set(&["c", "d"])), &rules), (Verdict::Wrong, 0.0), "a wrong pick earns nothing");
}

#[test]
fn points_per_type_and_breakdowns_add_up() {
    let catalog = common::catalog(&[common::bank("e", "elevator", 3), common::bank("f", "food", 3)]);
    let item = |bank: &str, q: &str, topic: &str| PaperItem {
        key: QuestionKey::new(bank, q),
        topic: topic.into(),
        option_order: vec![],
    };
    let paper = Paper {
        seed: 0,
        pool_size: 6,
        items: vec![
            item("e", "e-001", "elevator"), // single, right
            item("e", "e-002", "elevator"), // multiple, partial
            item("f", "f-003", "food"),     // true/false, wrong
            item("f", "f-001", "food"),     // single, unanswered
        ],
    };
    let answers = vec![Some(GivenAnswer::Single("a".into())), Some(set(&["a"])), Some(GivenAnswer::TrueFalse(false)), None];
    let rules = ScoringRules { single_points: 2, multiple_points: 4, true_false_points: 1, ..partial() };
    let result = score_paper(&catalog, &paper, &answers, &rules, 95_000);
    assert_eq!((result.points, result.max_points), (4.0, 9.0));
    assert_eq!((result.correct, result.questions, result.duration_ms), (1, 4, 95_000));
    let elevator = &result.by_topic[0];
    assert_eq!((elevator.group.as_str(), elevator.points, elevator.max_points, elevator.correct), ("elevator", 4.0, 6.0, 1));
    let food = &result.by_topic[1];
    assert_eq!((food.points, food.max_points, food.correct, food.questions), (0.0, 3.0, 0, 2));
    let by_type: Vec<_> = result.by_type.iter().map(|b| (b.group.as_str(), b.points, b.max_points)).collect();
    assert_eq!(by_type, [("single", 2.0, 4.0), ("multiple", 2.0, 4.0), ("true_false", 0.0, 1.0)]);
    let verdicts: Vec<_> = result.items.iter().map(|i| i.verdict).collect();
    assert_eq!(verdicts, [Verdict::Right, Verdict::Partial, Verdict::Wrong, Verdict::Unanswered]);
    assert_eq!(result.items[2].given, Some(GivenAnswer::TrueFalse(false)), "the review shows what was given");
}

#[test]
fn points_are_written_as_people_write_them() {
    assert_eq!(format_points(7.0), "7");
    assert_eq!(format_points(7.5), "7.5");
    assert_eq!(format_points(0.5), "0.5");
    assert_eq!(format_points(0.0), "0");
}
