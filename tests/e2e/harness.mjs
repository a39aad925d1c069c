// Shared set-up for the end-to-end tests: serve dist/ on loopback, launch
// Debian's Chromium through playwright-core, and record every request and
// console error a page makes.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdirSync, readdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { serve } from '../../scripts/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(root, 'dist');
/// Screenshots and other artefacts of a run (ignored by git).
export const RESULTS = join(root, 'tests', 'e2e', 'results');
mkdirSync(RESULTS, { recursive: true });

// Without the background-networking flags Chromium floods the closed network.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS, headless: true });
}

export async function startServer(base = '/') {
  const server = await serve({ dir: DIST, base });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${base}` };
}

/// Opens the app and waits until it has mounted. `watch` collects what the
/// page did: requests (with the time they began), console errors, page errors.
export async function openApp(context, url) {
  const page = await context.newPage();
  const watch = { requests: [], errors: [], loaded: false };
  page.on('request', (r) => watch.requests.push({ url: r.url(), afterLoad: watch.loaded }));
  page.on('console', (m) => m.type() === 'error' && watch.errors.push(m.text()));
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('[data-testid="app-ready"]', { timeout: 20000 });
  await page.waitForLoadState('networkidle');
  watch.loaded = true;
  return { page, watch };
}

const CLI = join(root, 'target', 'debug', 'mbc-aid');
export const CASES_DIR = join(root, 'tests', 'cases');
/// The example cases' names, for the tests that run over every one.
export const EXAMPLE_NAMES = readdirSync(CASES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

/// The engine's own assessment of a case, from the native command-line evaluator.
export async function engineAssessment(caseObj) {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(CLI, ['evaluate', '-'], { input: JSON.stringify(caseObj) });
  return JSON.parse(out);
}

/// The warning alerts the answer rests on, as the native evaluator finds them (`mbc-aid assumptions`).
export async function engineAssumptions(caseObj) {
  const { execFileSync } = await import('node:child_process');
  return JSON.parse(execFileSync(CLI, ['assumptions', '-'], { input: JSON.stringify(caseObj) }));
}

/// The clinical content's version as the command line names it (`mbc-aid --version`),
/// as a pattern for the text of a page: one constant shows it everywhere.
export async function contentVersion() {
  const { execFileSync } = await import('node:child_process');
  const version = String(execFileSync(CLI, ['--version'])).match(/\((.+)\)/)[1];
  return new RegExp(version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/// Loads a case into an open page and waits until the app has mounted it.
/// Each load is a new document, so no panel stays open from the case before.
export async function showCase(page, origin, caseObj) {
  await page.goto('about:blank');
  await page.goto(origin + fragmentOf(caseObj));
  await page.waitForSelector('[data-testid="app-ready"]');
}

export function fragmentOf(caseObj) {
  return '#case=' + Buffer.from(JSON.stringify(caseObj)).toString('base64url');
}

/// What the page shows, read through the stable test hooks.
export async function shown(page) {
  return page.evaluate(() => {
    const all = (sel) => [...document.querySelectorAll(sel)];
    const strategy = document.querySelector('.results [data-strategy]');
    return {
      subtype: strategy?.dataset.subtype,
      strategy: strategy?.dataset.strategy,
      path: all('[data-node][data-on-path="true"]').map((e) => e.dataset.node).sort(),
      options: all('.results [data-option]').map((e) => [e.dataset.option, e.dataset.role]),
      alerts: all('[data-alert]').map((e) => [e.dataset.alert, e.dataset.severity]),
      missing: all('[data-missing]').map((e) => e.dataset.missing),
    };
  });
}

/// The same view of an assessment, as the engine gives it.
export function expected(a) {
  return {
    subtype: a.subtype,
    strategy: a.strategy,
    path: [...a.path].sort(),
    options: a.options.map((o) => [o.id, o.role]),
    alerts: a.alerts.map((al) => [al.code, al.severity]),
    missing: a.missing,
  };
}

const ENUM_FIELDS = [
  'her2', 'er', 'pr', 'receptor_source', 'biopsy', 'primary_er', 'primary_pr', 'primary_her2',
  'visceral_crisis', 'rapid_progression', 'staging_done', 'brca', 'vte_history', 'menopause',
  'amenorrhea_after_chemo', 'ovarian_suppression', 'lvef_reduced', 'neuropathy', 'hepatic_impairment',
  'renal_impairment', 'prefers_oral', 'avoid_alopecia', 'trial_interest',
];
const NUMBER_FIELDS = ['age', 'ecog', 'anthracycline_dose'];

async function setText(page, selector, value) {
  const input = page.locator(selector);
  await input.fill(String(value));
  await input.dispatchEvent('change');
}

/// Enters a case through the form, as a user would: selects, boxes, numbers
/// and prior-therapy rows.
export async function enterCase(page, c) {
  await page.check('#show-all');
  for (const f of ENUM_FIELDS) if (c[f] != null) await page.selectOption(`#q-${f}`, c[f]);
  for (const f of NUMBER_FIELDS) if (c[f] != null) await setText(page, `#q-${f}`, c[f]);
  for (const f of ['sites', 'emergencies']) for (const v of c[f] ?? []) await page.check(`#q-${f}-${v}`);
  for (const list of ['endocrine_history', 'chemo_history']) {
    for (const [i, e] of (c[list] ?? []).entries()) {
      await page.click(`#add-${list}`);
      const id = (part) => `#q-${list}-${i}-${part}`;
      await page.selectOption(id('agent'), e.agent);
      await page.selectOption(id('setting'), e.setting);
      await page.selectOption(id('outcome'), e.outcome);
      if (e.months_since_end != null) await setText(page, id('months'), e.months_since_end);
      if (e.benefit != null) await page.selectOption(id('benefit'), e.benefit);
    }
  }
}

