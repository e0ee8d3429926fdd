// The search box of every page, in headless Chromium over the example site: a word of a
// goal's text finds it, by keyboard alone, with its sub-community, status and progress in
// the result; axe finds no WCAG 2.2 AA violation with the results open, in light and
// dark; no request leaves the site; without JavaScript the header links to the goals list;
// a site published under a path (`https://org.github.io/goals/`) finds its goals there.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { axeViolations, cairn, launch, repoRoot, serve, today } from './harness.mjs';

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

/** Presses Tab until the search field has the focus; fails after `most` presses. */
async function tabToSearch(page, most = 40) {
  // The box is shown by the theme's module: tabbing before it ran would pass its place.
  await page.locator('#site-search-input').waitFor({ state: 'visible' });
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'site-search-input')) return;
  }
  assert.fail(`the search field is not reached in ${most} presses of Tab`);
}

async function searchFor(page, words) {
  await tabToSearch(page);
  await page.keyboard.type(words, { delay: 20 });
  await page.locator('#site-search-results li').first().waitFor({ state: 'visible' });
}

test('a word of a goal\'s body finds it by keyboard, and Enter opens it', async () => {
  const page = await browser.newPage();
  const elsewhere = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.url)) elsewhere.push(request.url());
  });
  await page.goto(new URL('charter/', site.url).href);
  // The word is in the body only, not in the title or summary.
  await searchFor(page, 'humanitarian');
  const first = page.locator('#site-search-results li').first();
  assert.equal(await first.locator('a').innerText(), 'Reproducible release builds');
  assert.equal(await first.locator('.search-facts').innerText(), 'Goal · Infrastructure · Achieved · 100 %');
  assert.match(await first.locator('.search-excerpt mark').first().innerText(), /humanitarian/i);
  assert.match(await page.locator('#site-search-status').innerText(), /^1 result for “humanitarian”\.$/);

  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reproducible release builds');
  await Promise.all([page.waitForURL(/\/goals\/reproducible-release-builds\/$/), page.keyboard.press('Enter')]);
  assert.deepEqual(elsewhere, [], 'no request leaves the site');
});

test('Enter in the field opens the first result; Escape clears the field', async () => {
  const page = await browser.newPage();
  await page.goto(site.url);
  await searchFor(page, 'mentor');
  assert.match(await page.locator('#site-search-results li a').first().innerText(), /mentor/i);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#site-search-input').inputValue(), '');
  assert.equal(await page.locator('.search-panel').isHidden(), true);
  await page.keyboard.type('mentor', { delay: 20 });
  await page.locator('#site-search-results li').first().waitFor({ state: 'visible' });
  const href = await page.locator('#site-search-results li a').first().getAttribute('href');
  await Promise.all([page.waitForURL((url) => url.pathname === href), page.keyboard.press('Enter')]);
});

test('a word nothing contains says so, and shows no results', async () => {
  const page = await browser.newPage();
  await page.goto(site.url);
  await tabToSearch(page);
  await page.keyboard.type('zyzzyvaquux', { delay: 20 });
  await page.locator('#site-search-status', { hasText: 'No results' }).waitFor({ state: 'attached' });
  assert.equal(await page.locator('#site-search-results li').count(), 0);
  assert.equal(await page.locator('.search-panel').isHidden(), true);
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violation with search results open (${scheme})`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(new URL('goals/', site.url).href);
    await searchFor(page, 'release');
    const violations = await axeViolations(page);
    await context.close();
    assert.deepEqual(violations, []);
  });
}

test('without JavaScript the header links to the list of all goals, and shows no dead box', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('charter/', site.url).href);
  const fallback = page.locator('.search-fallback a');
  assert.equal(await fallback.isVisible(), true);
  assert.equal(new URL(await fallback.getAttribute('href'), site.url).pathname, '/goals/');
  assert.equal(await page.locator('#site-search-input').isVisible(), false);
  await context.close();
});

test('where the index cannot be loaded, the link comes back instead of a dead box', async () => {
  const page = await browser.newPage();
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto(site.url);
  await tabToSearch(page);
  await page.locator('.search-fallback a').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#site-search-input').isVisible(), false);
});

test('what a hostile goal says is shown as text in the results, never run', async () => {
  const hostile = await serve(join(repoRoot, 'tests/fixtures/build/xss'));
  try {
    const page = await browser.newPage();
    const dialogs = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(hostile.url);
    await tabToSearch(page);
    await page.keyboard.type('alert onerror', { delay: 20 });
    await page.locator('#site-search-results li').first().waitFor({ state: 'visible' });
    const elements = await page.locator('#site-search-results *').evaluateAll((all) => [...new Set(all.map((e) => e.localName))].sort());
    assert.deepEqual(elements.filter((name) => !['a', 'li', 'mark', 'p'].includes(name)), []);
    const titles = await page.locator('#site-search-results li > a').allInnerTexts();
    assert.ok(titles.some((t) => t.includes("<script>alert('goal')</script>")), titles.join(' | '));
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
  } finally {
    hostile.child.kill('SIGINT');
  }
});

test('a site published under a path finds its goals at their addresses under it', async () => {
  // `cairn build` of a site whose base_url is `https://small.example.org/goals/`, served
  // from a plain static server at `/goals/`, as a project site on GitHub Pages is.
  const root = mkdtempSync(join(tmpdir(), 'cairn-base-path-'));
  execFileSync(cairn, ['build', join(repoRoot, 'tests/fixtures/build/small'), '-o', join(root, 'goals'), '--today', today],
    { stdio: 'pipe' });
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer((request, response) => {
    let path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    try {
      if (!path.startsWith(root)) throw new Error('outside');
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(readFileSync(path));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/goals/`);
    await searchFor(page, 'ship');
    const href = await page.locator('#site-search-results li a').first().getAttribute('href');
    assert.equal(href, '/goals/goals/ship-it/');
    await Promise.all([page.waitForURL((url) => url.pathname === href), page.keyboard.press('Enter')]);
    assert.match(await page.locator('h1').innerText(), /Ship version 1/);
  } finally {
    server.close();
  }
});
