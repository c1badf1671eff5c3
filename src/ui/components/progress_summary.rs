use crate::scoring::format_points;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Per-topic mastery and the latest result, with "reset my progress" behind
/// a confirmation.
#[component]
pub fn ProgressSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let topics = move || {
        let lang = state.lang.get();
        state.catalog.with(|catalog| state.progress.with(|progress| catalog
            .topics()
            .into_iter()
            .map(|topic| {
                let mastery = progress.mastery(catalog, &topic);
                let title = catalog.topic_bank(&topic).map(|b| b.title.get(lang).to_string()).unwrap_or(topic.clone());
                let detail = crate::i18n::tr(
                    lang,
                    "progress.topic_detail",
                    &[
                        ("mastered", &mastery.mastered.to_string()),
                        ("answered", &mastery.answered.to_string()),
                        ("total", &mastery.total.to_string()),
                    ],
                );
                let percent = mastery.percent();
                view! {
                    <li class="mastery" data-topic=topic.clone()>
                        <div class="mastery-head">
                            <span class="mastery-title">{title.clone()}</span>
                            <span class="mastery-percent">{format!("{percent}%")}</span>
                        </div>
                        <progress
                            max="100"
                            value=percent.to_string()
                            aria-label=crate::i18n::tr(lang, "progress.topic_bar_label", &[("topic", &title)])
                        ></progress>
                        <p class="mastery-detail">{detail}</p>
                    </li>
                }
            })
            .collect_view()))
    };
    let history = move || {
        state.progress.with(|progress| {
            progress.history.last().map(|last| {
                state.text_with(
                    "progress.history",
                    &[
                        ("count", &progress.history.len().to_string()),
                        ("points", &format_points(last.points)),
                        ("max", &format_points(last.max_points)),
                    ],
                )
            })
        })
    };
    view! {
        <section class="card" data-testid="progress-summary" aria-labelledby="progress-title">
            <h2 id="progress-title">{move || state.text("progress.title")}</h2>
            <Show
                when=move || !state.progress.with(|p| p.is_empty())
                fallback=move || view! { <p class="muted">{move || state.text("progress.empty")}</p> }
            >
                <p class="history">{history}</p>
            </Show>
            <ul class="mastery-list">{topics}</ul>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button button-quiet"
                            disabled=move || state.progress.with(|p| p.is_empty())
                            on:click=move |_| {
                                confirming.set(true);
                                crate::ui::browser::focus_by_id("confirm-reset");
                            }
                        >
                            {move || state.text("progress.reset")}
                        </button>
                    }
                }
            >
                <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
                    <p id="reset-question">{move || state.text("progress.reset_confirm")}</p>
                    <div class="button-row">
                        <button
                            type="button"
                            id="confirm-reset"
                            class="button button-danger"
                            on:click=move |_| {
                                state.reset_progress();
                                confirming.set(false);
                            }
                        >
                            {move || state.text("progress.reset_yes")}
                        </button>
                        <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>
                            {move || state.text("common.cancel")}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
