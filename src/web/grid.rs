//! "Compare options": the options the guide lists side by side, a column per
//! option and a row per question patients ask, in the way of an Option Grid.
//! Every cell is a statement of the option's card (`statements.rs`), with
//! the same sources; where the sources say nothing, the cell says so. The
//! columns follow the guide's order and nothing in the grid ranks them.

use super::statements::{fact_view, facts, finding_view, findings, shown, unstated};
use crate::assessment::{Assessment, Role};
use crate::ids::OptionId;
use crate::kb::copy::*;
use crate::kb::drug_facts::{drug_facts, DrugFacts, Fact};
use crate::kb::options::{option, Kind};
use crate::kb::patient::{patient_option, BENEFITS_NOT_IN_SOURCES, HARMS_NOT_IN_SOURCES};
use leptos::prelude::*;

/// The most columns the grid holds: more would not be readable side by side.
pub const MAX_COLUMNS: usize = 4;

/// The grid's columns: the options chosen that the guide still lists, in the
/// guide's order; by default (or when none of those is listed any more) the
/// options it lists first.
pub fn columns(a: &Assessment, chosen: Option<&[OptionId]>) -> Vec<OptionId> {
    let offered = || a.options.iter().filter(|o| o.role.is_offered()).map(|o| o.id);
    let kept: Vec<OptionId> = chosen.map_or_else(Vec::new, |c| offered().filter(|id| c.contains(id)).collect());
    if kept.is_empty() {
        a.with_role(Role::Preferred).map(|o| o.id).take(MAX_COLUMNS).collect()
    } else {
        kept
    }
}

#[derive(Clone, Copy)]
enum Row {
    What,
    How,
    Studies,
    Common,
    Serious,
    Hair,
}

const ROWS: [Row; 6] = [Row::What, Row::How, Row::Studies, Row::Common, Row::Serious, Row::Hair];

impl Row {
    /// `data-grid-row`.
    fn hook(self) -> &'static str {
        match self {
            Row::What => "what",
            Row::How => "how",
            Row::Studies => "studies",
            Row::Common => "common",
            Row::Serious => "serious",
            Row::Hair => "hair",
        }
    }

    fn question(self) -> &'static str {
        match self {
            Row::What => WHAT,
            Row::How => HOW,
            Row::Studies => BENEFITS,
            Row::Common => COMMON,
            Row::Serious => SERIOUS,
            Row::Hair => GRID_HAIR,
        }
    }
}

/// How the guide lists an option (under its name on its column and its card), never a rank: a supportive option
/// goes alongside the others; the options listed first are equal choices.
pub fn listing(id: OptionId, a: &Assessment) -> &'static str {
    let supportive = |id: OptionId| option(id).kind == Kind::Supportive;
    let listed_first = || a.with_role(Role::Preferred).map(|o| o.id);
    if supportive(id) {
        GRID_ALONGSIDE
    } else if !listed_first().any(|first| first == id) {
        GRID_OTHER
    } else if listed_first().filter(|&first| !supportive(first)).count() > 1 {
        GRID_EQUAL
    } else {
        GRID_FIRST
    }
}

/// The statements of its own lists and of each of its drugs' that say whether hair is lost.
fn hair_loss(d: &'static DrugFacts) -> AnyView {
    let about_hair = |d: &'static DrugFacts| -> Vec<&'static Fact> {
        d.common.iter().chain(d.serious).filter(|f| f.hair_loss).collect()
    };
    let own = about_hair(d);
    let parts: Vec<(&'static str, Vec<&'static Fact>)> = d
        .parts
        .iter()
        .filter_map(|&p| drug_facts(p).map(|f| (patient_option(p).map_or("", |o| o.name), about_hair(f))))
        .filter(|(_, f)| !f.is_empty())
        .collect();
    if own.is_empty() && parts.is_empty() {
        return view! { <ul class="findings">{unstated(GRID_NO_HAIR_LOSS)}</ul> }.into_any();
    }
    view! {
        {(!own.is_empty()).then(|| facts(own.into_iter(), false))}
        {parts.into_iter().map(|(name, f)| view! {
            <p class="part-name">{name}":"</p>
            <ul class="findings">{f.into_iter().map(fact_view).collect_view()}</ul>
        }).collect_view()}
    }
    .into_any()
}

