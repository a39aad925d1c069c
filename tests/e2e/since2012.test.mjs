// Since 2012, for this case: the page shows the engine's pointers with their
// trials and what they assume, the patient view names them in plain words,
// later results sit on their options' cards, the layer's inputs travel in
// the link, and the print-out carries them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  openApp, caseInAddress, fragmentOf, example, engineAssessment, useBrowserAndServer, printing, showCase, EXAMPLE_NAMES as NAMES,
} from './harness.mjs';

const env = await useBrowserAndServer();

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
        e.dataset.assumes ?? '', e.querySelectorAll('[data-assumption]').length,
      ]));
      const a = await engineAssessment(c);
      const assumes = (p) => p.assumes.map((x) => `${x.field}=${x.assumed}`).join(' ');
      assert.deepEqual(shown, a.since_2012.map((p) => [p.id, p.relevance, p.trials, assumes(p), p.assumes.length]), name);
      assert.equal(await page.getAttribute('.workspace [data-current-to]', 'data-current-to'), a.since_2012_current_to, name);
      const later = await page.$$eval('.results [data-option]', (els) => els.flatMap((e) =>
        [...e.querySelectorAll('[data-later-result]')].map((l) => [e.dataset.option, l.dataset.laterResult])));
      assert.deepEqual(later, a.later_results.map((l) => [l.option, l.trial]), `${name}: later results on their cards`);
      const text = await page.$$eval('.workspace [data-since]', (els) => els.map((e) => e.textContent).join(' '));
      assert.doesNotMatch(text, /\b(indicated|recommended|eligible|should)\b/i, name);
      seen += shown.length;
      await page.click('#nav-patient');
      const plain = await page.$$eval('[data-plain-since]', (els) => els.map((e) => [e.dataset.plainSince, !!e.querySelector('[data-plain-assumes]')]));
      assert.deepEqual(plain, a.since_2012.map((p) => [p.id, p.assumes.length > 0]), `${name}: patient view`);
      const plainLater = await page.$$eval('[data-plain-option]', (els) => els.flatMap((e) =>
        [...e.querySelectorAll('[data-later-result]')].map((l) => [e.dataset.plainOption, l.dataset.laterResult])));
      assert.deepEqual(plainLater, a.later_results.map((l) => [l.option, l.trial]), `${name}: later results in the patient view`);
      await page.click('#nav-clinician');
    }
    assert.ok(seen > 20, `${seen} pointers compared`);
  } finally {
    await context.close();
  }
});

test('the layer\'s inputs travel in the link and change the pointers, not the 2012 assessment', async () => {
  const context = await env.browser.newContext();
  const c = await example('post_progressed_on_letrozole');
  const { page } = await openApp(context, env.srv.url + fragmentOf(c));
  try {
    const options = () => page.$$eval('.results [data-option]', (els) => els.map((e) => [e.dataset.option, e.dataset.role]));
    const before = await options();
    assert.equal(await page.getAttribute('[data-since="s.pi3k_akt"]', 'data-relevance'), 'ask_about_test');
    await page.click('#s-since-2012 > summary');
    assert.equal(await page.isHidden('#q-pdl1_cps'), true, 'PD-L1 is not asked for a hormone receptor-positive case');
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
    // DESTINY-Breast06 with IHC 0 names the ultralow re-review, not the score, which is known.
    assert.match(await page.textContent('[data-since="s.tdxd_low_before_chemo"]'), /ultralow: a pathologist's re-review/);
    // A recorded CDK4/6 inhibitor for early disease: the assumption goes, and CDK4/6 pointers follow it.
    assert.equal(await page.getAttribute('[data-since="s.cdk46_after_et"]', 'data-assumes'), 'prior_cdk46_inhibitor=no adjuvant_cdk46_inhibitor=no');
    await page.selectOption('#q-adjuvant_cdk46_inhibitor', 'yes');
    assert.equal(await page.$('[data-since="s.cdk46_after_et"]'), null, 'PALOMA-3 predates CDK4/6 inhibitors');
    assert.equal(await page.getAttribute('[data-since="s.cdk46_after_cdk46"]', 'data-assumes'), null, 'nothing assumed once recorded');
    assert.equal((await caseInAddress(page)).adjuvant_cdk46_inhibitor, 'yes');
    await printing(page);
    assert.ok(await page.isVisible('[data-since="s.cdk46_after_cdk46"]'), 'the print-out carries the pointers');
    assert.ok(await page.isVisible('[data-current-to]'), 'and the date they are current to');
    await printing(page, false);
  } finally {
    await context.close();
  }
});
