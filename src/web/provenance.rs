//! The basis of the aid, on every screen: 2012 source, content version,
//! "supports, does not replace, clinical judgement", and what changed since.

use crate::kb::provenance::*;
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

#[component]
pub fn Since2012() -> impl IntoView {
    view! {
        <aside class="since2012" data-testid="since-2012" aria-labelledby="since2012-title">
            <h2 id="since2012-title">{SINCE_2012_TITLE}</h2>
            <p>{SINCE_2012_NOTE}</p>
            <ul>{SINCE_2012.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
        </aside>
    }
}
