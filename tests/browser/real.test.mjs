// Pages of goals written the way real goal repositories write them (tests/fixtures/build/
// real-shapes: a Kubernetes-style KEP with its template's comments and table of contents,
// a SIG charter, a Rust-project-goal with its metadata table and issue references, a long
// table, CRLF line endings, tabs, a body that starts with `---`, headings in other
// scripts), in headless Chromium: axe finds no WCAG 2.2 AA violation in light or dark
// mode, the Nu HTML Checker finds no error, the page asks nothing of another host, and
// what the git host would show is what the reader sees.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axeSource, launch, nuCheck, repoRoot, serve } from './harness.mjs';

const fixture = join(repoRoot, 'tests/fixtures/build/real-shapes');
let browser;
let site;

before(async () => {
  site = await serve(fixture);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.child.kill('SIGINT');
});

const pages = ['goals/localize-the-docs/', 'goals/never-type/', 'goals/map-every-town-in-japan/', 'communities/sig-docs/',
  'charter/', 'goals/', 'code-of-conduct/', 'meetings/how-we-meet/'];

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violation on goals written as real ones are (${scheme})`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    const page = await context.newPage();
    const elsewhere = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.url)) elsewhere.push(request.url());
    });
    const problems = [];
    for (const path of pages) {
      const response = await page.goto(new URL(path, site.url).href);
      assert.equal(response.status(), 200, path);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }));
      for (const v of result.violations) {
        problems.push(`/${path}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    await context.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(elsewhere, [], 'no request leaves the site');
  });
}

test('a KEP reads as on the git host: no template comments, a working table of contents, details that open', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('goals/localize-the-docs/', site.url).href);
  const body = await page.locator('.prose').innerText();
  assert.ok(!body.includes('ACTION REQUIRED') && !body.includes('toc'), body);
  assert.ok(!body.includes('KEP-3000'), 'the title is not shown twice');
  await page.click('a[href="#md-non-goals"]');
  assert.equal(await page.evaluate(() => location.hash), '#md-non-goals');
  assert.ok(await page.locator('#md-non-goals').isVisible());
  const details = page.locator('details');
  assert.equal(await details.getAttribute('open'), null);
  await page.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await details.getAttribute('open'), '');
  assert.equal(await page.locator('figure.diagram figcaption').innerText(), 'Diagram (Mermaid source)');
  // An image kept beside the goal file is published and shown.
  const image = page.locator('img[alt="How a page is translated and reviewed"]');
  assert.equal(await image.getAttribute('src'), '/files/goals/sig-docs/translation-workflow.png');
  assert.ok(await image.evaluate((img) => img.complete && img.naturalWidth > 0), 'the image loads');
  // Code blocks can be scrolled from the keyboard.
  assert.equal(await page.locator('pre').first().getAttribute('tabindex'), '0');
  await page.close();
});

test('a project goal links its references, shows its emoji, and says where a remote image is', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('goals/never-type/', site.url).href);
  assert.equal(await page.locator('h1').innerHTML(), 'Stabilize never type (<code>!</code>)');
  assert.equal(await page.title(), 'Stabilize never type (!) · Open Maps steering');
  const tracking = page.locator('a', { hasText: 'rust-lang/rust-project-goals#105' });
  assert.equal(await tracking.getAttribute('href'), 'https://github.com/rust-lang/rust-project-goals/issues/105');
  assert.equal(await page.locator('a', { hasText: '@nikomatsakis' }).first().getAttribute('href'), 'https://github.com/nikomatsakis');
  assert.ok((await page.locator('.prose').innerText()).includes('✅ done'));
  assert.ok(await page.locator('a', { hasText: 'Team (image on www.rust-lang.org)' }).count() === 1);
  assert.equal(await page.locator('.alert-note .alert-title').innerText(), 'Note');
  await page.goto(new URL('goals/map-every-town-in-japan/', site.url).href);
  assert.equal(await page.locator('h2', { hasText: '目標と進捗' }).getAttribute('id'), 'md-目標と進捗');
  assert.equal(await page.locator('a:has(img[src="/logo.png"])').getAttribute('href'), 'https://openmaps.example.org/');
  assert.equal(await page.locator('a:has(img[src="/logo.png"]) img').getAttribute('alt'), 'logo');
  await page.close();
});

test("the community's own pages are in the navigation, in their order", async () => {
  const page = await browser.newPage();
  await page.goto(new URL('meetings/how-we-meet/', site.url).href);
  const nav = await page.locator('nav[aria-label="Main"] a').allInnerTexts();
  assert.deepEqual(nav.slice(-2), ['Code of conduct', 'Meetings']);
  assert.equal(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').innerText(), 'Meetings');
  assert.equal(await page.locator('h1').count(), 1, 'the opening heading that repeats the title is not shown');
  await page.click('a:text("code of conduct")');
  assert.equal(new URL(page.url()).pathname, '/code-of-conduct/');
  await page.close();
});

test('the Nu HTML Checker finds no errors on goals written as real ones are', () => {
  const { files, errors } = nuCheck(fixture);
  assert.ok(files.length > 10, `checked ${files.length} pages`);
  assert.deepEqual(errors, []);
});
