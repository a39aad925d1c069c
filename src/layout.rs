//! Where the flowchart's boxes and arrows go, computed from the knowledge
//! base's node table: boxes are ranked by their longest path from a root and
//! wrapped into rows of `cols` boxes. Pure, so that the app (`web::flowchart`)
//! and the start screen written at build time (`start_screen`) draw the same
//! figures from one computation.

use crate::ids::NodeId;
use crate::kb::nodes::{node, Figure, NODES};

pub const W: f64 = 168.0;
pub const H: f64 = 66.0;
const GAP_X: f64 = 14.0;
const GAP_Y: f64 = 30.0;
const LINE: f64 = 15.0;
// Text of this many characters still fits inside a box.
const CHARS: usize = 20;
/// The margin beside the boxes where an edge that skips a row runs, so that
/// no edge is drawn across a box it does not join.
const LANE: f64 = 12.0;

/// Boxes per row by window width: below the first width 2, below the second
/// 3, else 4. `style/main.css` shows the start screen's drawing for the same
/// widths (a test holds the two together).
pub const COLS_BREAKS: [f64; 2] = [640.0, 1500.0];

pub fn cols_for_width(width: f64) -> usize {
    match width {
        w if w < COLS_BREAKS[0] => 2,
        w if w < COLS_BREAKS[1] => 3,
        _ => 4,
    }
}

/// The id of a figure's arrowhead marker, and the arrowhead's shape.
pub fn arrow_id(figure: Figure) -> &'static str {
    match figure {
        Figure::Workup => "arrow-w",
        Figure::Therapy => "arrow-t",
    }
}
pub const ARROWHEAD: &str = "M0,0 L10,5 L0,10 z";

pub struct Placed {
    pub id: NodeId,
    pub x: f64,
    pub y: f64,
    pub lines: Vec<String>,
}

impl Placed {
    /// The baseline of line `i` of the box's text, the lines centred as a block.
    pub fn line_y(&self, i: usize) -> f64 {
        self.y + H / 2.0 + (i as f64 - (self.lines.len() as f64 - 1.0) / 2.0) * LINE + 4.0
    }

    pub fn centre_x(&self) -> f64 {
        self.x + W / 2.0
    }

    /// Where the "on the path" mark sits, top left inside the box.
    pub fn mark_at(&self) -> (f64, f64) {
        (self.x + 10.0, self.y + 16.0)
    }
}

pub struct Route {
    pub from: NodeId,
    pub to: NodeId,
    /// The SVG path data.
    pub d: String,
}

pub struct Layout {
    pub boxes: Vec<Placed>,
    pub width: f64,
    pub height: f64,
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

pub fn layout(figure: Figure, cols: usize) -> Layout {
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

impl Layout {
    /// The SVG `viewBox`: the boxes, the lanes beside them and a small margin.
    pub fn view_box(&self) -> String {
        format!("{} -4 {} {}", -4.0 - LANE, self.width + 8.0 + 2.0 * LANE, self.height + 8.0)
    }

    /// Each arrow's route, in the order of the boxes and their `next` lists.
    pub fn routes(&self) -> Vec<Route> {
        let pos = |id: NodeId| self.boxes.iter().find(|b| b.id == id).map(|b| (b.x, b.y));
        self.boxes
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
                    let lane = if sx < self.width / 2.0 { -LANE / 2.0 } else { self.width + LANE / 2.0 };
                    let (below, above) = (sy + GAP_Y / 2.0, ey - GAP_Y / 2.0);
                    format!("M{sx},{sy} L{sx},{below} L{lane},{below} L{lane},{above} L{ex},{above} L{ex},{ey}")
                };
                Some(Route { from, to, d })
            })
            .collect()
    }
}