fn cell(row: Row, id: OptionId, a: &Assessment, pregnancy: bool) -> AnyView {
    let Some(p) = patient_option(id) else { return ().into_any() };
    let d = drug_facts(id);
    let no_page = |text| view! { <ul class="findings">{unstated(text)}</ul> }.into_any();
    match (row, d) {
        (Row::What, _) => view! { <p>{p.what}</p> }.into_any(),
        (Row::How, Some(d)) => facts(d.how.iter(), d.schedules_differ).into_any(),
        (Row::How, None) => no_page(NO_PAGE_INVOLVES),
        (Row::Studies, _) => {
            let benefit = p.headline_benefit(&a.path);
            view! {
                <ul class="findings">
                    {benefit.map_or_else(|| unstated(BENEFITS_NOT_IN_SOURCES).into_any(), |f| finding_view(f).into_any())}
                </ul>
                {(p.benefits_at(&a.path).len() > 1).then_some(view! { <p class="grid-note screen-only">{GRID_STUDIES_MORE}</p> })}
                <p class="part-name">{HARMS}</p>
                {findings(p.harms, p.harms_unstudied().then_some(HARMS_NOT_IN_SOURCES))}
            }
            .into_any()
        }
        (Row::Common, Some(d)) => facts(d.common.iter(), false).into_any(),
        (Row::Serious, Some(d)) => view! {
            {facts(shown(d.serious, pregnancy), false)}
            {(!d.parts.is_empty()).then_some(view! { <p class="grid-note">{PARTS}"."</p> })}
        }
        .into_any(),
        (Row::Common | Row::Serious | Row::Hair, None) => no_page(NO_PAGE_EFFECTS),
        (Row::Hair, Some(d)) => hair_loss(d),
    }
}

#[component]
pub fn CompareGrid(
    assessment: Memo<Assessment>,
    chosen: RwSignal<Option<Vec<OptionId>>>,
    columns: Memo<Vec<OptionId>>,
    pregnancy: Memo<bool>,
) -> impl IntoView {
    let head = move || {
        assessment.with(|a| {
            columns
                .get()
                .into_iter()
                .map(|id| {
                    let name = patient_option(id).map_or("", |p| p.name);
                    view! {
                        <th scope="col" data-grid-column=id.as_str()>
                            <span class="grid-name">{name}</span>
                            <span class="grid-listing">{listing(id, a)}</span>
                        </th>
                    }
                })
                .collect_view()
        })
    };
    let rows = move || {
        let pregnancy = pregnancy.get();
        assessment.with(|a| {
            let ids = columns.get();
            ROWS.iter()
                .map(|&row| {
                    let cells = ids
                        .iter()
                        .map(|&id| view! { <td data-grid-option=id.as_str()>{cell(row, id, a, pregnancy)}</td> })
                        .collect_view();
                    view! {
                        <tr data-grid-row=row.hook()>
                            <th scope="row">{row.question()}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let toggle = move |id: OptionId, on: bool| {
        let mut now = columns.get_untracked();
        if on && now.len() < MAX_COLUMNS && !now.contains(&id) {
            now.push(id);
        } else if !on && now.len() > 1 {
            now.retain(|&c| c != id);
        }
        chosen.set(Some(now));
    };
    let choices = move || {
        assessment.with(|a| {
            a.options
                .iter()
                .filter(|o| o.role.is_offered())
                .map(|o| {
                    let id = o.id;
                    let name = patient_option(id).map_or("", |p| p.name);
                    let on = move || columns.with(|c| c.contains(&id));
                    let locked =
                        move || columns.with(|c| if c.contains(&id) { c.len() == 1 } else { c.len() >= MAX_COLUMNS });
                    view! {
                        <label class="choice">
                            <input type="checkbox" value=id.as_str() prop:checked=on disabled=locked
                                on:change=move |ev| toggle(id, event_target_checked(&ev))/>
                            {name}
                        </label>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="compare" aria-labelledby="grid-title" hidden=move || columns.with(Vec::is_empty)>
            <h3 id="grid-title">{GRID_TITLE}</h3>
            <p class="grid-intro">{GRID_INTRO}</p>
            <details class="grid-choose screen-only">
                <summary>{GRID_CHOOSE}</summary>
                <div class="choices">{choices}</div>
                <p class="note" hidden=move || columns.with(|c| c.len() < MAX_COLUMNS)>{GRID_FULL}</p>
            </details>
            <p class="grid-swipe screen-only" hidden=move || columns.with(|c| c.len() < 2)>{GRID_SWIPE}</p>
            <div class="grid-scroll" role="region" aria-labelledby="grid-title" tabindex="0">
                <table class="grid" data-grid="">
                    <caption class="visually-hidden">{GRID_TITLE}</caption>
                    <thead><tr><th scope="col" class="grid-corner">{GRID_QUESTION}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
