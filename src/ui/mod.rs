//! The browser UI: thin Leptos components over the quiz core.

mod browser;
mod components;
mod screens;
mod state;

use components::{LanguageSwitch, NoticeList};
use leptos::prelude::*;
use screens::{HomeScreen, QuizScreen, ResultsScreen};
use state::{AppState, Screen};

/// Mounts the app on the page.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);

    // Keep the document's language and title in step with the chosen language.
    Effect::new(move |_| {
        let lang = state.lang.get();
        browser::set_document_language(lang, &state.text("app.title"));
    });

    view! {
        <a class="skip-link" href="#main">{move || state.text("app.skip_to_content")}</a>
        <header class="topbar">
            <span class="brand" aria-hidden="true">{move || state.text("app.brand")}</span>
            <LanguageSwitch />
        </header>
        <NoticeList />
        <main id="main" tabindex="-1">
            {move || match state.screen.get() {
                Screen::Home => view! { <HomeScreen /> }.into_any(),
                Screen::Quiz => view! { <QuizScreen /> }.into_any(),
                Screen::Results => view! { <ResultsScreen /> }.into_any(),
            }}
        </main>
        <footer class="footer">{move || state.text("app.footer")}</footer>
    }
}
