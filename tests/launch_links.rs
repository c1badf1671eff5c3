//! Link parameters configure a quiz; anything unknown or malformed is ignored
//! with a notice, never a failure.

use quality_quiz::attempt::Mode;
use quality_quiz::i18n::param_message;
use quality_quiz::launch::{LaunchOptions, ParamNotice};
use quality_quiz::text::Lang;

fn pairs(query: &[(&str, &str)]) -> Vec<(String, String)> {
    query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn a_kiosk_link_configures_the_whole_quiz() {
    let (options, notices) = LaunchOptions::from_pairs(&pairs(&[
        ("lang", "en"),
        ("topics", "elevator,food"),
        ("count", "20"),
        ("seed", "contest-2026"),
        ("mode", "exam"),
        ("time", "600"),
        ("bank", "https://example.org/a.json"),
        ("bank", "banks/b.json"),
    ]));
    assert!(notices.is_empty());
    assert_eq!(options.lang, Some(Lang::En));
    assert_eq!(options.topics, Some(vec!["elevator".to_string(), "food".to_string()]));
    assert_eq!((options.count, options.mode, options.time_limit_s), (Some(20), Some(Mode::Exam), Some(600)));
    assert_eq!(options.seed.as_deref(), Some("contest-2026"));
    assert_eq!(options.banks, ["https://example.org/a.json", "banks/b.json"]);
    assert!(options.starts_quiz());
}

#[test]
fn unknown_and_malformed_parameters_are_ignored_with_a_notice() {
    let (options, notices) = LaunchOptions::from_pairs(&pairs(&[
        ("count", "lots"),
        ("mode", "race"),
        ("time", "-5"),
        ("lang", "fr"),
        ("utm_source", "wechat"),
        ("count", "5"),
    ]));
    assert_eq!(options.count, Some(5), "a later valid value still counts");
    assert_eq!((options.mode, options.time_limit_s, options.lang), (None, None, None));
    assert_eq!(notices.len(), 5);
    assert_eq!(notices[4], ParamNotice::Unknown { name: "utm_source".into() });
    assert!(param_message(Lang::ZhCn, &notices[0]).contains("count=lots"));
}

#[test]
fn only_language_or_banks_show_the_home_screen() {
    let (options, _) = LaunchOptions::from_pairs(&pairs(&[("lang", "zh-CN"), ("bank", "x.json")]));
    assert!(!options.starts_quiz());
}

#[test]
fn unknown_topics_are_dropped_with_a_notice() {
    let (options, _) = LaunchOptions::from_pairs(&pairs(&[("topics", "food，fire")]));
    let available = vec!["elevator".to_string(), "food".to_string()];
    let (topics, notices) = options.known_topics(&available);
    assert_eq!(topics, Some(vec!["food".to_string()]));
    assert_eq!(notices, vec![ParamNotice::UnknownTopic { topic: "fire".into() }]);
}
