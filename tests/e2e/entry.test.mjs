// What the screen shows is exactly what the engine used: an invalid entry is
// unknown in the case, a replaced case can be undone, values are shown in
// the form's words, and no internal code or markup reaches the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  openApp, caseInAddress, fragmentOf, example, useBrowserAndServer, printing, showCase, engineAssumptions, EXAMPLE_NAMES as NAMES,
} from './harness.mjs';

const env = await useBrowserAndServer();

async function typeNumber(page, selector, value) {
  await page.fill(selector, String(value));
  await page.dispatchEvent(selector, 'change');
}

const missing = (page) => page.$$eval('[data-missing]', (els) => els.map((e) => e.dataset.missing));

test('an invalid number makes its field unknown in the case, and the typed text and its error stay', async () => {
  const context = await env.browser.newContext();
  const start = { ...(await example('tnbc_first_line_naive')), age: 58, ecog: 1 };
  const { page } = await openApp(context, env.srv.url + fragmentOf(start));
  try {
    await page.check('#show-all');
    for (const [field, bad] of [['age', '300'], ['ecog', '7'], ['ecog', 'abc']]) {
      await typeNumber(page, `#q-${field}`, bad);
      assert.equal(await page.inputValue(`#q-${field}`), bad, 'the typed text stays');
      assert.match(await page.textContent(`[data-error="${field}"]`), /unknown until corrected/);
      const inCase = await caseInAddress(page);
      assert.equal(inCase[field], undefined, `${field} ${bad} is not in the link`);
      assert.equal(inCase.er, 'negative', 'the other entries are kept');
    }
    // ECOG decides the chemotherapy branch: unknown, it is listed as missing.
    assert.ok((await missing(page)).includes('ecog'));
    await printing(page);
    assert.match(await page.textContent('.print-summary .unknown'), /ECOG/);
    await printing(page, false);
    await typeNumber(page, '#q-ecog', '1');
    assert.equal(await page.isHidden('[data-error="ecog"]'), true);
    assert.equal((await caseInAddress(page)).ecog, 1);
    assert.ok(!(await missing(page)).includes('ecog'));
  } finally {
    await context.close();
  }
});

test('an invalid number is dropped when the whole case is cleared, and the clear can be undone', async () => {
  const context = await env.browser.newContext();
  const original = await example('post_progressed_on_letrozole');
  const { page } = await openApp(context, env.srv.url + fragmentOf(original));
  try {
    await page.check('#show-all');
    await typeNumber(page, '#q-age', '300');
    const held = await caseInAddress(page);
    await page.click('#clear');
    assert.equal(await page.inputValue('#q-age'), '');
    assert.equal(await page.isHidden('[data-error="age"]'), true);
    await page.waitForSelector('[data-testid="undo"]:not([hidden])');
    await page.click('#undo');
    assert.deepEqual(await caseInAddress(page), held, 'undo brings the case back');
    assert.equal(await page.inputValue('#q-er'), 'positive');
    assert.equal(await page.isHidden('[data-testid="undo"]'), true);
  } finally {
    await context.close();
  }
});

