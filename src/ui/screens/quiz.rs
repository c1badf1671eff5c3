use crate::attempt::Mode;
use crate::bank::{Question, QuestionType};
use crate::i18n;
use crate::paper::PaperItem;
use crate::scoring::{judge, GivenAnswer, Verdict};
use crate::text::Lang;
use crate::ui::browser;
use crate::ui::components::{describe_answer, option_letter, verdict_key, Countdown, Explanation};
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// One question at a time. Practice checks each answer and explains it; an
/// exam says nothing until the paper is handed in.
#[component]
pub fn QuizScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The question is redrawn only when it changes (or the language does), so
    // choosing an option never moves keyboard focus.
    let current = Memo::new(move |_| state.attempt.with(|a| a.as_ref().map(|a| a.current)));
    let mode = Memo::new(move |_| state.attempt.with(|a| a.as_ref().map(|a| a.mode).unwrap_or_default()));
    let total = Memo::new(move |_| state.attempt.with(|a| a.as_ref().map_or(0, |a| a.len())));

    let question = move || {
        let index = current.get()?;
        let lang = state.lang.get();
        let item = state.attempt.with_untracked(|a| a.as_ref().map(|a| a.paper.items[index].clone()))?;
        let question = state.catalog.with_untracked(|c| c.question(&item.key).cloned())?;
        Some(view! { <QuestionCard index item question lang /> })
    };

    view! {
        <div class="screen quiz">
            <div class="quiz-head">
                <h1 class="quiz-title">
                    {move || state.text(if mode.get() == Mode::Exam { "quiz.title_exam" } else { "quiz.title_practice" })}
                </h1>
                <Countdown />
            </div>
            <p class="quiz-position">
                {move || {
                    state.text_with(
                        "quiz.position",
                        &[("number", &(current.get().unwrap_or(0) + 1).to_string()), ("total", &total.get().to_string())],
                    )
                }}
            </p>
            <progress
                class="quiz-progress"
                aria-hidden="true"
                max=move || total.get().to_string()
                value=move || (current.get().unwrap_or(0) + 1).to_string()
            ></progress>
            {question}
            <Show when=move || mode.get() == Mode::Exam>
                <ExamNavigator />
            </Show>
            <div class="quiz-leave">
                <button type="button" class="button button-quiet" data-testid="leave-quiz" on:click=move |_| state.go_home()>
                    {move || state.text("quiz.leave")}
                </button>
            </div>
        </div>
    }
}

