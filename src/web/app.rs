use super::provenance::{ProvenanceBar, Since2012};
use crate::kb::provenance::{PROVENANCE, SCOPE};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <header class="masthead">
            <h1>"mbc-aid"</h1>
            <p class="subtitle">"Decision aid for HER2-negative metastatic breast cancer"</p>
            <ProvenanceBar/>
        </header>
        <main id="main" data-testid="app-ready">
            <p>{SCOPE}" "{PROVENANCE}</p>
            <Since2012/>
        </main>
    }
}
