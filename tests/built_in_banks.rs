//! The banks shipped in `questions/`: valid with no warnings, bilingual,
//! sourced, and with the mix contests expect. Fails when a bank drifts.

use quality_quiz::bank::{parse_bank, Bank, CorrectAnswer, Origin, QuestionType};
use quality_quiz::catalog::BUILT_IN_BANKS;
use quality_quiz::text::Lang;
use serde_json::Value;
use std::path::Path;

const MIN_QUESTIONS: usize = 60;

fn bank_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("questions/ exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            (stem, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn banks() -> Vec<Bank> {
    bank_files()
        .into_iter()
        .map(|(name, text)| parse_bank(&text, &format!("{name}.json"), Origin::BuiltIn).bank.expect("valid bank"))
        .collect()
}

fn share(part: usize, whole: usize) -> f64 {
    part as f64 / whole as f64
}

#[test]
fn every_built_in_bank_validates_with_no_errors_and_no_warnings() {
    let files = bank_files();
    let mut names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    names.sort();
    let mut listed = BUILT_IN_BANKS.to_vec();
    listed.sort();
    assert_eq!(names, listed, "questions/*.json and BUILT_IN_BANKS must list the same banks");
    for (name, text) in &files {
        let report = parse_bank(text, &format!("{name}.json"), Origin::BuiltIn);
        let messages: Vec<String> =
            report.problems.iter().map(|p| quality_quiz::i18n::problem_message(Lang::En, p)).collect();
        assert!(messages.is_empty(), "{name}:\n{}", messages.join("\n"));
        assert_eq!(report.bank.unwrap().id, *name, "a bank's id is its file name");
    }
}

#[test]
fn every_text_is_written_in_chinese_and_english() {
    fn both(value: &Value, place: &str) {
        for lang in ["zh-CN", "en"] {
            let text = value.get(lang).and_then(Value::as_str).unwrap_or("");
            assert!(!text.trim().is_empty(), "{place}: missing {lang}");
        }
    }
    for (name, text) in bank_files() {
        let bank: Value = serde_json::from_str(&text).unwrap();
        both(&bank["title"], &format!("{name} title"));
        both(&bank["description"], &format!("{name} description"));
        for q in bank["questions"].as_array().unwrap() {
            let id = q["id"].as_str().unwrap();
            for field in ["prompt", "explanation", "source"] {
                both(&q[field], &format!("{id} {field}"));
            }
            for option in q["options"].as_array().into_iter().flatten() {
                both(&option["text"], &format!("{id} option {}", option["id"]));
            }
            assert!(q["tags"].as_array().is_some_and(|t| !t.is_empty()), "{id}: tags name its sub-area");
        }
    }
}

#[test]
fn banks_hold_enough_questions_in_the_contest_mix() {
    for bank in banks() {
        let n = bank.questions.len();
        assert!(n >= MIN_QUESTIONS, "{}: {n} questions, need {MIN_QUESTIONS}", bank.id);
        let count = |kind| bank.questions.iter().filter(|q| q.kind == kind).count();
        let single = share(count(QuestionType::Single), n);
        let multiple = share(count(QuestionType::Multiple), n);
        let true_false = share(count(QuestionType::TrueFalse), n);
        assert!((0.45..=0.55).contains(&single), "{}: single share {single:.2}", bank.id);
        assert!((0.20..=0.30).contains(&multiple), "{}: multiple share {multiple:.2}", bank.id);
        assert!((0.20..=0.30).contains(&true_false), "{}: true/false share {true_false:.2}", bank.id);

        let levels: Vec<f64> =
            (1..=3).map(|d| share(bank.questions.iter().filter(|q| q.difficulty == d).count(), n)).collect();
        assert!((0.35..=0.45).contains(&levels[0]), "{}: level 1 share {:.2}", bank.id, levels[0]);
        assert!((0.35..=0.45).contains(&levels[1]), "{}: level 2 share {:.2}", bank.id, levels[1]);
        assert!((0.15..=0.25).contains(&levels[2]), "{}: level 3 share {:.2}", bank.id, levels[2]);
    }
}

#[test]
fn true_false_answers_are_balanced() {
    for bank in banks() {
        let answers: Vec<bool> = bank
            .questions
            .iter()
            .filter_map(|q| match q.answer {
                CorrectAnswer::TrueFalse(v) => Some(v),
                _ => None,
            })
            .collect();
        let trues = share(answers.iter().filter(|v| **v).count(), answers.len());
        assert!((0.40..=0.60).contains(&trues), "{}: {trues:.2} of true/false answers are true", bank.id);
    }
}

#[test]
fn single_choice_answers_are_spread_over_positions() {
    for bank in banks() {
        let singles: Vec<_> = bank.questions.iter().filter(|q| q.kind == QuestionType::Single).collect();
        let mut positions = [0usize; 4];
        for q in &singles {
            assert_eq!(q.options.len(), 4, "{}: built-in single-choice questions have four options", q.id);
            let CorrectAnswer::Single(answer) = &q.answer else { unreachable!() };
            positions[q.options.iter().position(|o| &o.id == answer).unwrap()] += 1;
        }
        for (position, count) in positions.iter().enumerate() {
            let s = share(*count, singles.len());
            assert!((0.20..=0.30).contains(&s), "{}: answer in position {} for {s:.2} of questions", bank.id, position + 1);
        }
    }
}

#[test]
fn no_all_of_the_above_options() {
    let banned = ["以上都", "以上全", "以上均", "以上皆", "all of the above", "none of the above"];
    for bank in banks() {
        for q in &bank.questions {
            for option in &q.options {
                for lang in Lang::ALL {
                    let text = option.text.get(lang).to_lowercase();
                    assert!(!banned.iter().any(|b| text.contains(b)), "{}: option {} says {text}", q.id, option.id);
                }
            }
        }
    }
}

