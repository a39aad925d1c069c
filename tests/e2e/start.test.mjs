// The static start screen: painted before the module arrives, true before
// anything is evaluated (a case in the link included), drawn as the app then
// draws it, and replaced by the app without moving the columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, example, fragmentOf, engineAssessment, shown } from './harness.mjs';

const env = await useBrowserAndServer();

/// Opens `url` with the WASM module held back until `release()` is called.
async function openHeld(context, url) {
  const page = await context.newPage();
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(url);
  await page.waitForSelector('#start-screen');
  return { page, release };
}

/// The drawing of each figure that is on screen at this width: its viewBox,
/// and each box's place and words, each arrow's route.
function drawings(page) {
  return page.$$eval('.figure-svg', (svgs) =>
    svgs
      .filter((s) => s.getBoundingClientRect().width > 0)
      .map((s) => ({
        label: s.getAttribute('aria-label'),
        viewBox: s.getAttribute('viewBox'),
        boxes: [...s.querySelectorAll('[data-node]')].map((g) => {
          const r = g.querySelector('rect');
          const words = [...g.querySelectorAll('text:not(.mark)')].map((t) => [t.textContent, t.getAttribute('x'), t.getAttribute('y')]);
          return [g.dataset.node, r.getAttribute('x'), r.getAttribute('y'), r.getAttribute('width'), r.getAttribute('height'), words];
        }),
        edges: [...s.querySelectorAll('path.edge')].map((p) => p.getAttribute('d')),
      })),
  );
}

const frame = (page) =>
  page.evaluate(() => ({
    title: document.querySelector('.masthead h1').textContent,
    subtitle: document.querySelector('.masthead .subtitle').textContent,
    nav: [...document.querySelectorAll('.masthead nav > *')].map((e) => e.textContent.trim()),
    provenance: document.querySelector('.provenance').textContent,
    headings: [...document.querySelectorAll('.cols h2')].map((h) => h.textContent),
  }));

const VIEWPORTS = [
  [1280, 800],
  [360, 740],
  [1600, 900],
];
const LINK = 'post_progressed_on_letrozole';

for (const [width, height] of VIEWPORTS) {
  for (const withCase of [false, true]) {
    test(`${width}x${height}${withCase ? ', a case in the link' : ''}: the start screen shows the basis and both figures, nothing evaluated, and the app draws the same figures`, async () => {
      const context = await env.browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
      try {
        const c = await example(LINK);
        const url = env.srv.url + (withCase ? fragmentOf(c) : '');
        const { page, release } = await openHeld(context, url);
        assert.equal(await page.getAttribute('#start-screen', 'inert'), '', 'nothing on it can be used and lost');
        const text = await page.textContent('body');
        for (const words of [/Gogineni/, /does not replace, clinical judgement/, /Since 2012/, /Starting the decision engine/]) assert.match(text, words);
        const before = await drawings(page);
        assert.deepEqual(before.map((d) => d.label), ['Figure 1 — Approach to the patient', 'Figure 2 — Therapy by subtype and sensitivity'], 'one drawing of each figure on screen');
        for (const d of before) assert.ok(d.boxes.length > 5 && d.edges.length > 5, `${d.label} drawn`);
        for (const state of ['[data-on-path="true"]', '.node.on-path', '.edge.lit', '[data-strategy]', '[data-summary]', '.option', '[data-testid="app-ready"]']) {
          assert.equal(await page.locator(state).count(), 0, `shown before the engine ran: ${state}`);
        }
        const frameBefore = await frame(page);
        const colTop = () => page.evaluate(() => ['.form-col', '.flow-col', '.results-col'].map((s) => Math.round(document.querySelector(s).getBoundingClientRect().top)));
        const topsBefore = await colTop();

        release();
        await page.waitForSelector('[data-testid="app-ready"]');
        assert.equal(await page.locator('#start-screen').count(), 0, 'the app replaced the start screen');
        assert.deepEqual(await drawings(page), before, 'the app draws the figures the start screen drew');
        const frameAfter = await frame(page);
        assert.equal(frameAfter.title, frameBefore.title);
        assert.equal(frameAfter.subtitle, frameBefore.subtitle);
        assert.deepEqual(frameAfter.nav, frameBefore.nav);
        assert.equal(frameAfter.provenance, frameBefore.provenance);
        assert.deepEqual(frameAfter.headings.slice(0, 3), frameBefore.headings.slice(0, 3));
        if (width >= 1200 && !withCase) {
          // The start case's answer takes the room the start screen kept for it.
          const topsAfter = await colTop();
          for (const [i, t] of topsAfter.entries()) assert.ok(Math.abs(t - topsBefore[i]) <= 12, `column ${i} moved from ${topsBefore[i]} to ${t}`);
        }
        if (withCase) {
          const a = await engineAssessment(c);
          assert.equal((await shown(page)).strategy, a.strategy, 'the case in the link is evaluated once the app runs');
        }
      } finally {
        await context.close();
      }
    });
  }
}

test('the start screen says so when the module cannot load, instead of "starting" for ever', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(env.srv.url);
    await page.waitForSelector('#start-failed', { state: 'visible' });
    assert.match(await page.innerText('#start-failed'), /could not start in this browser, so nothing has been evaluated/);
    assert.equal(await page.isVisible('#start-starting'), false, 'no longer says it is starting');
    assert.equal(await page.isVisible('#start-note'), false);
    assert.match(await page.innerText('.provenance'), /does not replace, clinical judgement/, 'the basis stays');
    assert.equal(await page.locator('[data-strategy], [data-on-path="true"], .option').count(), 0, 'nothing evaluated is shown');
  } finally {
    await context.close();
  }
});

test('without JavaScript the start screen is hidden and the page says what it needs', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(env.srv.url);
    assert.equal(await page.isVisible('#start-screen header'), false, 'a start screen that would never start is not shown');
    assert.match(await page.innerText('body'), /needs JavaScript and WebAssembly/);
    assert.match(await page.innerText('body'), /does not replace, clinical judgement/);
  } finally {
    await context.close();
  }
});
