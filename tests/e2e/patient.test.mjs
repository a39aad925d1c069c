// The patient view: the same assessment in plain words, with figures as
// natural frequencies and icon arrays; the values step, which changes no
// result and is printed with both summaries; the patient print-out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openApp, fragmentOf, example, useBrowserAndServer, engineAssessment, RESULTS, printing, clippedText, printedPages, printedPageFills, LEAST_FILL, contentVersion, EXAMPLE_NAMES as EXAMPLES } from './harness.mjs';

const env = await useBrowserAndServer();

async function patientShown(page) {
  return page.evaluate(() => {
    const all = (sel) => [...document.querySelectorAll(sel)];
    return {
      strategy: document.querySelector('[data-plain-strategy]')?.dataset.plainStrategy,
      path: all('[data-plain-node]').map((e) => e.dataset.plainNode),
      options: all('[data-plain-option]').map((e) => [e.dataset.plainOption, e.dataset.role]),
      alerts: all('[data-plain-alert]').map((e) => e.dataset.plainAlert),
    };
  });
}


test('the patient view shows the same assessment as the engine, for every example', async () => {
  const context = await env.browser.newContext();
  try {
    for (const name of EXAMPLES) {
      const c = await example(name);
      const a = await engineAssessment(c);
      const { page } = await openApp(context, env.srv.url + fragmentOf(c));
      await page.click('#nav-patient');
      assert.ok(await page.isVisible('[data-testid="patient-view"]'), name);
      assert.deepEqual(await patientShown(page), {
        strategy: a.strategy,
        path: a.path,
        options: a.options.filter((o) => o.role !== 'not_recommended').map((o) => [o.id, o.role]),
        alerts: a.alerts.map((al) => al.code),
      }, name);
      // The 2012 rules for triple-negative disease and supportive care are dated,
      // and where this case has "since 2012" pointers, the step says newer treatments exist.
      const overtaken = a.since_2012.length ? a.path.filter((n) => n === 't.tnbc' || n === 't.bsc') : [];
      assert.deepEqual(await page.$$eval('[data-testid="patient-view"] [data-newer]', (es) => es.map((e) => e.dataset.newer)), overtaken,
        `${name}: newer treatments named at the steps whose 2012 rule they reach`);
      const text = await page.textContent('[data-testid="patient-view"]');
      assert.doesNotMatch(text, /preferred|recommend/i, `${name}: the patient view ranks nothing for the patient`);
      for (const card of await page.$$('[data-plain-option]')) {
        const id = await card.getAttribute('data-plain-option');
        const all = await card.$$eval(':scope > dl > dt', (dts) => dts.map((d) => d.textContent));
        // A later result (SINCE-2012-v2.md §9.7) follows what the studies showed, where the engine lists one.
        const later = all.filter((h) => /^A later study \(\d{4}\)$/.test(h));
        assert.equal(later.length, a.later_results.filter((l) => l.option === id).length, `${name}: ${id} later result`);
        if (later.length) assert.equal(all.indexOf(later[0]), all.indexOf('What the studies showed') + 1, `${name}: ${id}`);
        const headings = all.filter((h) => !later.includes(h));
        const how = id === 'best_supportive_care' || id.endsWith('trial') ? 'What it involves' : 'How it is given';
        const parts = headings.length === 7 ? ["Each drug's own side effects and warnings also apply"] : [];
        assert.deepEqual(headings, ['What it is', how, 'What the studies showed', 'Side effects in the studies, and care needed',
          'Common side effects', 'Serious warnings', ...parts], `${name}: ${id}`);
        for (const part of ['how', 'common', 'serious']) {
          assert.ok(await card.$eval(`dd.${part}`, (dd) => dd.querySelectorAll('li').length > 0), `${name}: ${id} says nothing under ${part}`);
        }
      }
      assert.doesNotMatch(text, /Our sources do not say how|Our sources give no figures/, `${name}: a "we don't know" line the drug facts answer`);
      assert.doesNotMatch(text, /\bmg\b/, `${name}: a dose in mg in the patient view`);
      // A limited source is never shown silently.
      for (const li of await page.$$('[data-testid="patient-view"] [data-limited]')) {
        assert.match(await li.textContent(), /\(limited source\)/);
      }
      assert.ok(await page.isVisible('[data-testid="since-2012"]:visible'), `${name}: since 2012 shown`);
      assert.ok(await page.isVisible('[data-testid="provenance"]'), `${name}: provenance shown`);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test('every drug-information page named on a card is in the About page\'s reference list, under Drug information', async () => {
  const context = await env.browser.newContext();
  try {
    const cited = new Set();
    for (const name of EXAMPLES) {
      const { page } = await openApp(context, env.srv.url + fragmentOf(await example(name)));
      // The cards' details are built when opened, or for print.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      for (const ids of await page.$$eval('.results [data-drug-ref]', (cs) => cs.map((c) => c.dataset.drugRef))) ids.split(' ').forEach((id) => cited.add(`clinician ${id}`));
      const givenAs = await page.$$eval('.results [data-option]', (os) => os.filter((o) => o.dataset.role !== 'not_recommended')
        .map((o) => [o.dataset.option, !!o.querySelector('.given-as')]));
      for (const [id, has] of givenAs) assert.equal(has, !id.endsWith('trial'), `${name}: ${id} "Given as" line`);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.click('#nav-patient');
      const refs = await page.$$eval('[data-testid="patient-view"] [data-drug-ref]', (cs) => cs.map((c) => [c.dataset.drugRef, c.textContent]));
      const cards = await page.$$eval('[data-plain-option]', (cs) => cs.map((c) => c.dataset.plainOption).filter((id) => !id.endsWith('trial')));
      assert.equal(refs.length > 0, cards.length > 0, `${name}: drug-information sources on the cards of ${cards}`);
      for (const [ids, text] of refs) {
        assert.match(text, /^Source: \S/, `${name}: ${ids}`);
        ids.split(' ').forEach((id) => cited.add(id));
      }
      await page.close();
    }
    const { page } = await openApp(context, env.srv.url);
    await page.click('#nav-about');
    const listed = new Set(await page.$$eval('.drug-pages [data-drug-page]', (ps) => ps.map((p) => p.dataset.drugPage)));
    assert.ok(listed.size > 100, `${listed.size} drug-information pages on the About page`);
    const heading = await page.$eval('.drug-pages', (ul) => ul.previousElementSibling.previousElementSibling.textContent);
    assert.equal(heading, 'Drug information');
    for (const id of cited) assert.ok(listed.has(id.replace('clinician ', '')), `${id} is not in the About page's list`);
    await page.close();
  } finally {
    await context.close();
  }
});

test('figures are natural frequencies with an icon array of 100 that matches them', async () => {
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('post_de_novo_bone_only')));
  try {
    await page.click('#nav-patient');
    const groups = await page.$$eval('[data-plain-option] .group', (gs) => gs.map((g) => ({
      percent: g.dataset.percent,
      words: g.querySelector('.freq').textContent,
      label: g.querySelector('svg').getAttribute('aria-label'),
      role: g.querySelector('svg').getAttribute('role'),
      dots: g.querySelectorAll('circle').length,
      on: g.querySelectorAll('circle.on').length,
    })));
    assert.ok(groups.length >= 2, `${groups.length} icon arrays`);
    for (const g of groups) {
      const n = Math.round(Number(g.percent));
      assert.equal(g.dots, 100);
      assert.equal(g.on, n, `${g.percent}% shows ${g.on} of 100`);
      assert.match(g.words, new RegExp(`\\b${n} out of every 100`));
      if (g.percent.includes('.')) assert.match(g.words, new RegExp(`about ${n} out of every 100 \\(${g.percent.replace('.', '\\.')}%\\)`));
      assert.equal(g.role, 'img');
      assert.match(g.label, new RegExp(`${n} out of every 100`));
    }
  } finally {
    await context.close();
  }
});

async function fillValues(page) {
  await page.check('input[name="value-0"][value="0"]');
  await page.check('input[name="value-1"][value="2"]');
  await page.check('input[name="value-6"][value="3"]');
  await page.fill('#values-note', 'I look after my grandson on Tuesdays.');
}

test('what matters to you changes no result, stays out of the link, and prints with both summaries', async () => {
  const context = await env.browser.newContext();
  const { page, watch } = await openApp(context, env.srv.url + fragmentOf(await example('tnbc_first_line_naive')));
  try {
    await page.click('#nav-patient');
    const before = await patientShown(page);
    const clinicianBefore = await page.$$eval('.results [data-option]', (os) => os.map((o) => [o.dataset.option, o.dataset.role]));
    const hashBefore = await page.evaluate(() => location.hash);
    await fillValues(page);
    assert.deepEqual(await patientShown(page), before, 'values reorder nothing');
    assert.deepEqual(await page.$$eval('.results [data-option]', (os) => os.map((o) => [o.dataset.option, o.dataset.role])), clinicianBefore);
    await page.waitForTimeout(50);
    assert.equal(await page.evaluate(() => location.hash), hashBefore, 'values are not in the link');
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);

    await printing(page);
    let text = await page.evaluate(() => document.body.innerText);
    assert.match(text, /Summary for you and your care team/);
    assert.match(text, /Taking treatment by mouth at home, rather than in hospital: Matters a lot/);
    assert.match(text, /Keeping my hair: Does not matter to me/);
    assert.match(text, /I look after my grandson on Tuesdays\./);
    assert.doesNotMatch(text, /Matters a little\n/, 'unanswered items are not printed as answers');
    await printing(page, false);
    await page.click('#nav-clinician');
    await printing(page);
    text = await page.evaluate(() => document.body.innerText);
    assert.match(text, /Case summary/);
    assert.match(text, /Trying a new treatment in a clinical trial: Not sure/);
    assert.doesNotMatch(text, /Summary for you and your care team/);
    await printing(page, false);

    await page.click('#clear');
    await page.click('#nav-patient');
    assert.equal(await page.isChecked('input[name="value-0"][value="0"]'), false, 'Clear everything clears the values');
    assert.equal(await page.inputValue('#values-note'), '');
    assert.deepEqual(watch.requests.filter((r) => r.afterLoad), []);
  } finally {
    await context.close();
  }
});

for (const name of EXAMPLES) {
  test(`patient print-out of ${name}: one or two A4 pages, nothing cut off`, async () => {
    const context = await env.browser.newContext();
    const { page } = await openApp(context, env.srv.url + fragmentOf(await example(name)));
    try {
      await page.click('#nav-patient');
      await fillValues(page);
      await printing(page);
      const text = await page.evaluate(() => document.body.innerText);
      for (const want of [/Summary for you and your care team/, /What was entered/, /How the guide reached these options/,
        /What matters to you/, /Questions you may want to ask/, /Gogineni/, await contentVersion(), /printed \d{4}-\d{2}-\d{2}/,
        /does not replace, clinical judgement/, /Since 2012/]) {
        assert.match(text, want);
      }
      assert.ok(!(await page.isVisible('.values-step')), 'the values form itself is not printed');
      assert.ok(!(await page.isVisible('.workspace')), 'the clinician view is not printed');
      assert.deepEqual(await clippedText(page, '.patient-view li, .patient-view p, .print-summary, .since2012'), [], 'text cut off at the right edge');
      const fills = await printedPageFills(page);
      assert.ok(fills.length >= 1 && fills.length <= 2, `${fills.length} pages`);
      assert.equal(fills.length, await printedPages(page), 'every page measured');
      assert.ok(fills.every((f) => f >= LEAST_FILL), `a page holds only a remnant: ${fills.map((f) => f.toFixed(2))}`);
      // Laid out at the page's width: what comes first on paper.
      await page.setViewportSize({ width: 726, height: 1060 });
      const layout = await page.evaluate(() => {
        const top = (sel) => { const el = document.querySelector(sel); return el && el.offsetParent !== null ? el.getBoundingClientRect().top + scrollY : null; };
        const steps = [...document.querySelectorAll('.p-path li')].map((li) => li.getBoundingClientRect());
        const overlaps = steps.some((a, i) => steps.some((b, j) => i < j && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1));
        const dot = (sel) => { const d = document.querySelector(sel); return d && [getComputedStyle(d).fill, getComputedStyle(d).stroke]; };
        return { grid: top('[data-grid]'), since: top('.p-since:not([hidden]), .p-since-general:not([hidden])'), clinicianSince: top('.patient-col > .since2012'), overlaps,
          empty: dot('.icon-array .dot:not(.on)'), filled: dot('.icon-array .dot.on') };
      });
      const offered = (await engineAssessment(await example(name))).options.some((o) => o.role !== 'not_recommended');
      if (offered) assert.ok(layout.grid !== null && layout.grid < 1060, `${name}: the grid does not start on the first page (${layout.grid})`);
      assert.ok(layout.since !== null, `${name}: "since 2012" in the patient view's plain words`);
      assert.equal(layout.clinicianSince, null, `${name}: the clinician's "since 2012" box on the patient's paper`);
      assert.equal(layout.overlaps, false, `${name}: the path's steps overlap`);
      if (layout.filled) {
        assert.deepEqual(layout.filled, ['rgb(0, 0, 0)', 'rgb(0, 0, 0)'], 'a counted person prints black');
        assert.deepEqual(layout.empty, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], 'an uncounted person prints as a black ring on white');
      }
      // Preferences print only as she gave them: none was given in these cases.
      assert.doesNotMatch(text, /Wish to avoid hair loss|Wish for treatment by mouth/, `${name}: a preference nobody gave is printed`);
      if (name === 'post_progressed_on_letrozole') await page.screenshot({ path: join(RESULTS, `print-patient-${name}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
}

test('the patient view at 360 px has no horizontal overflow', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('post_progressed_on_letrozole')));
  try {
    await page.click('#nav-patient');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
    await page.screenshot({ path: join(RESULTS, 'patient-360.png'), fullPage: true });
  } finally {
    await context.close();
  }
});