/// Switches the page to print, as the browser does for Ctrl+P: the
/// `beforeprint` event (the app builds its print-only parts then) and print
/// media; `false` switches back, with `afterprint`.
export async function printing(page, on = true) {
  await page.evaluate((on) => window.dispatchEvent(new Event(on ? 'beforeprint' : 'afterprint')), on);
  await page.emulateMedia({ media: on ? 'print' : 'screen' });
}

/// The elements matching `selector`, as laid out now, whose text runs past
/// their right edge (class or tag names).
export async function clippedText(page, selector) {
  return page.evaluate((sel) =>
    [...document.querySelectorAll(sel)]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.className || el.tagName), selector);
}

/// The number of A4 pages the page prints to.
export async function printedPages(page) {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/// How full each printed A4 page is, top to bottom (0 to 1), in page order:
/// the lowest line of text on it. Chromium draws each page's content in the
/// document's own coordinates, shifted by where the page starts; its text
/// lines are placed with `1 0 0 -1 x y Tm`.
export function pageFills(pdf) {
  const s = pdf.toString('latin1');
  const pages = [];
  for (const m of s.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const length = Number(/\/Length (\d+)/.exec(m[1])?.[1]);
    if (!length || !/FlateDecode/.test(m[1])) continue;
    let content;
    try {
      content = inflateSync(pdf.subarray(m.index + m[0].length, m.index + m[0].length + length)).toString('latin1');
    } catch {
      continue;
    }
    // A page's stream clips to its content box, then scales CSS pixels to the page.
    const clip = /q\s+([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re\s+W\* n/.exec(content);
    const frame = [...content.matchAll(/([\d.]+) 0 0 \1 ([\d.-]+) ([\d.-]+) cm/g)].find((f) => Number(f[1]) > 2);
    if (!clip || !frame) continue;
    const scale = Number(frame[1]);
    const height = Number(clip[4]) / scale;
    const offset = (Number(clip[2]) - Number(frame[3])) / scale;
    const lines = [...content.matchAll(/1 0 0 -1 ([\d.-]+) ([\d.-]+) Tm/g)].map((t) => Number(t[2]) - offset).filter((y) => y >= 0 && y <= height);
    pages.push({ offset, fill: lines.length ? Math.max(...lines) / height : 0 });
  }
  return pages.sort((a, b) => a.offset - b.offset).map((p) => p.fill);
}

/// The least a printed page may hold: a fifth of it, or it is a remnant.
export const LEAST_FILL = 0.2;

/// The printed A4 pages' fills (see `pageFills`).
export async function printedPageFills(page) {
  return pageFills(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

/// The case the page holds, decoded from its address (which follows the
/// case once input pauses, 200 ms).
export async function caseInAddress(page) {
  await page.waitForTimeout(400);
  const hash = await page.evaluate(() => location.hash);
  if (!hash.startsWith('#case=')) return {};
  return JSON.parse(Buffer.from(hash.slice(6), 'base64url').toString());
}

/// An example case's `case` object, by file name.
export async function example(name) {
  const { readFileSync } = await import('node:fs');
  return JSON.parse(readFileSync(join(CASES_DIR, `${name}.json`), 'utf8')).case;
}

/// One browser and one server for a test file: registers the hooks that
/// start and stop them; their handles are filled in when the tests run.
export async function useBrowserAndServer() {
  const { before, after } = await import('node:test');
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.srv = await startServer('/');
  });
  after(async () => {
    await env.browser?.close();
    env.srv?.server.close();
  });
  return env;
}
