//! The app's shared state and the actions screens take on it. Each action is
//! a few calls into the core followed by a save.

use super::browser::{self, BrowserStore};
use crate::attempt::{Attempt, QuizSetup};
use crate::bank::{parse_bank, BankReport, Origin};
use crate::catalog::{built_in_bank_url, Catalog, SavedBankFile, BUILT_IN_BANKS};
use crate::i18n;
use crate::launch::{LaunchOptions, ParamNotice};
use crate::progress::Progress;
use crate::scoring::{GivenAnswer, QuizResult, Verdict};
use crate::store::{SavedData, Settings, StorageNotice, ATTEMPT, BANK_FILES, PROGRESS, SETTINGS};
use crate::text::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    Quiz,
    Results,
}

/// Something the person should read at the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Storage(StorageNotice),
    Param(ParamNotice),
    /// The paper has fewer questions than asked for.
    ShortPaper { asked: usize, got: usize },
    /// A saved attempt used questions that are no longer loaded.
    AttemptDropped,
}

impl Notice {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Notice::Storage(n) => i18n::storage_message(lang, n),
            Notice::Param(n) => i18n::param_message(lang, n),
            Notice::ShortPaper { asked, got } => {
                i18n::tr_count(lang, "notice.short_paper", *got, &[("asked", &asked.to_string())])
            }
            Notice::AttemptDropped => i18n::t(lang, "notice.attempt_dropped"),
        }
    }
}

/// The finished attempt shown on the results screen.
#[derive(Clone, Debug, PartialEq)]
pub struct FinishedAttempt {
    pub attempt: Attempt,
    pub result: QuizResult,
}

/// Shared by every component through context. All fields are signals, so the
/// struct is `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    pub catalog: RwSignal<Catalog>,
    /// True until the built-in and linked banks have all been read.
    pub loading: RwSignal<bool>,
    pub progress: RwSignal<Progress>,
    pub attempt: RwSignal<Option<Attempt>>,
    pub finished: RwSignal<Option<FinishedAttempt>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The setup of the last quiz started, offered again on the home screen.
    pub setup: RwSignal<QuizSetup>,
    saved: StoredValue<SavedData<BrowserStore>>,
}

impl AppState {
    /// Reads saved data and link parameters, then loads the banks.
    pub fn start() -> AppState {
        let now = browser::now_ms();
        let mut saved = SavedData::new(BrowserStore);
        let (launch, param_notices) = LaunchOptions::from_pairs(&browser::query_pairs());
        let settings: Settings = saved.load(SETTINGS, now);
        let progress: Progress = saved.load(PROGRESS, now);
        let attempt: Option<Attempt> = saved.load(ATTEMPT, now);
        let bank_files: Vec<SavedBankFile> = saved.load(BANK_FILES, now);
        let mut notices: Vec<Notice> = saved.notices.drain(..).map(Notice::Storage).collect();
        notices.extend(param_notices.into_iter().map(Notice::Param));

        let state = AppState {
            lang: RwSignal::new(launch.lang.unwrap_or(settings.lang)),
            screen: RwSignal::new(Screen::Home),
            catalog: RwSignal::new(Catalog::default()),
            loading: RwSignal::new(true),
            progress: RwSignal::new(progress),
            attempt: RwSignal::new(None),
            finished: RwSignal::new(None),
            notices: RwSignal::new(notices),
            setup: RwSignal::new(QuizSetup::default()),
            saved: StoredValue::new(saved),
        };
        state.load_banks(launch, bank_files, attempt);
        state
    }

    /// An interface string in the current language (reactive).
    pub fn text(&self, key: &str) -> String {
        i18n::t(self.lang.get(), key)
    }

    /// An interface string with placeholders filled in (reactive).
    pub fn text_with(&self, key: &str, args: &[(&str, &str)]) -> String {
        i18n::tr(self.lang.get(), key, args)
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.save(|saved| {
            saved.save(SETTINGS, &Settings { lang });
        });
    }

