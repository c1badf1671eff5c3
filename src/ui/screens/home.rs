use crate::attempt::{Mode, QuizSetup};
use crate::ui::components::{BankPicker, BankProblems, ProgressSummary};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Question counts offered on the home screen.
const COUNT_CHOICES: [usize; 5] = [5, 10, 20, 30, 50];
/// Exam time limits offered, in minutes (0 = no limit).
const TIME_CHOICES_MIN: [u32; 6] = [0, 5, 10, 20, 30, 60];

/// Choose topics, length and mode; see progress; load more banks.
#[component]
pub fn HomeScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let initial = state.setup.get_untracked();
    let chosen_topics = RwSignal::new(initial.topics.clone());
    let count = RwSignal::new(initial.count);
    let mode = RwSignal::new(initial.mode);
    let time_min = RwSignal::new(initial.time_limit_s.map_or(0, |s| s.div_ceil(60)));

    // Until the person ticks or unticks a topic, an empty choice means every
    // topic (including banks that finish loading later).
    let touched = RwSignal::new(!initial.topics.is_empty());
    let is_chosen = move |topic: &str| {
        chosen_topics.with(|chosen| (!touched.get() && chosen.is_empty()) || chosen.iter().any(|c| c == topic))
    };
    let toggle_topic = move |topic: String, on: bool| {
        let all = state.catalog.with_untracked(|c| c.topics());
        chosen_topics.update(|chosen| {
            if !touched.get_untracked() && chosen.is_empty() {
                *chosen = all.clone();
            }
            chosen.retain(|t| *t != topic);
            if on {
                chosen.push(topic);
            }
            chosen.sort_by_key(|t| all.iter().position(|a| a == t));
        });
        touched.set(true);
    };
    let nothing_chosen = move || {
        let all = state.catalog.with(|c| c.topics());
        all.is_empty() || (touched.get() && chosen_topics.with(|chosen| !chosen.iter().any(|t| all.contains(t))))
    };
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if nothing_chosen() {
            return;
        }
        let all = state.catalog.with_untracked(|c| c.topics());
        let topics: Vec<String> = chosen_topics.get_untracked().into_iter().filter(|t| all.contains(t)).collect();
        state.start_quiz(QuizSetup {
            topics: if topics.len() == all.len() { Vec::new() } else { topics },
            count: count.get_untracked(),
            mode: mode.get_untracked(),
            time_limit_s: Some(time_min.get_untracked() * 60).filter(|s| *s > 0),
            seed: state.setup.with_untracked(|s| s.seed.clone()),
        });
    };

    let topic_boxes = move || {
        let lang = state.lang.get();
        state.catalog.with(|catalog| {
            catalog
                .topics()
                .into_iter()
                .map(|topic| {
                    let title = catalog.topic_bank(&topic).map(|b| b.title.get(lang).to_string()).unwrap_or(topic.clone());
                    let count_text = crate::i18n::tr_count(lang, "home.question_count", catalog.question_count(&topic), &[]);
                    let value = topic.clone();
                    let checked_topic = topic.clone();
                    view! {
                        <label class="choice">
                            <input
                                type="checkbox"
                                name="topics"
                                value=value
                                prop:checked=move || is_chosen(&checked_topic)
                                on:change=move |ev| toggle_topic(topic.clone(), event_target_checked(&ev))
                            />
                            <span class="choice-text">
                                {title}
                                <span class="choice-note">{count_text}</span>
                            </span>
                        </label>
                    }
                })
                .collect_view()
        })
    };

    let mode_choice = move |value: Mode, title_key: &'static str, note_key: &'static str| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="mode"
                    value=value.code()
                    prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)
                />
                <span class="choice-text">
                    {move || state.text(title_key)}
                    <span class="choice-note">{move || state.text(note_key)}</span>
                </span>
            </label>
        }
    };

    view! {
        <div class="screen home">
            <h1 id="home-title">{move || state.text("home.title")}</h1>
            <p class="lead">{move || state.text("home.lead")}</p>

            <Show when=move || state.attempt.with(Option::is_some)>
                <section class="card card-highlight" aria-labelledby="resume-title">
                    <h2 id="resume-title">{move || state.text("home.resume_title")}</h2>
                    <p>
                        {move || {
                            state.attempt.with(|a| {
                                a.as_ref()
                                    .map(|a| {
                                        state.text_with(
                                            "home.resume_detail",
                                            &[
                                                ("answered", &a.answered_count().to_string()),
                                                ("total", &a.len().to_string()),
                                            ],
                                        )
                                    })
                                    .unwrap_or_default()
                            })
                        }}
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" data-testid="resume-quiz" on:click=move |_| state.resume()>
                            {move || state.text("home.resume")}
                        </button>
                        <button type="button" class="button button-quiet" on:click=move |_| state.abandon_attempt()>
                            {move || state.text("home.abandon")}
                        </button>
                    </div>
                </section>
            </Show>

            <BankProblems />

            <form class="card setup" on:submit=start aria-labelledby="setup-title">
                <h2 id="setup-title">{move || state.text("home.setup_title")}</h2>
                <Show
                    when=move || !state.loading.get()
                    fallback=move || view! { <p class="muted" role="status">{move || state.text("home.loading")}</p> }
                >
                    <fieldset>
                        <legend>{move || state.text("home.topics")}</legend>
                        <div class="choices">{topic_boxes}</div>
                    </fieldset>
                    <fieldset>
                        <legend>{move || state.text("home.mode")}</legend>
                        <div class="choices">
                            {mode_choice(Mode::Practice, "mode.practice", "mode.practice_note")}
                            {mode_choice(Mode::Exam, "mode.exam", "mode.exam_note")}
                        </div>
                    </fieldset>
                    <div class="field-row">
                        <label class="field">
                            <span>{move || state.text("home.count")}</span>
                            <select
                                name="count"
                                on:change=move |ev| {
                                    if let Ok(n) = event_target_value(&ev).parse() {
                                        count.set(n)
                                    }
                                }
                            >
                                {COUNT_CHOICES
                                    .into_iter()
                                    .chain(Some(initial.count).filter(|c| !COUNT_CHOICES.contains(c)))
                                    .map(|n| {
                                        view! {
                                            <option value=n.to_string() selected=move || count.get() == n>
                                                {move || state.text_with("home.count_option", &[("count", &n.to_string())])}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </label>
                        <Show when=move || mode.get() == Mode::Exam>
                            <label class="field">
                                <span>{move || state.text("home.time_limit")}</span>
                                <select
                                    name="time"
                                    on:change=move |ev| {
                                        if let Ok(n) = event_target_value(&ev).parse() {
                                            time_min.set(n)
                                        }
                                    }
                                >
                                    {TIME_CHOICES_MIN
                                        .into_iter()
                                        .chain(Some(time_min.get_untracked()).filter(|t| !TIME_CHOICES_MIN.contains(t)))
                                        .map(|n| {
                                            view! {
                                                <option value=n.to_string() selected=move || time_min.get() == n>
                                                    {move || {
                                                        if n == 0 {
                                                            state.text("home.no_time_limit")
                                                        } else {
                                                            state.text_with("home.minutes", &[("minutes", &n.to_string())])
                                                        }
                                                    }}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                        </Show>
                    </div>
                    <button type="submit" class="button button-primary button-large" data-testid="start-quiz" disabled=nothing_chosen>
                        {move || state.text("home.start")}
                    </button>
                </Show>
            </form>

            <ProgressSummary />
            <BankPicker />
        </div>
    }
}
