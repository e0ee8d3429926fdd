// `cairn serve` as someone editing goals uses it, in a real headless Chromium: the page
// open in the browser reloads by itself when a goal file is saved; a broken file puts the
// diagnostics over the page (the last good build stays underneath); fixing it takes the
// overlay away; the search index follows a save. Run on a temporary copy of the example
// content.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeSource, launch, repoRoot, serve } from './harness.mjs';

let browser;
let site;
let work;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'cairn-serve-'));
  cpSync(join(repoRoot, 'content'), work, { recursive: true });
  site = await serve(work);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.child.kill('SIGINT');
  rmSync(work, { recursive: true, force: true });
});

const goalFile = () => join(work, 'goals/infrastructure/cut-ci-energy-use.md');

test('an open page reloads with the new content, shows a broken build over it, and recovers', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('goals/cut-ci-energy-use/', site.url).href);
  const original = readFileSync(goalFile(), 'utf8');
  const title = original.match(/^title: (.*)$/m)[1];
  assert.equal(await page.locator('h1').textContent(), title);

  // Saved in an editor: the page reloads by itself.
  const loads = [];
  page.on('load', () => loads.push(Date.now()));
  writeFileSync(goalFile(), original.replace(/^title: .*$/m, 'title: Cut CI energy use in half'));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Cut CI energy use in half',
    null, { timeout: 10000 });
  assert.ok(loads.length >= 1, 'the page was reloaded, not edited in place');

  // A mistake: the overlay shows what the terminal shows; the page underneath is the last good one.
  writeFileSync(goalFile(), original.replace(/^status: .*$/m, 'status: finished'));
  const overlay = page.locator('#cairn-build-error');
  await overlay.waitFor({ timeout: 10000 });
  assert.match(await overlay.textContent(), /`finished` is not a valid `status`/);
  assert.match(await overlay.textContent(), /goals\/infrastructure\/cut-ci-energy-use\.md:\d+:\d+/);
  assert.equal(await page.locator('h1').textContent(), 'Cut CI energy use in half');
  assert.equal(await overlay.getAttribute('role'), 'alert');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => axe.run('#cairn-build-error', { runOnly: ['wcag2a', 'wcag2aa'] }));
  assert.deepEqual(result.violations.map((v) => v.id), [], 'the overlay is readable');

  // Fixed: the overlay goes.
  writeFileSync(goalFile(), original);
  await page.waitForFunction(() => !document.querySelector('#cairn-build-error')
    && document.querySelector('h1')?.textContent !== 'Cut CI energy use in half', null, { timeout: 10000 });
  assert.equal(await page.locator('h1').textContent(), title);
  await page.close();
});

test('after a goal is saved, the search box finds its new words once the index follows', async () => {
  const page = await browser.newPage();
  await page.goto(site.url);
  const original = readFileSync(goalFile(), 'utf8');
  writeFileSync(goalFile(), original.replace(/^title: .*$/m, 'title: Cut CI energy use with quokkas'));
  try {
    // The index follows the reload; ask again until it answers with the new word (a
    // reload of the page in the middle of an ask is one more try).
    let found = '';
    for (let tries = 0; tries < 40 && !found.includes('quokkas'); tries += 1) {
      try {
        await page.goto(site.url);
        await page.locator('#site-search-input').fill('quokkas');
        await page.locator('#site-search-status', { hasText: /result/ }).waitFor({ state: 'attached', timeout: 3000 });
        found = await page.locator('#site-search-results').innerText();
      } catch {
        found = '';
      }
      if (!found.includes('quokkas')) await page.waitForTimeout(250);
    }
    assert.match(found, /Cut CI energy use with quokkas/);
  } finally {
    writeFileSync(goalFile(), original);
    await page.close();
  }
});