    fn notify(&self, notice: Notice) {
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice)
            }
        });
    }

    pub fn dismiss(&self, index: usize) {
        self.notices.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
        });
    }

    /// Runs a save and turns any new storage notice (quota, unavailable) into
    /// a visible notice.
    fn save(&self, action: impl FnOnce(&mut SavedData<BrowserStore>)) {
        let new_notices = self.saved.try_update_value(|saved| {
            action(saved);
            saved.notices.drain(..).collect::<Vec<_>>()
        });
        for notice in new_notices.unwrap_or_default() {
            self.notify(Notice::Storage(notice));
        }
    }

    /// Built-in banks, then banks from the link, then bank files kept on this device.
    fn load_banks(&self, launch: LaunchOptions, bank_files: Vec<SavedBankFile>, saved_attempt: Option<Attempt>) {
        let state = *self;
        spawn_local(async move {
            let built_in = BUILT_IN_BANKS.iter().map(|id| (built_in_bank_url(id), Origin::BuiltIn));
            let linked = launch.banks.iter().map(|url| (url.clone(), Origin::Organizer));
            let sources: Vec<(String, Origin)> = built_in.chain(linked).collect();
            // Fetch all files at once; add them in a fixed order so topics keep their places.
            let fetches = sources.iter().map(|(url, _)| browser::fetch_text(url));
            let texts = futures::future::join_all(fetches).await;
            let mut catalog = Catalog::default();
            for ((url, origin), text) in sources.iter().zip(texts) {
                let label = url.rsplit('/').next().filter(|_| *origin == Origin::BuiltIn).unwrap_or(url);
                catalog.add(match text {
                    Ok(text) => parse_bank(&text, label, *origin),
                    Err(detail) => BankReport::unreadable(label, *origin, detail),
                });
            }
            for file in &bank_files {
                catalog.add(parse_bank(&file.text, &file.label, Origin::Organizer));
            }
            state.catalog.set(catalog);
            state.loading.set(false);
            state.after_banks_loaded(launch, saved_attempt);
        });
    }

    fn after_banks_loaded(&self, launch: LaunchOptions, saved_attempt: Option<Attempt>) {
        let (topics, topic_notices) = launch.known_topics(&self.catalog.with_untracked(Catalog::topics));
        let resumable = saved_attempt.as_ref().map(|a| self.catalog.with_untracked(|c| a.is_resumable(c)));
        for notice in topic_notices {
            self.notify(Notice::Param(notice));
        }
        let setup = QuizSetup {
            topics: topics.unwrap_or_default(),
            count: launch.count.unwrap_or(crate::attempt::DEFAULT_COUNT),
            mode: launch.mode.unwrap_or_default(),
            time_limit_s: launch.time_limit_s,
            seed: launch.seed.clone(),
        };
        self.setup.set(setup.clone());
        match saved_attempt {
            Some(attempt) if resumable == Some(true) => {
                self.attempt.set(Some(attempt));
                self.screen.set(Screen::Quiz);
            }
            Some(_) => {
                self.notify(Notice::AttemptDropped);
                self.save(|saved| saved.clear(ATTEMPT));
                if launch.starts_quiz() {
                    self.start_quiz(setup);
                }
            }
            None if launch.starts_quiz() => self.start_quiz(setup),
            None => {}
        }
    }

    /// Adds an organizer's bank picked or dropped as a file, and keeps the
    /// file on this device when it loaded.
    pub fn add_bank_file(&self, file: web_sys::File) {
        let state = *self;
        spawn_local(async move {
            let label = file.name();
            let text = match browser::read_file(file).await {
                Ok(text) => text,
                Err(detail) => {
                    state.catalog.update(|c| {
                        c.add(BankReport::unreadable(&label, Origin::Organizer, detail));
                    });
                    return;
                }
            };
            let report = parse_bank(&text, &label, Origin::Organizer);
            let added = state.catalog.try_update(|catalog| catalog.add(report)).flatten();
            if let Some(bank_id) = added {
                state.update_bank_files(|files| files.push(SavedBankFile { bank_id, label, text }));
            }
        });
    }

    /// Unloads an organizer's bank and forgets its file on this device.
    pub fn remove_bank(&self, bank_id: &str) {
        self.catalog.update(|catalog| catalog.remove(bank_id));
        self.update_bank_files(|files| files.retain(|f| f.bank_id != bank_id));
    }

    fn update_bank_files(&self, change: impl FnOnce(&mut Vec<SavedBankFile>)) {
        self.save(|saved| {
            let mut files: Vec<SavedBankFile> = saved.load(BANK_FILES, browser::now_ms());
            change(&mut files);
            saved.save(BANK_FILES, &files);
        });
    }

    pub fn start_quiz(&self, setup: QuizSetup) {
        let attempt = self.progress.with_untracked(|progress| {
            self.catalog.with_untracked(|catalog| setup.start(catalog, progress, browser::now_ms(), browser::random_seed()))
        });
        if attempt.len() < setup.count {
            self.notify(Notice::ShortPaper { asked: setup.count, got: attempt.len() });
        }
        if attempt.is_empty() {
            return;
        }
        self.setup.set(setup);
        self.finished.set(None);
        self.save_attempt(&attempt);
        self.attempt.set(Some(attempt));
        self.screen.set(Screen::Quiz);
        browser::focus_by_id("question-prompt");
    }

    fn save_attempt(&self, attempt: &Attempt) {
        self.save(|saved| {
            saved.save(ATTEMPT, &Some(attempt));
        });
    }

    /// Applies a change to the attempt in progress and saves it.
    pub fn update_attempt(&self, change: impl FnOnce(&mut Attempt)) {
        self.attempt.update(|attempt| {
            if let Some(attempt) = attempt {
                change(attempt);
                self.save_attempt(attempt);
            }
        });
    }

    pub fn choose(&self, answer: GivenAnswer) {
        self.update_attempt(|attempt| attempt.choose(answer));
    }

    /// Practice: checks the current answer and records it in progress.
    pub fn check_answer(&self) -> Option<Verdict> {
        let mut outcome = None;
        self.catalog.with_untracked(|catalog| {
            self.update_attempt(|attempt| {
                if let Some((verdict, _)) = attempt.check_current(catalog) {
                    outcome = Some((attempt.paper.items[attempt.current].key.clone(), verdict));
                }
            })
        });
        let (key, verdict) = outcome?;
        let now = browser::now_ms();
        self.progress.update(|progress| progress.record_answer(&key, verdict, now));
        self.save_progress();
        Some(verdict)
    }

    fn save_progress(&self) {
        let progress = self.progress.get_untracked();
        self.save(|saved| {
            saved.save(PROGRESS, &progress);
        });
    }

    /// Scores the attempt, records it, and shows the results.
    pub fn finish(&self) {
        let Some(attempt) = self.attempt.get_untracked() else { return };
        let now = browser::now_ms();
        let result = self.catalog.with_untracked(|catalog| attempt.finish(catalog, now));
        self.progress.update(|progress| progress.record_finished(&result, attempt.mode, now));
        self.save_progress();
        self.save(|saved| saved.clear(ATTEMPT));
        self.attempt.set(None);
        self.finished.set(Some(FinishedAttempt { attempt, result }));
        self.screen.set(Screen::Results);
        browser::forget_quiz_parameters();
        browser::focus_by_id("results-title");
    }

    /// Leaves the quiz for the home screen; the attempt stays saved to resume.
    pub fn go_home(&self) {
        self.screen.set(Screen::Home);
        browser::forget_quiz_parameters();
    }

    pub fn resume(&self) {
        if self.attempt.with_untracked(Option::is_some) {
            self.screen.set(Screen::Quiz);
            browser::focus_by_id("question-prompt");
        }
    }

    pub fn abandon_attempt(&self) {
        self.attempt.set(None);
        self.save(|saved| saved.clear(ATTEMPT));
    }

    pub fn reset_progress(&self) {
        self.progress.set(Progress::default());
        self.save(|saved| saved.clear(PROGRESS));
    }
}
