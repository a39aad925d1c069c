// The page loads, the app mounts, nothing is logged as an error, and no
// request goes anywhere but the local server — from / and from a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openApp } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const base of ['/', '/tools/mbc/']) {
  test(`the app mounts from ${base} with no console error and only local requests`, async () => {
    const { server, origin, url } = await startServer(base);
    const context = await browser.newContext();
    try {
      const { page, watch } = await openApp(context, url);
      assert.deepEqual(watch.errors, [], 'console or page errors');
      const foreign = watch.requests.filter((r) => !r.url.startsWith(origin + base));
      assert.deepEqual(foreign, [], 'requests outside the app\'s own origin and path');
      assert.ok(watch.requests.some((r) => r.url.endsWith('.wasm')), 'the WASM module was fetched');
      const text = await page.textContent('body');
      assert.match(text, /Gogineni/);
      assert.match(text, /does not replace, clinical judgement/);
      assert.match(text, /Since 2012/);
    } finally {
      await context.close();
      server.close();
    }
  });
}
