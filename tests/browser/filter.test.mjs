// The filters of the list of all goals, in headless Chromium over the example site:
// choosing a kind, a status, a sub-community or a review state, or typing words of a
// title, leaves the matching rows only (and hides the sections left empty), says how
// many are shown, keeps the filter in the address, and is reset by "Show all"; axe
// finds no WCAG 2.2 AA violation with a filter set, in light and dark; without
// JavaScript the filters are not shown and the pages of kinds and statuses remain.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axeViolations, launch, repoRoot, serve } from './harness.mjs';

let browser;
let site;

before(async () => {
  site = await serve(join(repoRoot, 'content'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.child.kill('SIGINT');
});

/** The rows shown, as [title, kind, status] and the data attributes they carry. */
function shownRows(page) {
  return page.locator('.goal-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => ({
    title: row.querySelector('th a').textContent,
    ...row.dataset,
  })));
}

test('each filter leaves the matching rows, and the count and the address follow', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('goals/', site.url).href);
  const all = await shownRows(page);
  assert.ok(all.length >= 15, `the example's goals: ${all.length}`);
  const count = page.locator('[data-filter-count]');
  assert.equal(await count.innerText(), `All ${all.length} goals are shown.`);

  await page.selectOption('#filter-kind', 'outcome');
  const outcomes = await shownRows(page);
  assert.ok(outcomes.length > 0 && outcomes.length < all.length);
  assert.ok(outcomes.every((r) => r.kind === 'outcome'), JSON.stringify(outcomes));
  assert.equal(outcomes.length, all.filter((r) => r.kind === 'outcome').length);
  assert.equal(await count.innerText(), `${outcomes.length} of ${all.length} goals are shown.`);
  assert.match(page.url(), /\?kind=outcome$/);

  await page.selectOption('#filter-status', 'active');
  const both = await shownRows(page);
  assert.deepEqual(both, all.filter((r) => r.kind === 'outcome' && r.status === 'active'));

  await page.selectOption('#filter-kind', '');
  await page.selectOption('#filter-status', '');
  await page.selectOption('#filter-community', 'docs');
  const docs = await shownRows(page);
  assert.ok(docs.length > 0 && docs.every((r) => r.community === 'docs'));
  // The sections of the other sub-communities are hidden with their rows.
  assert.equal(await page.locator('#community-events').isVisible(), false);
  await page.selectOption('#filter-community', '-');
  assert.ok((await shownRows(page)).every((r) => r.community === ''), 'the whole community\'s');

  await page.selectOption('#filter-community', '');
  await page.selectOption('#filter-review', 'overdue');
  const overdue = await shownRows(page);
  assert.ok(overdue.length > 0 && overdue.every((r) => r.review === 'overdue'));

  await page.selectOption('#filter-review', '');
  await page.fill('#filter-words', 'RELEASE every');
  assert.deepEqual((await shownRows(page)).map((r) => r.title), ['Ship a release every quarter']);
  assert.match(page.url(), /\?q=RELEASE\+every$/);

  await page.getByRole('button', { name: 'Show all' }).click();
  assert.equal((await shownRows(page)).length, all.length);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-words');
  assert.equal(new URL(page.url()).search, '');
});

test('a filtered address opens filtered, and a value that is no option is left out', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('goals/?status=achieved&kind=nonsense', site.url).href);
  const rows = await shownRows(page);
  assert.ok(rows.length > 0 && rows.every((r) => r.status === 'achieved'), JSON.stringify(rows));
  assert.equal(await page.locator('#filter-status').inputValue(), 'achieved');
  assert.equal(await page.locator('#filter-kind').inputValue(), '');
});

test('on the page of a kind, its own filter is not offered again', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('kinds/process/', site.url).href);
  assert.equal(await page.locator('#filter-kind').count(), 0);
  await page.fill('#filter-words', 'call');
  assert.ok((await shownRows(page)).every((r) => r.kind === 'process' && /call/i.test(r.title)));
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violation with a filter set (${scheme})`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(new URL('goals/?kind=outcome', site.url).href);
    const violations = await axeViolations(page);
    await context.close();
    assert.deepEqual(violations, []);
  });
}

test('without JavaScript the filters are not shown, and every row is', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('goals/?kind=outcome', site.url).href);
  assert.equal(await page.locator('[data-goal-filter]').isVisible(), false);
  const rows = await page.locator('.goal-table tbody tr').count();
  assert.equal(await page.locator('.goal-table tbody tr:visible').count(), rows);
  assert.equal(await page.locator('.filters a', { hasText: 'Outcome' }).isVisible(), true, 'the pages of each kind');
  await context.close();
});
