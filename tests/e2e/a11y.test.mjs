// Accessibility: zero axe-core violations (WCAG 2.x A and AA rules) in every
// view and state these tests reach; the flowchart usable from the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openApp, fragmentOf, example, useBrowserAndServer } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const env = await useBrowserAndServer();

async function violations(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target}`);
}

const STATES = [
  ['the empty form', '', async () => {}],
  ['a chemotherapy case with every panel open', fragmentOf(await example('tnbc_visceral_crisis_combination')), async (page) => {
    await page.click('[data-node="t.chemo.combination"]');
    for (const d of await page.$$('details')) await d.evaluate((el) => (el.open = true));
  }],
  ['an endocrine case with all questions shown', fragmentOf(await example('post_progressed_on_letrozole')), async (page) => {
    await page.check('#show-all');
  }],
  ['the About page', '', async (page) => page.click('#nav-about')],
  ['the patient view with values filled in', fragmentOf(await example('post_de_novo_bone_only')), async (page) => {
    await page.click('#nav-patient');
    await page.check('input[name="value-0"][value="0"]');
    await page.fill('#values-note', 'A note.');
  }],
  ['the patient view of an urgent case', fragmentOf(await example('symptomatic_brain_urgent')), async (page) => page.click('#nav-patient')],
  ['a refused link', '#case=!!!', async () => {}],
  ['a link read in part', '#case=' + Buffer.from('{"her2": "negative", "age": 300}').toString('base64url'), async () => {}],
  ['pinned and explored, with a draft row and an invalid number', fragmentOf(await example('post_progressed_on_letrozole')), async (page) => {
    await page.click('#pin');
    await page.selectOption('#q-visceral_crisis', 'yes');
    await page.click('details.whatif > summary');
    await page.waitForSelector('[data-whatif-field]');
    await page.check('#show-all');
    await page.click('#add-chemo_history');
    await page.fill('#q-age', '300');
    await page.dispatchEvent('#q-age', 'change');
  }],
  ['a phone, scrolled to the results by the section bar, a card opened', fragmentOf(await example('symptomatic_brain_urgent')), async (page) => {
    await page.click('.section-bar [data-section="section-results"]');
    await page.click('.results .options.preferred details.more > summary');
  }, { width: 360, height: 740 }],
  ['the flowchart fitted, on a desk', fragmentOf(await example('her2_discordance_flagged')), async (page) => page.click('#flow-fit'), { width: 1280, height: 800 }],
  ['undo offered after clearing', fragmentOf(await example('post_progressed_on_letrozole')), async (page) => {
    await page.click('#clear');
    await page.waitForSelector('[data-testid="undo"]:not([hidden])');
  }],
];

for (const scheme of ['light', 'dark']) {
  for (const [what, hash, act, viewport] of STATES) {
    test(`no axe violations: ${what} (${scheme})`, async () => {
      // axe is injected as a script, which the page's own CSP rightly forbids.
      const context = await env.browser.newContext({ bypassCSP: true, colorScheme: scheme, ...(viewport && { viewport }) });
      const { page } = await openApp(context, env.srv.url + hash);
      try {
        await act(page);
        assert.deepEqual(await violations(page), []);
      } finally {
        await context.close();
      }
    });
  }
}

test('the flowchart is usable from the keyboard, in the order of the flow', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('tnbc_first_line_naive')));
  try {
    await page.focus('[data-node="w.suspected"]');
    const order = [];
    for (let i = 0; i < 5; i++) {
      order.push(await page.evaluate(() => document.activeElement?.dataset.node));
      await page.keyboard.press('Tab');
    }
    assert.deepEqual(order, ['w.suspected', 'w.baseline', 'w.imaging', 'w.biopsy', 'w.receptors']);
    await page.focus('[data-node="t.tnbc"]');
    await page.keyboard.press('Enter');
    assert.match(await page.textContent('[data-detail="t.tnbc"]'), /on this patient's path/);
    const label = await page.getAttribute('[data-node="t.tnbc"]', 'aria-label');
    assert.match(label, /Triple-negative: on this patient's path/);
  } finally {
    await context.close();
  }
});

test('the text outline lists every box with its state when opened', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('tnbc_first_line_naive')));
  try {
    await page.click('details.outline summary');
    await page.waitForSelector('details.outline li');
    const items = await page.$$eval('details.outline li', (lis) => lis.map((li) => li.textContent));
    assert.equal(items.length, 32);
    assert.ok(items.includes('Triple-negative (on the path)'), items.join(' | '));
    assert.ok(items.includes('Postmenopausal'), 'boxes off the path carry no mark');
  } finally {
    await context.close();
  }
});
