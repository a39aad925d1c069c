// Every example case, loaded through the address, shows exactly the engine's
// assessment; three of them, entered through the form, do too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  openApp, useBrowserAndServer, engineAssessment, fragmentOf, shown, expected, enterCase, caseInAddress, CASES_DIR,
} from './harness.mjs';

const examples = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(CASES_DIR, f), 'utf8')));

const env = await useBrowserAndServer();
// One context for all these tests, made when the first needs it.
let shared;
const context = () => (shared ??= env.browser.newContext());

test('there are example cases to check', () => assert.equal(examples.length, 15));

for (const ex of examples) {
  test(`through the address: ${ex.name}`, async () => {
    const { page, watch } = await openApp(await context(), env.srv.url + fragmentOf(ex.case));
    try {
      assert.deepEqual(await shown(page), expected(await engineAssessment(ex.case)));
      assert.deepEqual(watch.errors, []);
    } finally {
      await page.close();
    }
  });
}

for (const name of ['post_progressed_on_letrozole', 'tnbc_after_adjuvant_ac_t_late', 'symptomatic_brain_urgent', 'amenorrhea_after_chemo_needs_ofs']) {
  test(`through the form: ${name}`, async () => {
    const ex = examples.find((e) => e.name === name);
    const { page, watch } = await openApp(await context(), env.srv.url);
    try {
      await enterCase(page, ex.case);
      const want = await engineAssessment(ex.case);
      assert.deepEqual(await shown(page), expected(want));
      assert.deepEqual(await engineAssessment(await caseInAddress(page)), want, 'the address holds the case entered');
      for (const id of ex.expect.preferred_includes ?? []) {
        assert.equal(await page.getAttribute(`[data-option="${id}"]`, 'data-role'), 'preferred', id);
      }
      for (const code of ex.expect.alerts_include_urgent ?? []) {
        assert.equal(await page.getAttribute(`[data-alert="${code}"]`, 'data-severity'), 'urgent', code);
      }
      for (const node of ex.expect.path_includes ?? []) {
        assert.equal(await page.getAttribute(`[data-node="${node}"]`, 'data-on-path'), 'true', node);
      }
      assert.deepEqual(watch.errors, []);
    } finally {
      await page.close();
    }
  });
}

test('questions appear as they start to matter', async () => {
  const { page } = await openApp(await context(), env.srv.url);
  try {
    assert.equal(await page.isVisible('#q-menopause'), false, 'menopause hidden before receptors are known');
    await page.selectOption('#q-her2', 'negative');
    await page.selectOption('#q-er', 'positive');
    assert.equal(await page.isVisible('#q-menopause'), true, 'menopause asked for HR-positive disease');
    assert.equal(await page.isVisible('#add-chemo_history'), false, 'chemotherapy history not yet asked');
    await page.selectOption('#q-visceral_crisis', 'yes');
    assert.equal(await page.isVisible('#add-chemo_history'), true, 'chemotherapy history asked once chemotherapy is on the path');
  } finally {
    await page.close();
  }
});

test('a missing input links to its question, and a selected box explains itself', async () => {
  const { page } = await openApp(await context(), env.srv.url);
  try {
    await page.selectOption('#q-her2', 'negative');
    await page.click('[data-missing="er"] button');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-er');
    await page.focus('[data-node="w.receptors"]');
    await page.keyboard.press('Enter');
    const detail = await page.textContent('[data-detail="w.receptors"]');
    assert.match(detail, /HER2 status: Negative/, "the value in the form's words");
    assert.match(detail, /Hammond/);
  } finally {
    await page.close();
  }
});

test('bad number input names the problem and keeps the other entries', async () => {
  const { page } = await openApp(await context(), env.srv.url);
  try {
    await page.selectOption('#q-her2', 'negative');
    await page.fill('#q-age', '17');
    await page.locator('#q-age').dispatchEvent('change');
    assert.match(await page.textContent('[data-error="age"]'), /Age \(years\): 17 is out of range/);
    assert.equal(await page.inputValue('#q-her2'), 'negative');
    assert.deepEqual(await caseInAddress(page), { her2: 'negative' });
  } finally {
    await page.close();
  }
});
