//! Case entry: only what matters next (progressive disclosure), every
//! question with "Unknown" as a choice and its one-line definition.

use super::shared::{Rejected, Replaced};
use crate::assessment::{Assessment, Strategy, Subtype};
use crate::case::*;
use crate::ids::{ExposureField, Field};
use crate::kb::fields::Limits;
use crate::kb::frame;
use crate::kb::labels::not_used;
use crate::number::{fmt_number, is_decimal};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// The question's label and definition, and the id its control carries
/// (`q-<field>`), which the missing-inputs list focuses.
#[component]
fn Question(field: Field, children: Children) -> impl IntoView {
    let name = field.as_str();
    view! {
        <div class="question" data-field=name>
            <label for=format!("q-{name}")>{field.label()}</label>
            {children()}
            <p class="definition" id=format!("d-{name}")>{field.definition()}</p>
        </div>
    }
}

/// A select over an enumerated field, "Unknown" included. Generic only in
/// this thin shim: the view below is built once for every field.
fn choice<T: Choice + Send + Sync>(
    case: RwSignal<Case>,
    field: Field,
    get: fn(&Case) -> T,
    set: fn(&mut Case, T),
) -> impl IntoView {
    let values = T::all().iter().map(|v| (v.as_str(), v.label())).collect();
    select_view(
        case,
        field,
        values,
        Box::new(move |c| get(c).as_str()),
        Box::new(move |c, s| {
            if let Some(v) = T::parse(s) {
                set(c, v)
            }
        }),
    )
}

type Getter = Box<dyn Fn(&Case) -> &'static str + Send + Sync>;
type Setter = Box<dyn Fn(&mut Case, &str) + Send + Sync>;

fn select_view(
    case: RwSignal<Case>,
    field: Field,
    values: Vec<(&'static str, &'static str)>,
    get: Getter,
    set: Setter,
) -> AnyView {
    let name = field.as_str();
    let options =
        values.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view();
    // Re-set the control only when its own field changes, not on every edit of the case.
    let current = Memo::new(move |_| case.with(|c| get(c)));
    view! {
        <Question field=field>
            <select
                id=format!("q-{name}")
                name=name
                aria-describedby=format!("d-{name}")
                prop:value=move || current.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    case.update(|c| set(c, &v));
                }
            >
                {options}
            </select>
        </Question>
    }
    .into_any()
}

/// Yes / no for a preference (absent reads as no).
fn preference(case: RwSignal<Case>, field: Field, get: fn(&Case) -> bool, set: fn(&mut Case, bool)) -> impl IntoView {
    select_view(
        case,
        field,
        vec![("no", NOT_STATED), ("yes", "Yes")],
        Box::new(move |c| if get(c) { "yes" } else { "no" }),
        Box::new(move |c, s| set(c, s == "yes")),
    )
}

/// An invalid entry of a number field: its text as typed and its message.
/// Both go when the entry is corrected or the whole case is replaced.
#[derive(Clone, Copy)]
struct Invalid {
    typed: RwSignal<Option<String>>,
    error: RwSignal<Option<String>>,
    /// The pause timer of the text being typed.
    pending: StoredValue<Option<i32>>,
}

/// How long typing pauses before a number applies.
const TYPING_PAUSE_MS: i32 = 300;

impl Invalid {
    /// `path`: the field's path (`age`, `chemo_history[0].months_since_end`); `label`: its words.
    fn new(path: String, label: &'static str) -> Self {
        let invalid =
            Invalid { typed: RwSignal::new(None), error: RwSignal::new(None), pending: StoredValue::new(None) };
        // While an entry is rejected, the answer at a glance says it is not used.
        let Rejected(rejected) = expect_context();
        let key = path.clone();
        Effect::new(move |_| {
            let entry = invalid.error.with(|e| e.is_some()).then(|| invalid.typed.get()).flatten();
            rejected.update(|all| {
                all.retain(|(p, _)| *p != key);
                if let Some(text) = entry {
                    all.push((key.clone(), not_used(label, &text)));
                }
            });
        });
        on_cleanup(move || rejected.update(|all| all.retain(|(p, _)| *p != path)));
        let Replaced(replaced) = expect_context();
        Effect::new(move |_| {
            replaced.track();
            invalid.clear();
        });
        invalid
    }

