//! Saved data: progress round-trips, nothing unreadable is ever lost, the
//! history stays bounded, a full quota is a notice, and old schemas migrate.

mod common;

use quality_quiz::attempt::{Mode, QuizSetup};
use quality_quiz::catalog::QuestionKey;
use quality_quiz::progress::{Progress, HISTORY_LIMIT};
use quality_quiz::scoring::{GivenAnswer, Verdict};
use quality_quiz::store::{KeyValueStore, MemoryStore, Migration, SavedData, Slot, StorageNotice, ATTEMPT, PROGRESS};
use serde_json::{json, Value};

#[test]
fn progress_round_trips_through_the_store() {
    let catalog = common::three_topics();
    let mut progress = Progress::default();
    progress.record_answer(&QuestionKey::new("food", "food-001"), Verdict::Right, 1_000);
    progress.record_answer(&QuestionKey::new("food", "food-002"), Verdict::Wrong, 2_000);
    let mut saved = SavedData::new(MemoryStore::default());
    assert!(saved.save(PROGRESS, &progress));

    let mut reopened = SavedData::new(saved.store().clone());
    let loaded: Progress = reopened.load(PROGRESS, 3_000);
    assert_eq!(loaded, progress);
    assert!(reopened.notices.is_empty());
    let mastery = loaded.mastery(&catalog, "food");
    assert_eq!((mastery.total, mastery.answered, mastery.mastered), (30, 2, 1));
    assert!(saved.store().entries.contains_key("quality-quiz/v1/progress"), "keys are namespaced and versioned");
}

#[test]
fn corrupt_progress_is_moved_aside_not_deleted() {
    let mut store = MemoryStore::default();
    store.set("quality-quiz/v1/progress", "{\"questions\": {oops").unwrap();
    store.set("quality-quiz/v1/settings", "{\"lang\":\"en\"}").unwrap();
    let mut saved = SavedData::new(store);
    let progress: Progress = saved.load(PROGRESS, 1_700_000_000_000);
    assert!(progress.is_empty(), "the app starts fresh for that slot");
    let backup_key = "quality-quiz/backup/1700000000000/quality-quiz/v1/progress";
    assert_eq!(
        saved.notices,
        vec![StorageNotice::MovedAside { key: "quality-quiz/v1/progress".into(), backup_key: backup_key.into() }]
    );
    assert_eq!(saved.store().entries.get(backup_key).map(String::as_str), Some("{\"questions\": {oops"));
    assert!(!saved.store().entries.contains_key("quality-quiz/v1/progress"));
    assert!(saved.store().entries.contains_key("quality-quiz/v1/settings"), "other values are untouched");
}

#[test]
fn unreadable_value_that_cannot_be_backed_up_is_never_overwritten() {
    let mut store = MemoryStore::default();
    store.set("quality-quiz/v1/progress", "not json").unwrap();
    store.quota_bytes = Some(40); // no room for a backup copy
    let mut saved = SavedData::new(store);
    let mut progress: Progress = saved.load(PROGRESS, 5);
    assert_eq!(saved.notices, vec![StorageNotice::LeftInPlace { key: "quality-quiz/v1/progress".into() }]);
    progress.record_answer(&QuestionKey::new("b", "q"), Verdict::Right, 6);
    assert!(!saved.save(PROGRESS, &progress));
    assert_eq!(saved.store().entries["quality-quiz/v1/progress"], "not json");
}

#[test]
fn full_quota_is_a_notice_not_a_crash() {
    let store = MemoryStore { quota_bytes: Some(64), ..MemoryStore::default() };
    let mut saved = SavedData::new(store);
    let mut progress = Progress::default();
    for i in 0..20 {
        progress.record_answer(&QuestionKey::new("bank", &format!("question-{i}")), Verdict::Right, i);
    }
    assert!(!saved.save(PROGRESS, &progress));
    assert_eq!(saved.notices, vec![StorageNotice::QuotaExceeded { key: "quality-quiz/v1/progress".into() }]);
}

