// The printable summary: inputs, path, options with reasons and references,
// alerts, missing inputs, version and date, the 2012 caveat and "since 2012";
// one to two A4 pages for a typical case, no text cut off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openApp, fragmentOf, RESULTS, example, useBrowserAndServer, printing, clippedText, printedPages, contentVersion } from './harness.mjs';


const env = await useBrowserAndServer();

for (const [name, maxPages] of [['post_progressed_on_letrozole', 2], ['pre_first_line_ofs_tamoxifen', 2], ['tnbc_visceral_crisis_combination', 4]]) {
  test(`print summary of ${name}`, async () => {
    const context = await env.browser.newContext();
    const { page } = await openApp(context, env.srv.url + fragmentOf(await example(name)));
    try {
      await printing(page);
      const text = await page.evaluate(() => document.body.innerText);
      for (const want of [/Case summary/, /Inputs/, /Path through the algorithm/, /Preferred/, /Gogineni/, await contentVersion(), /printed \d{4}-\d{2}-\d{2}/, /does not replace, clinical judgement/, /Since 2012/, /Inputs that would change this result/]) {
        assert.match(text, want);
      }
      assert.ok(!(await page.isVisible('.case-form')), 'the form is not printed');
      const refs = await page.$$eval('.results .option', (os) => os.map((o) => o.querySelectorAll('.ref').length));
      assert.ok(refs.length > 0 && refs.every((n) => n > 0), `every printed option carries its references (${refs})`);
      assert.deepEqual(await clippedText(page, '.print-summary, .results li, .since2012'), [], 'text cut off at the right edge');
      const pages = await printedPages(page);
      assert.ok(pages >= 1 && pages <= maxPages, `${pages} pages`);
      await page.screenshot({ path: join(RESULTS, `print-${name}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
}