    fn clear(self) {
        self.typed.set(None);
        self.error.set(None);
    }

    fn set(self, text: String, problem: String) {
        self.typed.set(Some(text));
        self.error.set(Some(format!("{problem} — treated as unknown until corrected")));
    }

    /// As the user types, once typing pauses: a valid number applies; any
    /// other text makes the field unknown at once, its message kept for the
    /// change (a half-typed number is no error yet). No earlier value stays in use.
    fn typed(self, text: String, limits: Limits, apply: impl Fn(Option<f64>) + 'static) {
        self.cancel();
        let fire = Closure::once_into_js(move || {
            self.pending.set_value(None);
            match parse_number(&text, limits) {
                Ok(v) => {
                    self.clear();
                    apply(v);
                }
                Err(_) => {
                    self.typed.set(Some(text));
                    self.error.set(None);
                    apply(None);
                }
            }
        });
        let id = window().set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), TYPING_PAUSE_MS);
        self.pending.set_value(id.ok());
    }

    /// When the entry is done (the field loses focus, or Enter): a valid
    /// number applies; anything else says why and makes the field unknown.
    fn changed(self, text: String, limits: Limits, label: &str, apply: impl Fn(Option<f64>)) {
        self.cancel();
        match parse_number(&text, limits) {
            Ok(v) => {
                self.clear();
                apply(v);
            }
            Err(problem) => {
                self.set(text, format!("{label}: {problem}"));
                apply(None);
            }
        }
    }

    fn cancel(self) {
        if let Some(id) = self.pending.get_value() {
            window().clear_timeout_with_handle(id);
            self.pending.set_value(None);
        }
    }
}

/// A number, or empty for unknown. Input that is not a valid value shows a
/// message naming the problem, stays in the field as typed, and makes the
/// field unknown in the case until it is corrected: the assessment, the link,
/// the export and the print-out never keep an earlier value the screen no
/// longer shows. The other entries are kept.
fn number(
    case: RwSignal<Case>,
    field: Field,
    get: fn(&Case) -> Option<f64>,
    set: fn(&mut Case, Option<f64>),
) -> impl IntoView {
    let name = field.as_str();
    let limits = field.limits().expect("a number question has limits");
    let invalid = Invalid::new(name.to_string(), field.label());
    let Invalid { typed, error, .. } = invalid;
    // A value entered from elsewhere ("what would change" applies one) replaces an invalid entry.
    let current = Memo::new(move |_| case.with(get));
    Effect::new(move |_| {
        if current.get().is_some() {
            invalid.clear();
        }
    });
    let label = field.label();
    view! {
        <Question field=field>
            <input
                id=format!("q-{name}")
                name=name
                type="text"
                inputmode=if limits.whole { "numeric" } else { "decimal" }
                placeholder="Unknown"
                aria-describedby=format!("d-{name} e-{name}")
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || typed.get().unwrap_or_else(|| current.get().map(fmt_number).unwrap_or_default())
                on:input=move |ev| invalid.typed(event_target_value(&ev), limits, move |v| case.update(|c| set(c, v)))
                on:change=move |ev| invalid.changed(event_target_value(&ev), limits, label, |v| case.update(|c| set(c, v)))
            />
            <p class="error" id=format!("e-{name}") role="alert" data-error=name hidden=move || error.with(Option::is_none)>
                {move || error.get().unwrap_or_default()}
            </p>
        </Question>
    }
}

/// The form's reading of a number: a decimal comma is accepted; the limits
/// are the parser's own. The value is read by the browser (correctly
/// rounded, as Rust's parser would), after `is_decimal` has checked the text.
pub fn parse_number(text: &str, limits: Limits) -> Result<Option<f64>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let dotted = t.replace(',', ".");
    if !is_decimal(&dotted) {
        return Err(format!("\"{t}\" is not a number"));
    }
    let v = js_sys::Number::parse_float(&dotted);
    if !limits.admits(v) {
        return Err(format!("{} is out of range ({})", fmt_number(v), limits.text()));
    }
    if limits.whole && v.fract() != 0.0 {
        return Err(format!("{} is not a whole number", fmt_number(v)));
    }
    Ok(Some(v))
}