/// Letters, digits and CJK only, lower-cased: "电梯，困人！" and "电梯困人" match.
fn normalise(text: &str) -> Vec<char> {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn bigram_similarity(a: &[char], b: &[char]) -> f64 {
    let grams = |s: &[char]| s.windows(2).map(|w| (w[0], w[1])).collect::<std::collections::HashSet<_>>();
    let (x, y) = (grams(a), grams(b));
    if x.is_empty() || y.is_empty() {
        return if a == b { 1.0 } else { 0.0 };
    }
    2.0 * x.intersection(&y).count() as f64 / (x.len() + y.len()) as f64
}

#[test]
fn no_two_prompts_are_the_same_or_nearly_the_same() {
    let banks = banks();
    let mut near = Vec::new();
    for lang in Lang::ALL {
        let prompts: Vec<(&str, Vec<char>)> =
            banks.iter().flat_map(|b| &b.questions).map(|q| (q.id.as_str(), normalise(q.prompt.get(lang)))).collect();
        for (i, (id_a, a)) in prompts.iter().enumerate() {
            for (id_b, b) in &prompts[i + 1..] {
                let similarity = bigram_similarity(a, b);
                if a == b || similarity >= 0.8 {
                    near.push(format!("{id_a} ~ {id_b} ({}, {similarity:.2})", lang.code()));
                }
            }
        }
    }
    assert!(near.is_empty(), "prompts too alike:\n{}", near.join("\n"));
}

#[test]
fn the_similarity_check_catches_reworded_duplicates() {
    let a = normalise("电梯困人时，应当按下警铃按钮等待救援。");
    let b = normalise("电梯困人时应当按下警铃按钮，等待救援！");
    assert!(bigram_similarity(&a, &b) >= 0.99);
    let c = normalise("乘坐自动扶梯时应当站在黄色安全线以内。");
    assert!(bigram_similarity(&a, &c) < 0.8);
}

/// Options are shuffled on screen, so "所以a、c正确" or "b and d are right"
/// would point at the wrong options. Explanations name options by content.
fn refers_to_option_letters(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let alnum = |k: usize| chars.get(k).is_some_and(|c| c.is_ascii_alphanumeric());
    // Positions of letters a–e standing alone (not part of a word or code).
    let letters: Vec<usize> = (0..chars.len())
        .filter(|&k| matches!(chars[k].to_ascii_lowercase(), 'a'..='e'))
        .filter(|&k| (k == 0 || !alnum(k - 1)) && !alnum(k + 1))
        .collect();
    let joined_pair = letters.windows(2).any(|pair| {
        let gap: String = chars[pair[0] + 1..pair[1]].iter().collect();
        ["、", ",", "，", "和", "与", "及", "或", "and", "or"].contains(&gap.trim())
    });
    let named = letters.iter().any(|&k| {
        let before: String = chars[k.saturating_sub(8)..k].iter().collect::<String>().to_lowercase();
        before.ends_with("选项") || before.ends_with("option ") || before.ends_with("options ")
    });
    joined_pair || named
}

#[test]
fn explanations_name_options_by_content_not_by_letter() {
    let mut found = Vec::new();
    for bank in banks() {
        for q in &bank.questions {
            for lang in Lang::ALL {
                for (field, text) in [("explanation", q.explanation.as_ref()), ("prompt", Some(&q.prompt))] {
                    if text.is_some_and(|t| refers_to_option_letters(t.get(lang))) {
                        found.push(format!("{} {field} ({})", q.id, lang.code()));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "options are shuffled on screen; these refer to them by letter:\n{}", found.join("\n"));
}

#[test]
fn the_letter_check_knows_a_letter_from_a_unit() {
    assert!(refers_to_option_letters("所以a、c正确。"));
    assert!(refers_to_option_letters("so b and d are right."));
    assert!(refers_to_option_letters("Options a and e come from Article 45"));
    assert!(!refers_to_option_letters("熟食保温应高于60 °C、冷藏低于5 °C。"));
    assert!(!refers_to_option_letters("Grade 1 is the most efficient; a label and a mark differ."));
}

#[test]
fn the_bank_table_in_questions_readme_matches_the_banks() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/README.md")).unwrap();
    for bank in banks() {
        let count = |kind| bank.questions.iter().filter(|q| q.kind == kind).count();
        let level = |d| bank.questions.iter().filter(|q| q.difficulty == d).count();
        let row = format!(
            "| `{id}.json` | `{id}` | `{topic}` | {n} | {s} / {m} / {t} | {d1} / {d2} / {d3} |",
            id = bank.id,
            topic = bank.topic,
            n = bank.questions.len(),
            s = count(QuestionType::Single),
            m = count(QuestionType::Multiple),
            t = count(QuestionType::TrueFalse),
            d1 = level(1),
            d2 = level(2),
            d3 = level(3),
        );
        assert!(readme.contains(&row), "questions/README.md should have the row:\n{row}");
    }
}

#[test]
fn index_html_preloads_exactly_the_built_in_banks() {
    let html = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")).unwrap();
    let preloaded: Vec<&str> = html
        .lines()
        .filter(|l| l.contains("rel=\"preload\"") && l.contains("as=\"fetch\""))
        .filter_map(|l| l.split("href=\"").nth(1)?.split('"').next())
        .collect();
    let expected: Vec<String> = BUILT_IN_BANKS.iter().map(|id| quality_quiz::catalog::built_in_bank_url(id)).collect();
    assert_eq!(preloaded, expected);
}
