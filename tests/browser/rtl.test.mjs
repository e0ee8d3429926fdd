// The example community in Arabic, in a real headless Chromium: every page type runs
// right to left (`dir="rtl"`, the first column of a table on the right, a progress bar
// filling from the right, the navigation starting on the right), axe-core finds no WCAG
// 2.2 AA violation in light or dark mode, and no page is wider than a phone. Screenshots
// of the home page, a goal's page and its chart are written to target/rtl-screenshots/ for a human
// to look at. The charts keep time running left to right, as numbers and time axes do in
// Arabic writing; the test checks that they are laid out that way inside the page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, launch, repoRoot, serve } from './harness.mjs';

let browser;
let site;

before(async () => {
  // The example with two years of history (scripts/example-history), for the charts.
  const dir = join(mkdtempSync(join(tmpdir(), 'cairn-rtl-')), 'example');
  execFileSync('bash', [join(repoRoot, 'scripts/example-history'), dir], { stdio: 'pipe' });
  const config = join(dir, 'cairn.toml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('language = "en"', 'language = "ar"'));
  site = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.child.kill('SIGINT');
});

const pageTypes = ['', 'goals/', 'goals/cut-ci-energy-use/', 'goals/monthly-community-call/', 'start/', 'review/',
  'polls/', 'polls/next-mapping-season/', 'periods/2026h1/', 'charter/', 'communities/docs/', 'updates/'];

for (const scheme of ['light', 'dark']) {
  for (const [device, width] of [['desktop', 1280], ['phone', 360]]) {
    test(`Arabic pages: axe finds no WCAG 2.2 AA violation (${scheme}, ${device})`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
      const page = await context.newPage();
      const problems = [];
      for (const path of pageTypes) {
        await page.goto(new URL(path, site.url).href);
        problems.push(...(await axeViolations(page)).map((v) => `/${path}: ${v}`));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`/${path}: ${overflow}px wider than the ${width}px window`);
      }
      await context.close();
      assert.deepEqual(problems, []);
    });
  }
}

test('Arabic pages run right to left: navigation, tables, progress bars; charts keep time left to right', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL('goals/', site.url).href);
  const layout = await page.evaluate(() => {
    const html = document.documentElement;
    const nav = [...document.querySelectorAll('.site-header nav li')].map((li) => li.getBoundingClientRect().left);
    const head = [...document.querySelector('.goal-table thead tr').children].map((th) => th.getBoundingClientRect().left);
    const cell = document.querySelector('.goal-table tbody th');
    return {
      lang: html.lang,
      dir: html.dir,
      navRightToLeft: nav.every((x, i) => i === 0 || x < nav[i - 1]),
      columnsRightToLeft: head.every((x, i) => i === 0 || x < head[i - 1]),
      cellAlign: getComputedStyle(cell).textAlign,
      title: document.title,
    };
  });
  assert.deepEqual(
    { ...layout, title: undefined },
    { lang: 'ar', dir: 'rtl', navRightToLeft: true, columnsRightToLeft: true, cellAlign: 'start', title: undefined },
  );
  assert.match(layout.title, /كل الأهداف/);
  // The filter's script counts in Arabic, with Arabic's plural forms.
  const count = page.locator('[data-filter-count]');
  await page.locator('#filter-kind').selectOption('outcome');
  await count.filter({ hasText: 'تُعرض' }).waitFor();
  assert.match(await count.innerText(), /^تُعرض \u2068\d+\u2069 من \u2068\d+\u2069 من الأهداف\.$/);

  await page.goto(new URL('goals/cut-ci-energy-use/', site.url).href);
  const goal = await page.evaluate(() => {
    const bar = document.querySelector('.bars progress');
    const chart = document.querySelector('svg.chart');
    const box = chart.getBoundingClientRect();
    // The y axis's labels are anchored at their end, left of the plot: inside the chart.
    const labels = [...chart.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
    return {
      barDirection: getComputedStyle(bar).direction,
      heading: document.querySelector('#progress').textContent,
      chartDirection: getComputedStyle(chart).direction,
      labelsInside: labels.every((r) => r.left >= box.left - 1 && r.right <= box.right + 1),
    };
  });
  assert.equal(goal.barDirection, 'rtl', 'the bar fills from the right');
  assert.equal(goal.heading, 'التقدّم');
  assert.equal(goal.chartDirection, 'ltr', 'time runs left to right');
  assert.ok(goal.labelsInside, 'the chart\'s labels stay inside it');
  mkdirSync(join(repoRoot, 'target/rtl-screenshots'), { recursive: true });
  await page.screenshot({ path: join(repoRoot, 'target/rtl-screenshots/goal.png') });
  await page.locator('.chart-figure').screenshot({ path: join(repoRoot, 'target/rtl-screenshots/chart.png') });
  await page.goto(site.url);
  await page.screenshot({ path: join(repoRoot, 'target/rtl-screenshots/home.png'), fullPage: false });
  await context.close();
});