/// Checkboxes over a set field.
fn set_of<T: Choice + Send + Sync>(
    case: RwSignal<Case>,
    field: Field,
    get: fn(&Case) -> &Vec<T>,
    set: fn(&mut Case) -> &mut Vec<T>,
) -> impl IntoView {
    let name = field.as_str();
    let boxes = T::all()
        .iter()
        .map(|&v| {
            let id = format!("q-{name}-{}", v.as_str());
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        id=id
                        name=name
                        value=v.as_str()
                        prop:checked=move || case.with(|c| get(c).contains(&v))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            case.update(|c| {
                                let list = set(c);
                                list.retain(|x| *x != v);
                                if on {
                                    list.push(v);
                                }
                            });
                        }
                    />
                    {v.label()}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question" id=format!("q-{name}") data-field=name tabindex="-1">
            <legend>{field.label()}</legend>
            <div class="checks">{boxes}</div>
            <p class="definition">{field.definition()}</p>
        </fieldset>
    }
}

/// One `<option>` per value of a field, labelled as the form labels it.
fn options<T: Choice>() -> impl IntoView {
    T::all().iter().map(|v| view! { <option value=v.as_str()>{v.label()}</option> }).collect_view()
}

/// Prior therapies as rows: agent, setting, outcome, months since the end
/// (for completed courses), benefit (metastatic only).
fn history<A: Choice + Send + Sync>(
    case: RwSignal<Case>,
    field: Field,
    get: fn(&Case) -> &Vec<Exposure<A>>,
    set: fn(&mut Case) -> &mut Vec<Exposure<A>>,
) -> impl IntoView {
    let name = field.as_str();
    let count = Memo::new(move |_| case.with(|c| get(c).len()));
    let row = move |i: usize| {
        let read = move |g: fn(&Exposure<A>) -> String| case.with(|c| get(c).get(i).map(g).unwrap_or_default());
        let edit = move |e: fn(&mut Exposure<A>, &str), v: String| {
            case.update(|c| {
                if let Some(x) = set(c).get_mut(i) {
                    e(x, &v)
                }
            })
        };
        let (agents, settings, outcomes, benefits) =
            (options::<A>(), options::<Setting>(), options::<Outcome>(), options::<Benefit>());
        let months = Invalid::new(format!("{name}[{i}].months_since_end"), "Months since end");
        let months_limits = ExposureField::MonthsSinceEnd.limits().expect("months have limits");
        let Invalid { typed: months_typed, error: months_error, .. } = months;
        let completed = move || case.with(|c| get(c).get(i).is_some_and(|e| e.outcome == Outcome::Completed));
        let metastatic = move || case.with(|c| get(c).get(i).is_some_and(|e| e.setting == Setting::Metastatic));
        let id = move |part: &str| format!("q-{name}-{i}-{part}");
        view! {
            <li class="exposure" data-index=i>
                <label for=id("agent")>"Agent"</label>
                <select id=id("agent") prop:value=move || read(|e| e.agent.as_str().into())
                    on:change=move |ev| edit(|e, v| if let Some(a) = A::parse(v) { e.agent = a }, event_target_value(&ev))>
                    {agents}
                </select>
                <label for=id("setting")>"Setting"</label>
                <select id=id("setting") prop:value=move || read(|e| e.setting.as_str().into())
                    on:change=move |ev| edit(|e, v| if let Some(s) = Setting::parse(v) { e.setting = s }, event_target_value(&ev))>
                    {settings}
                </select>
                <label for=id("outcome")>"Outcome"</label>
                <select id=id("outcome") prop:value=move || read(|e| e.outcome.as_str().into())
                    on:change=move |ev| edit(|e, v| if let Some(o) = Outcome::parse(v) { e.outcome = o }, event_target_value(&ev))>
                    {outcomes}
                </select>
                <span class="sub" hidden=move || !completed()>
                    <label for=id("months")>"Months from its end to relapse or progression"</label>
                    <input id=id("months") type="text" inputmode="decimal" placeholder="Unknown"
                        aria-invalid=move || months_error.with(Option::is_some).to_string()
                        prop:value=move || months_typed.get().unwrap_or_else(|| read(|e| e.months_since_end.map(fmt_number).unwrap_or_default()))
                        on:input=move |ev| months.typed(event_target_value(&ev), months_limits, move |m| case.update(|c| if let Some(x) = set(c).get_mut(i) { x.months_since_end = m }))
                        on:change=move |ev| months.changed(event_target_value(&ev), months_limits, "Months since end", |m| case.update(|c| if let Some(x) = set(c).get_mut(i) { x.months_since_end = m }))/>
                    <span class="error" role="alert" hidden=move || months_error.with(Option::is_none)>
                        {move || months_error.get().unwrap_or_default()}
                    </span>
                </span>
                <span class="sub" hidden=move || !metastatic()>
                    <label for=id("benefit")>"Benefit"</label>
                    <select id=id("benefit") prop:value=move || read(|e| e.benefit.as_str().into())
                        on:change=move |ev| edit(|e, v| if let Some(b) = Benefit::parse(v) { e.benefit = b }, event_target_value(&ev))>
                        {benefits}
                    </select>
                </span>
                <button type="button" class="remove" on:click=move |_| case.update(|c| { let l = set(c); if i < l.len() { l.remove(i); } })>
                    "Remove"
                </button>
            </li>
        }
    };
    // Rows being added: not part of the case until agent, setting and outcome
    // are all chosen (an exposure without them is no exposure, §1).
    let drafts = RwSignal::new(Vec::<Draft<A>>::new());
    let draft_count = Memo::new(move |_| drafts.with(Vec::len));
    let Replaced(replaced) = expect_context();
    Effect::new(move |_| {
        replaced.track();
        drafts.set(Vec::new());
    });
    let draft_row = move |d: usize| {
        let index = count.get_untracked() + d;
        let id = move |part: &str| format!("q-{name}-{index}-{part}");
        let pick = move |update: fn(&mut Draft<A>, &str), v: String| {
            drafts.update(|all| {
                if let Some(x) = all.get_mut(d) {
                    update(x, &v)
                }
            });
            let done = drafts.with_untracked(|all| all.get(d).and_then(Draft::complete));
            if let Some(e) = done {
                drafts.update(|all| {
                    all.remove(d);
                });
                case.update(|c| set(c).push(e));
            }
        };
        let choose = || view! { <option value="" selected>"— choose —"</option> };
        let (agents, settings, outcomes) = (options::<A>(), options::<Setting>(), options::<Outcome>());
        view! {
            <li class="exposure draft" data-draft=index>
                <label for=id("agent")>"Agent"</label>
                <select id=id("agent") prop:value=move || drafts.with(|all| all.get(d).and_then(|x| x.agent).map_or("", |v| v.as_str()))
                    on:change=move |ev| pick(|x, v| x.agent = A::parse(v), event_target_value(&ev))>
                    {choose()}{agents}
                </select>
                <label for=id("setting")>"Setting"</label>
                <select id=id("setting") prop:value=move || drafts.with(|all| all.get(d).and_then(|x| x.setting).map_or("", |v| v.as_str()))
                    on:change=move |ev| pick(|x, v| x.setting = Setting::parse(v), event_target_value(&ev))>
                    {choose()}{settings}
                </select>
                <label for=id("outcome")>"Outcome"</label>
                <select id=id("outcome") prop:value=move || drafts.with(|all| all.get(d).and_then(|x| x.outcome).map_or("", |v| v.as_str()))
                    on:change=move |ev| pick(|x, v| x.outcome = Outcome::parse(v), event_target_value(&ev))>
                    {choose()}{outcomes}
                </select>
                <p class="incomplete" role="status">"Incomplete: not part of the case until agent, setting and outcome are chosen."</p>
                <button type="button" class="remove" on:click=move |_| drafts.update(|all| { if d < all.len() { all.remove(d); } })>
                    "Remove"
                </button>
            </li>
        }
    };
    view! {
        <fieldset class="question history" id=format!("q-{name}") data-field=name tabindex="-1">
            <legend>{field.label()}</legend>
            <p class="definition">{field.definition()}</p>
            <ol>
                {move || (0..count.get()).map(row).collect_view()}
                {move || (0..draft_count.get()).map(draft_row).collect_view()}
            </ol>
            <button type="button" class="add" id=format!("add-{name}")
                on:click=move |_| drafts.update(|all| all.push(Draft::default()))>
                "Add a prior therapy"
            </button>
        </fieldset>
    }
}

