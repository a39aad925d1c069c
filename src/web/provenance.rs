//! The basis of the aid, on every screen: 2012 source, content version,
//! "supports, does not replace, clinical judgement", and what changed since.

use crate::assessment::{Assessment, Pointer, Relevance};
use crate::case::{Case, Her2Ihc};
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
/// with its trials' headline figures, citations and US approval status, the
/// test that would tell, and the unknown history it assumes), then the general
/// list and the current guidelines. The date it is current to comes from the
/// knowledge base; past it by more than six months, the page says so.
#[component]
pub fn Since2012(
    #[prop(optional)] case: Option<RwSignal<Case>>,
    #[prop(optional)] assessment: Option<Memo<Assessment>>,
) -> impl IntoView {
    let for_case = case.zip(assessment).map(|(case, a)| {
        let pointers = move || {
            a.with(|a| {
                if a.since_2012.is_empty() {
                    let why = case.with(|c| since2012::none_for_this_case(c, a));
                    return view! { <div class="since-none">{why.into_iter().map(|w| view! { <p>{w}</p> }).collect_view()}</div> }
                        .into_any();
                }
                let her2_ihc = case.with(|c| c.her2_ihc);
                let items = a.since_2012.iter().map(|p| pointer_view(p, her2_ihc)).collect_view();
                view! { <ul class="since-case">{items}</ul> }.into_any()
            })
        };
        view! {
            <h3>{since2012::FOR_THIS_CASE}" — "<span data-current-to=since2012::CURRENT_TO>{since2012::CURRENT_TO_WORDS}</span></h3>
            {out_of_date().then(|| view! { <p class="stale" data-stale="">{since2012::MAY_BE_OUT_OF_DATE}</p> })}
            {pointers}
        }
    });
    let has_case = for_case.is_some();
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

/// The device's clock is more than six months past the date the pointers are current to.
fn out_of_date() -> bool {
    let now = js_sys::Date::new_0();
    since2012::out_of_date(now.get_full_year(), now.get_month() + 1)
}

/// One pointer: what it is, how it bears on the case, what it assumes, its trials.
fn pointer_view(p: &Pointer, her2_ihc: Her2Ihc) -> impl IntoView {
    let def = pointer(p.id);
    let bearing = match p.relevance {
        Relevance::Applies => since2012::APPLIES.to_string(),
        Relevance::AskAboutTest => format!("{} {}.", since2012::ASK, since2012::test_for(p.id, her2_ihc)),
    };
    let assumes = p.assumes.iter().map(|a| format!("{}={}", a.field, a.assumed.as_str())).collect::<Vec<_>>().join(" ");
    let assumptions = p
        .assumes
        .iter()
        .map(|&a| view! { <li data-assumption=a.field.as_str()>{since2012::assumption(a)}</li> })
        .collect_view();
    let trials = p
        .trials
        .iter()
        .map(|&t| {
            let d = trial(t);
            view! {
                <li data-trial=t.as_str()>
                    <strong>{t.as_str()}</strong>
                    <span class="trial-detail">" ("{d.agents}"; "{d.population}"): "{d.result}". "<cite>{d.citation}</cite></span>
                </li>
            }
        })
        .collect_view();
    view! {
        <li data-since=p.id.as_str() data-relevance=p.relevance.as_str() data-assumes=(!assumes.is_empty()).then_some(assumes)>
            <strong>{def.title}</strong>" — "{bearing}
            {(!def.note.is_empty()).then_some(view! { " "<span class="note">{def.note}</span> })}
            {(!p.assumes.is_empty()).then(|| view! { <ul class="assumes">{assumptions}</ul> })}
            {p.trials.is_empty().then_some(view! { <p class="guidance">{since2012::GUIDANCE_ONLY}</p> })}
            <ul class="trials">{trials}</ul>
        </li>
    }
}
