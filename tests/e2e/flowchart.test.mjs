// The flowchart draws only what is so: a lit path never runs across a box
// that is not on it, at phone, tablet and desk widths; a selected box's
// detail comes into view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fragmentOf, example, useBrowserAndServer, showCase, EXAMPLE_NAMES as NAMES } from './harness.mjs';

const env = await useBrowserAndServer();

/// Lit edges whose drawn line enters an unlit box (points every 2 px, in the SVG's own units).
function crossings() {
  const out = [];
  for (const svg of document.querySelectorAll('svg.figure-svg')) {
    const unlit = [...svg.querySelectorAll('.node:not(.on-path) rect')].map((r) => ({
      id: r.parentElement.dataset.node,
      x: r.x.baseVal.value, y: r.y.baseVal.value, w: r.width.baseVal.value, h: r.height.baseVal.value,
    }));
    for (const edge of svg.querySelectorAll('path.edge.lit')) {
      const length = edge.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const p = edge.getPointAtLength(at);
        const hit = unlit.find((b) => p.x > b.x + 1 && p.x < b.x + b.w - 1 && p.y > b.y + 1 && p.y < b.y + b.h - 1);
        if (hit) {
          out.push(`${edge.getAttribute('d')} crosses ${hit.id}`);
          break;
        }
      }
    }
  }
  return out;
}

for (const width of [360, 768, 1280]) {
  test(`no lit edge crosses a box off the path at ${width} px, for every example case`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    try {
      let lit = 0;
      for (const name of NAMES) {
        await showCase(page, env.srv.url, await example(name));
        lit += await page.$$eval('path.edge.lit', (els) => els.length);
        assert.deepEqual(await page.evaluate(crossings), [], `${name} at ${width} px`);
      }
      assert.ok(lit > 50, `the check saw lit edges (${lit})`);
    } finally {
      await context.close();
    }
  });
}

test('the checker sees a lit edge drawn across an unlit box', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  try {
    await showCase(page, env.srv.url, await example('tnbc_first_line_naive'));
    await page.evaluate(() => {
      const svg = document.querySelectorAll('svg.figure-svg')[1];
      const box = svg.querySelector('.node:not(.on-path) rect');
      const x = box.x.baseVal.value + box.width.baseVal.value / 2;
      const y = box.y.baseVal.value;
      const edge = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      edge.setAttribute('class', 'edge lit');
      edge.setAttribute('d', `M${x},${y - 10} L${x},${y + box.height.baseVal.value + 10}`);
      svg.appendChild(edge);
    });
    assert.equal((await page.evaluate(crossings)).length, 1);
  } finally {
    await context.close();
  }
});

for (const [width, height] of [[360, 740], [1280, 800]]) {
  test(`a selected box's detail comes into view at ${width}×${height}`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    try {
      await showCase(page, env.srv.url, await example('post_progressed_on_letrozole'));
      for (const node of ['w.suspected', 't.hr_pos']) {
        await page.locator(`[data-node="${node}"]`).scrollIntoViewIfNeeded();
        await page.click(`[data-node="${node}"]`);
        await page.waitForSelector(`[data-detail="${node}"]`);
        // The page scrolls smoothly: wait until it has settled.
        await page.waitForFunction(() => {
          const r = document.querySelector('.node-detail').getBoundingClientRect();
          return r.top < innerHeight && r.bottom > 0;
        }, null, { timeout: 3000 }).catch(() => {});
        await page.waitForTimeout(300);
        const box = await page.evaluate(() => {
          const r = document.querySelector('.node-detail').getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, height: innerHeight };
        });
        assert.ok(box.top < box.height && box.bottom > 0, `${node}: detail off screen ${JSON.stringify(box)}`);
        assert.ok(box.top >= 0 || box.bottom <= box.height, `${node}: detail neither top nor bottom in view ${JSON.stringify(box)}`);
      }
    } finally {
      await context.close();
    }
  });
}