/// A prior-therapy row still being filled in.
struct Draft<A> {
    agent: Option<A>,
    setting: Option<Setting>,
    outcome: Option<Outcome>,
}

impl<A> Default for Draft<A> {
    fn default() -> Self {
        Draft { agent: None, setting: None, outcome: None }
    }
}

impl<A: Choice> Draft<A> {
    fn complete(&self) -> Option<Exposure<A>> {
        Some(Exposure::new(self.agent?, self.setting?, self.outcome?))
    }
}

#[component]
fn Section(
    title: &'static str,
    id: &'static str,
    #[prop(into)] shown: Signal<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="form-section" id=id hidden=move || !shown.get()>
            <h3>{title}</h3>
            {children()}
        </section>
    }
}

/// Which sections to show: those that matter for this assessment, those
/// with answers already, all of them on request.
#[component]
pub fn CaseForm(case: RwSignal<Case>, assessment: Memo<Assessment>, show_all: RwSignal<bool>) -> impl IntoView {
    let missing_in =
        move |fields: &'static [Field]| assessment.with(|a| a.missing.iter().any(|m| fields.contains(&m.field)));
    const MENOPAUSE: &[Field] =
        &[Field::Menopause, Field::AmenorrheaAfterChemo, Field::OvarianSuppression, Field::EndocrineHistory];
    const CHEMO: &[Field] = &[
        Field::ChemoHistory,
        Field::AnthracyclineDose,
        Field::LvefReduced,
        Field::Neuropathy,
        Field::HepaticImpairment,
        Field::RenalImpairment,
    ];
    let hormonal = Signal::derive(move || {
        show_all.get()
            || assessment.with(|a| a.subtype == Subtype::HrPositive)
            || missing_in(MENOPAUSE)
            || case.with(|c| {
                c.menopause != Menopause::Unknown
                    || c.ovarian_suppression != Tri::Unknown
                    || !c.endocrine_history.is_empty()
            })
    });
    let chemo = Signal::derive(move || {
        show_all.get()
            || assessment.with(|a| a.strategy == Strategy::Chemotherapy)
            || missing_in(CHEMO)
            || case.with(|c| !c.chemo_history.is_empty() || c.anthracycline_dose.is_some())
    });
    let always = Signal::derive(|| true);

    view! {
        <form class="case-form" aria-label="Case" on:submit=|ev| ev.prevent_default()>
            <div class="form-head">
                <h2>{frame::CASE_TITLE}</h2>
                <label class="check">
                    <input type="checkbox" id="show-all" prop:checked=move || show_all.get()
                        on:change=move |ev| show_all.set(event_target_checked(&ev))/>
                    {frame::SHOW_ALL}
                </label>
            </div>
            <Section title="Receptors" id="s-receptors" shown=always>
                {choice(case, Field::Her2, |c| c.her2, |c, v| c.her2 = v)}
                {choice(case, Field::Er, |c| c.er, |c, v| c.er = v)}
                {choice(case, Field::Pr, |c| c.pr, |c, v| c.pr = v)}
                {choice(case, Field::ReceptorSource, |c| c.receptor_source, |c, v| c.receptor_source = v)}
                {choice(case, Field::Biopsy, |c| c.biopsy, |c, v| c.biopsy = v)}
                <details class="subgroup">
                    <summary>"Primary tumour (discordance check)"</summary>
                    {choice(case, Field::PrimaryEr, |c| c.primary_er, |c, v| c.primary_er = v)}
                    {choice(case, Field::PrimaryPr, |c| c.primary_pr, |c, v| c.primary_pr = v)}
                    {choice(case, Field::PrimaryHer2, |c| c.primary_her2, |c, v| c.primary_her2 = v)}
                </details>
            </Section>
            <Section title="Disease" id="s-disease" shown=always>
                {choice(case, Field::VisceralCrisis, |c| c.visceral_crisis, |c, v| c.visceral_crisis = v)}
                {choice(case, Field::RapidProgression, |c| c.rapid_progression, |c, v| c.rapid_progression = v)}
                {set_of(case, Field::Sites, |c| &c.sites, |c| &mut c.sites)}
                {set_of(case, Field::Emergencies, |c| &c.emergencies, |c| &mut c.emergencies)}
                {choice(case, Field::StagingDone, |c| c.staging_done, |c, v| c.staging_done = v)}
            </Section>
            <Section title="The patient" id="s-patient" shown=always>
                {number(case, Field::Age, |c| c.age.map(f64::from), |c, v| c.age = v.map(|v| v as u8))}
                {number(case, Field::Ecog, |c| c.ecog.map(f64::from), |c, v| c.ecog = v.map(|v| v as u8))}
                {choice(case, Field::Brca, |c| c.brca, |c, v| c.brca = v)}
                {choice(case, Field::VteHistory, |c| c.vte_history, |c, v| c.vte_history = v)}
            </Section>
            <Section title="Menopause and endocrine therapy" id="s-endocrine" shown=hormonal>
                {choice(case, Field::Menopause, |c| c.menopause, |c, v| c.menopause = v)}
                {choice(case, Field::AmenorrheaAfterChemo, |c| c.amenorrhea_after_chemo, |c, v| c.amenorrhea_after_chemo = v)}
                {choice(case, Field::OvarianSuppression, |c| c.ovarian_suppression, |c, v| c.ovarian_suppression = v)}
                {history(case, Field::EndocrineHistory, |c| &c.endocrine_history, |c| &mut c.endocrine_history)}
            </Section>
            <Section title="Chemotherapy" id="s-chemo" shown=chemo>
                {history(case, Field::ChemoHistory, |c| &c.chemo_history, |c| &mut c.chemo_history)}
                {number(case, Field::AnthracyclineDose, |c| c.anthracycline_dose, |c, v| c.anthracycline_dose = v)}
                {choice(case, Field::LvefReduced, |c| c.lvef_reduced, |c, v| c.lvef_reduced = v)}
                {choice(case, Field::Neuropathy, |c| c.neuropathy, |c, v| c.neuropathy = v)}
                {choice(case, Field::HepaticImpairment, |c| c.hepatic_impairment, |c, v| c.hepatic_impairment = v)}
                {choice(case, Field::RenalImpairment, |c| c.renal_impairment, |c, v| c.renal_impairment = v)}
            </Section>
            <Section title="Preferences" id="s-preferences" shown=always>
                {preference(case, Field::PrefersOral, |c| c.prefers_oral, |c, v| c.prefers_oral = v)}
                {preference(case, Field::AvoidAlopecia, |c| c.avoid_alopecia, |c, v| c.avoid_alopecia = v)}
                {choice(case, Field::TrialInterest, |c| c.trial_interest, |c, v| c.trial_interest = v)}
            </Section>
            <details class="form-section since-inputs" id="s-since-2012">
                <summary>{frame::SINCE_INPUTS}</summary>
                <p class="definition">{frame::SINCE_INPUTS_NOTE}</p>
                <h3 class="subhead">{frame::SINCE_TESTS}</h3>
                {choice(case, Field::Her2Ihc, |c| c.her2_ihc, |c, v| c.her2_ihc = v)}
                // PD-L1 bears on triple-negative disease only: hidden for a hormone
                // receptor-positive case unless a value was entered (so it can be cleared).
                <div hidden=move || assessment.with(|a| a.subtype == Subtype::HrPositive) && case.with(|c| c.pdl1_cps.is_unknown())>
                    {choice(case, Field::PdL1Cps, |c| c.pdl1_cps, |c, v| c.pdl1_cps = v)}
                </div>
                {choice(case, Field::Esr1Mutation, |c| c.esr1_mutation, |c, v| c.esr1_mutation = v)}
                {choice(case, Field::Pi3kPathway, |c| c.pi3k_pathway, |c, v| c.pi3k_pathway = v)}
                <h3 class="subhead">{frame::SINCE_TREATED_BEFORE}</h3>
                {choice(case, Field::PriorCdk46Inhibitor, |c| c.prior_cdk46_inhibitor, |c, v| c.prior_cdk46_inhibitor = v)}
                {choice(case, Field::AdjuvantCdk46Inhibitor, |c| c.adjuvant_cdk46_inhibitor, |c, v| c.adjuvant_cdk46_inhibitor = v)}
                {choice(case, Field::PriorAntiPd1, |c| c.prior_anti_pd1, |c, v| c.prior_anti_pd1 = v)}
                {choice(case, Field::PriorParpInhibitor, |c| c.prior_parp_inhibitor, |c, v| c.prior_parp_inhibitor = v)}
                {choice(case, Field::PriorAdc, |c| c.prior_adc, |c, v| c.prior_adc = v)}
            </details>
        </form>
    }
}