test('an import can be undone', async () => {
  const context = await env.browser.newContext();
  const original = await example('post_progressed_on_letrozole');
  const { page } = await openApp(context, env.srv.url + fragmentOf(original));
  try {
    const before = await caseInAddress(page);
    const other = await example('tnbc_first_line_naive');
    await page.setInputFiles('#import', { name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await page.waitForSelector('[data-testid="undo"]:not([hidden])');
    assert.equal(await page.inputValue('#q-er'), 'negative');
    await page.click('#undo');
    assert.deepEqual(await caseInAddress(page), before);
  } finally {
    await context.close();
  }
});

/// Words of lower-case letters joined by underscores (an internal id), and markdown bold.
function codes(text) {
  const snake = text.match(/\b[a-z]+(?:_[a-z]+)+\b/g) ?? [];
  return [...snake, ...(text.includes('**') ? ['**'] : [])];
}

test('no internal code or markup on the page or the print-out of any example case', async () => {
  assert.deepEqual(codes('Caution (vte_history): **x**'), ['vte_history', '**'], 'the scanner finds codes');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    for (const name of NAMES) {
      await showCase(page, env.srv.url, await example(name));
      for (const d of await page.$$('.results details')) await d.evaluate((el) => (el.open = true));
      await page.click('[data-node="w.receptors"]');
      await page.waitForSelector('[data-detail]');
      await printing(page);
      await page.waitForSelector('.print-summary');
      const text = await page.evaluate(() => document.body.innerText);
      assert.deepEqual(codes(text), [], `${name}`);
      await printing(page, false);
    }
  } finally {
    await context.close();
  }
});

test('"Why not" gives each option not offered its specific reason', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('post_progressed_on_letrozole')));
  try {
    await page.click('.why-not summary');
    await page.waitForSelector('[data-why-not="nsai"]');
    const reasons = await page.$$eval('[data-why-not]', (els) => els.map((e) => e.textContent));
    assert.ok(reasons.length > 20, `${reasons.length} options not offered`);
    assert.deepEqual(reasons.filter((r) => r.includes('Not part of the branch')), []);
    assert.match(await page.textContent('[data-why-not="nsai"]'), /resistant.*letrozole/);
    // An alternative answers too: why it is not first.
    assert.match(await page.textContent('[data-why-not="tamoxifen"]'), /Listed as an alternative, not first: /);
  } finally {
    await context.close();
  }
});

test('a new prior-therapy row starts empty and is not part of the case until complete', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url + fragmentOf({ her2: 'negative', er: 'positive', menopause: 'post' }));
  try {
    await page.check('#show-all');
    await page.click('#add-endocrine_history');
    const id = (part) => `#q-endocrine_history-0-${part}`;
    for (const part of ['agent', 'setting', 'outcome']) assert.equal(await page.inputValue(id(part)), '', `${part} starts unchosen`);
    assert.match(await page.textContent('.exposure.draft .incomplete'), /not part of the case/);
    await page.selectOption(id('agent'), 'letrozole');
    await page.selectOption(id('setting'), 'metastatic');
    assert.equal(await page.inputValue(id('agent')), 'letrozole', 'a choice stays while the row is incomplete');
    assert.equal((await caseInAddress(page)).endocrine_history, undefined, 'incomplete: not in the case');
    assert.equal(await page.getAttribute('[data-node="t.et_progression"]', 'data-on-path'), 'false');
    await page.selectOption(id('outcome'), 'progressed');
    assert.deepEqual((await caseInAddress(page)).endocrine_history, [{ agent: 'letrozole', setting: 'metastatic', outcome: 'progressed' }]);
    assert.equal(await page.isVisible('.exposure.draft'), false);
    assert.equal(await page.getAttribute('[data-node="t.et_progression"]', 'data-on-path'), 'true');
  } finally {
    await context.close();
  }
});

test('every select shows what the case holds, and the print-out says the same in the same words', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    for (const name of NAMES) {
      await showCase(page, env.srv.url, await example(name));
      await page.check('#show-all');
      const shown = await page.$$eval('.case-form .question[data-field] > select', (els) =>
        els.map((s) => [s.closest('.question').querySelector('label').textContent, s.selectedOptions[0]?.textContent, !!s.closest('#s-since-2012')]));
      await printing(page);
      await page.waitForSelector('.print-summary');
      const printed = await page.evaluate(() => ({
        rows: Object.fromEntries([...document.querySelectorAll('.print-summary table.inputs tr')].map((r) => [r.querySelector('th').textContent, r.querySelector('td').textContent])),
        unknown: document.querySelector('.print-summary .unknown').textContent,
      }));
      for (const [label, value, since2012] of shown) {
        if (value === 'Not stated') {
          // A preference not given prints nothing: neither a "No" nobody said nor a gap.
          assert.equal(printed.rows[label], undefined, `${name}: ${label} not stated but printed`);
        } else if (value === 'Unknown') {
          // "Not known" names the 2012 inputs; the optional since-2012 tests are printed only when known.
          if (!since2012) assert.ok(printed.unknown.includes(label), `${name}: ${label} shows Unknown but is not printed as not known`);
          assert.equal(printed.rows[label], undefined, `${name}: ${label}`);
        } else {
          assert.equal(printed.rows[label], value, `${name}: ${label} shows ${value}`);
        }
      }
      await printing(page, false);
    }
  } finally {
    await context.close();
  }
});

