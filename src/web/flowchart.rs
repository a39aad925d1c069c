//! Figures 1 and 2 drawn as SVG where `layout` places them, in rows that fit
//! the screen. The case's path is lit; boxes off the path are dimmed, not
//! hidden.

use super::shared::{is_open, place_in_view};
use crate::assessment::Assessment;
use crate::case::value_text;
use crate::case::Case;
use crate::ids::NodeId;
use crate::kb::frame;
use crate::kb::nodes::{node, Figure, NODES};
use crate::kb::reference;
use crate::kb::since2012;
use crate::layout::{arrow_id, layout, ARROWHEAD, H, W};
use leptos::prelude::*;

/// Selects a box and, once its detail is drawn, brings the detail into view
/// if it is off screen (it sits below both figures).
fn select(selected: RwSignal<Option<NodeId>>, id: NodeId) {
    selected.set(Some(id));
    set_timeout(
        || {
            let Some(detail) = document().query_selector(".node-detail").ok().flatten() else { return };
            place_in_view(detail);
        },
        std::time::Duration::ZERO,
    );
}

#[component]
fn FigureSvg(
    figure: Figure,
    cols: Memo<usize>,
    assessment: Memo<Assessment>,
    selected: RwSignal<Option<NodeId>>,
    pinned: RwSignal<Option<Assessment>>,
) -> impl IntoView {
    // Boxes listen to the path alone: most input changes leave it as it was.
    let path = Memo::new(move |_| assessment.with(|a| a.path.clone()));
    let on_path = move |id: NodeId| path.with(|p| p.contains(&id));
    let pinned_path = Memo::new(move |_| pinned.with(|p| p.as_ref().map(|p| p.path.clone())));
    // A box that entered or left the path since the assessment was pinned.
    let pin_mark = move |id: NodeId| {
        pinned_path.with(|p| {
            let was = p.as_ref()?.contains(&id);
            match (was, on_path(id)) {
                (false, true) => Some("entered"),
                (true, false) => Some("left"),
                _ => None,
            }
        })
    };
    let title = figure.caption();
    let arrow = arrow_id(figure);
    let draw = move || {
        let l = layout(figure, cols.get());
        let routes = l.routes();
        let view_box = l.view_box();
        let lit = move |from: NodeId, to: NodeId| on_path(from) && on_path(to);
        let edges = routes
            .iter()
            .map(|r| {
                let (from, to) = (r.from, r.to);
                view! { <path d=r.d.clone() class="edge" class:lit=move || lit(from, to) marker-end=format!("url(#{arrow})")/> }
            })
            .collect_view();
        // The lit path once more, above every other edge where lanes share a line.
        let lit_on_top = routes
            .into_iter()
            .map(|r| {
                let (from, to) = (r.from, r.to);
                view! { <path d=r.d class="edge-top" class:lit=move || lit(from, to) aria-hidden="true"/> }
            })
            .collect_view();
        let boxes = l
            .boxes
            .into_iter()
            .map(|b| {
                let id = b.id;
                let n = node(id);
                let label = move || {
                    let change = match pin_mark(id) {
                        Some("entered") => "; entered the path since the pinned assessment",
                        Some(_) => "; left the path since the pinned assessment",
                        None => "",
                    };
                    format!("{}: {}{change}", n.title, if on_path(id) { "on this patient's path" } else { "not on the path" })
                };
                let text = b
                    .lines
                    .iter()
                    .enumerate()
                    .map(|(i, line)| view! { <text x=b.centre_x() y=b.line_y(i) text-anchor="middle">{line.clone()}</text> })
                    .collect_view();
                let (mark_x, mark_y) = b.mark_at();
                view! {
                    <g
                        class="node"
                        class:on-path=move || on_path(id)
                        class:selected=move || selected.get() == Some(id)
                        data-node=id.as_str()
                        data-on-path=move || on_path(id).to_string()
                        data-pin=move || pin_mark(id)
                        role="button"
                        tabindex="0"
                        aria-label=label
                        aria-pressed=move || (selected.get() == Some(id)).to_string()
                        on:click=move |_| select(selected, id)
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" || ev.key() == " " {
                                ev.prevent_default();
                                select(selected, id);
                            }
                        }
                    >
                        <rect x=b.x y=b.y width=W height=H rx="8"/>
                        <text class="mark" x=mark_x y=mark_y aria-hidden="true">
                            {move || if on_path(id) { "●" } else { "" }}
                        </text>
                        {text}
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg viewBox=view_box class="figure-svg" role="group" aria-label=title>
                <defs>
                    <marker id=arrow viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse">
                        <path d=ARROWHEAD/>
                    </marker>
                </defs>
                {edges}
                {lit_on_top}
                {boxes}
            </svg>
        }
    };
    // Fitted, each figure gets the share of the height its drawing needs.
    let grow = move || layout(figure, cols.get()).height.round().to_string();
    view! {
        <figure class="figure" data-figure=title style:--rows=grow>
            <figcaption>{title}</figcaption>
            {draw}
        </figure>
    }
}

