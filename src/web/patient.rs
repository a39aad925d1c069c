//! The patient view: the same assessment in plain words. It compares the
//! options side by side (`grid.rs`), explains the branch taken, each offered
//! option with what the studies showed and the side effects they reported
//! (figures as natural frequencies and icon arrays), what is not known yet,
//! questions to ask and the values step. Warnings about pregnancy are left
//! out, and said so once, where they cannot apply. It never says which option
//! to choose: the roles read "options the guide lists first" and "other
//! options the guide lists".

use super::grid::{columns, listing, CompareGrid};
use super::statements::{facts, findings, shown};
use super::summary::PatientPrintHeader;
use super::values::{Values, ValuesStep, ValuesSummary};
use crate::assessment::Effect;
use crate::assessment::Relevance;
use crate::assessment::Severity;
use crate::assessment::{Assessment, OptionResult, Role};
use crate::case::Case;
use crate::engine::whatif::whatif;
use crate::ids::OptionId;
use crate::kb::alerts::alert;
use crate::kb::copy::*;
use crate::kb::drug_facts::{drug_facts, pregnancy_warnings_apply, warns_of_pregnancy};
use crate::kb::nodes::node;
use crate::kb::patient::{self, patient_option, PatientOption};
use crate::kb::since2012;
use leptos::prelude::*;

/// How it is given, from the drug facts; the trials, which the drug facts
/// have no page on, say so.
fn how_view(id: OptionId) -> impl IntoView {
    match drug_facts(id) {
        Some(d) => view! {
            <dt class="detail">{if d.involves { INVOLVES } else { HOW }}</dt>
            <dd class="how">{facts(d.how.iter().chain(d.course), d.schedules_differ)}</dd>
        }
        .into_any(),
        None => view! {
            <dt class="detail">{INVOLVES}</dt>
            <dd class="how">{findings(&[], Some(NO_PAGE_INVOLVES))}</dd>
        }
        .into_any(),
    }
}

/// Its common side effects and serious warnings, then, for a combination,
/// each drug's own (folded: the card stays short); warnings about pregnancy
/// only where they can apply.
fn effects_view(id: OptionId, pregnancy: bool) -> impl IntoView {
    let Some(d) = drug_facts(id) else {
        return view! {
            <dt class="detail">{COMMON}</dt>
            <dd class="common">{findings(&[], Some(NO_PAGE_EFFECTS))}</dd>
            <dt class="detail">{SERIOUS}</dt>
            <dd class="serious">{findings(&[], Some(NO_PAGE_EFFECTS))}</dd>
        }
        .into_any();
    };
    let parts = (!d.parts.is_empty()).then(|| {
        let each = d.parts.iter().filter_map(|&p| drug_facts(p).map(|f| (p, f))).map(|(p, f)| {
            view! {
                <details class="part" data-part=p.as_str()>
                    <summary>{patient_option(p).map_or("", |o| o.name)}</summary>
                    <p class="part-heading">{COMMON}</p>
                    {facts(f.common.iter(), false)}
                    <p class="part-heading">{SERIOUS}</p>
                    {facts(shown(f.serious, pregnancy), false)}
                </details>
            }
        });
        view! {
            <dt class="detail">{PARTS}</dt>
            <dd class="parts">{each.collect_view()}</dd>
        }
    });
    view! {
        <dt class="detail">{COMMON}</dt>
        <dd class="common">{facts(d.common.iter(), false)}</dd>
        <dt class="detail">{SERIOUS}</dt>
        <dd class="serious">{facts(shown(d.serious, pregnancy), false)}</dd>
        {parts}
    }
    .into_any()
}

/// A later study of this option (§9.7), in plain words, apart from the 2012 evidence and marked with its year.
fn later_view(a: &Assessment, id: OptionId) -> Option<impl IntoView> {
    a.later_results.iter().any(|l| l.option == id).then(|| since2012::later_result(id)).flatten().map(|l| {
        let t = since2012::trial(l.trial);
        view! {
            <dt class="detail later">{since2012::PLAIN_LATER_RESULT}" ("{l.year}")"</dt>
            <dd class="later" data-later-result=l.trial.as_str()>
                <ul class="findings"><li class="finding"><p>{l.plain}</p><cite class="source">{SOURCE}": "{t.citation}</cite></li></ul>
            </dd>
        }
    })
}

