use crate::bank::Severity;
use crate::i18n;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Every problem of every bank file read, grouped by file: what is wrong and
/// where (bank, question, field), in the reader's language.
#[component]
pub fn BankProblems() -> impl IntoView {
    let state = expect_context::<AppState>();
    let reports = move || {
        let lang = state.lang.get();
        state.catalog.with(|catalog| {
            catalog
                .reports_with_problems()
                .map(|report| {
                    let errors = report.errors().count();
                    let warnings = report.warnings().count();
                    let (class, heading) = if report.bank.is_none() {
                        ("bank-report bank-report-error", i18n::tr(lang, "banks.report_not_loaded", &[
                            ("label", &report.origin_label),
                            ("errors", &errors.to_string()),
                            ("warnings", &warnings.to_string()),
                        ]))
                    } else {
                        ("bank-report bank-report-warning", i18n::tr(lang, "banks.report_loaded_with_warnings", &[
                            ("label", &report.origin_label),
                            ("warnings", &warnings.to_string()),
                        ]))
                    };
                    let problems = report
                        .problems
                        .iter()
                        .map(|problem| {
                            let class = match problem.severity {
                                Severity::Error => "problem problem-error",
                                Severity::Warning => "problem problem-warning",
                            };
                            view! { <li class=class>{i18n::problem_message(lang, problem)}</li> }
                        })
                        .collect_view();
                    view! {
                        <div class=class>
                            <h3>{heading}</h3>
                            <ul>{problems}</ul>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || state.catalog.with(|c| c.reports_with_problems().next().is_some())>
            <section class="card card-alert" data-testid="bank-errors" aria-labelledby="bank-errors-title">
                <h2 id="bank-errors-title">{move || state.text("banks.problems_title")}</h2>
                {reports}
            </section>
        </Show>
    }
}