#[test]
fn history_keeps_the_latest_attempts_only() {
    let catalog = common::three_topics();
    let mut progress = Progress::default();
    let setup = QuizSetup { count: 2, ..QuizSetup::default() };
    for i in 0..(HISTORY_LIMIT as u64 + 25) {
        let attempt = setup.start(&catalog, &progress, i, i);
        let result = attempt.finish(&catalog, i + 10);
        progress.record_finished(&result, Mode::Practice, i + 10);
    }
    assert_eq!(progress.history.len(), HISTORY_LIMIT);
    assert!(HISTORY_LIMIT >= 100);
    assert_eq!(progress.history.first().unwrap().finished_at_ms, 25 + 10, "oldest are dropped first");
}

#[test]
fn exam_answers_count_in_progress_when_handed_in() {
    let catalog = common::three_topics();
    let setup = QuizSetup { count: 3, mode: Mode::Exam, seed: Some("s".into()), ..QuizSetup::default() };
    let mut attempt = setup.start(&catalog, &Progress::default(), 0, 0);
    let first = attempt.paper.items[0].key.clone();
    let right = catalog.question(&first).unwrap().answer.as_given();
    attempt.choose(right);
    let mut progress = Progress::default();
    progress.record_finished(&attempt.finish(&catalog, 60_000), Mode::Exam, 60_000);
    assert_eq!(progress.stats(&first).map(|s| (s.seen, s.right)), Some((1, 1)));
    assert_eq!(progress.questions.values().map(|q| q.len()).sum::<usize>(), 3, "unanswered exam questions were seen too");
}

#[test]
fn attempt_in_progress_survives_a_reload() {
    let catalog = common::three_topics();
    let setup = QuizSetup { count: 5, ..QuizSetup::default() };
    let mut attempt = setup.start(&catalog, &Progress::default(), 0, 99);
    attempt.choose(GivenAnswer::TrueFalse(true));
    attempt.check_current(&catalog);
    attempt.go_to(1);
    let mut saved = SavedData::new(MemoryStore::default());
    saved.save(ATTEMPT, &Some(&attempt));
    let mut reloaded = SavedData::new(saved.store().clone());
    let resumed: Option<quality_quiz::attempt::Attempt> = reloaded.load(ATTEMPT, 10);
    assert_eq!(resumed.as_ref(), Some(&attempt));
    assert!(resumed.unwrap().is_resumable(&catalog));
}

fn upgrade_v1_to_v2(mut value: Value) -> Result<Value, String> {
    let count = value.get("count").and_then(Value::as_u64).ok_or("no count")?;
    value["counts"] = json!([count]);
    Ok(value)
}

#[derive(Default, serde::Serialize, serde::Deserialize, PartialEq, Debug)]
struct TallyV2 {
    counts: Vec<u64>,
}

static TEST_MIGRATIONS: &[Migration] = &[Migration { slot: "tally", from_version: 1, upgrade: upgrade_v1_to_v2 }];

#[test]
fn migration_hook_upgrades_an_older_schema() {
    const TALLY_V2: Slot = Slot { name: "tally", version: 2 };
    let mut store = MemoryStore::default();
    store.set("quality-quiz/v1/tally", "{\"count\": 7}").unwrap();
    let mut saved = SavedData::with_migrations(store, TEST_MIGRATIONS);
    let tally: TallyV2 = saved.load(TALLY_V2, 1);
    assert_eq!(tally, TallyV2 { counts: vec![7] });
    assert!(saved.store().entries.contains_key("quality-quiz/v2/tally"));
    assert!(!saved.store().entries.contains_key("quality-quiz/v1/tally"), "the old key is retired once upgraded");

    // An old value the migration cannot read is moved aside like any corrupt value.
    let mut store = MemoryStore::default();
    store.set("quality-quiz/v1/tally", "{\"total\": 7}").unwrap();
    let mut saved = SavedData::with_migrations(store, TEST_MIGRATIONS);
    let tally: TallyV2 = saved.load(TALLY_V2, 2);
    assert_eq!(tally, TallyV2::default());
    assert!(matches!(saved.notices.as_slice(), [StorageNotice::MovedAside { .. }]));
}
