//! The patient view: the same assessment in plain words. It explains the
//! branch taken, each offered option with what the studies showed and the
//! side effects they reported (figures as natural frequencies and icon
//! arrays), what is not known yet, questions to ask and the values step. It
//! never says which option to choose: the roles read "options the guide lists
//! first" and "other options the guide lists".

use super::shared::drug_citation;
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
use crate::kb::drug_facts::{drug_facts, Fact};
use crate::kb::nodes::node;
use crate::kb::patient::{self, patient_option, Finding, Group, PatientOption, Source};
use crate::kb::reference;
use crate::kb::since2012;
use leptos::prelude::*;

/// "30 out of every 100"; a percentage with decimals is rounded for the
/// words and the icons, and given exactly beside them.
fn frequency(g: &Group) -> (usize, String) {
    let (n, percent) = (g.per_100(), g.percent);
    let words =
        if percent.contains('.') { format!("{ABOUT} {n} {PER_100} ({percent}%)") } else { format!("{n} {PER_100}") };
    (n, words)
}

/// 100 people as a 10 × 10 grid, the first `n` filled: shape, not colour, carries it.
fn icon_array(n: usize, label: String) -> impl IntoView {
    let dots = (0..100)
        .map(|i| {
            let (x, y) = ((i % 10) * 10 + 5, (i / 10) * 10 + 5);
            let class = if i < n { "dot on" } else { "dot" };
            view! { <circle class=class cx=x cy=y r="3.6"/> }
        })
        .collect_view();
    view! {
        <svg class="icon-array" viewBox="0 0 100 100" role="img" aria-label=label>{dots}</svg>
    }
}

fn group_view(g: &Group) -> impl IntoView {
    let (n, words) = frequency(g);
    view! {
        <li class="group" data-percent=g.percent>
            {icon_array(n, format!("{}: {words}", g.label))}
            <span class="freq"><strong>{g.label}</strong>": "{words}</span>
        </li>
    }
}

fn finding_view(f: &Finding) -> impl IntoView {
    let cite = match f.source {
        Source::Ref(r) => {
            Some(view! { <cite class="source" data-ref=r.as_str()>{SOURCE}": "{reference(r).citation}</cite> })
        }
        Source::Spec => None,
    };
    view! {
        <li class="finding">
            <p>{f.text}</p>
            {(!f.groups.is_empty()).then(|| view! { <ul class="groups">{f.groups.iter().map(group_view).collect_view()}</ul> })}
            {cite}
        </li>
    }
}

fn findings(list: &'static [Finding], missing: Option<&'static str>) -> impl IntoView {
    view! {
        <ul class="findings">
            {list.iter().map(finding_view).collect_view()}
            {missing.map(|m| view! { <li class="finding unstated"><p>{m}</p></li> })}
        </ul>
    }
}

/// "Source: Macmillan; Cancer Research UK", then "(limited source)" where the
/// fact rests on a weaker page; a line saying what was not found cites nothing.
fn fact_view(f: &'static Fact) -> impl IntoView {
    let cite = (!f.not_found()).then(|| {
        let (ids, names) = drug_citation(f.pages);
        view! { <cite class="source" data-drug-ref=ids>{SOURCE}": "{names}</cite> }
    });
    view! {
        <li class=if f.not_found() { "finding unstated" } else { "finding" } data-limited=f.limited.then_some("")>
            <p>{f.text}</p>
            {cite}
            {f.limited.then_some(view! { " "<span class="limited">{LIMITED}</span> })}
        </li>
    }
}

fn facts(list: &'static [Fact]) -> impl IntoView {
    facts_then(list, &[], false)
}

fn facts_then(list: &'static [Fact], then: &'static [Fact], differ: bool) -> impl IntoView {
    view! {
        <ul class="findings">
            {list.iter().chain(then).map(fact_view).collect_view()}
            {differ.then_some(view! { <li class="finding differ"><p>{SCHEDULES_DIFFER}</p></li> })}
        </ul>
    }
}

/// How it is given, from the drug facts; the trials, which the drug facts
/// have no page on, say so.
fn how_view(id: OptionId) -> impl IntoView {
    match drug_facts(id) {
        Some(d) => view! {
            <dt class="detail">{if d.involves { INVOLVES } else { HOW }}</dt>
            <dd class="how">{facts_then(d.how, d.course, d.schedules_differ)}</dd>
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
/// each drug's own (folded: the card stays short).
fn effects_view(id: OptionId) -> impl IntoView {
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
                    {facts(f.common)}
                    <p class="part-heading">{SERIOUS}</p>
                    {facts(f.serious)}
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
        <dd class="common">{facts(d.common)}</dd>
        <dt class="detail">{SERIOUS}</dt>
        <dd class="serious">{facts(d.serious)}</dd>
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

fn option_card(o: &OptionResult, a: &Assessment) -> impl IntoView {
    let path = &a.path;
    // Every option the engine offers has an entry (tests/patient_text.rs).
    let p: Option<&PatientOption> = patient_option(o.id);
    p.map(|p| {
        view! {
            <li class="p-option" data-plain-option=o.id.as_str() data-role=o.role.as_str()>
                <h4>{p.name}</h4>
                <dl>
                    <dt>{WHAT}</dt>
                    <dd>{p.what}</dd>
                    {how_view(o.id)}
                    <dt class="detail">{BENEFITS}</dt>
                    <dd class="benefits">{findings(p.benefits_at(path), p.benefits_unstudied().then_some(patient::BENEFITS_NOT_IN_SOURCES))}</dd>
                    {later_view(a, o.id)}
                    <dt class="detail">{HARMS}</dt>
                    <dd class="harms">{findings(p.harms, p.harms_unstudied().then_some(patient::HARMS_NOT_IN_SOURCES))}</dd>
                    {effects_view(o.id)}
                </dl>
            </li>
        }
    })
}

#[component]
pub fn PatientView(case: RwSignal<Case>, assessment: Memo<Assessment>, values: RwSignal<Values>) -> impl IntoView {
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
                (!items.is_empty()).then(|| {
                    view! {
                        <section class=format!("p-options {}", role.as_str())>
                            <h3>{title}</h3>
                            <ul>{items.into_iter().map(|o| option_card(o, a)).collect_view()}</ul>
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
            <details class="overview">
                <summary>{OVERVIEW_TITLE}</summary>
                {OVERVIEW.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </details>
            <section>
                <h3>{PATH_TITLE}</h3>
                <ol class="p-path">{path}</ol>
            </section>
            <p class="numbers">{NUMBERS}</p>
            {group(Role::Preferred, FIRST)}
            {group(Role::Alternative, OTHERS)}
            <p class="print-only" hidden=move || assessment.with(|a| a.with_role(Role::Alternative).next().is_none())>{PRINT_BRIEF}</p>
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
