//! Small pieces shared by the screens.

mod answer_text;
mod bank_picker;
mod bank_problems;
mod countdown;
mod explanation;
mod language_switch;
mod notice_list;
mod progress_summary;

pub use answer_text::{describe_answer, option_letter, verdict_key};
pub use bank_picker::BankPicker;
pub use bank_problems::BankProblems;
pub use countdown::Countdown;
pub use explanation::Explanation;
pub use language_switch::LanguageSwitch;
pub use notice_list::NoticeList;
pub use progress_summary::ProgressSummary;
