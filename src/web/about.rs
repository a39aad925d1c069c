//! "About / basis": what a clinician needs to review the basis independently.

use super::shared::reference_view;
use crate::ids::RefId;
use crate::kb::drug_facts::DRUG_FACTS;
use crate::kb::drug_pages::DRUG_PAGES;
use crate::kb::fields::FIELDS;
use crate::kb::options::option;
use crate::kb::provenance::*;
use crate::kb::since2012::TRIALS;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let fields =
        FIELDS.iter().map(|f| view! { <li><strong>{f.label}</strong>" — "{f.id.definition()}</li> }).collect_view();
    let refs = RefId::ALL.iter().map(|&r| reference_view(r)).collect_view();
    let trials = TRIALS
        .iter()
        .map(|t| view! {
            <li class="ref" data-trial=t.id.as_str()>
                <span class="citation">{t.citation}</span>" — "<strong>{t.id.as_str()}</strong>" ("{t.agents}"; "{t.population}"): "{t.result}
            </li>
        })
        .collect_view();
    // Each page with the options whose facts cite it.
    let drug_pages = DRUG_PAGES
        .iter()
        .map(|p| {
            let cited_by = DRUG_FACTS
                .iter()
                .filter(|d| d.statements().any(|f| f.pages.contains(&p.id)))
                .map(|d| option(d.id).name)
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li class="ref" data-drug-page=p.id.as_str()>
                    <span class="citation">{p.publisher}</span>" — "<span class="url">{p.url}</span>" — "{cited_by}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="about" aria-labelledby="about-title">
            <h2 id="about-title">{ABOUT_TITLE}</h2>
            <h3>"Source"</h3>
            <p>{SOURCE}</p>
            <p>{PROVENANCE}</p>
            <p>{CLINICIAN_CHOICE}</p>
            <p><strong>{DISCLAIMER}</strong></p>
            <h3>"Intended users and population"</h3>
            <p>{USERS}" "{SCOPE}" "{OUT_OF_SCOPE}</p>
            <h3>"How the logic works"</h3>
            <p>{logic()}</p>
            <h3>"The inputs"</h3>
            <ul class="fields">{fields}</ul>
            <h3>"Update policy"</h3>
            <p>{update_policy()}</p>
            <h3>"Funding"</h3>
            <p>{FUNDING}</p>
            <h3>"Privacy"</h3>
            <p>{PRIVACY}</p>
            <h3>"References"</h3>
            <ul class="refs">{refs}</ul>
            <h3>"Since 2012"</h3>
            <p>{SINCE_2012_NOTE}</p>
            <ul class="refs trials">{trials}</ul>
            <h3>"Drug information"</h3>
            <p>{DRUG_INFORMATION_NOTE}</p>
            <ul class="refs drug-pages">{drug_pages}</ul>
        </article>
    }
}
