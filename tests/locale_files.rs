//! Interface strings: both languages have every key with the same
//! placeholders, every key the code asks for exists, and the UI code holds no
//! inline Chinese text.

use quality_quiz::i18n::{t, LOCALE_FILES};
use quality_quiz::text::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn locale(lang: Lang) -> BTreeMap<String, String> {
    let (_, text) = LOCALE_FILES.iter().find(|(l, _)| *l == lang).unwrap();
    serde_json::from_str(text).expect("locale file is a flat JSON object of strings")
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        let name = &rest[start + 1..start + len];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            found.insert(name.to_string());
        }
        rest = &rest[start + len..];
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// String literals in the sources that look like locale keys (`area.name`).
fn keys_used_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let prefixes: BTreeSet<String> = locale(Lang::En).keys().map(|k| k.split('.').next().unwrap().to_string()).collect();
    let mut keys = BTreeSet::new();
    for file in files {
        let source = std::fs::read_to_string(file).unwrap();
        for literal in source.split('"').skip(1).step_by(2) {
            let looks_like_key = literal.contains('.')
                && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
                && prefixes.contains(literal.split('.').next().unwrap());
            if looks_like_key {
                keys.insert(literal.to_string());
            }
        }
    }
    keys
}

#[test]
fn both_languages_have_the_same_keys_and_placeholders() {
    let zh = locale(Lang::ZhCn);
    let en = locale(Lang::En);
    let zh_keys: BTreeSet<_> = zh.keys().collect();
    let en_keys: BTreeSet<_> = en.keys().collect();
    assert_eq!(zh_keys.symmetric_difference(&en_keys).collect::<Vec<_>>(), Vec::<&&String>::new());
    for (key, zh_text) in &zh {
        assert_eq!(placeholders(zh_text), placeholders(&en[key]), "placeholders of {key}");
        assert!(!zh_text.trim().is_empty() && !en[key].trim().is_empty(), "{key} is empty");
    }
}

#[test]
fn every_key_the_code_uses_exists() {
    let en = locale(Lang::En);
    let missing: Vec<_> = keys_used_in_code().into_iter().filter(|k| !en.contains_key(k)).collect();
    assert!(missing.is_empty(), "keys used in src/ but missing from locales: {missing:?}");
    // Keys built at run time.
    for key in ["difficulty.1", "difficulty.2", "difficulty.3", "type.single", "type.multiple", "type.true_false"] {
        assert!(en.contains_key(key), "{key}");
    }
}

#[test]
fn every_key_in_the_locales_is_used() {
    let used = keys_used_in_code();
    let unused: Vec<_> = locale(Lang::En)
        .into_keys()
        // `key.one` is the singular of `key` (see i18n::tr_count).
        .filter(|k| !used.contains(k.strip_suffix(".one").unwrap_or(k)) && !k.starts_with("difficulty."))
        .collect();
    assert!(unused.is_empty(), "locale keys nothing uses: {unused:?}");
}

#[test]
fn interface_code_holds_no_inline_chinese() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"), &mut files);
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap();
            assert!(
                !code.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}:{}: user-facing text belongs in locales/",
                file.display(),
                number + 1
            );
        }
    }
}

#[test]
fn true_false_labels_follow_the_automation_contract() {
    assert_eq!((t(Lang::ZhCn, "answer.true"), t(Lang::ZhCn, "answer.false")), ("正确".into(), "错误".into()));
    assert_eq!((t(Lang::En, "answer.true"), t(Lang::En, "answer.false")), ("True".into(), "False".into()));
}

#[test]
fn a_missing_key_shows_itself_instead_of_a_blank() {
    assert_eq!(t(Lang::En, "no.such_key"), "no.such_key");
}

#[test]
fn counts_read_naturally_in_both_languages() {
    use quality_quiz::i18n::tr_count;
    assert_eq!(tr_count(Lang::En, "home.question_count", 1, &[]), "1 question");
    assert_eq!(tr_count(Lang::En, "home.question_count", 64, &[]), "64 questions");
    assert_eq!(tr_count(Lang::ZhCn, "home.question_count", 1, &[]), "1 道题");
    assert_eq!(tr_count(Lang::En, "banks.loaded_item", 1, &[("title", "Fire drill")]), "Fire drill (1 question)");
}
