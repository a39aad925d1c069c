// Shared set-up for the end-to-end tests: serve dist/ on loopback, launch
// Debian's Chromium through playwright-core, and record every request and
// console error a page makes.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(root, 'dist');

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
