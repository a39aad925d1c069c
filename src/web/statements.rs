//! A sourced statement as the patient reads it, on a card or in a grid cell:
//! a study finding with its figures as natural frequencies and icon arrays,
//! or a drug fact with its pages and "(limited source)" mark. Both views draw
//! them from here, so a cell and a card say the same thing the same way.

use super::shared::drug_citation;
use crate::kb::copy::*;
use crate::kb::drug_facts::Fact;
use crate::kb::patient::{Finding, Group, Source};
use crate::kb::reference;
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

pub fn finding_view(f: &Finding) -> impl IntoView {
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

/// A line saying what the sources do not give, in place of a statement.
pub fn unstated(text: &'static str) -> impl IntoView {
    view! { <li class="finding unstated"><p>{text}</p></li> }
}

pub fn findings(list: &'static [Finding], missing: Option<&'static str>) -> impl IntoView {
    view! {
        <ul class="findings">
            {list.iter().map(finding_view).collect_view()}
            {missing.map(unstated)}
        </ul>
    }
}

/// "Source: Macmillan; Cancer Research UK", then "(limited source)" where the
/// fact rests on a weaker page; a line saying what was not found cites nothing.
pub fn fact_view(f: &'static Fact) -> impl IntoView {
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

/// The statements a patient is shown: a warning about pregnancy only where it can apply.
pub fn shown(list: &'static [Fact], pregnancy: bool) -> impl Iterator<Item = &'static Fact> {
    list.iter().filter(move |f| pregnancy || !f.pregnancy)
}

pub fn facts(list: impl Iterator<Item = &'static Fact>, differ: bool) -> impl IntoView {
    view! {
        <ul class="findings">
            {list.map(fact_view).collect_view()}
            {differ.then_some(view! { <li class="finding differ"><p>{SCHEDULES_DIFFER}</p></li> })}
        </ul>
    }
}
