// The answer at a glance: the summary in the first screen on a desk and on a
// phone, equal to the command-line evaluator; the three columns side by side
// on a wide screen, each scrolling on its own; the pinned summary and the
// section bar (with the back button) on a phone; compact option cards; the
// flowchart fitted and following the path; screenshots for the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openApp, fragmentOf, example, useBrowserAndServer, engineAssessment, RESULTS, showCase, EXAMPLE_NAMES as EXAMPLES } from './harness.mjs';

const env = await useBrowserAndServer();
const DESK = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

async function summary(page) {
  return page.evaluate(() => {
    const s = document.querySelector('[data-summary]');
    const r = s.getBoundingClientRect();
    return {
      box: { top: r.top, bottom: r.bottom, visible: r.height > 0 },
      strategy: s.querySelector('[data-strategy]')?.dataset.strategy,
      options: [...s.querySelectorAll('[data-summary-option]')].map((e) => e.dataset.summaryOption),
      alerts: [...s.querySelectorAll('[data-summary-alert]')].map((e) => e.dataset.summaryAlert),
      text: s.textContent,
    };
  });
}

for (const [label, viewport] of [['1280×800', DESK], ['360×740', PHONE]]) {
  test(`at ${label}, the summary of every example is in the first screen and equals the evaluator's answer`, async () => {
    const context = await env.browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      for (const name of EXAMPLES) {
        const c = await example(name);
        const a = await engineAssessment(c);
        await showCase(page, env.srv.url, c);
        const s = await summary(page);
        assert.equal(await page.evaluate(() => scrollY), 0, name);
        assert.ok(s.box.visible && s.box.top >= 0 && s.box.bottom <= viewport.height, `${name}: summary at ${s.box.top}–${s.box.bottom} of ${viewport.height}`);
        assert.equal(s.strategy, a.strategy, name);
        assert.deepEqual(s.options, a.options.filter((o) => o.role === 'preferred').map((o) => o.id), `${name}: preferred options`);
        assert.deepEqual(s.alerts, a.alerts.filter((al) => al.severity === 'urgent').map((al) => al.code), `${name}: urgent alerts`);
        if (a.strategy === 'workup' || a.strategy === 'out_of_scope') {
          assert.match(s.text, /Next step: /, `${name}: what to do next`);
          assert.equal(s.options.length, 0);
        }
        const missing = a.missing.length;
        assert.match(s.text, missing === 0 ? /Nothing missing/ : new RegExp(`${missing} inputs? still missing`), `${name}: missing count`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `${name}: ${overflow}px of horizontal scrolling`);
      }
    } finally {
      await context.close();
    }
  });
}

test('the summary follows every input and its missing link leads to the list', async () => {
  const context = await env.browser.newContext({ viewport: DESK });
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('post_progressed_on_letrozole')));
  try {
    await page.selectOption('#q-visceral_crisis', 'yes');
    let s = await summary(page);
    assert.equal(s.strategy, 'chemotherapy');
    assert.deepEqual(s.alerts, ['visceral_crisis']);
    await page.selectOption('#q-visceral_crisis', 'no');
    s = await summary(page);
    assert.equal(s.strategy, 'endocrine');
    await page.click('[data-summary] .glance-missing button');
    const heading = await page.evaluate(() => document.activeElement.textContent);
    assert.equal(heading, 'Inputs that would change this result');
    assert.ok(await page.isVisible('.results .missing h3'));
  } finally {
    await context.close();
  }
});

test('on a wide screen the case, the flowchart and the results sit side by side and scroll on their own', async () => {
  const context = await env.browser.newContext({ viewport: DESK });
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('tnbc_first_line_naive')));
  try {
    const cols = await page.$$eval('.cols > .col', (cs) => cs.map((c) => {
      const r = c.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, overflow: getComputedStyle(c).overflowY, scrolls: c.scrollHeight > c.clientHeight };
    }));
    assert.equal(cols.length, 3);
    assert.ok(cols[0].right <= cols[1].left && cols[1].right <= cols[2].left, 'three columns left to right');
    for (const c of cols) {
      assert.equal(c.overflow, 'auto');
      assert.ok(c.bottom <= DESK.height + 1, `a column ends at ${c.bottom}`);
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), 'the page itself does not scroll');
    // Scrolling the form moves neither the results nor the summary.
    const before = await page.$eval('.results-col', (c) => c.scrollTop);
    await page.$eval('.form-col', (c) => { c.scrollTop = c.scrollHeight; });
    await page.selectOption('#q-lvef_reduced', 'yes');
    assert.equal(await page.$eval('.results-col', (c) => c.scrollTop), before);
    assert.ok((await summary(page)).box.top >= 0);
    assert.ok(!(await page.isVisible('.section-bar')), 'no section bar when all three are in view');
  } finally {
    await context.close();
  }
});

