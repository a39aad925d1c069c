// "Compare options": the grid in the patient view. For every example case,
// on a tablet and a phone: the guide's first options are the default columns,
// in its order; every cell is a statement of the option's card, with the same
// source; the page never scrolls sideways; it reads as a table; nothing in it
// ranks an option. Warnings that cannot apply are left out, and said so once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, fragmentOf, example, useBrowserAndServer, engineAssessment, EXAMPLE_NAMES as EXAMPLES } from './harness.mjs';

const env = await useBrowserAndServer();

const ROWS = ['what', 'how', 'studies', 'common', 'serious', 'hair'];
const SUPPORTIVE = ['bone_modifying_agent', 'best_supportive_care'];
const MAX_COLUMNS = 4;
const NO_HAIR_LOSS = 'Hair loss is not listed among its common side effects in our drug information.';

/// The grid and the cards as the page shows them: each statement with its source, its mark and its figures.
async function gridAndCards(page) {
  return page.evaluate(() => {
    const statements = (el) => (el ? [...el.querySelectorAll('.finding')] : []).map((li) => JSON.stringify({
      text: li.querySelector('p').textContent,
      cite: li.querySelector('cite')?.textContent ?? null,
      limited: li.hasAttribute('data-limited'),
      groups: [...li.querySelectorAll('.group')].map((g) => g.dataset.percent),
    }));
    const grid = document.querySelector('[data-grid]');
    const cells = {};
    for (const tr of document.querySelectorAll('[data-grid] tbody tr')) {
      for (const td of tr.querySelectorAll('[data-grid-option]')) {
        (cells[td.dataset.gridOption] ??= {})[tr.dataset.gridRow] = { text: td.textContent, statements: statements(td) };
      }
    }
    const cards = {};
    for (const card of document.querySelectorAll('[data-plain-option]')) {
      cards[card.dataset.plainOption] = {
        what: card.querySelector('dl > dd').textContent,
        all: statements(card),
        benefits: statements(card.querySelector('dd.benefits')),
        harms: statements(card.querySelector('dd.harms')),
      };
    }
    return {
      shown: !!grid && grid.offsetParent !== null,
      columns: [...document.querySelectorAll('[data-grid] thead [data-grid-column]')].map((th) => [th.dataset.gridColumn, th.textContent]),
      rows: [...document.querySelectorAll('[data-grid] tbody tr')].map((tr) => [tr.dataset.gridRow, tr.querySelectorAll('[data-grid-option]').length]),
      cells,
      cards,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

for (const [width, height] of [[768, 1024], [360, 740]]) {
  test(`the grid at ${width} px says what the cards say, for every example case`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height } });
    try {
      for (const name of EXAMPLES) {
        const c = await example(name);
        const a = await engineAssessment(c);
        const { page } = await openApp(context, env.srv.url + fragmentOf(c));
        await page.click('#nav-patient');
        const g = await gridAndCards(page);
        const preferred = a.options.filter((o) => o.role === 'preferred').map((o) => o.id);
        assert.equal(g.shown, preferred.length > 0, `${name}: the grid is shown only when the guide lists options first`);
        assert.ok(g.overflow <= 0, `${name}: the page scrolls ${g.overflow}px sideways at ${width} px`);
        if (!g.shown) {
          await page.close();
          continue;
        }
        const ids = g.columns.map(([id]) => id);
        assert.deepEqual(ids, preferred.slice(0, MAX_COLUMNS), `${name}: the default columns are the guide's first options, in its order`);
        assert.deepEqual(g.rows, ROWS.map((r) => [r, ids.length]), `${name}: a row per question, a cell per column, in order`);
        const treatments = ids.filter((id) => !SUPPORTIVE.includes(id));
        for (const [id, header] of g.columns) {
          assert.doesNotMatch(header, /best|recommend|preferred|first choice/i, `${name}: ${id}'s column ranks it`);
          if (SUPPORTIVE.includes(id)) assert.match(header, /Given alongside/, `${name}: ${id} is given alongside, not instead`);
          else if (treatments.length > 1) assert.match(header, /equal choices/, `${name}: ${id} is one of equal choices`);
        }
        for (const id of ids) {
          const cell = g.cells[id];
          const card = g.cards[id];
          assert.ok(card, `${name}: ${id} has a column but no card`);
          assert.equal(cell.what.text, card.what, `${name}: ${id}: what it is`);
          for (const row of ROWS) {
            // The one line of the grid's own: that the drug information does not list hair loss.
            for (const s of cell[row].statements.filter((s) => !s.includes(NO_HAIR_LOSS))) assert.ok(card.all.includes(s), `${name}: ${id}: the ${row} cell says ${s}, which its card does not`);
            assert.ok(cell[row].text.trim().length > 0, `${name}: ${id}: the ${row} cell is empty`);
          }
          // The card's first study result, then every side effect the studies reported.
          assert.deepEqual(cell.studies.statements, [card.benefits[0], ...card.harms], `${name}: ${id}: what the studies showed`);
          assert.match(cell.hair.text, /hair loss|no page|not in our drug information/i, `${name}: ${id}: the hair-loss cell`);
        }
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
}

test('the grid reads as a table, and she can add and remove options up to 4 columns', async () => {
  const context = await env.browser.newContext({ viewport: { width: 768, height: 1024 } });
  const { page } = await openApp(context, env.srv.url + fragmentOf(await example('tnbc_visceral_crisis_combination')));
  try {
    await page.click('#nav-patient');
    const table = page.getByRole('table', { name: 'Compare options side by side' });
    assert.equal(await table.getByRole('rowheader').count(), ROWS.length);
    const columns = async () => page.$$eval('[data-grid] thead [data-grid-column]', (ths) => ths.map((th) => th.dataset.gridColumn));
    const first = await columns();
    assert.equal(await table.getByRole('columnheader').count(), first.length + 1, 'a header for the questions and one per option');
    await page.click('.grid-choose summary');
    const boxes = page.locator('.grid-choose input[type="checkbox"]');
    const extra = await page.$$eval('.grid-choose input[type="checkbox"]:not(:checked)', (bs) => bs.map((b) => b.value));
    for (const id of extra.slice(0, MAX_COLUMNS - first.length)) await page.check(`.grid-choose input[value="${id}"]`);
    const full = await columns();
    assert.equal(full.length, MAX_COLUMNS);
    const disabled = await page.$$eval('.grid-choose input[type="checkbox"]:not(:checked)', (bs) => bs.every((b) => b.disabled));
    assert.ok(disabled, 'a fifth option cannot be added');
    assert.ok(await page.isVisible('.grid-choose .note'), 'it says the table is full');
    // The columns keep the guide's order, whatever order they were chosen in.
    const order = await page.$$eval('[data-plain-option]', (cs) => cs.map((c) => c.dataset.plainOption));
    assert.deepEqual(full, [...full].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    await page.uncheck(`.grid-choose input[value="${first[0]}"]`);
    assert.deepEqual(await columns(), full.filter((id) => id !== first[0]));
    assert.ok(!(await boxes.first().isDisabled()), 'with a column free, any option can be added again');
  } finally {
    await context.close();
  }
});

test('warnings about pregnancy are left out after menopause, and said so once; a fever in °F carries its °C', async () => {
  const context = await env.browser.newContext();
  try {
    const base = await example('tnbc_first_line_naive');
    const seen = {};
    for (const [label, change] of [['before menopause', { menopause: 'pre', age: 40 }], ['after menopause', { menopause: 'post', age: 55 }], ['aged 60 or more', { menopause: 'unknown', age: 64 }]]) {
      const c = { ...base, ...change };
      const { page } = await openApp(context, env.srv.url + fragmentOf(c));
      await page.click('#nav-patient');
      // What she reads: hidden lines, and the folded drug lists of a combination, are not read.
      const text = await page.innerText('[data-testid="patient-view"]');
      const said = (text.match(/Warnings about pregnancy are left out because they do not apply\./g) ?? []).length;
      // Every statement, folded or not, is searched for a warning that should have been left out.
      const all = await page.textContent('[data-testid="patient-view"]');
      seen[label] = { warned: /unborn baby|birth control/i.test(all), said, shown: await page.isVisible('.left-out') };
      await page.close();
    }
    assert.deepEqual(seen['before menopause'], { warned: true, said: 0, shown: false });
    assert.deepEqual(seen['after menopause'], { warned: false, said: 1, shown: true });
    assert.deepEqual(seen['aged 60 or more'], { warned: false, said: 1, shown: true });

    const { page } = await openApp(context, env.srv.url + fragmentOf(await example('post_progressed_on_letrozole')));
    await page.click('#nav-patient');
    const serious = await page.textContent('[data-grid-row="serious"] [data-grid-option="exemestane_everolimus"]');
    assert.match(serious, /100\.5°F \(about 38°C, converted by us\)/);
  } finally {
    await context.close();
  }
});
