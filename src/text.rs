//! Languages and bank text that may come in one or several languages.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The interface languages. Simplified Chinese is the primary one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// The BCP 47 tag, as used in bank files and the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Accepts the tags people actually type in links (`zh`, `zh-cn`, `EN`).
    pub fn parse(tag: &str) -> Option<Lang> {
        match tag.trim().to_ascii_lowercase().as_str() {
            "zh-cn" | "zh" | "zh-hans" | "zh-hans-cn" => Some(Lang::ZhCn),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    fn other(self) -> Lang {
        match self {
            Lang::ZhCn => Lang::En,
            Lang::En => Lang::ZhCn,
        }
    }
}

/// A text field of a bank: a plain string (one-language bank, often Chinese
/// only) or an object keyed by locale. Reading it never gives a blank when any
/// translation exists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    Localized(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, falling back to the other interface language and
    /// then to any non-empty translation.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Localized(map) => {
                let filled = |code: &str| map.get(code).map(|s| s.as_str()).filter(|s| !s.trim().is_empty());
                filled(lang.code())
                    .or_else(|| filled(lang.other().code()))
                    .or_else(|| map.values().map(|s| s.as_str()).find(|s| !s.trim().is_empty()))
                    .unwrap_or("")
            }
        }
    }

    /// True when no translation has any visible character.
    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(s) => s.trim().is_empty(),
            Text::Localized(map) => map.values().all(|s| s.trim().is_empty()),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_translation_falls_back_to_the_other_language() {
        let only_chinese = Text::Localized(BTreeMap::from([("zh-CN".into(), "电梯".into())]));
        assert_eq!(only_chinese.get(Lang::En), "电梯");
        let empty_english = Text::Localized(BTreeMap::from([
            ("zh-CN".into(), "电梯".into()),
            ("en".into(), "  ".into()),
        ]));
        assert_eq!(empty_english.get(Lang::En), "电梯");
        let other_locale = Text::Localized(BTreeMap::from([("fr".into(), "ascenseur".into())]));
        assert_eq!(other_locale.get(Lang::ZhCn), "ascenseur");
    }

    #[test]
    fn plain_string_is_shown_in_every_language() {
        assert_eq!(Text::from("只写中文").get(Lang::En), "只写中文");
    }

    #[test]
    fn language_tags_from_links_are_understood() {
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("zh"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("fr"), None);
    }
}