test('on a phone the summary stays pinned while the form scrolls, and the section bar jumps and comes back', async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('post_progressed_on_letrozole')));
  try {
    await page.evaluate(() => scrollTo(0, document.querySelector('#section-case').getBoundingClientRect().bottom + scrollY - innerHeight));
    assert.ok((await page.evaluate(() => scrollY)) > 500, 'the page scrolled down the form');
    let s = await summary(page);
    assert.ok(s.box.top >= 0 && s.box.top < 10 && s.box.bottom <= PHONE.height / 2, `pinned at ${s.box.top}–${s.box.bottom}`);
    await page.selectOption('#q-visceral_crisis', 'yes');
    s = await summary(page);
    assert.equal(s.strategy, 'chemotherapy', 'the pinned summary follows the input');
    await page.selectOption('#q-visceral_crisis', 'no');

    const from = await page.evaluate(() => scrollY);
    const address = await page.evaluate(() => location.hash);
    await page.click('.section-bar [data-section="section-results"]');
    await page.waitForFunction(() => {
      const gap = document.querySelector('#section-results').getBoundingClientRect().top - document.querySelector('.answer-bar').getBoundingClientRect().bottom;
      return gap >= -1 && gap <= 40;
    });
    const top = await page.$eval('#section-results', (e) => e.getBoundingClientRect().top);
    const bar = await page.$eval('.answer-bar', (e) => e.getBoundingClientRect().bottom);
    assert.ok(top >= bar - 1 && top <= bar + 40, `results start at ${top}, below the pinned bar (${bar})`);
    // An edit after the jump, then back: the place returns, the edit stays.
    await page.selectOption('#q-trial_interest', 'yes');
    await page.waitForTimeout(400);
    const edited = await page.evaluate(() => location.hash);
    assert.notEqual(edited, address);
    await page.goBack();
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, from);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => location.hash), edited, 'back does not bring an older case back');
    assert.equal(await page.$eval('#q-trial_interest', (e) => e.value), 'yes');
  } finally {
    await context.close();
  }
});

test('option cards are compact: name, role, the deciding reason and badges; the rest on demand and in print', async () => {
  const context = await env.browser.newContext({ viewport: DESK });
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('her2_discordance_flagged')));
  try {
    const cards = await page.$$eval('.results .options:not(.not_recommended) [data-option]', (os) => os.map((o) => ({
      id: o.dataset.option,
      head: o.querySelector('h4')?.textContent,
      role: o.querySelector('.role-tag')?.textContent,
      decides: o.querySelector('.decides')?.textContent,
      open: o.querySelector('details.more').open,
      reasons: o.querySelectorAll('.reasons li').length,
    })));
    assert.ok(cards.length > 0);
    for (const c of cards) {
      assert.ok(c.head && c.role && c.decides, `${c.id}: ${JSON.stringify(c)}`);
      assert.equal(c.open, false, `${c.id}: details closed by default`);
      assert.equal(c.reasons, 0, `${c.id}: the full reasons are built when opened`);
    }
    const a = await engineAssessment(await example('her2_discordance_flagged'));
    const anthracycline = a.options.find((o) => o.id === 'anthracycline');
    if (anthracycline?.reasons.some((r) => /LVEF not known/.test(r))) {
      assert.match(await page.textContent('[data-option="anthracycline"] .option-head'), /check LVEF/);
    }
    // Keyboard: Tab to a card's details and open it with Enter.
    await page.focus('.results .options.preferred [data-option] details.more > summary');
    await page.keyboard.press('Enter');
    assert.ok(await page.$eval('.results .options.preferred [data-option] details.more', (d) => d.open));
    await page.waitForSelector('.results .options.preferred [data-option]:first-child .reasons li', { timeout: 2000 });
    // Not recommended: one line each, a name and its reason.
    const brief = await page.$$eval('.options.not_recommended [data-option]', (os) => os.map((o) => [o.querySelector('.name')?.textContent, o.classList.contains('brief')]));
    for (const [name, isBrief] of brief) assert.ok(name && isBrief, name);
    // Print opens everything.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const closed = await page.$$eval('.results details.more', (ds) => ds.filter((d) => !d.open).length);
    assert.equal(closed, 0, 'every card opens in print');
  } finally {
    await context.close();
  }
});