/// Brings the deepest lit box into view inside the flowchart's own column,
/// where it scrolls on its own (wide screens); a page that scrolls as a whole
/// is left where the user put it.
fn follow_path(id: NodeId) {
    let Some(col) = document().query_selector(".flow-col").ok().flatten() else { return };
    if col.scroll_height() <= col.client_height() + 1 {
        return;
    }
    let Some(deepest) = col.query_selector(&format!("[data-node=\"{}\"]", id.as_str())).ok().flatten() else { return };
    let (c, b) = (col.get_bounding_client_rect(), deepest.get_bounding_client_rect());
    if b.top() < c.top() || b.bottom() > c.bottom() {
        let centre = b.top() - c.top() + f64::from(col.scroll_top()) - (c.height() - b.height()) / 2.0;
        col.set_scroll_top(centre.max(0.0) as i32);
    }
}

#[component]
fn NodeDetail(case: RwSignal<Case>, assessment: Memo<Assessment>, selected: RwSignal<Option<NodeId>>) -> impl IntoView {
    move || {
        let Some(id) = selected.get() else {
            return view! { <p class="hint">"Select a box (click, tap, or Tab then Enter) to see its text, what decides it, this case's values and its references."</p> }.into_any();
        };
        let n = node(id);
        let on = assessment.with(|a| a.on_path(id));
        let newer = assessment.with(|a| since2012::overtaken(id, a));
        let inputs = n
            .inputs
            .iter()
            .map(|&input| {
                let label = input.label();
                let value = case.with(|c| value_text(c, input)).unwrap_or_else(|| "Unknown".into());
                view! { <li><span class="k">{label}</span>": "<span class="v">{value}</span></li> }
            })
            .collect_view();
        let refs = n
            .refs
            .iter()
            .map(|&r| view! { <li id=format!("ref-{}", r.as_str())>{reference(r).citation}</li> })
            .collect_view();
        view! {
            <div class="node-detail" data-detail=id.as_str()>
                <h3>{n.title}<span class="state">{if on { " — on this patient's path" } else { " — not on the path" }}</span></h3>
                <p>{n.text}</p>
                {newer.then_some(view! { <p class="newer" data-newer=id.as_str()>{since2012::NEWER_AT_THIS_STEP}</p> })}
                <p><strong>"On the path when: "</strong>{n.when}</p>
                {(!n.inputs.is_empty()).then(|| view! { <p><strong>"This case:"</strong></p><ul class="inputs">{inputs}</ul> })}
                <p><strong>"References:"</strong></p>
                <ul class="refs">{refs}</ul>
            </div>
        }
        .into_any()
    }
}

#[component]
pub fn Flowchart(
    case: RwSignal<Case>,
    assessment: Memo<Assessment>,
    cols: Memo<usize>,
    pinned: RwSignal<Option<Assessment>>,
) -> impl IntoView {
    let selected = RwSignal::new(None::<NodeId>);
    // Built when first opened: closed, it is hidden from everyone, and it
    // would cost the first render and every input 64 updates.
    let outline_open = RwSignal::new(false);
    let outline = move |figure: Figure| {
        NODES
            .iter()
            .filter(move |n| n.figure == figure)
            .map(|n| {
                let id = n.id;
                view! {
                    <li class:on-path=move || assessment.with(|a| a.on_path(id))>
                        {n.title}
                        {move || if assessment.with(|a| a.on_path(id)) { " (on the path)" } else { "" }}
                    </li>
                }
            })
            .collect_view()
    };
    let fit = RwSignal::new(false);
    let follow = RwSignal::new(true);
    // Fitted into a short region, wider rows use its width better.
    let cols = Memo::new(move |_| if fit.get() { (cols.get() * 2).max(6) } else { cols.get() });
    let path = Memo::new(move |_| assessment.with(|a| a.path.clone()));
    Effect::new(move |_| {
        let deepest = path.with(|p| p.last().copied());
        if let Some(id) = deepest.filter(|_| follow.get() && !fit.get()) {
            request_animation_frame(move || follow_path(id));
        }
    });
    view! {
        <section class="flowchart" class:fit=fit aria-labelledby="flow-title">
            <h2 id="flow-title">{frame::FLOW_TITLE}</h2>
            <p class="legend">
                <span class="key on">"●"</span>{frame::LEGEND_PATH}
                <span class="pin-key" hidden=move || pinned.with(Option::is_none)>{frame::LEGEND_PINNED}</span>
            </p>
            <div class="flow-controls">
                <button type="button" id="flow-fit" aria-pressed=move || fit.get().to_string() on:click=move |_| fit.update(|f| *f = !*f)>
                    {frame::FIT}
                </button>
                <label class="check">
                    <input type="checkbox" id="flow-follow" prop:checked=follow on:change=move |ev| follow.set(event_target_checked(&ev))/>
                    {frame::FOLLOW}
                </label>
            </div>
            <div class="figures">
                <FigureSvg figure=Figure::Workup cols=cols assessment=assessment selected=selected pinned=pinned/>
                <FigureSvg figure=Figure::Therapy cols=cols assessment=assessment selected=selected pinned=pinned/>
            </div>
            <div aria-live="polite"><NodeDetail case=case assessment=assessment selected=selected/></div>
            <details class="outline" on:toggle=move |ev| {
                if is_open(&ev) { outline_open.set(true) }
            }>
                <summary>"Text outline of the flowchart"</summary>
                {move || outline_open.get().then(|| view! {
                    <h3>"Figure 1"</h3>
                    <ol>{outline(Figure::Workup)}</ol>
                    <h3>"Figure 2"</h3>
                    <ol>{outline(Figure::Therapy)}</ol>
                })}
            </details>
        </section>
    }
}
