//! The validator: every class of problem an organizer can make is reported,
//! located (bank, question, field), and all at once.

use quality_quiz::bank::{parse_bank, AnswerShape, BankReport, Expected, Origin, ProblemKind};
use quality_quiz::i18n::problem_message;
use quality_quiz::text::Lang;
use serde_json::{json, Value};

/// A small valid organizer bank to break in one place per test.
fn valid_bank() -> Value {
    json!({
        "format": "quality-quiz-bank/1",
        "id": "campus-2026",
        "version": "1.0.0",
        "topic": "campus",
        "title": { "zh-CN": "校园安全", "en": "Campus safety" },
        "questions": [
            {
                "id": "c-1", "type": "single", "difficulty": 1,
                "prompt": "电梯困人时应当怎么做？",
                "options": [ { "id": "a", "text": "按警铃等待救援" }, { "id": "b", "text": "扒门自救" } ],
                "answer": "a", "explanation": "扒门可能坠落。", "source": "特种设备安全法 第四十三条"
            },
            {
                "id": "c-2", "type": "multiple",
                "prompt": { "zh-CN": "乘扶梯应当：", "en": "On an escalator:" },
                "options": [
                    { "id": "a", "text": "站在黄线内" }, { "id": "b", "text": "扶好扶手" }, { "id": "c", "text": "在梯上奔跑" }
                ],
                "answer": ["a", "b"], "explanation": "…", "source": "…"
            },
            { "id": "c-3", "type": "true_false", "prompt": "火灾时不要乘坐普通电梯。", "answer": true, "explanation": "…", "source": "…" }
        ]
    })
}

fn check(bank: &Value) -> BankReport {
    parse_bank(&bank.to_string(), "campus.json", Origin::Organizer)
}

/// The only error in the report, which must also say where it is.
fn only_error(report: &BankReport) -> quality_quiz::bank::Problem {
    let errors: Vec<_> = report.errors().collect();
    assert_eq!(errors.len(), 1, "expected exactly one error, got {:#?}", report.problems);
    assert!(report.bank.is_none(), "a bank with errors must not load");
    errors[0].clone()
}

#[test]
fn valid_bank_loads_without_problems() {
    let report = check(&valid_bank());
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    let bank = report.bank.expect("bank loads");
    assert_eq!(bank.questions.len(), 3);
    assert_eq!(bank.questions[0].difficulty, 1);
    assert_eq!(bank.questions[1].difficulty, 1, "difficulty defaults to 1");
}

#[test]
fn invalid_json_reports_line_and_column() {
    let report = parse_bank("{\n  \"format\": \"quality-quiz-bank/1\",\n  \"id\": \"x\"\n  \"title\": \"t\"\n}", "broken.json", Origin::Organizer);
    let problem = only_error(&report);
    match &problem.kind {
        ProblemKind::InvalidJson { line, column, .. } => assert_eq!((*line, *column), (4, 3)),
        other => panic!("expected invalid JSON, got {other:?}"),
    }
    assert_eq!(problem.bank, "broken.json", "a bank without a readable id is named by its file");
    assert!(problem_message(Lang::ZhCn, &problem).contains("第 4 行第 3 列"));
    assert!(problem_message(Lang::En, &problem).contains("line 4, column 3"));
}

#[test]
fn unknown_format_version_is_an_error() {
    let mut bank = valid_bank();
    bank["format"] = json!("quality-quiz-bank/2");
    let problem = only_error(&check(&bank));
    assert_eq!(problem.kind, ProblemKind::UnknownFormat { found: "quality-quiz-bank/2".into() });
    assert_eq!(problem.field.as_deref(), Some("format"));
}

#[test]
fn duplicate_question_ids_are_named() {
    let mut bank = valid_bank();
    bank["questions"][2]["id"] = json!("c-1");
    let problem = only_error(&check(&bank));
    assert_eq!(problem.kind, ProblemKind::DuplicateQuestionId { id: "c-1".into() });
    assert_eq!(problem.question.as_ref().map(|q| q.number), Some(3));
}

#[test]
fn duplicate_option_ids_are_named() {
    let mut bank = valid_bank();
    bank["questions"][1]["options"][2]["id"] = json!("a");
    let problem = only_error(&check(&bank));
    assert_eq!(problem.kind, ProblemKind::DuplicateOptionId { id: "a".into() });
    assert_eq!(problem.field.as_deref(), Some("options[3].id"));
}

#[test]
fn answer_naming_a_missing_option_is_located() {
    let mut bank = valid_bank();
    bank["questions"][0]["answer"] = json!("e");
    let report = check(&bank);
    let problem = only_error(&report);
    assert_eq!(problem.kind, ProblemKind::AnswerNotAnOption { id: "e".into() });
    assert_eq!(problem.bank, "campus-2026");
    assert_eq!(problem.question.as_ref().and_then(|q| q.id.as_deref()), Some("c-1"));
    assert_eq!(problem.field.as_deref(), Some("answer"));
    let message = problem_message(Lang::ZhCn, &problem);
    for part in ["campus-2026", "c-1", "answer", "“e”"] {
        assert!(message.contains(part), "{message} should mention {part}");
    }
}