test('a number applies as it is typed, after a short pause, without leaving the field (360 × 740, touch)', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const start = { her2: 'negative', er: 'positive', menopause: 'post', visceral_crisis: 'no', rapid_progression: 'no' };
  const { page } = await openApp(context, env.srv.url + fragmentOf(start));
  try {
    await page.check('#show-all');
    const address = async () => {
      const hash = await page.evaluate(() => location.hash);
      return hash.startsWith('#case=') ? JSON.parse(Buffer.from(hash.slice(6), 'base64url').toString()) : {};
    };
    await page.tap('#q-age');
    // Half typed: "6" is out of range, so the field is unknown, and no error flashes.
    await page.keyboard.type('6');
    await page.waitForTimeout(700);
    assert.equal((await address()).age, undefined, 'a half-typed number is not used');
    assert.equal(await page.isHidden('[data-error="age"]'), true, 'no error while typing');
    await page.keyboard.type('2');
    const typedAt = Date.now();
    await page.waitForFunction(() => location.hash.startsWith('#case='), null, { timeout: 1000 });
    let age;
    while (Date.now() - typedAt < 1000 && age !== 62) {
      age = (await address()).age;
      if (age !== 62) await page.waitForTimeout(50);
    }
    assert.equal(age, 62, 'the typed number reaches the link within a second');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-age', 'without leaving the field');
    assert.equal(await page.inputValue('#q-age'), '62');
    // Once the entry is done, an invalid number still says why.
    await page.fill('#q-age', '300');
    await page.keyboard.press('Enter');
    await page.locator('#q-age').blur();
    assert.match(await page.textContent('[data-error="age"]'), /out of range/);
  } finally {
    await context.close();
  }
});

test('the summary names the unknowns the answer rests on, for every example case, and each entry not used', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const shown = () => page.$$eval('[data-summary] [data-summary-assumption]', (els) => els.map((e) => e.dataset.summaryAssumption));
  try {
    let named = 0;
    for (const name of NAMES) {
      const c = await example(name);
      await showCase(page, env.srv.url, c);
      const want = await engineAssumptions(c);
      assert.deepEqual(await shown(), want, name);
      named += want.length;
    }
    assert.ok(named > 0, 'some example rests on an unknown');
    // A 62-year-old whose menopausal status is not recorded: the summary says what was assumed.
    await showCase(page, env.srv.url, { her2: 'negative', er: 'positive', age: 62, visceral_crisis: 'no', rapid_progression: 'no' });
    assert.deepEqual(await shown(), ['confirm_menopause']);
    assert.match(await page.textContent('[data-summary-assumption="confirm_menopause"]'), /postmenopausal by age ≥ 60/);
    // A fully known case shows none.
    const known = { her2: 'negative', er: 'positive', pr: 'positive', menopause: 'post', age: 67, visceral_crisis: 'no',
      rapid_progression: 'no', ovarian_suppression: 'no', vte_history: 'no' };
    await showCase(page, env.srv.url, known);
    assert.deepEqual(await shown(), []);
    assert.equal(await page.isHidden('[data-summary] .glance-assumptions'), true);
    // An entry not used is named beside the strategy until it is corrected.
    await page.check('#show-all');
    await typeNumber(page, '#q-age', '300');
    assert.match(await page.textContent('[data-summary-rejected="age"]'), /300 not used/);
    await typeNumber(page, '#q-age', '67');
    assert.equal(await page.$('[data-summary-rejected]'), null);
  } finally {
    await context.close();
  }
});
