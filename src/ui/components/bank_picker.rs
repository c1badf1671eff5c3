use crate::ui::state::AppState;
use leptos::prelude::*;


/// Loads organizers' bank files: a file picker, and a drop zone for a
/// computer's drag-and-drop. Lists the organizers' banks loaded, each with a
/// button to remove it.
#[component]
pub fn BankPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let dragging = RwSignal::new(false);
    let add_files = move |files: Option<web_sys::FileList>| {
        let Some(files) = files else { return };
        for index in 0..files.length() {
            if let Some(file) = files.item(index) {
                state.add_bank_file(file);
            }
        }
    };
    let loaded = move || {
        let lang = state.lang.get();
        state.catalog.with(|catalog| {
            catalog
                .organizer_banks()
                .map(|bank| {
                    let title = bank.title.get(lang).to_string();
                    let count = bank.questions.len();
                    let id = bank.id.clone();
                    view! {
                        <li class="loaded-bank" data-testid="loaded-bank">
                            <span>
                                {crate::i18n::tr_count(lang, "banks.loaded_item", count, &[("title", &title)])}
                            </span>
                            <button
                                type="button"
                                class="button button-quiet"
                                data-testid="remove-bank"
                                aria-label=crate::i18n::tr(lang, "banks.remove_label", &[("title", &title)])
                                on:click=move |_| state.remove_bank(&id)
                            >
                                {crate::i18n::t(lang, "banks.remove")}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card" aria-labelledby="more-banks-title">
            <h2 id="more-banks-title">{move || state.text("banks.more_title")}</h2>
            <p class="muted">{move || state.text("banks.more_help")}</p>
            <div
                class="drop-zone"
                class:drop-zone-active=move || dragging.get()
                on:dragover=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(false);
                    add_files(ev.data_transfer().and_then(|d| d.files()));
                }
            >
                <label class="button button-secondary file-button">
                    {move || state.text("banks.pick_file")}
                    <input
                        type="file"
                        class="visually-hidden"
                        accept=".json,application/json"
                        multiple
                        data-testid="bank-file"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            add_files(input.files());
                            input.set_value("");
                        }
                    />
                </label>
                <span class="drop-hint">{move || state.text("banks.drop_hint")}</span>
            </div>
            <Show when=move || state.catalog.with(|c| c.organizer_banks().next().is_some())>
                <h3 class="loaded-banks-title">{move || state.text("banks.loaded_title")}</h3>
                <ul class="loaded-banks">{loaded}</ul>
            </Show>
        </section>
    }
}

