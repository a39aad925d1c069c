// Screenshots at a phone's and a desktop's width: the page must be drawn,
// not blank or broken — flowchart boxes with real size, results present,
// nothing wider than the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, fragmentOf, RESULTS, example, useBrowserAndServer } from './harness.mjs';

const env = await useBrowserAndServer();

for (const width of [360, 1280]) {
  test(`the page is drawn at ${width} px`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    const { page, watch } = await openApp(context, env.srv.url + fragmentOf(await example('post_progressed_on_letrozole')));
    try {
      const file = join(RESULTS, `page-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok(statSync(file).size > 20_000, 'the screenshot has content');
      const m = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('[data-node] rect')].map((r) => r.getBoundingClientRect());
        const texts = [...document.querySelectorAll('[data-node] text')].map((t) => t.getBoundingClientRect());
        return {
          scrollWidth: document.documentElement.scrollWidth,
          nodes: boxes.length,
          sized: boxes.filter((b) => b.width > 60 && b.height > 25).length,
          smallestText: Math.min(...texts.filter((t) => t.height > 0).map((t) => t.height)),
          options: document.querySelectorAll('[data-option]').length,
          heading: document.querySelector('h1')?.textContent,
        };
      });
      assert.equal(m.heading, 'mbc-aid');
      assert.equal(m.nodes, 32, 'every box of both figures is drawn');
      assert.equal(m.sized, 32, 'every box has a readable size');
      assert.ok(m.smallestText >= 8, `box text is legible (${m.smallestText}px)`);
      assert.ok(m.options > 3, 'the results list options');
      assert.ok(m.scrollWidth <= width + 1, `nothing wider than the screen (${m.scrollWidth}px)`);
      assert.deepEqual(watch.errors, []);
    } finally {
      await context.close();
    }
  });
}

// 200 % zoom of a 1280 × 720 window is a 640 × 360 CSS-pixel viewport at
// twice the device pixels: every view must reflow, not scroll sideways.
test('every view works at 200 % zoom', async () => {
  const context = await env.browser.newContext({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
  const { page, watch } = await openApp(context, env.srv.url + fragmentOf(await example('tnbc_first_line_naive')));
  try {
    for (const view of ['#nav-clinician', '#nav-patient', '#nav-about']) {
      await page.click(view);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${view}: ${overflow}px wider than the window`);
    }
    await page.click('#nav-patient');
    await page.screenshot({ path: join(RESULTS, 'patient-zoom-200.png') });
    assert.deepEqual(watch.errors, []);
  } finally {
    await context.close();
  }
});
