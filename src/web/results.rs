//! The assessment in words: alerts first (urgent ones unmissable), then the
//! strategy, the options by role with their reasons and references, the
//! inputs still missing, and why the other options are not offered.

use super::shared::{bring_into_view, content_key, drug_citation, is_open, reference_view, Printing};
use crate::assessment::Severity;
use crate::assessment::{Assessment, Effect, OptionResult, Role};
use crate::case::Case;
use crate::engine::whatif::{whatif, with_value};
use crate::ids::{Field, OptionId, RefId};
use crate::kb::alerts::alert;
use crate::kb::drug_facts::drug_facts;
use crate::kb::frame;
use crate::kb::labels::*;
use crate::kb::options::option;
use crate::kb::reference;
use crate::kb::since2012;
use leptos::prelude::*;

/// How an option differs from the pinned assessment: added, or its role changed.
fn pin_change(pinned: &Assessment, id: OptionId, role: Role) -> Option<&'static str> {
    match pinned.role(id) {
        None => Some("added"),
        Some(r) if r != role => Some("role"),
        Some(_) => None,
    }
}

fn pin_note(pinned: &Assessment, id: OptionId, role: Role) -> Option<String> {
    match pinned.role(id) {
        None => Some("New since the pinned assessment.".to_string()),
        Some(r) if r != role => Some(format!("Was {} in the pinned assessment.", role_name(r))),
        Some(_) => None,
    }
}

/// A compact card: name, role, the reason that decides it and badges for
/// its cautions; the summary (with doses), how it is given, every reason and
/// the references open on demand, and all open in print. Built when first
/// opened or printed: most are never opened, and a change of strategy
/// replaces every card.
/// A result published after the 2012 evidence (§9.7), apart from it and marked with its year.
fn later_result_view(assessment: Memo<Assessment>, id: OptionId) -> impl IntoView {
    move || {
        assessment.with(|a| a.later_results.iter().any(|l| l.option == id)).then(|| {
            since2012::later_result(id).map(|l| {
                let t = since2012::trial(l.trial);
                view! {
                    <p class="later-result" data-later-result=l.trial.as_str()>
                        <strong>{since2012::LATER_RESULT}" ("{l.year}", "{l.trial.as_str()}"): "</strong>
                        {l.text}". "<cite>{t.citation}</cite>
                    </p>
                }
            })
        })
    }
}

