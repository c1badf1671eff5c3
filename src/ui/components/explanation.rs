use crate::bank::Question;
use crate::i18n;
use crate::text::Lang;
use leptos::prelude::*;

/// Why the answer is right, and the law, standard or guidance it rests on:
/// shown after a practice answer and in the results review.
#[component]
pub fn Explanation(question: Question, lang: Lang) -> impl IntoView {
    view! {
        {question.explanation.map(|e| view! { <p class="explanation">{e.get(lang).to_string()}</p> })}
        {question.source.map(|s| {
            view! {
                <p class="source">
                    <strong>{i18n::t(lang, "quiz.source")}</strong>
                    {s.get(lang).to_string()}
                </p>
            }
        })}
    }
}
