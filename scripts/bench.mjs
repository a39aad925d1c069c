// Measures the built bundle in headless Chromium; prints figures, asserts nothing.
// Usage: node scripts/bench.mjs DIST [--write BENCHMARKS.md]   (scripts/bench.sh builds first)
// With --write, the summary table replaces the one between the markers of that file.
import { readFileSync, writeFileSync, mkdtempSync, readdirSync, statSync, existsSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { wasmSizes } from './wasm-sizes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { chromium } = await import(join(here, '..', 'tests', 'e2e', 'node_modules', 'playwright-core', 'index.mjs'));
const dist = process.argv[2] ?? 'dist';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
// Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const writeTo = process.argv.includes('--write') ? process.argv[process.argv.indexOf('--write') + 1] : null;
// The summary: one row per figure, with its budget.
const summary = [];
const record = (measure, value, budget = '') => summary.push([measure, value, budget]);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function throttledPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

// 1. What the first load fetches, and its size compressed.
const server = await serve({ dir: dist });
const origin = `http://127.0.0.1:${server.address().port}/`;
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.slice(1) || 'index.html'));
  await page.goto(origin);
  await page.waitForSelector('[data-testid="app-ready"]');
  await page.waitForLoadState('networkidle');
  await context.close();
  console.log('==> first load: transfer size (what the page fetches; the service worker then caches the same files)');
  console.log('file'.padEnd(44), '      raw', '     gzip', '   brotli');
  let tot = [0, 0, 0];
  for (const f of [...new Set(fetched)].filter((f) => !f.startsWith('data:'))) {
    const body = readFileSync(join(dist, f));
    const sizes = [body.length, gzipSync(body, { level: 9 }).length, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
    tot = tot.map((t, i) => t + sizes[i]);
    console.log(f.padEnd(44), ...sizes.map(kb));
  }
  console.log('total'.padEnd(44), ...tot.map(kb), `   (budget: 150 KB gzip)`);
  const wasmFile = [...new Set(fetched)].find((f) => f.endsWith('.wasm'));
  if (wasmFile) {
    const body = readFileSync(join(dist, wasmFile));
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    record('WASM module, brotli', `${(br / 1024).toFixed(1)} KB (${(body.length / 1024).toFixed(0)} KB raw)`, '≤ 260 KB');
  }
  record('first load, everything fetched, gzip', `${(tot[1] / 1024).toFixed(1)} KB`, '≤ 150 KB');
  const module = join(here, '..', 'target', 'wasm32-unknown-unknown', 'release', 'mbc-aid-web.wasm');
  if (existsSync(module)) {
    console.log('==> where the WASM module\'s bytes go (largest items by name, and code by crate)');
    console.log(wasmSizes(module, 20));
  }
}