test('the flowchart fits both figures in its column and follows the path to its deepest box', async () => {
  const context = await env.browser.newContext({ viewport: DESK });
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('post_progressed_on_letrozole')));
  try {
    const inColumn = (sel) => page.evaluate((s) => {
      const col = document.querySelector('.flow-col').getBoundingClientRect();
      const r = document.querySelector(s).getBoundingClientRect();
      return r.top >= col.top - 1 && r.bottom <= col.bottom + 1;
    }, sel);
    // Following: the deepest lit box is in view in the flowchart's column.
    const deepestId = await page.$$eval('.flow-col [data-node][data-on-path="true"]', (ns) => ns.at(-1).dataset.node);
    await page.waitForTimeout(100);
    assert.ok(await inColumn(`[data-node="${deepestId}"]`), `${deepestId} followed into view`);
    await page.selectOption('#q-visceral_crisis', 'yes');
    await page.waitForTimeout(100);
    const chemoDeepest = await page.$$eval('.flow-col [data-node][data-on-path="true"]', (ns) => ns.at(-1).dataset.node);
    assert.ok(await inColumn(`[data-node="${chemoDeepest}"]`), `${chemoDeepest} followed into view after a change`);
    // Fitted: both figures within the column's height.
    await page.click('#flow-fit');
    await page.$eval('.flow-col', (c) => { c.scrollTop = 0; });
    await page.waitForTimeout(100);
    const [one, two] = await page.$$eval('.figure-svg', (ss) => ss.map((s) => s.getBoundingClientRect().height));
    assert.ok(one > 50 && two > 50, `figures ${one} and ${two} px high`);
    for (const f of ['[data-figure^="Figure 1"] svg', '[data-figure^="Figure 2"] svg']) assert.ok(await inColumn(f), `${f} within the column`);
    assert.equal(await page.getAttribute('#flow-fit', 'aria-pressed'), 'true');
    // Keyboard order of the boxes is still the flow order.
    const order = await page.$$eval('.flow-col [data-node]', (ns) => ns.map((n) => n.dataset.node));
    assert.equal(order[0], 'w.suspected');
  } finally {
    await context.close();
  }
});

// Copied by hand into tests/e2e/screenshots/ (the README's) when the layout changes.
test('README screenshots at both widths', async () => {
  for (const [file, viewport] of [['readme-desk.png', DESK], ['readme-phone.png', PHONE]]) {
    const context = await env.browser.newContext({ viewport });
    const { page } = await openApp(context, env.srv.url + fragmentOf(await example('post_progressed_on_letrozole')));
    try {
      assert.ok((await summary(page)).box.visible);
      await page.screenshot({ path: join(RESULTS, file) });
    } finally {
      await context.close();
    }
  }
});

test('on a phone every jump lands fully in view below the pinned summary, on the first tap', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('tnbc_first_line_naive')));
  // Where the target sits, against the pinned summary and the window, once the jump has settled.
  const placed = (sel) => page.evaluate((sel) => new Promise((done) => {
    let frames = 20;
    const look = () => (frames-- > 0 ? requestAnimationFrame(look) : done((() => {
      const t = document.querySelector(sel).getBoundingClientRect();
      const bar = document.querySelector('.workspace .answer-bar').getBoundingClientRect();
      return { top: t.top, bottom: t.bottom, below: bar.bottom, height: innerHeight };
    })()));
    look();
  }), sel);
  // Fully in view where it fits below the summary; taller, its top is just below the summary.
  const inView = (p, what) => {
    assert.ok(p.top >= p.below - 1, `${what}: top ${p.top} under the summary (ends at ${p.below})`);
    if (p.bottom - p.top <= p.height - p.below) {
      assert.ok(p.bottom <= p.height + 1, `${what}: bottom ${p.bottom} below the window (${p.height})`);
    } else {
      assert.ok(p.top <= p.below + 16, `${what}: taller than the space, so it starts at the summary`);
    }
  };
  try {
    // The summary's "inputs still missing": the whole list, though the sections before it were never laid out.
    await page.tap('.glance-missing button');
    inView(await placed('.results .missing'), 'the list of missing inputs');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Inputs that would change this result');
    // A missing input: its question.
    const field = await page.$eval('[data-missing]', (e) => e.dataset.missing.split(/[[.]/)[0]);
    await page.tap('[data-missing] button');
    inView(await placed(`#q-${field}`), `the question ${field}`);
    // A flowchart box: its detail.
    await page.locator('[data-node="t.tnbc"]').scrollIntoViewIfNeeded();
    await page.tap('[data-node="t.tnbc"]');
    inView(await placed('.node-detail'), 'the box detail');
  } finally {
    await context.close();
  }
});