/// `in_grid`: its statements are in the comparison grid, which prints in its place.
fn option_card(o: &OptionResult, a: &Assessment, in_grid: bool, pregnancy: bool) -> impl IntoView {
    let path = &a.path;
    // Every option the engine offers has an entry (tests/patient_text.rs).
    let p: Option<&PatientOption> = patient_option(o.id);
    p.map(|p| {
        view! {
            <li class="p-option" class:in-grid=in_grid data-plain-option=o.id.as_str() data-role=o.role.as_str()>
                <h4>{p.name}</h4>
                <p class="listing">{listing(o.id, a)}</p>
                <dl>
                    <dt>{WHAT}</dt>
                    <dd>{p.what}</dd>
                    {how_view(o.id)}
                    <dt class="detail">{BENEFITS}</dt>
                    <dd class="benefits">{findings(p.benefits_at(path), p.benefits_unstudied().then_some(patient::BENEFITS_NOT_IN_SOURCES))}</dd>
                    {later_view(a, o.id)}
                    <dt class="detail">{HARMS}</dt>
                    <dd class="harms">{findings(p.harms, p.harms_unstudied().then_some(patient::HARMS_NOT_IN_SOURCES))}</dd>
                    {effects_view(o.id, pregnancy)}
                </dl>
            </li>
        }
    })
}

