//! Small banks for tests, built in code so each test shows what it relies on.

use quality_quiz::bank::{parse_bank, Origin};
use quality_quiz::catalog::Catalog;
use serde_json::{json, Value};

/// A bank of `n` questions on `topic`, cycling single, multiple, true/false.
/// Single: answer "a" of a–d. Multiple: answer a+c of a–d. True/false: true.
pub fn bank(id: &str, topic: &str, n: usize) -> Value {
    let questions: Vec<Value> = (1..=n)
        .map(|i| {
            let qid = format!("{id}-{i:03}");
            let options = json!([
                { "id": "a", "text": format!("{qid} A") }, { "id": "b", "text": format!("{qid} B") },
                { "id": "c", "text": format!("{qid} C") }, { "id": "d", "text": format!("{qid} D") }
            ]);
            let difficulty = (i % 3) + 1;
            match i % 3 {
                1 => json!({ "id": qid, "type": "single", "difficulty": difficulty, "prompt": format!("{qid}?"),
                             "options": options, "answer": "a", "explanation": "e", "source": "s" }),
                2 => json!({ "id": qid, "type": "multiple", "difficulty": difficulty, "prompt": format!("{qid}?"),
                             "options": options, "answer": ["a", "c"], "explanation": "e", "source": "s" }),
                _ => json!({ "id": qid, "type": "true_false", "difficulty": difficulty, "prompt": format!("{qid}?"),
                             "answer": true, "explanation": "e", "source": "s" }),
            }
        })
        .collect();
    json!({
        "format": "quality-quiz-bank/1", "id": id, "version": "1", "topic": topic,
        "title": { "zh-CN": topic, "en": topic }, "questions": questions
    })
}

pub fn catalog(banks: &[Value]) -> Catalog {
    let mut catalog = Catalog::default();
    for bank in banks {
        let report = parse_bank(&bank.to_string(), "test.json", Origin::BuiltIn);
        assert!(report.problems.is_empty(), "{:#?}", report.problems);
        catalog.add(report);
    }
    catalog
}

/// Three topics of 30 questions each.
#[allow(dead_code)]
pub fn three_topics() -> Catalog {
    catalog(&[bank("elevator", "elevator", 30), bank("food", "food", 30), bank("labels", "labeling", 30)])
}
