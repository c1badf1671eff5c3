use crate::ui::browser;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// The time left in a timed exam. At zero it hands the paper in.
#[component]
pub fn Countdown() -> impl IntoView {
    let state = expect_context::<AppState>();
    let now = RwSignal::new(browser::now_ms());
    if let Ok(handle) = set_interval_with_handle(move || now.set(browser::now_ms()), Duration::from_millis(250)) {
        on_cleanup(move || handle.clear());
    }
    let remaining = Memo::new(move |_| state.attempt.with(|a| a.as_ref().and_then(|a| a.remaining_ms(now.get()))));
    Effect::new(move |_| {
        if remaining.get() == Some(0) {
            state.finish();
        }
    });
    let seconds = move || remaining.get().map(|ms| ms.div_ceil(1000)).unwrap_or(0);
    view! {
        <Show when=move || remaining.get().is_some()>
            <p class="countdown" class:countdown-low=move || seconds() <= 60 role="timer">
                <span class="countdown-label">{move || state.text("quiz.time_left")}</span>
                " "
                <span class="countdown-value">
                    {move || format!("{:02}:{:02}", seconds() / 60, seconds() % 60)}
                </span>
            </p>
        </Show>
    }
}
