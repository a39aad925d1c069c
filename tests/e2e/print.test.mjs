// The printable summary: inputs, path, options with reasons and references,
// alerts, missing inputs, version and date, the 2012 caveat and "since 2012";
// one or two A4 pages for every example case, none holding only a remnant,
// no text cut off, nothing that belongs to the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openApp, fragmentOf, RESULTS, example, useBrowserAndServer, printing, clippedText, printedPages, printedPageFills, LEAST_FILL, contentVersion, EXAMPLE_NAMES as EXAMPLES } from './harness.mjs';


const env = await useBrowserAndServer();

for (const [name, maxPages] of [['post_progressed_on_letrozole', 2], ['pre_first_line_ofs_tamoxifen', 2], ['tnbc_visceral_crisis_combination', 2]]) {
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


for (const name of EXAMPLES) {
  test(`the clinician print-out of ${name}: at most 2 A4 pages, no page a remnant, no screen-only text`, async () => {
    const context = await env.browser.newContext();
    const { page } = await openApp(context, env.srv.url + fragmentOf(await example(name)));
    try {
      // Pinned: the comparison belongs to this screen's session, not to the paper.
      await page.click('#pin');
      await printing(page);
      const text = await page.evaluate(() => document.body.innerText);
      assert.doesNotMatch(text, /Pinned:|The pinned assessment stays/, 'the pinned comparison is printed');
      const fills = await printedPageFills(page);
      assert.ok(fills.length >= 1 && fills.length <= 2, `${fills.length} pages`);
      assert.ok(fills.every((f) => f >= LEAST_FILL), `a page holds only a remnant: ${fills.map((f) => f.toFixed(2))}`);
      assert.equal(fills.length, await printedPages(page), 'every page measured');
    } finally {
      await context.close();
    }
  });
}

test('the page-fill reader sees a remnant', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.setContent('<style>@page { size: A4; margin: 10mm }</style><div style="height: 1040px">a</div><p>one line</p>');
    const fills = await printedPageFills(page);
    assert.equal(fills.length, 2);
    assert.ok(fills[0] < 0.1 && fills[1] < LEAST_FILL, `${fills}`);
  } finally {
    await context.close();
  }
});