// 2. First load, 4x CPU slowdown and slow 4G, against a static floor. Each
// time is the page's own clock (from navigation start) at the first animation
// frame in which the element is laid out: a box parsed while the styles are
// still arriving does not count, as it is not painted yet.
async function timeTo(url, selectors) {
  const times = [];
  const wasmArrived = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await throttledPage(context);
    await page.goto(url, { waitUntil: 'commit' });
    const at = await page.waitForFunction(
      (sels) => sels.every((sel) => [...document.querySelectorAll(sel)].some((e) => e.getBoundingClientRect().width > 0)) && performance.now(),
      selectors,
      { polling: 'raf', timeout: 60000 },
    );
    times.push(Math.round(await at.jsonValue()));
    // Where the time goes: the module's last byte, then compile, start and first render.
    await page.waitForLoadState('load');
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd);
    if (wasm) wasmArrived.push(Math.round(wasm));
    await context.close();
  }
  times.wasmArrived = wasmArrived;
  return times;
}
// The floor: the same two flowcharts as plain static HTML and CSS, no logic.
const floorDir = mkdtempSync(join(tmpdir(), 'mbc-aid-floor-'));
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(origin);
  await page.waitForSelector('[data-testid="app-ready"]');
  const figures = await page.$$eval('.figure', (els) => els.map((e) => e.outerHTML).join('\n'));
  await context.close();
  const css = readdirSync(dist).find((f) => f.endsWith('.css'));
  writeFileSync(join(floorDir, css), readFileSync(join(dist, css)));
  writeFileSync(
    join(floorDir, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title><link rel="stylesheet" href="${css}"></head><body><main id="floor">${figures}</main></body></html>`,
  );
}
const floorServer = await serve({ dir: floorDir });
const floorUrl = `http://127.0.0.1:${floorServer.address().port}/`;
const both = ['[data-node="w.suspected"]', '[data-node="t.chemo"]'];
const endocrineCase = { her2: 'negative', er: 'positive', menopause: 'post', sites: ['bone'], visceral_crisis: 'no', rapid_progression: 'no' };
const caseLink = origin + '#case=' + Buffer.from(JSON.stringify(endocrineCase)).toString('base64url');
const floorTimes = await timeTo(floorUrl, both.map((s) => '#floor ' + s));
const paintTimes = await timeTo(origin, both);
const caseTimes = await timeTo(caseLink, ['[data-summary] [data-strategy="endocrine"]']);
const readyTimes = await timeTo(origin, ['[data-testid="app-ready"] [data-node="t.chemo"]']);
const ratio = (times) => (median(times) / median(floorTimes)).toFixed(2);
const row = (label, times, budget) => console.log(`${label.padEnd(44)} ${String(median(times)).padStart(5)} ms  ${ratio(times).padStart(5)} x floor   ${budget.padEnd(10)} (runs: ${times.join(', ')})`);
console.log(`==> first load, 4x CPU slowdown, slow 4G (150 ms RTT, 1.6 Mbit/s), median of ${RUNS}; ratio to the static floor of the same run`);
row('static floor: both figures painted', floorTimes, '');
row('app: both figures painted (start screen)', paintTimes, '(≤ 1.25)');
row('app: a case in the link evaluated and shown', caseTimes, '(≤ 2)');
row('app: running, no case', readyTimes, '');
record('static floor: both figures painted', `${median(floorTimes)} ms`);
record('both figures painted (start screen)', `${median(paintTimes)} ms, ${ratio(paintTimes)} × floor`, '≤ 1.25 × floor');
record('a case in the link evaluated and shown', `${median(caseTimes)} ms, ${ratio(caseTimes)} × floor`, '≤ 2 × floor');
console.log(`of the app's time: the WASM module's last byte arrives at ${median(readyTimes.wasmArrived)} ms (median, from navigation start); compile, start and first render follow`);

// 2b. A case link on a second visit: the service worker, installed by the
// first, serves every file from its cache (the network is still slow 4G).
{
  const link = caseLink;
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const first = await context.newPage();
    await first.goto(link);
    await first.waitForSelector('[data-testid="app-ready"]');
    await first.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      const keys = await caches.keys();
      return keys.length > 0 && (await (await caches.open(keys[0])).keys()).length >= 5;
    });
    await first.close();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(link, { waitUntil: 'commit' });
    const at = await page.waitForFunction(
      () => document.querySelector('[data-summary] [data-strategy="endocrine"]') && performance.now(),
      null,
      { polling: 'raf', timeout: 60000 },
    );
    times.push(Math.round(await at.jsonValue()));
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('the second visit was not served by the service worker');
    await context.close();
  }
  console.log(`==> second visit to a case link, from the service worker's cache, 4x CPU slowdown, slow 4G, median of ${RUNS} (page clock, from navigation start)`);
  console.log(`case shown after ${median(times)} ms   (runs: ${times.join(', ')}; budget: ≤ 600 ms)`);
  record('second visit, a case link shown (service worker)', `${median(times)} ms`, '≤ 600 ms');
}

