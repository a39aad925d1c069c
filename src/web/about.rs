//! "About / basis": what a clinician needs to review the basis independently.

use super::shared::reference_view;
use crate::ids::RefId;
use crate::kb::fields::{definition, FIELDS};
use crate::kb::provenance::*;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let fields = FIELDS
        .iter()
        .map(|f| view! { <li><strong>{f.label}</strong>" — "{definition(f.name)}</li> })
        .collect_view();
    let refs = RefId::ALL.iter().map(|&r| reference_view(r)).collect_view();
    view! {
        <article class="about" aria-labelledby="about-title">
            <h2 id="about-title">"About this aid and its basis"</h2>
            <h3>"Source"</h3>
            <p>{SOURCE}</p>
            <p>{PROVENANCE}</p>
            <p>{CLINICIAN_CHOICE}</p>
            <p><strong>{DISCLAIMER}</strong></p>
            <h3>"Intended users and population"</h3>
            <p>"Oncologists and oncology nurses during a consultation or a tumour board, and patients exploring their options beside their oncologist. "{SCOPE}" HER2-positive disease is outside the algorithm; HER2-equivocal or unknown status leads to work-up, not therapy."</p>
            <h3>"How the logic works"</h3>
            <p>"The case is evaluated in the browser by a pure rule engine that implements the clinical specification ("{CONTENT_VERSION}") section by section: Figure 1 (work-up and receptor status), then Figure 2 (hormone receptor-positive disease: endocrine therapy unless visceral crisis, rapid progression or endocrine-refractory disease; triple-negative disease: chemotherapy), with exclusions for prior resistance, cardiac, neurological, hepatic and renal contraindications applied to every list. Unknown inputs are never read as \"no\": they are listed as inputs that would change the result. Thirteen safety invariants are proven by tests over the whole input space."</p>
            <h3>"The inputs"</h3>
            <ul class="fields">{fields}</ul>
            <h3>"Update policy"</h3>
            <p>"The clinical content is versioned ("{CONTENT_VERSION}"). The algorithm is kept as the 2012 review describes it; it is not updated to current practice. What has changed since is listed under \"Since 2012\" as pointers to current guidelines."</p>
            <h3>"Funding"</h3>
            <p>"None. No sponsor, no advertising, no data collection."</p>
            <h3>"Privacy"</h3>
            <p>"Everything runs in this browser. Nothing you enter is sent anywhere or stored: the case lives only in this page and in its address (after the #, which browsers never send to a server)."</p>
            <h3>"References"</h3>
            <ul class="refs">{refs}</ul>
        </article>
    }
}
