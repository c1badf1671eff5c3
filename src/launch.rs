//! Link parameters: a QR code or a kiosk start page configures a quiz through
//! the URL. Nothing in a link can stop the app: a parameter that is unknown
//! or malformed is ignored with a notice.

use crate::attempt::Mode;
use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// The most questions a link may ask for.
pub const MAX_COUNT: usize = 200;
/// The longest exam a link may set: 4 hours.
pub const MAX_TIME_S: u32 = 4 * 60 * 60;

/// What the link asked for. `None` means the link did not say.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LaunchOptions {
    pub lang: Option<Lang>,
    pub topics: Option<Vec<String>>,
    pub count: Option<usize>,
    pub seed: Option<String>,
    pub mode: Option<Mode>,
    pub time_limit_s: Option<u32>,
    /// Organizers' bank URLs, in order (`bank` may repeat).
    pub banks: Vec<String>,
}

/// A link parameter that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParamNotice {
    Unknown { name: String },
    Malformed { name: String, value: String },
    UnknownTopic { topic: String },
}

impl LaunchOptions {
    /// Reads decoded query pairs (in the order they appear).
    pub fn from_pairs(pairs: &[(String, String)]) -> (LaunchOptions, Vec<ParamNotice>) {
        let mut options = LaunchOptions::default();
        let mut notices = Vec::new();
        for (name, value) in pairs {
            let value = value.trim();
            let ok = match name.as_str() {
                "lang" => Lang::parse(value).map(|l| options.lang = Some(l)).is_some(),
                "topics" => {
                    let topics: Vec<String> =
                        value.split([',', '，']).map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect();
                    let ok = !topics.is_empty();
                    if ok {
                        options.topics = Some(topics);
                    }
                    ok
                }
                "count" => match value.parse::<usize>() {
                    Ok(n) if (1..=MAX_COUNT).contains(&n) => {
                        options.count = Some(n);
                        true
                    }
                    _ => false,
                },
                "seed" => {
                    let ok = !value.is_empty() && value.chars().count() <= 64;
                    if ok {
                        options.seed = Some(value.to_string());
                    }
                    ok
                }
                "mode" => Mode::parse(value).map(|m| options.mode = Some(m)).is_some(),
                "time" => match value.parse::<u32>() {
                    Ok(s) if (1..=MAX_TIME_S).contains(&s) => {
                        options.time_limit_s = Some(s);
                        true
                    }
                    _ => false,
                },
                "bank" => {
                    let ok = !value.is_empty() && !value.to_ascii_lowercase().starts_with("javascript:");
                    if ok {
                        options.banks.push(value.to_string());
                    }
                    ok
                }
                _ => {
                    notices.push(ParamNotice::Unknown { name: name.clone() });
                    continue;
                }
            };
            if !ok {
                notices.push(ParamNotice::Malformed { name: name.clone(), value: value.to_string() });
            }
        }
        (options, notices)
    }

    /// A link that sets any quiz parameter starts the quiz straight away.
    pub fn starts_quiz(&self) -> bool {
        self.topics.is_some()
            || self.count.is_some()
            || self.seed.is_some()
            || self.mode.is_some()
            || self.time_limit_s.is_some()
    }

    /// Keeps only the topics that exist, with a notice for each one that does not.
    pub fn known_topics(&self, available: &[String]) -> (Option<Vec<String>>, Vec<ParamNotice>) {
        let Some(topics) = &self.topics else { return (None, Vec::new()) };
        let (known, unknown): (Vec<String>, Vec<String>) = topics.iter().cloned().partition(|t| available.contains(t));
        let notices = unknown.into_iter().map(|topic| ParamNotice::UnknownTopic { topic }).collect();
        (Some(known).filter(|k| !k.is_empty()), notices)
    }
}
