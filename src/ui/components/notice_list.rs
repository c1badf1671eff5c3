use crate::ui::state::AppState;
use leptos::prelude::*;

/// Notices about saved data, link parameters and short papers. They never
/// block the app; each can be dismissed.
#[component]
pub fn NoticeList() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                let lang = state.lang.get();
                state
                    .notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        view! {
                            <div class="notice" data-testid="notice">
                                <p>{notice.message(lang)}</p>
                                <button
                                    type="button"
                                    class="notice-dismiss"
                                    aria-label=crate::i18n::t(lang, "notice.dismiss")
                                    on:click=move |_| state.dismiss(index)
                                >
                                    "×"
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
