// The progress chart of a goal page in a real headless Chromium, on the example community
// with two years of history (scripts/example-history): the chart has an accessible name
// and description that say what it shows, its numbers are in a table a keyboard can
// reach, and axe finds no violation in light or dark mode.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeSource, launch, repoRoot, serve } from './harness.mjs';

let browser;
let site;
let work;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'cairn-chart-'));
  execFileSync('bash', [join(repoRoot, 'scripts/example-history'), join(work, 'example')], { stdio: 'pipe' });
  site = await serve(join(work, 'example'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.child.kill('SIGINT');
  rmSync(work, { recursive: true, force: true });
});

for (const colorScheme of ['light', 'dark']) {
  test(`a goal's progress chart is named, described, backed by a table and passes axe (${colorScheme})`, async () => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(new URL('goals/cut-ci-energy-use/', site.url).href);
    const chart = page.getByRole('img', { name: /The measure over time, in kWh per month/ });
    await chart.waitFor();
    const described = await chart.evaluate((svg) => {
      const ids = svg.getAttribute('aria-labelledby').split(' ');
      return ids.map((id) => document.getElementById(id)?.textContent);
    });
    assert.match(described[1], /^From 410 kWh per month on .* to 185 kWh per month on 20 November 2026; the target is 120 kWh per month\.$/);
    const points = await chart.locator('circle').count();
    assert.ok(points >= 12, `a point most months: ${points}`);
    // The numbers, by keyboard: the disclosure opens with Enter, the table scrolls by focus.
    await page.locator('summary', { hasText: "The chart's numbers" }).focus();
    await page.keyboard.press('Enter');
    const rows = await page.locator('.chart-figure + details table tbody tr').count();
    assert.equal(rows, points, 'one row per point');
    const stroke = await chart.evaluate((svg) => getComputedStyle(svg.querySelector('.line')).stroke);
    assert.notEqual(stroke, 'none');
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }));
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.close();
  });
}
