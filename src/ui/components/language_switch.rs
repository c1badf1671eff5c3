use crate::text::Lang;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// 中文 / English. Each button names its language in that language, so a
/// person who reads only one can find it.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let button = move |lang: Lang, label_key: &'static str| {
        view! {
            <button
                type="button"
                class="lang-button"
                lang=lang.code()
                aria-pressed=move || (state.lang.get() == lang).to_string()
                on:click=move |_| state.set_lang(lang)
            >
                {crate::i18n::t(lang, label_key)}
            </button>
        }
    };
    view! {
        <nav class="lang-switch" aria-label=move || state.text("lang.switch_label")>
            {button(Lang::ZhCn, "lang.name")}
            {button(Lang::En, "lang.name")}
        </nav>
    }
}
