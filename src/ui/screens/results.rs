use crate::i18n;
use crate::scoring::{format_points, Breakdown, Verdict};
use crate::text::Lang;
use crate::ui::components::{describe_answer, verdict_key, Explanation};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The score, the breakdown by topic and type, and a review of every question.
#[component]
pub fn ResultsScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let content = move || {
        let lang = state.lang.get();
        let finished = state.finished.get()?;
        let result = &finished.result;
        state.catalog.with_untracked(|catalog| {
            let topic_name = |topic: &str| catalog.topic_bank(topic).map(|b| b.title.get(lang).to_string()).unwrap_or(topic.to_string());
            let type_name = |code: &str| i18n::t(lang, &format!("type.{code}"));
            let duration_s = result.duration_ms / 1000;
            let summary = i18n::tr(
                lang,
                "results.summary",
                &[
                    ("correct", &result.correct.to_string()),
                    ("total", &result.questions.to_string()),
                    ("minutes", &(duration_s / 60).to_string()),
                    ("seconds", &(duration_s % 60).to_string()),
                ],
            );
            let review = finished
                .attempt
                .paper
                .items
                .iter()
                .zip(&result.items)
                .enumerate()
                .filter_map(|(number, (item, outcome))| {
                    let question = catalog.question(&item.key)?;
                    let given = describe_answer(question, item, outcome.given.as_ref(), lang);
                    let correct = describe_answer(question, item, Some(&outcome.correct.as_given()), lang);
                    let class = match outcome.verdict {
                        Verdict::Right => "review-item review-right",
                        Verdict::Partial => "review-item review-partial",
                        Verdict::Wrong | Verdict::Unanswered => "review-item review-wrong",
                    };
                    Some(view! {
                        <li class=class>
                            <p class="review-head">
                                <span class="review-number">{(number + 1).to_string()}</span>
                                <span class="review-verdict">{i18n::t(lang, verdict_key(outcome.verdict))}</span>
                                <span class="review-points">
                                    {format!("{} / {}", format_points(outcome.points), format_points(outcome.max_points))}
                                </span>
                            </p>
                            <p class="review-prompt">{question.prompt.get(lang).to_string()}</p>
                            <dl class="review-answers">
                                <dt>{i18n::t(lang, "results.your_answer")}</dt>
                                <dd>{given}</dd>
                                <dt>{i18n::t(lang, "quiz.correct_answer")}</dt>
                                <dd>{correct}</dd>
                            </dl>
                            <Explanation question=question.clone() lang />
                        </li>
                    })
                })
                .collect_view();
            Some(view! {
                <section class="card score-card" aria-labelledby="results-title">
                    <p class="score-label">{i18n::t(lang, "results.score")}</p>
                    <p class="score" data-testid="score">
                        {format!("{} / {}", format_points(result.points), format_points(result.max_points))}
                    </p>
                    <p class="score-summary">{summary}</p>
                </section>
                <section class="card">
                    <h2>{i18n::t(lang, "results.breakdown")}</h2>
                    {breakdown_table(lang, "results.by_topic", &result.by_topic, &topic_name)}
                    {breakdown_table(lang, "results.by_type", &result.by_type, &type_name)}
                </section>
                <section class="card">
                    <h2>{i18n::t(lang, "results.review")}</h2>
                    <ol class="review-list">{review}</ol>
                </section>
            })
        })
    };
    view! {
        <div class="screen results">
            <h1 id="results-title" tabindex="-1">{move || state.text("results.title")}</h1>
            {content}
            <div class="button-row">
                <button
                    type="button"
                    class="button button-primary"
                    data-testid="play-again"
                    on:click=move |_| state.start_quiz(state.setup.get_untracked())
                >
                    {move || state.text("results.again")}
                </button>
                <button type="button" class="button button-secondary" data-testid="go-home" on:click=move |_| state.go_home()>
                    {move || state.text("results.home")}
                </button>
            </div>
        </div>
    }
}

fn breakdown_table(lang: Lang, caption_key: &str, rows: &[Breakdown], name: &dyn Fn(&str) -> String) -> impl IntoView {
    let rows = rows
        .iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{name(&row.group)}</th>
                    <td>{format!("{} / {}", format_points(row.points), format_points(row.max_points))}</td>
                    <td>{format!("{} / {}", row.correct, row.questions)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="breakdown">
            <caption>{i18n::t(lang, caption_key)}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n::t(lang, "results.group")}</th>
                    <th scope="col">{i18n::t(lang, "results.points")}</th>
                    <th scope="col">{i18n::t(lang, "results.correct")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
