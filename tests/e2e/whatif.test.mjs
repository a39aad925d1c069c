// What would change the answer: the page explores every unknown exactly as
// the command-line evaluator's `whatif` does; a value applies with one click;
// a pinned assessment marks what changed and never leaves the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, caseInAddress, fragmentOf, example, useBrowserAndServer, showCase, EXAMPLE_NAMES as NAMES } from './harness.mjs';

const env = await useBrowserAndServer();
const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'debug', 'mbc-aid');

function cliWhatif(caseObj) {
  return JSON.parse(execFileSync(CLI, ['whatif', '-'], { input: JSON.stringify(caseObj) }));
}

/// Opens the panel and waits until it is built (it is built when opened).
async function openWhatif(page) {
  if (!(await page.$eval('details.whatif', (d) => d.open))) await page.click('details.whatif > summary');
  await page.waitForSelector('details.whatif[open] [data-whatif-field], details.whatif[open] .none');
}

test('the page explores every unknown as the command line does, for every example case', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    let values = 0;
    for (const name of NAMES) {
      const c = await example(name);
      await showCase(page, env.srv.url, c);
      await openWhatif(page);
      const shown = await page.$$eval('[data-whatif-field]', (fields) => fields.map((f) => ({
        field: f.dataset.whatifField,
        values: [...f.querySelectorAll('[data-whatif-value]')].map((v) => [v.dataset.whatifValue, v.dataset.strategy, v.dataset.preferred,
          // What else it changes: said on every row that changes nothing else a reader would see, and wherever there is any.
          v.querySelector('[data-also]')?.dataset.also ?? null]),
      })));
      const expected = cliWhatif(c).map((e) => ({
        field: e.field,
        values: e.values.map((v) => [typeof v.value === 'string' ? v.value : String(v.value), v.strategy, v.preferred.join(' '),
          e.effect === 'nothing' || v.also.length ? String(v.also.length) : null]),
      }));
      assert.deepEqual(shown, expected, name);
      values += expected.reduce((n, e) => n + e.values.length, 0);
    }
    assert.ok(values > 30, `${values} values compared`);
  } finally {
    await context.close();
  }
});

test('one click applies an explored value: the form, the flowchart and the link follow', async () => {
  const context = await env.browser.newContext();
  const c = { ...(await example('tnbc_first_line_naive')), brca: undefined };
  const { page } = await openApp(context, env.srv.url + fragmentOf(c));
  try {
    await openWhatif(page);
    const carrier = '[data-whatif-field="brca"] [data-whatif-value="mutation"]';
    assert.match(await page.getAttribute(carrier, 'data-preferred'), /platinum/);
    await page.click(`${carrier} button`);
    assert.equal(await page.inputValue('#q-brca'), 'mutation');
    assert.equal(await page.getAttribute('[data-node="t.tnbc.brca"]', 'data-on-path'), 'true');
    assert.equal((await caseInAddress(page)).brca, 'mutation');
    assert.equal(await page.getAttribute('[data-option="platinum"]', 'data-role'), 'preferred');
    // An exposure's field: only that field of that exposure changes.
    const withHistory = {
      her2: 'negative', er: 'positive', menopause: 'post', visceral_crisis: 'no', rapid_progression: 'no',
      endocrine_history: [{ agent: 'tamoxifen', setting: 'adjuvant', outcome: 'completed' },
        { agent: 'letrozole', setting: 'metastatic', outcome: 'progressed', benefit: 'yes' }],
    };
    const { page: other } = await openApp(context, env.srv.url + fragmentOf(withHistory));
    await openWhatif(other);
    await other.click('[data-whatif-field="endocrine_history[0].months_since_end"] [data-whatif-value="24"] button');
    const now = await caseInAddress(other);
    assert.deepEqual(now.endocrine_history, [{ ...withHistory.endocrine_history[0], months_since_end: 24 }, withHistory.endocrine_history[1]]);
  } finally {
    await context.close();
  }
});

test('a pinned assessment marks added, removed and changed options and boxes, and stays on the page only', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const original = await example('post_progressed_on_letrozole');
  const { page } = await openApp(context, env.srv.url + fragmentOf(original));
  try {
    await page.click('#pin');
    assert.deepEqual(await page.$$eval('[data-pin-change], [data-pin], [data-pin-removed]', (els) => els.length), 0, 'nothing changed yet');
    await page.selectOption('#q-visceral_crisis', 'yes');
    assert.equal(await page.getAttribute('[data-node="t.chemo_indicated"]', 'data-pin'), 'entered');
    assert.equal(await page.getAttribute('[data-node="t.post.after_nsai"]', 'data-pin'), 'left');
    const added = await page.$$eval('.results [data-pin-change="added"]', (els) => els.map((e) => e.dataset.option));
    assert.ok(added.includes('paclitaxel_weekly') || added.includes('anthracycline') || added.includes('ac_ec'), `${added}`);
    const removed = await page.$$eval('[data-pin-removed]', (els) => els.map((e) => e.dataset.pinRemoved));
    assert.ok(removed.includes('exemestane_everolimus'), `${removed}`);
    // The old strategy beside the new; the removed options wrap inside the panel, never clipped.
    assert.equal(await page.getAttribute('[data-pin-strategy]', 'data-pin-strategy'), 'endocrine');
    assert.match(await page.textContent('[data-pin-strategy]'), /Endocrine.*→ now Chemotherapy/i);
    assert.deepEqual(await page.$$eval('.pinned p', (ps) => ps.filter((p) => p.scrollWidth > p.clientWidth + 1).length), 0);
    assert.match(await page.textContent('.flowchart .legend'), /thick dashed border/);
    // The clinical trial stays listed: alternative before and after, so unmarked.
    assert.equal(await page.getAttribute('.results [data-option="clinical_trial"]', 'data-pin-change'), null);
    // Never in the link, storage or an exported file.
    const inLink = await caseInAddress(page);
    assert.deepEqual(inLink, { ...original, visceral_crisis: 'yes' });
    const download = page.waitForEvent('download');
    await page.click('#export');
    assert.deepEqual(JSON.parse(readFileSync(await (await download).path(), 'utf8')), inLink);
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    await page.click('#pin');
    assert.deepEqual(await page.$$eval('[data-pin-change], [data-pin], [data-pin-removed]', (els) => els.length), 0, 'unpinned');
  } finally {
    await context.close();
  }
});

test('the patient view names only the unknowns that would change the options, in plain words', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    for (const name of NAMES) {
      const c = await example(name);
      await showCase(page, env.srv.url, c);
      await page.click('#nav-patient');
      await page.waitForSelector('[data-testid="patient-view"]');
      const shown = await page.$$eval('[data-plain-whatif]', (els) => els.map((e) => e.textContent));
      const changing = new Set(cliWhatif(c).filter((e) => e.effect !== 'nothing').map((e) => e.field.split('[')[0]));
      assert.equal(shown.length, changing.size, `${name}: ${shown} vs ${[...changing]}`);
      for (const t of shown) assert.doesNotMatch(t, /\b(should|must|recommend)/i, name);
    }
  } finally {
    await context.close();
  }
});
