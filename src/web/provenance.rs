//! The basis of the aid, on every screen: 2012 source, content version,
//! "supports, does not replace, clinical judgement", and what changed since.

use crate::assessment::{Assessment, Relevance};
use crate::kb::provenance::*;
use crate::kb::since2012::{self, pointer, trial, GUIDELINES};
use leptos::prelude::*;

#[component]
pub fn ProvenanceBar() -> impl IntoView {
    view! {
        <div class="provenance" data-testid="provenance">
            <p>
                <strong>{DISCLAIMER}</strong>
                " "{BASED_ON}" "<cite>{JOURNAL}</cite>" "{FROZEN}" "
                <span class="version">{CONTENT_VERSION}" · app "{env!("CARGO_PKG_VERSION")}</span>
            </p>
        </div>
    }
}

/// "Since 2012": with an assessment, the pointers for this case first (each
/// with its trials' headline figures and citations, or the test that would
/// tell), then the general list and the current guidelines.
#[component]
pub fn Since2012(#[prop(optional)] assessment: Option<Memo<Assessment>>) -> impl IntoView {
    let for_case = assessment.map(|a| {
        let pointers = move || {
            a.with(|a| {
                if a.since_2012.is_empty() {
                    return view! { <p>{since2012::NONE_FOR_THIS_CASE}</p> }.into_any();
                }
                let items = a.since_2012.iter().map(|p| {
                    let def = pointer(p.id);
                    let bearing = match p.relevance {
                        Relevance::Applies => since2012::APPLIES.to_string(),
                        Relevance::AskAboutTest => format!("{} {}.", since2012::ASK, def.test),
                    };
                    let trials = p.trials.iter().map(|&t| {
                        let d = trial(t);
                        view! {
                            <li data-trial=t.as_str()>
                                <strong>{t.as_str()}</strong>
                                <span class="trial-detail">" ("{d.agents}"; "{d.population}"): "{d.result}". "<cite>{d.citation}</cite></span>
                            </li>
                        }
                    }).collect_view();
                    view! {
                        <li data-since=p.id.as_str() data-relevance=p.relevance.as_str()>
                            <strong>{def.title}</strong>" — "{bearing}
                            <ul class="trials">{trials}</ul>
                        </li>
                    }
                }).collect_view();
                view! { <ul class="since-case">{items}</ul> }.into_any()
            })
        };
        view! {
            <h3>{since2012::FOR_THIS_CASE}</h3>
            {pointers}
        }
    });
    let has_case = assessment.is_some();
    view! {
        <aside class="since2012" data-testid="since-2012" aria-labelledby="since2012-title">
            <h2 id="since2012-title">{SINCE_2012_TITLE}</h2>
            <p>{SINCE_2012_NOTE}</p>
            {for_case}
            {has_case.then(|| view! { <h3 class="general">"In general"</h3> })}
            <ul class="general">{SINCE_2012.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
            {has_case.then(|| view! {
                <h3 class="guidelines-title">{since2012::GUIDELINES_TITLE}</h3>
                <ul class="guidelines">{GUIDELINES.iter().map(|g| view! { <li>{*g}</li> }).collect_view()}</ul>
            })}
        </aside>
    }
}
