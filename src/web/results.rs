//! The assessment in words: alerts first (urgent ones unmissable), then the
//! strategy, the options by role with their reasons and references, the
//! inputs still missing, and why the other options are not offered.

use crate::assessment::{Assessment, OptionResult, Role, Strategy};
use crate::case::Case;
use crate::ids::RefId;
use crate::kb::alerts::{alert, Severity};
use crate::kb::fields::field;
use crate::kb::options::option;
use crate::kb::reference;
use super::app::Printing;
use leptos::prelude::*;

fn strategy_text(s: Strategy) -> &'static str {
    match s {
        Strategy::Workup => "Work-up first: no therapy can be chosen yet",
        Strategy::Endocrine => "Endocrine therapy",
        Strategy::Chemotherapy => "Chemotherapy",
        Strategy::OutOfScope => "Outside this algorithm (HER2-positive)",
    }
}

fn severity_text(s: Severity) -> &'static str {
    match s {
        Severity::Urgent => "Urgent",
        Severity::Warning => "Warning",
        Severity::Info => "Note",
    }
}

fn role_text(r: Role) -> &'static str {
    match r {
        Role::Preferred => "Preferred",
        Role::Alternative => "Alternatives",
        Role::NotRecommended => "Not recommended",
    }
}

/// A reference: citation, what was studied, and the result as published.
pub fn reference_view(r: RefId) -> impl IntoView {
    let d = reference(r);
    view! {
        <li class="ref" data-ref=r.as_str()>
            <span class="citation">{d.citation}</span>
            {(!d.result.is_empty()).then(|| view! { <span class="study">" — "{d.study}": "</span><span class="result">{d.result}</span> })}
            {d.result.is_empty().then(|| view! { <span class="study">" — "{d.study}</span> })}
        </li>
    }
}

fn option_view(o: &OptionResult, printing: RwSignal<bool>) -> impl IntoView {
    let def = option(o.id);
    let reasons = o.reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view();
    // Built when first opened or printed: most are never opened, and a
    // change of strategy replaces every option.
    let opened = RwSignal::new(false);
    let ids = o.refs.clone();
    let refs = move || (opened.get() || printing.get()).then(|| ids.iter().map(|&r| reference_view(r)).collect_view());
    view! {
        <li class="option" data-option=o.id.as_str() data-role=o.role.as_str()>
            <h4>{def.name}</h4>
            <p class="summary">{def.summary}</p>
            <ul class="reasons">{reasons}</ul>
            <details class="refs" on:toggle=move |ev| { if is_open(&ev) { opened.set(true) } }>
                <summary>{format!("References ({})", o.refs.len())}</summary>
                <ul>{refs}</ul>
            </details>
        </li>
    }
}

/// A list entry's key is its whole content, so a changed entry is rebuilt;
/// hashed, because the keyed list clones its keys on every update.
fn content_key<T: std::hash::Hash>(item: &T) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(item)
}

/// Whether the `<details>` a `toggle` event came from is now open.
pub fn is_open(ev: &web_sys::Event) -> bool {
    event_target::<web_sys::HtmlDetailsElement>(ev).open()
}

/// Moves focus to a question of the form.
fn focus_question(name: &str) {
    let base = field(name).map_or(name, |f| f.name);
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(details) = doc.query_selector(&format!("details:has(#q-{base})")).ok().flatten() {
        let _ = details.set_attribute("open", "");
    }
    if let Some(el) = doc.get_element_by_id(&format!("q-{base}")) {
        el.scroll_into_view();
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

#[component]
pub fn Results(case: ReadSignal<Case>, assessment: Memo<Assessment>, show_all: RwSignal<bool>) -> impl IntoView {
    let Printing(printing) = expect_context();
    // Keyed lists: an option, alert or explanation that did not change keeps its DOM.
    let alerts = view! {
        <For each=move || assessment.with(|a| a.alerts.clone()) key=content_key let:al>
            {
                let def = alert(al.code);
                view! {
                        <li class=format!("alert {}", al.severity.as_str()) data-alert=al.code.as_str() data-severity=al.severity.as_str()>
                            <div role=if al.severity == Severity::Urgent { "alert" } else { "note" }>
                                <strong class="sev">{severity_text(al.severity)}": "</strong>
                                <strong>{def.title}</strong>" — "{al.message.clone()}
                            </div>
                        </li>
                }
            }
        </For>
    };
    let strategy = move || {
        assessment.with(|a| {
            let mode = a.chemo_mode.map(|m| format!(" · {}", match m {
                crate::assessment::ChemoMode::Sequential => "sequential single agents",
                crate::assessment::ChemoMode::Combination => "combination",
            }));
            view! {
                <p class="strategy" data-strategy=a.strategy.as_str() data-subtype=a.subtype.as_str()>
                    <strong>{strategy_text(a.strategy)}</strong>
                    {mode}
                    {a.provisional.then_some(" (provisional: the pace of disease is not known)")}
                </p>
                <ul class="facts">{a.facts.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}</ul>
            }
        })
    };
    let group = move |role: Role| {
        let items = Memo::new(move |_| assessment.with(|a| a.with_role(role).cloned().collect::<Vec<_>>()));
        view! {
            <section class=format!("options {}", role.as_str()) hidden=move || items.with(Vec::is_empty)>
                <h3>{role_text(role)}</h3>
                <ul>
                    <For each=move || items.get() key=content_key let:o>
                        {option_view(&o, printing)}
                    </For>
                </ul>
            </section>
        }
    };
    let missing = move || {
        assessment.with(|a| {
            if a.missing.is_empty() {
                return view! { <p>"None: every input that would change this result is known."</p> }.into_any();
            }
            a.missing
                .iter()
                .map(|m| {
                    let name = m.clone();
                    let label = field(m).map_or(m.as_str(), |f| f.label).to_string();
                    let detail = if m.contains('[') { format!(" ({m})") } else { String::new() };
                    view! {
                        <li data-missing=m.clone()>
                            <button type="button" class="link" on:click=move |_| { show_all.set(true); focus_question(&name) }>
                                {label}{detail}
                            </button>
                        </li>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    // Built only while open: it is not printed, and every change of strategy rewrites it.
    let why_open = RwSignal::new(false);
    let why_not = move || case.with(|c| assessment.with(|a| crate::engine::why_not(c, a)));
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">"Assessment"</h2>
            <ul class="alerts" aria-label="Alerts">{alerts}</ul>
            {strategy}
            {group(Role::Preferred)}
            {group(Role::Alternative)}
            {group(Role::NotRecommended)}
            <section class="missing">
                <h3>"Inputs that would change this result"</h3>
                <ul>{missing}</ul>
            </section>
            <details class="why-not" on:toggle=move |ev| why_open.set(is_open(&ev))>
                <summary>"Why not …? The options not offered"</summary>
                <ul>
                    <For each=move || if why_open.get() { why_not() } else { Vec::new() } key=content_key let:item>
                        <li data-why-not=item.0.as_str()><strong>{option(item.0).name}</strong>": "{item.1}</li>
                    </For>
                </ul>
            </details>
        </section>
    }
}
