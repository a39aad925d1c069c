// Since 2012, for this case: the page shows the engine's pointers with their
// trials, the patient view names them in plain words, the five tests travel
// in the link, and the print-out carries them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import {
  openApp, caseInAddress, fragmentOf, example, engineAssessment, useBrowserAndServer, printing, CASES_DIR, showCase,
} from './harness.mjs';

const env = await useBrowserAndServer();
const NAMES = readdirSync(CASES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

test('the "for this case" pointers equal the engine\'s, with their trials, for every example case', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    let seen = 0;
    for (const name of NAMES) {
      const c = await example(name);
      await showCase(page, env.srv.url, c);
      const shown = await page.$$eval('.workspace [data-since]', (els) => els.map((e) => [
        e.dataset.since, e.dataset.relevance, [...e.querySelectorAll('[data-trial]')].map((t) => t.dataset.trial),
      ]));
      const a = await engineAssessment(c);
      assert.deepEqual(shown, a.since_2012.map((p) => [p.id, p.relevance, p.trials]), name);
      const text = await page.$$eval('.workspace [data-since]', (els) => els.map((e) => e.textContent).join(' '));
      assert.doesNotMatch(text, /\b(indicated|recommended|eligible|should)\b/i, name);
      seen += shown.length;
      await page.click('#nav-patient');
      const plain = await page.$$eval('[data-plain-since]', (els) => els.map((e) => e.dataset.plainSince));
      assert.deepEqual(plain, a.since_2012.map((p) => p.id), `${name}: patient view`);
      await page.click('#nav-clinician');
    }
    assert.ok(seen > 20, `${seen} pointers compared`);
  } finally {
    await context.close();
  }
});

test('the five tests of the layer travel in the link and change the pointers, not the 2012 assessment', async () => {
  const context = await env.browser.newContext();
  const c = await example('post_progressed_on_letrozole');
  const { page } = await openApp(context, env.srv.url + fragmentOf(c));
  try {
    const options = () => page.$$eval('.results [data-option]', (els) => els.map((e) => [e.dataset.option, e.dataset.role]));
    const before = await options();
    assert.equal(await page.getAttribute('[data-since="s.pi3k_akt"]', 'data-relevance'), 'ask_about_test');
    await page.click('#s-since-2012 > summary');
    await page.selectOption('#q-pi3k_pathway', 'altered');
    await page.selectOption('#q-her2_ihc', 'ihc_0');
    assert.equal(await page.getAttribute('[data-since="s.pi3k_akt"]', 'data-relevance'), 'applies');
    assert.equal(await page.getAttribute('[data-since="s.tdxd_low_before_chemo"]', 'data-relevance'), 'ask_about_test', 'IHC 0 may be ultralow');
    await page.selectOption('#q-pi3k_pathway', 'not_altered');
    assert.equal(await page.$('[data-since="s.pi3k_akt"]'), null, 'a known-negative biomarker hides its pointer');
    assert.deepEqual(await options(), before, 'the 2012 options are unchanged');
    const inLink = await caseInAddress(page);
    assert.equal(inLink.pi3k_pathway, 'not_altered');
    assert.equal(inLink.her2_ihc, 'ihc_0');
    await printing(page);
    assert.ok(await page.isVisible('[data-since="s.cdk46_after_et"]'), 'the print-out carries the pointers');
    await printing(page, false);
  } finally {
    await context.close();
  }
});