#[component]
pub fn PatientView(case: RwSignal<Case>, assessment: Memo<Assessment>, values: RwSignal<Values>) -> impl IntoView {
    // The grid's columns as chosen (`None`: the guide's first options), in memory only.
    let chosen = RwSignal::new(None::<Vec<OptionId>>);
    let grid_columns = Memo::new(move |_| assessment.with(|a| chosen.with(|c| columns(a, c.as_deref()))));
    let pregnancy = Memo::new(move |_| case.with(pregnancy_warnings_apply));
    let left_out = move || {
        !pregnancy.get()
            && assessment.with(|a| a.options.iter().any(|o| o.role.is_offered() && warns_of_pregnancy(o.id)))
    };
    let alerts = move || {
        assessment.with(|a| {
            a.alerts
                .iter()
                .map(|al| {
                    let urgent = al.severity == Severity::Urgent;
                    view! {
                        <li class=format!("alert {}", al.severity.as_str()) data-plain-alert=al.code.as_str()>
                            {urgent.then_some(view! { <strong class="sev">{URGENT}" "</strong> })}
                            {alert(al.code).plain}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let strategy = move || {
        assessment.with(|a| {
            view! {
                <p class="p-strategy" data-plain-strategy=a.strategy.as_str()>
                    {patient::strategy(a.strategy)}
                    {a.chemo_mode.map(|m| view! { " "{patient::chemo_mode(m)} })}
                    {a.provisional.then_some(view! { " "<strong>{patient::PROVISIONAL}</strong> })}
                </p>
            }
        })
    };
    let path = move || {
        assessment.with(|a| {
            a.path
                .iter()
                .map(|&id| {
                    let newer = since2012::overtaken(id, a).then_some(view! { " "<strong class="newer" data-newer=id.as_str()>{since2012::PLAIN_NEWER_AT_THIS_STEP}</strong> });
                    view! { <li data-plain-node=id.as_str()>{node(id).plain}{newer}</li> }
                })
                .collect_view()
        })
    };
    let group = move |role: Role, title: &'static str| {
        move || {
            assessment.with(|a| {
                let items: Vec<_> = a.with_role(role).collect();
                let (in_grid, pregnancy) = (grid_columns.get(), pregnancy.get());
                let all_in_grid = items.iter().all(|o| in_grid.contains(&o.id));
                (!items.is_empty()).then(|| {
                    view! {
                        <section class=format!("p-options {}", role.as_str()) class:all-in-grid=all_in_grid>
                            <h3>{title}</h3>
                            <ul>{items.into_iter().map(|o| option_card(o, a, in_grid.contains(&o.id), pregnancy)).collect_view()}</ul>
                        </section>
                    }
                })
            })
        }
    };
    let nothing_offered = move || assessment.with(|a| !a.options.iter().any(|o| o.role.is_offered()));
    let some_excluded = move || assessment.with(|a| a.with_role(Role::NotRecommended).next().is_some());
    // Only the unknowns whose answer would change the options, each with what it
    // could change (the same exploration as the clinician's "what would change").
    // Read three times (the section, its list, the question): worked out once per case.
    let missing = Memo::new(move |_| {
        case.with(|c| {
            // Several entries can name one field (`chemo_history[0]…`, `[1]…`): the patient sees it once.
            let mut items: Vec<(&str, &str)> = Vec::new();
            for e in whatif(c) {
                let could = match e.effect {
                    Effect::Strategy => COULD_CHANGE_STRATEGY,
                    Effect::PreferredOptions => COULD_CHANGE_OPTIONS,
                    Effect::Nothing => continue,
                };
                let plain = e.field.field.plain();
                if !items.iter().any(|(l, _)| *l == plain) {
                    items.push((plain, could));
                }
            }
            items
        })
    });
    view! {
        <article class="patient-view" aria-labelledby="patient-title" data-testid="patient-view">
            <PatientPrintHeader case=case/>
            <h2 id="patient-title">{TITLE}</h2>
            {INTRO.iter().map(|p| view! { <p class="intro">{*p}</p> }).collect_view()}
            <section hidden=move || assessment.with(|a| a.alerts.is_empty())>
                <h3>{ALERTS_TITLE}</h3>
                <ul class="alerts">{alerts}</ul>
            </section>
            {strategy}
            // The grid first: it is what she compares, and the first thing on her paper.
            <p class="numbers">{NUMBERS}</p>
            <p class="left-out" hidden=move || !left_out()>{PREGNANCY_LEFT_OUT}</p>
            <CompareGrid assessment=assessment chosen=chosen columns=grid_columns pregnancy=pregnancy/>
            <details class="overview">
                <summary>{OVERVIEW_TITLE}</summary>
                {OVERVIEW.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </details>
            <section>
                <h3>{PATH_TITLE}</h3>
                <ol class="p-path">{path}</ol>
            </section>
            {group(Role::Preferred, FIRST)}
            {group(Role::Alternative, OTHERS)}
            <p class="print-only" hidden=move || assessment.with(|a| grid_columns.with(|g| a.options.iter().all(|o| !o.role.is_offered() || g.contains(&o.id))))>{PRINT_BRIEF}</p>
            <p hidden=move || !nothing_offered()>{NONE_YET}</p>
            <p hidden=move || !some_excluded()>{NOT_LISTED}</p>
            <section hidden=move || missing.with(Vec::is_empty)>
                <h3>{MISSING_TITLE}</h3>
                <ul class="p-missing">
                    {move || missing.get().into_iter().map(|(l, could)| view! { <li data-plain-whatif=l><strong>{l}</strong>". "{could}</li> }).collect_view()}
                </ul>
            </section>
            <section class="p-since" hidden=move || assessment.with(|a| a.since_2012.is_empty())>
                <h3>{since2012::PLAIN_TITLE}</h3>
                <p>{since2012::PLAIN_INTRO}</p>
                <ul>
                    {move || assessment.with(|a| a.since_2012.iter().map(|p| view! {
                        <li data-plain-since=p.id.as_str()>
                            {since2012::pointer(p.id).plain}
                            {(p.relevance == Relevance::AskAboutTest).then_some(view! { " "{since2012::PLAIN_TEST} })}
                            {(!p.assumes.is_empty()).then_some(view! { " "<span data-plain-assumes="">{since2012::PLAIN_ASSUMES}</span> })}
                        </li>
                    }).collect_view())}
                </ul>
            </section>
            <section class="p-since-general print-only" hidden=move || assessment.with(|a| !a.since_2012.is_empty())>
                <h3>{since2012::PLAIN_GENERAL_TITLE}</h3>
                <p>{since2012::PLAIN_GENERAL}</p>
            </section>
            <section class="questions">
                <h3>{QUESTIONS_TITLE}</h3>
                <ul>
                    {QUESTIONS.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}
                    {move || (!missing.with(Vec::is_empty)).then_some(view! { <li>{ASK_MISSING}</li> })}
                </ul>
            </section>
            <ValuesStep values=values/>
            <ValuesSummary values=values/>
        </article>
    }
}