fn option_view(
    o: &OptionResult,
    assessment: Memo<Assessment>,
    printing: RwSignal<bool>,
    pinned: RwSignal<Option<Assessment>>,
) -> impl IntoView {
    let (id, role) = (o.id, o.role);
    let def = option(o.id);
    let mut badges: Vec<&'static str> = Vec::new();
    for b in o.reasons.iter().filter_map(|r| badge(r)) {
        if !badges.contains(&b) {
            badges.push(b);
        }
    }
    let opened = RwSignal::new(false);
    let (reasons, ids) = (o.reasons.clone(), o.refs.clone());
    let more = move || {
        (opened.get() || printing.get()).then(|| {
            let refs = if printing.get() {
                let order = assessment.with(print_order);
                ids.iter().map(|&r| printed_reference(r, id, &order).into_any()).collect_view()
            } else {
                ids.iter().map(|&r| reference_view(r).into_any()).collect_view()
            };
            view! {
                <p class="summary">{def.summary}</p>
                {role.is_offered().then(|| given_as(id))}
                <ul class="reasons">{reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
                <ul class="refs-list">{refs}</ul>
            }
        })
    };
    let pin_change_of = move || pinned.with(|p| p.as_ref().and_then(|p| pin_change(p, id, role)));
    let toggle = move |ev: leptos::ev::Event| {
        if is_open(&ev) {
            opened.set(true)
        }
    };
    if role == Role::NotRecommended {
        // One line: the name and the reason; the rest on demand.
        return view! {
            <li class="option brief" data-option=o.id.as_str() data-role=o.role.as_str() data-pin-change=pin_change_of>
                <strong class="name">{def.name}</strong>": "{deciding(&o.reasons).to_string()}
                <details class="more" on:toggle=toggle>
                    <summary>{more_label(o.refs.len())}</summary>
                    {more}
                </details>
            </li>
        }
        .into_any();
    }
    view! {
        <li class="option" data-option=o.id.as_str() data-role=o.role.as_str() data-pin-change=pin_change_of>
            <div class="option-head">
                <h4>{def.name}</h4>
                <span class="role-tag">{role_tag(role)}</span>
                // On paper the summary runs on after the name, as before the cards folded.
                {move || printing.get().then(|| view! { <span class="summary print-inline">{def.summary}</span> })}
                {badges.into_iter().map(|b| view! { <span class="badge">{b}</span> }).collect_view()}
            </div>
            {move || pinned.with(|p| p.as_ref().and_then(|p| pin_note(p, id, role))).map(|n| view! { <p class="pin-note">{n}</p> })}
            <p class="decides">{deciding(&o.reasons).to_string()}</p>
            {later_result_view(assessment, id)}
            <details class="more" on:toggle=toggle>
                <summary>{more_label(o.refs.len())}</summary>
                {more}
            </details>
        </li>
    }
    .into_any()
}

/// Each reference with the option that cites it first on paper (the roles in
/// their printed order): written out there, and cited by its number after.
fn print_order(a: &Assessment) -> Vec<(RefId, OptionId)> {
    let mut order: Vec<(RefId, OptionId)> = Vec::new();
    for role in [Role::Preferred, Role::Alternative, Role::NotRecommended] {
        for o in a.with_role(role) {
            for &r in &o.refs {
                if !order.iter().any(|&(seen, _)| seen == r) {
                    order.push((r, o.id));
                }
            }
        }
    }
    order
}

fn printed_reference(r: RefId, on: OptionId, order: &[(RefId, OptionId)]) -> impl IntoView {
    let at = order.iter().position(|&(x, _)| x == r);
    let first = at.is_some_and(|i| order[i].1 == on);
    let number = at.map_or(String::new(), |i| format!("[{}]", i + 1));
    view! {
        <li class="ref" data-ref=r.as_str()>
            <span class="ref-no">{number}</span>
            {first.then(|| view! { " "<span class="citation">{reference(r).citation}</span> })}
        </li>
    }
}

fn more_label(refs: usize) -> String {
    match refs {
        1 => format!("{MORE} (1 reference)"),
        n => format!("{MORE} ({n} references)"),
    }
}

/// How it is given, in the drug facts' own words (the patient card's rows),
/// with the pages they were read on.
fn given_as(id: OptionId) -> Option<impl IntoView> {
    drug_facts(id).map(|d| {
        let text = d.how.iter().map(|f| f.text).collect::<Vec<_>>().join(" ");
        let mut pages = Vec::new();
        for &p in d.how.iter().flat_map(|f| f.pages) {
            if !pages.contains(&p) {
                pages.push(p);
            }
        }
        let (ids, names) = drug_citation(&pages);
        view! {
            <p class="given-as" data-given-as=id.as_str()>
                <strong>{if d.involves { INVOLVES } else { GIVEN_AS }}</strong>{text}" "
                <cite class="source" data-drug-ref=ids>"("{names}")"</cite>
            </p>
        }
    })
}

/// Moves focus to a question of the form.
fn focus_question(field: Field) {
    let base = field.as_str();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(details) = doc.query_selector(&format!("details:has(#q-{base})")).ok().flatten() {
        let _ = details.set_attribute("open", "");
    }
    if let Some(el) = doc.get_element_by_id(&format!("q-{base}")) {
        bring_into_view(el);
    }
}

#[component]
pub fn Results(
    case: RwSignal<Case>,
    assessment: Memo<Assessment>,
    show_all: RwSignal<bool>,
    pinned: RwSignal<Option<Assessment>>,
) -> impl IntoView {
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
            let mode = a.chemo_mode.map(|m| format!(" · {}", chemo_mode_text(m)));
            view! {
                <p class="strategy" data-strategy=a.strategy.as_str() data-subtype=a.subtype.as_str()>
                    <strong>{strategy_text(a.strategy)}</strong>
                    {mode}
                    {a.provisional.then_some(PROVISIONAL)}
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
                        {option_view(&o, assessment, printing, pinned)}
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
                .map(|&m| {
                    let label = m.field.label();
                    let detail = m.exposure.map(|_| format!(" ({m})"));
                    view! {
                        <li data-missing=m.to_string()>
                            <button type="button" class="link" on:click=move |_| { show_all.set(true); focus_question(m.field) }>
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
    let why_not = move || {
        case.with(|c| {
            assessment.with(|a| {
                let mut all = crate::engine::why_not_preferred(a);
                all.extend(crate::engine::why_not(c, a));
                all
            })
        })
    };
    // Options the pinned assessment listed that this one does not.
    let removed = move || {
        pinned.with(|p| {
            p.as_ref().map(|p| {
                assessment.with(|a| {
                    p.options.iter().filter(|o| a.option(o.id).is_none()).map(|o| (o.id, o.role)).collect::<Vec<_>>()
                })
            })
        })
    };
    let pin = move |_| {
        if pinned.with_untracked(Option::is_some) {
            pinned.set(None);
        } else {
            pinned.set(Some(assessment.get_untracked()));
        }
    };
    view! {
        <section class="results" aria-labelledby="results-title">
            <div class="results-head">
                <h2 id="results-title">{frame::RESULTS_TITLE}</h2>
                <button type="button" id="pin" aria-pressed=move || pinned.with(Option::is_some).to_string() on:click=pin>
                    {move || if pinned.with(Option::is_some) { "Unpin" } else { frame::PIN }}
                </button>
            </div>
            <div class="pinned" role="status" hidden=move || pinned.with(Option::is_none)>
                <p>"Pinned: changes since then are marked on the options and in the flowchart. The pinned assessment stays on this page only."</p>
                {move || pinned.with(|p| p.as_ref().map(|p| (p.strategy, p.chemo_mode))).map(|(was, was_mode)| assessment.with(|a| {
                    let words = |s, m: Option<crate::assessment::ChemoMode>| {
                        m.map_or_else(|| strategy_text(s).to_string(), |m| format!("{} · {}", strategy_text(s), chemo_mode_text(m)))
                    };
                    view! {
                        <p data-pin-strategy=was.as_str()>
                            <strong>"Strategy: "</strong>{words(was, was_mode)}
                            {if (was, was_mode) == (a.strategy, a.chemo_mode) { " (unchanged)".to_string() } else { format!(" → now {}", words(a.strategy, a.chemo_mode)) }}
                        </p>
                    }
                }))}
                {move || removed().filter(|r| !r.is_empty()).map(|r| view! {
                    <p>"No longer listed: "
                        {r.into_iter().enumerate().map(|(i, (id, role))| view! {
                            {(i > 0).then_some("; ")}
                            <span class="removed" data-pin-removed=id.as_str()>{option(id).name}" (was "{role_name(role)}")"</span>
                        }).collect_view()}
                    </p>
                })}
            </div>
            <ul class="alerts" aria-label="Alerts">{alerts}</ul>
            {strategy}
            {group(Role::Preferred)}
            {group(Role::Alternative)}
            {group(Role::NotRecommended)}
            <section class="missing">
                <h3 tabindex="-1">"Inputs that would change this result"</h3>
                <ul>{missing}</ul>
            </section>
            <WhatIf case=case/>
            <details class="why-not" on:toggle=move |ev| why_open.set(is_open(&ev))>
                <summary>"Why not …? The options not offered, and why the others are not first"</summary>
                <ul>
                    <For each=move || if why_open.get() { why_not() } else { Vec::new() } key=content_key let:item>
                        <li data-why-not=item.0.as_str()><strong>{option(item.0).name}</strong>": "{item.1}</li>
                    </For>
                </ul>
            </details>
        </section>
    }
}

/// The value as the case JSON writes it: `yes`, `45`.
fn json_text(v: &serde_json::Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

/// Every missing input, each value it can take and what would follow; built
/// when opened (it evaluates the case once per value), one click applies a value.
#[component]
fn WhatIf(case: RwSignal<Case>) -> impl IntoView {
    let open = RwSignal::new(false);
    let explored = move || {
        open.get().then(|| {
            let all = case.with(whatif);
            if all.is_empty() {
                return view! { <p class="none">"Nothing to explore: every input that would change this result is known."</p> }.into_any();
            }
            all.into_iter()
                .map(|e| {
                    let label = e.field.field.label();
                    let detail = e.field.exposure.map(|_| format!(" ({})", e.field));
                    let effect = e.effect;
                    let values = e
                        .values
                        .into_iter()
                        .map(|o| {
                            let field = e.field;
                            let value = o.value.clone();
                            let apply = move |_| {
                                if let Some(c) = case.with_untracked(|c| with_value(c, &field, &value)) {
                                    case.set(c);
                                }
                            };
                            let names: Vec<&str> = o.preferred.iter().map(|&id| option(id).name).collect();
                            let ids: Vec<&str> = o.preferred.iter().map(|id| id.as_str()).collect();
                            view! {
                                <li data-whatif-value=json_text(&o.value) data-strategy=o.strategy.as_str() data-preferred=ids.join(" ")>
                                    <button type="button" class="link" on:click=apply>{o.label}</button>
                                    ": "{strategy_text(o.strategy)}
                                    {(!names.is_empty()).then(|| format!(" — preferred: {}", names.join(", ")))}
                                    {o.path_changes.then_some(" · the path changes")}
                                    // What else it changes, said most where it changes neither strategy nor preferred options.
                                    {(effect == Effect::Nothing || !o.also.is_empty()).then(|| {
                                        let also: Vec<String> = o.also.iter().map(|&a| also_text(a)).collect();
                                        let words = if also.is_empty() { NOTHING_ELSE.to_string() } else { also.join("; ") };
                                        view! { <span class="also" data-also=o.also.len()>" · "{words}</span> }
                                    })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="whatif-field" data-whatif-field=e.field.to_string() data-effect=format!("{:?}", e.effect)>
                            <h4>{label}{detail}" — "{effect_text(e.effect)}</h4>
                            <ul>{values}</ul>
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <details class="whatif" on:toggle=move |ev| open.set(is_open(&ev))>
            <summary>"What would change the answer: each unknown input, explored"</summary>
            <p class="hint">"Each value is evaluated by the same rules; choose one to enter it in the case."</p>
            {explored}
        </details>
    }
}
