//! Figures 1 and 2 drawn as SVG from the knowledge base's node table. The
//! layout is computed: boxes are ranked by their longest path from a root
//! and wrapped into rows that fit the screen. The case's path is lit; boxes
//! off the path are dimmed, not hidden.

use super::shared::is_open;
use crate::assessment::Assessment;
use crate::case::Case;
use crate::ids::NodeId;
use crate::case::value_text;
use crate::kb::fields::field;
use crate::kb::nodes::{node, Figure, NODES};
use crate::kb::reference;
use leptos::prelude::*;

const W: f64 = 168.0;
const H: f64 = 66.0;
const GAP_X: f64 = 14.0;
const GAP_Y: f64 = 30.0;
const LINE: f64 = 15.0;
// Bold (on the path) text of this many characters still fits inside a box.
const CHARS: usize = 20;
/// The margin beside the boxes where an edge that skips a row runs, so that
/// no edge is drawn across a box it does not join.
const LANE: f64 = 12.0;

struct Placed {
    id: NodeId,
    x: f64,
    y: f64,
    lines: Vec<String>,
}

struct Layout {
    boxes: Vec<Placed>,
    width: f64,
    height: f64,
}

/// Words into at most three lines of about `CHARS` characters.
fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(l) if l.len() + 1 + word.len() <= CHARS => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > 3 {
        lines.truncate(3);
        lines[2].push('…');
    }
    lines
}

fn layout(figure: Figure, cols: usize) -> Layout {
    let ids: Vec<NodeId> = NODES.iter().filter(|n| n.figure == figure).map(|n| n.id).collect();
    let mut rank = vec![0usize; NodeId::ALL.len()];
    loop {
        let mut changed = false;
        for &id in &ids {
            for &next in node(id).next {
                if rank[next.index()] < rank[id.index()] + 1 {
                    rank[next.index()] = rank[id.index()] + 1;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let width = cols as f64 * (W + GAP_X) - GAP_X;
    let mut boxes = Vec::new();
    let mut y = 0.0;
    let max_rank = ids.iter().map(|id| rank[id.index()]).max().unwrap_or(0);
    for r in 0..=max_rank {
        let in_rank: Vec<NodeId> = ids.iter().copied().filter(|id| rank[id.index()] == r).collect();
        for row in in_rank.chunks(cols) {
            let used = row.len() as f64 * (W + GAP_X) - GAP_X;
            let mut x = (width - used) / 2.0;
            for &id in row {
                boxes.push(Placed { id, x, y, lines: wrap(node(id).title) });
                x += W + GAP_X;
            }
            y += H + GAP_Y;
        }
    }
    Layout { boxes, width, height: y - GAP_Y }
}

/// Selects a box and, once its detail is drawn, brings the detail into view
/// if it is off screen (it sits below both figures).
fn select(selected: RwSignal<Option<NodeId>>, id: NodeId) {
    selected.set(Some(id));
    set_timeout(
        || {
            let Some(detail) = document().query_selector(".node-detail").ok().flatten() else { return };
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            detail.scroll_into_view_with_scroll_into_view_options(&options);
        },
        std::time::Duration::ZERO,
    );
}

#[component]
fn FigureSvg(
    figure: Figure,
    title: &'static str,
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
    let arrow = if figure == Figure::Workup { "arrow-w" } else { "arrow-t" };
    let draw = move || {
        let l = layout(figure, cols.get());
        let pos = |id: NodeId| l.boxes.iter().find(|b| b.id == id).map(|b| (b.x, b.y));
        let routes: Vec<(NodeId, NodeId, String)> = l
            .boxes
            .iter()
            .flat_map(|b| node(b.id).next.iter().map(move |&n| (b.id, n)))
            .filter_map(|(from, to)| {
                let (x1, y1) = pos(from)?;
                let (x2, y2) = pos(to)?;
                let (sx, sy, ex, ey) = (x1 + W / 2.0, y1 + H, x2 + W / 2.0, y2);
                let d = if ey - sy <= GAP_Y + 0.5 {
                    // The next row: the curve stays in the gap between the two rows.
                    format!("M{sx},{sy} C{sx},{},{ex},{},{ex},{ey}", sy + GAP_Y / 2.0, ey - GAP_Y / 2.0)
                } else {
                    // Rows between: along the gap below the source to the nearer margin,
                    // down the margin, and along the gap above the target.
                    let lane = if sx < l.width / 2.0 { -LANE / 2.0 } else { l.width + LANE / 2.0 };
                    let (below, above) = (sy + GAP_Y / 2.0, ey - GAP_Y / 2.0);
                    format!("M{sx},{sy} L{sx},{below} L{lane},{below} L{lane},{above} L{ex},{above} L{ex},{ey}")
                };
                Some((from, to, d))
            })
            .collect();
        let lit = move |from: NodeId, to: NodeId| on_path(from) && on_path(to);
        let edges = routes
            .iter()
            .map(|(from, to, d)| {
                let (from, to) = (*from, *to);
                view! { <path d=d.clone() class="edge" class:lit=move || lit(from, to) marker-end=format!("url(#{arrow})")/> }
            })
            .collect_view();
        // The lit path once more, above every other edge where lanes share a line.
        let lit_on_top = routes
            .into_iter()
            .map(|(from, to, d)| view! { <path d=d class="edge-top" class:lit=move || lit(from, to) aria-hidden="true"/> })
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
                    .map(|(i, line)| {
                        let y = b.y + H / 2.0 + (i as f64 - (b.lines.len() as f64 - 1.0) / 2.0) * LINE + 4.0;
                        view! { <text x=b.x + W / 2.0 y=y text-anchor="middle">{line.clone()}</text> }
                    })
                    .collect_view();
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
                        <text class="mark" x=b.x + 10.0 y=b.y + 16.0 aria-hidden="true">
                            {move || if on_path(id) { "●" } else { "" }}
                        </text>
                        {text}
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg viewBox=format!("{} -4 {} {}", -4.0 - LANE, l.width + 8.0 + 2.0 * LANE, l.height + 8.0) class="figure-svg" role="group" aria-label=title>
                <defs>
                    <marker id=arrow viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z"/>
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
        let inputs = n
            .inputs
            .iter()
            .map(|name| {
                let label = field(name).map_or(*name, |f| f.label);
                let value = case.with(|c| value_text(c, name)).unwrap_or_else(|| "Unknown".into());
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
            <h2 id="flow-title">"The algorithm"</h2>
            <p class="legend"><span class="key on">"●"</span>" on this patient's path · dimmed boxes are not"</p>
            <div class="flow-controls">
                <button type="button" id="flow-fit" aria-pressed=move || fit.get().to_string() on:click=move |_| fit.update(|f| *f = !*f)>
                    "Fit both figures"
                </button>
                <label class="check">
                    <input type="checkbox" id="flow-follow" prop:checked=follow on:change=move |ev| follow.set(event_target_checked(&ev))/>
                    "Follow the path"
                </label>
            </div>
            <div class="figures">
                <FigureSvg figure=Figure::Workup title="Figure 1 — Approach to the patient" cols=cols assessment=assessment selected=selected pinned=pinned/>
                <FigureSvg figure=Figure::Therapy title="Figure 2 — Therapy by subtype and sensitivity" cols=cols assessment=assessment selected=selected pinned=pinned/>
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