#[test]
fn wrong_answer_shape_for_each_type() {
    let cases = [
        (0, json!(["a"]), AnswerShape::OneOptionId),
        (1, json!("a"), AnswerShape::TwoOrMoreOptionIds),
        (1, json!(["a"]), AnswerShape::TwoOrMoreOptionIds),
        (2, json!("true"), AnswerShape::TrueOrFalse),
    ];
    for (index, answer, expected) in cases {
        let mut bank = valid_bank();
        bank["questions"][index]["answer"] = answer.clone();
        let problem = only_error(&check(&bank));
        assert_eq!(problem.kind, ProblemKind::AnswerShape { expected }, "answer {answer}");
    }
}

#[test]
fn option_count_out_of_range() {
    let mut bank = valid_bank();
    bank["questions"][0]["options"] = json!([{ "id": "a", "text": "唯一选项" }]);
    bank["questions"][0]["answer"] = json!("a");
    assert_eq!(only_error(&check(&bank)).kind, ProblemKind::OptionCount { found: 1 });

    let nine: Vec<Value> = (0..9).map(|i| json!({ "id": format!("o{i}"), "text": format!("选项{i}") })).collect();
    bank["questions"][0]["options"] = Value::Array(nine);
    bank["questions"][0]["answer"] = json!("o0");
    assert_eq!(only_error(&check(&bank)).kind, ProblemKind::OptionCount { found: 9 });
}

#[test]
fn empty_text_is_reported_per_field() {
    let mut bank = valid_bank();
    bank["questions"][1]["prompt"] = json!({ "zh-CN": "  ", "en": "" });
    let problem = only_error(&check(&bank));
    assert_eq!(problem.kind, ProblemKind::EmptyText);
    assert_eq!(problem.field.as_deref(), Some("prompt"));

    let mut bank = valid_bank();
    bank["questions"][0]["options"][1]["text"] = json!("");
    assert_eq!(only_error(&check(&bank)).field.as_deref(), Some("options[2].text"));
}

#[test]
fn unknown_question_type_lists_the_found_value() {
    let mut bank = valid_bank();
    bank["questions"][0]["type"] = json!("single_choice");
    assert_eq!(only_error(&check(&bank)).kind, ProblemKind::UnknownType { found: "single_choice".into() });
}

#[test]
fn unknown_fields_are_warnings_not_silence() {
    let mut bank = valid_bank();
    bank["author"] = json!("某市市场监管局");
    bank["questions"][0]["explaination"] = json!("拼错的字段");
    let report = check(&bank);
    assert!(report.bank.is_some(), "warnings do not stop a bank loading");
    let warnings: Vec<_> = report.warnings().map(|p| p.kind.clone()).collect();
    assert!(warnings.contains(&ProblemKind::UnknownField { name: "author".into() }));
    assert!(warnings.contains(&ProblemKind::UnknownField { name: "explaination".into() }));
}

#[test]
fn missing_explanation_and_source_warn_organizers_but_fail_built_in_banks() {
    let mut bank = valid_bank();
    let question = bank["questions"][0].as_object_mut().unwrap();
    question.remove("explanation");
    question.remove("source");
    let organizer = check(&bank);
    assert!(organizer.bank.is_some());
    let kinds: Vec<_> = organizer.warnings().map(|p| p.kind.clone()).collect();
    assert_eq!(kinds, vec![ProblemKind::MissingExplanation, ProblemKind::MissingSource]);

    let built_in = parse_bank(&bank.to_string(), "campus.json", Origin::BuiltIn);
    assert!(built_in.bank.is_none());
    assert_eq!(built_in.errors().count(), 2);
}

#[test]
fn difficulty_outside_one_to_three_is_an_error() {
    for bad in [json!(0), json!(4), json!("hard"), json!(1.5)] {
        let mut bank = valid_bank();
        bank["questions"][0]["difficulty"] = bad.clone();
        let problem = only_error(&check(&bank));
        assert!(matches!(problem.kind, ProblemKind::DifficultyOutOfRange { .. }), "{bad}: {problem:?}");
    }
}

#[test]
fn missing_and_wrongly_typed_fields() {
    let mut bank = valid_bank();
    bank["questions"][2].as_object_mut().unwrap().remove("answer");
    let problem = only_error(&check(&bank));
    assert_eq!((problem.kind.clone(), problem.field.as_deref()), (ProblemKind::MissingField, Some("answer")));

    let mut bank = valid_bank();
    bank["questions"][0]["tags"] = json!("trapped");
    assert_eq!(only_error(&check(&bank)).kind, ProblemKind::WrongKind { expected: Expected::ListOfStrings });

    assert_eq!(only_error(&parse_bank("[1, 2]", "list.json", Origin::Organizer)).kind, ProblemKind::NotABank);
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut bank = valid_bank();
    bank["format"] = json!("quality-quiz-bank/9");
    bank["questions"][0]["answer"] = json!("z");
    bank["questions"][1]["type"] = json!("essay");
    bank["questions"][2]["answer"] = json!("yes");
    bank["questions"][2]["colour"] = json!("red");
    let report = check(&bank);
    assert_eq!(report.errors().count(), 4, "{:#?}", report.problems);
    assert_eq!(report.warnings().count(), 1);
    let located: Vec<_> = report.problems.iter().filter_map(|p| p.question.as_ref().map(|q| q.number)).collect();
    assert_eq!(located, vec![1, 2, 3, 3]);
    assert!(report.problems.iter().all(|p| p.field.is_some()), "every problem names its field");
}

#[test]
fn one_language_bank_is_accepted() {
    // Organizers often write Chinese only: plain strings everywhere.
    let report = check(&valid_bank());
    let bank = report.bank.unwrap();
    assert_eq!(bank.questions[0].prompt.get(Lang::En), "电梯困人时应当怎么做？");
}