// 3. Input to updated screen, 4x CPU slowdown.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(origin + '#case=' + Buffer.from(JSON.stringify({ her2: 'negative', er: 'positive', menopause: 'post', sites: ['bone', 'liver'], rapid_progression: 'no', ecog: 1 })).toString('base64url'));
  await page.waitForSelector('[data-testid="app-ready"]');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Two kinds of change: one that flips the strategy (endocrine ↔ chemotherapy,
  // every option replaced) and one that changes a caution on a few options.
  const kinds = [
    ['visceral crisis yes ↔ no (strategy flips, all results replaced)', 'visceral_crisis', 'yes', 'no', 't.chemo', 16],
    ['prior VTE yes ↔ no (cautions on some options change)', 'vte_history', 'yes', 'no', null, 10],
  ];
  console.log(`==> input to updated screen (flowchart and results re-rendered and laid out), 4x CPU slowdown, ${CHANGES} changes each`);
  for (const [label, field, a, b, node, budget] of kinds) {
    const lat = await page.evaluate(async ([n, field, a, b, nodeId]) => {
      const select = document.getElementById('q-' + field);
      const node = nodeId && document.querySelector(`[data-node="${nodeId}"]`);
      const out = [];
      const layout = [];
      for (let i = 0; i < n; i++) {
        const value = i % 2 === 0 ? a : b;
        await new Promise(requestAnimationFrame);
        const t0 = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // Leptos applies the change to the DOM in a microtask after the event.
        const want = value === a ? 'true' : 'false';
        for (let k = 0; k < 10000 && node && node.dataset.onPath !== want; k++) await Promise.resolve();
        for (let k = 0; k < 20; k++) await Promise.resolve();
        if (node && node.dataset.onPath !== want) throw new Error('the flowchart did not update');
        const t1 = performance.now();
        void document.body.offsetHeight; // style and layout of the new screen
        out.push(performance.now() - t0);
        layout.push(performance.now() - t1);
      }
      return { out, layout };
    }, [CHANGES, field, a, b, node]);
    console.log(`${label}: median ${median(lat.out).toFixed(1)} ms, 95th percentile ${pct(lat.out, 95).toFixed(1)} ms   (budget: median ≤ ${budget} ms)`);
    record(`input to screen: ${label.split(' (')[0]}`, `${median(lat.out).toFixed(1)} ms (95th percentile ${pct(lat.out, 95).toFixed(1)} ms)`, `median ≤ ${budget} ms`);
    console.log(`    of which style and layout: median ${median(lat.layout).toFixed(1)} ms; the rest is the engine, the reactive updates and DOM changes`);
  }

  await context.close();
}

// 4. "What would change": building the panel for a case with six unknowns, 4x CPU slowdown.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const sixUnknowns = { her2: 'negative', er: 'negative', pr: 'negative', ecog: 1, brca: 'no_mutation' };
  await page.goto(origin + '#case=' + Buffer.from(JSON.stringify(sixUnknowns)).toString('base64url'));
  await page.waitForSelector('[data-testid="app-ready"]');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const build = await page.evaluate(async (n) => {
    const details = document.querySelector('details.whatif');
    const out = [];
    let fields = 0;
    for (let i = 0; i < n; i++) {
      details.open = false;
      await new Promise((r) => setTimeout(r, 20));
      await new Promise(requestAnimationFrame);
      const t0 = performance.now();
      details.open = true;
      for (let k = 0; k < 100000 && !details.querySelector('[data-whatif-field]'); k++) await new Promise((r) => setTimeout(r, 0));
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
      fields = details.querySelectorAll('[data-whatif-field]').length;
    }
    return { out, fields };
  }, 30);
  console.log(`==> "what would change" panel: built and laid out for a case with ${build.fields} unknowns, 4x CPU slowdown, 30 openings`);
  console.log(`median ${median(build.out).toFixed(1)} ms, 95th percentile ${pct(build.out, 95).toFixed(1)} ms   (budget: median ≤ 50 ms)`);
  record(`"what would change", ${build.fields} unknowns`, `${median(build.out).toFixed(1)} ms`, 'median ≤ 50 ms');
  await context.close();
}

// 5. The engine in WASM, no slowdown.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(origin);
  await page.waitForSelector('[data-testid="app-ready"]');
  const casesDir = join(here, '..', 'tests', 'cases');
  const texts = readdirSync(casesDir).map((f) => JSON.stringify(JSON.parse(readFileSync(join(casesDir, f), 'utf8')).case));
  const wasm = await page.evaluate((cases) => {
    const rounds = 400;
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const c of cases) window.wasmBindings.evaluate_json(c);
    const secs = (performance.now() - t0) / 1000;
    return { n: rounds * cases.length, secs };
  }, texts);
  console.log(`==> engine in WASM (no slowdown), through evaluate_json: parse + evaluate + conversion to a JS object`);
  console.log(`${(wasm.n / wasm.secs).toFixed(0)} evaluations/s (${wasm.n} in ${wasm.secs.toFixed(2)} s)`);
  record('engine in WASM (no slowdown)', `${(wasm.n / wasm.secs).toFixed(0)} evaluations/s`);
  await context.close();
}

const table = ['| measure | result | budget |', '|---|---|---|', ...summary.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log('==> summary');
console.log(table);
if (writeTo) {
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const doc = readFileSync(writeTo, 'utf8');
  const [head, rest] = doc.split(start);
  if (rest === undefined || !rest.includes(end)) throw new Error(`${writeTo} has no ${start} … ${end} markers`);
  writeFileSync(writeTo, `${head}${start}\n${table}\n${end}${rest.split(end)[1]}`);
  console.log(`(written to ${writeTo})`);
}

await browser.close();
server.close();
floorServer.close();
rmSync(floorDir, { recursive: true, force: true });