/// The prompt, the options as native inputs, and the actions for this question.
#[component]
fn QuestionCard(index: usize, item: PaperItem, question: Question, lang: Lang) -> impl IntoView {
    let state = expect_context::<AppState>();
    let answer = Memo::new(move |_| state.attempt.with(|a| a.as_ref().and_then(|a| a.answers.get(index).cloned().flatten())));
    let checked = Memo::new(move |_| state.attempt.with(|a| a.as_ref().is_some_and(|a| a.checked.get(index) == Some(&true))));
    let (mode, is_last) = state
        .attempt
        .with_untracked(|a| a.as_ref().map(|a| (a.mode, index + 1 >= a.len())))
        .unwrap_or((Mode::Practice, true));
    let need_answer = RwSignal::new(false);
    let confirm_finish = RwSignal::new(false);
    let input_name = format!("answer-{index}");

    let topic_title = state
        .catalog
        .with_untracked(|c| c.bank(&item.key.bank).map(|b| b.title.get(lang).to_string()))
        .unwrap_or_default();
    let type_key = match question.kind {
        QuestionType::Single => "type.single",
        QuestionType::Multiple => "type.multiple",
        QuestionType::TrueFalse => "type.true_false",
    };
    let meta = format!(
        "{} · {} · {}",
        topic_title,
        i18n::t(lang, type_key),
        i18n::t(lang, &format!("difficulty.{}", question.difficulty))
    );
    let hint_key = match question.kind {
        QuestionType::Multiple => "quiz.hint_multiple",
        _ => "quiz.hint_single",
    };

    // The choices, in paper order; true/false gets its two fixed choices.
    let choices: Vec<(String, String, GivenAnswer)> = match question.kind {
        QuestionType::TrueFalse => vec![
            ("true".into(), i18n::t(lang, "answer.true"), GivenAnswer::TrueFalse(true)),
            ("false".into(), i18n::t(lang, "answer.false"), GivenAnswer::TrueFalse(false)),
        ],
        _ => item
            .option_order
            .iter()
            .filter_map(|id| question.options.iter().find(|o| &o.id == id))
            .map(|o| (o.id.clone(), o.text.get(lang).to_string(), GivenAnswer::Single(o.id.clone())))
            .collect(),
    };
    let kind = question.kind;
    let correct = question.answer.clone();
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(position, (id, text, single))| {
            let is_correct = match &correct {
                crate::bank::CorrectAnswer::TrueFalse(v) => single == GivenAnswer::TrueFalse(*v),
                other => other.includes(&id),
            };
            let chosen = {
                let id = id.clone();
                let single = single.clone();
                Memo::new(move |_| {
                    answer.with(|a| match a {
                        Some(GivenAnswer::Multiple(set)) => set.contains(&id),
                        Some(given) => *given == single,
                        None => false,
                    })
                })
            };
            let on_change = {
                let id = id.clone();
                move |ev| {
                    need_answer.set(false);
                    if kind == QuestionType::Multiple {
                        let on = event_target_checked(&ev);
                        let mut set = answer.with_untracked(|a| match a {
                            Some(GivenAnswer::Multiple(set)) => set.clone(),
                            _ => BTreeSet::new(),
                        });
                        if on {
                            set.insert(id.clone());
                        } else {
                            set.remove(&id);
                        }
                        state.choose(GivenAnswer::Multiple(set));
                    } else {
                        state.choose(single.clone());
                    }
                }
            };
            let input_id = format!("answer-{index}-{position}");
            let letter = if kind == QuestionType::TrueFalse { None } else { Some(option_letter(position)) };
            // The letter and the marks sit beside the label, not in it, so each
            // input's label is exactly the option text.
            view! {
                <div
                    class="option"
                    class:option-chosen=chosen
                    class:option-correct=move || checked.get() && is_correct
                    class:option-wrong=move || checked.get() && !is_correct && chosen.get()
                >
                    <input
                        type=if kind == QuestionType::Multiple { "checkbox" } else { "radio" }
                        id=input_id.clone()
                        name=input_name.clone()
                        value=id
                        prop:checked=chosen
                        disabled=move || checked.get()
                        on:change=on_change
                    />
                    {letter.map(|l| view! { <span class="option-letter" aria-hidden="true">{l.to_string()}</span> })}
                    <label class="option-label" for=input_id>
                        {text}
                    </label>
                    <Show when=move || checked.get() && is_correct>
                        <span class="option-mark option-mark-correct">{i18n::t(lang, "quiz.mark_correct")}</span>
                    </Show>
                    <Show when=move || checked.get() && !is_correct && chosen.get()>
                        <span class="option-mark option-mark-wrong">{i18n::t(lang, "quiz.mark_your_choice")}</span>
                    </Show>
                </div>
            }
        })
        .collect_view();

    let go_next = move || {
        if is_last {
            state.finish();
        } else {
            state.update_attempt(|a| a.go_to(index + 1));
            browser::focus_by_id("question-prompt");
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match mode {
            Mode::Practice if checked.get_untracked() => go_next(),
            Mode::Practice => {
                if state.check_answer().is_some() {
                    browser::focus_by_id("next-question");
                } else {
                    need_answer.set(true);
                }
            }
            Mode::Exam if !is_last => go_next(),
            Mode::Exam => {}
        }
    };
    let finish_exam = move |_| {
        let unanswered = state.attempt.with_untracked(|a| a.as_ref().map_or(0, |a| a.len() - a.answered_count()));
        if unanswered == 0 {
            state.finish();
        } else {
            confirm_finish.set(true);
            browser::focus_by_id("confirm-finish");
        }
    };

    let feedback_question = question.clone();
    let feedback_item = item.clone();
    let feedback = move || {
        let given = answer.get();
        let rules = state.attempt.with_untracked(|a| a.as_ref().map(|a| a.rules.clone())).unwrap_or_default();
        let (verdict, _) = judge(&feedback_question, given.as_ref(), &rules);
        let right = verdict == Verdict::Right;
        let correct_text = describe_answer(&feedback_question, &feedback_item, Some(&feedback_question.answer.as_given()), lang);
        view! {
            <div class="feedback" class:feedback-right=right class:feedback-wrong=!right data-testid="feedback">
                <p class="feedback-verdict">{i18n::t(lang, verdict_key(verdict))}</p>
                <p class="feedback-answer">
                    <strong>{i18n::t(lang, "quiz.correct_answer")}</strong>
                    {correct_text}
                </p>
                <Explanation question=feedback_question.clone() lang />
            </div>
        }
    };

    view! {
        <form class="card question-card" on:submit=submit novalidate>
            <p class="question-meta">{meta}</p>
            <fieldset class="question">
                <legend class="question-prompt" id="question-prompt" data-testid="question-prompt" tabindex="-1">
                    {question.prompt.get(lang).to_string()}
                </legend>
                <p class="question-hint">{i18n::t(lang, hint_key)}</p>
                <div class="options">{options}</div>
            </fieldset>
            <Show when=move || need_answer.get()>
                <p class="form-error" role="alert">{i18n::t(lang, "quiz.choose_first")}</p>
            </Show>
            <div class="live-region" role="status" aria-live="polite">
                <Show when=move || mode == Mode::Practice && checked.get()>{feedback.clone()}</Show>
            </div>
            <div class="button-row quiz-actions">
                {match mode {
                    Mode::Practice => {
                        view! {
                            <Show
                                when=move || checked.get()
                                fallback=move || {
                                    view! {
                                        <button type="submit" class="button button-primary" data-testid="submit-answer">
                                            {i18n::t(lang, "quiz.submit")}
                                        </button>
                                    }
                                }
                            >
                                <button type="submit" class="button button-primary" id="next-question" data-testid="next-question">
                                    {i18n::t(lang, if is_last { "quiz.see_results" } else { "quiz.next" })}
                                </button>
                            </Show>
                        }
                            .into_any()
                    }
                    Mode::Exam => {
                        view! {
                            <button
                                type="button"
                                class="button button-secondary"
                                disabled=index == 0
                                on:click=move |_| {
                                    state.update_attempt(|a| a.go_to(index.saturating_sub(1)));
                                    browser::focus_by_id("question-prompt");
                                }
                            >
                                {i18n::t(lang, "quiz.previous")}
                            </button>
                            {(!is_last)
                                .then(|| {
                                    view! {
                                        <button type="submit" class="button button-primary" data-testid="next-question">
                                            {i18n::t(lang, "quiz.next")}
                                        </button>
                                    }
                                })}
                            <button
                                type="button"
                                class="button"
                                class:button-primary=is_last
                                class:button-secondary=!is_last
                                data-testid="finish-quiz"
                                on:click=finish_exam
                            >
                                {i18n::t(lang, "quiz.finish")}
                            </button>
                        }
                            .into_any()
                    }
                }}
            </div>
            <Show when=move || confirm_finish.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="finish-question">
                    <p id="finish-question">
                        {move || {
                            let unanswered = state
                                .attempt
                                .with(|a| a.as_ref().map_or(0, |a| a.len() - a.answered_count()));
                            i18n::tr(lang, "quiz.finish_confirm", &[("count", &unanswered.to_string())])
                        }}
                    </p>
                    <div class="button-row">
                        <button
                            type="button"
                            id="confirm-finish"
                            class="button button-primary"
                            data-testid="confirm-finish"
                            on:click=move |_| state.finish()
                        >
                            {i18n::t(lang, "quiz.finish_yes")}
                        </button>
                        <button type="button" class="button button-quiet" on:click=move |_| confirm_finish.set(false)>
                            {i18n::t(lang, "quiz.finish_no")}
                        </button>
                    </div>
                </div>
            </Show>
        </form>
    }
}

/// Exam only: jump to any question; answered ones are marked.
#[component]
fn ExamNavigator() -> impl IntoView {
    let state = expect_context::<AppState>();
    let buttons = move || {
        let lang = state.lang.get();
        state.attempt.with(|attempt| {
            let Some(attempt) = attempt else { return Vec::new() };
            (0..attempt.len())
                .map(|index| {
                    let answered = attempt.answers[index].is_some();
                    let current = attempt.current == index;
                    let label = i18n::tr(
                        lang,
                        if answered { "quiz.nav_answered" } else { "quiz.nav_unanswered" },
                        &[("number", &(index + 1).to_string())],
                    );
                    view! {
                        <li>
                            <button
                                type="button"
                                class="nav-button"
                                class:nav-answered=answered
                                aria-current=current.then_some("step")
                                aria-label=label
                                on:click=move |_| {
                                    state.update_attempt(|a| a.go_to(index));
                                    browser::focus_by_id("question-prompt");
                                }
                            >
                                {(index + 1).to_string()}
                            </button>
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <nav class="card exam-nav" aria-label=move || state.text("quiz.nav_label")>
            <ol class="nav-list">{buttons}</ol>
        </nav>
    }
}
