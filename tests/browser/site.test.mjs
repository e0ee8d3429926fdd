// cairn's built pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): axe-core finds no WCAG 2.2 AA violation on any page type, in light and
// dark mode, on a desktop and a 360 px phone; the Nu HTML Checker finds no error; every
// internal link resolves; nothing is requested from another host, and no script runs but
// the site's own widget loader (the live card on goal pages); and hostile content
// runs nothing. Run by scripts/test after `cargo build`; CAIRN_BIN names the binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axeSource, launch, nuCheck, repoRoot, serve } from './harness.mjs';

let browser;
let site;
let hostile;

before(async () => {
  site = await serve(join(repoRoot, 'content'));
  hostile = await serve(join(repoRoot, 'tests/fixtures/build/xss'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.child.kill('SIGINT');
  hostile?.child.kill('SIGINT');
});

/** Every page of a served site, from its sitemap, plus the 404 page. */
async function pagesOf(base) {
  const xml = await (await fetch(new URL('sitemap.xml', base))).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  return [...urls, new URL('this-page-does-not-exist/', base).href];
}

const pageTypes = ['', 'charter/', 'goals/', 'goals/monthly-community-call/', 'goals/cut-ci-energy-use/',
  'goals/move-chat-to-discord/', 'communities/', 'communities/docs/', 'start/', 'review/', 'updates/',
  'updates/2026-03-05-march-community-call/', 'kinds/process/', 'statuses/active/', 'polls/',
  'polls/next-mapping-season/', 'polls/summit-city/', 'polls/meetup-night/', 'tags/', 'tags/infrastructure/', 'periods/', 'periods/2026h1/', 'goals/safer-releases/',
  'goals/offline-search-prototype/', 'communities/2026h1/', 'no-such-page/'];

for (const scheme of ['light', 'dark']) {
  for (const [device, width] of [['desktop', 1280], ['phone', 360]]) {
    test(`axe finds no WCAG 2.2 AA violation on any page type (${scheme}, ${device})`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
      const page = await context.newPage();
      const problems = [];
      for (const path of pageTypes) {
        await page.goto(new URL(path, site.url).href);
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(() => axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        }));
        for (const v of result.violations) {
          problems.push(`/${path}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`/${path}: ${overflow}px wider than the ${width}px window`);
      }
      await context.close();
      assert.deepEqual(problems, []);
    });
  }
}

/** The scripts of the open page that are not the site's own: the widget loader (the live card on goal pages), the search box and the goal lists' filters. */
function otherScripts(page, origin) {
  // `cairn serve` adds its live-reload script (tower-livereload's, with the address of
  // its event stream); `cairn build` never does (tests/build.rs).
  return page.evaluate(
    (theirs) => [...document.scripts]
      .filter((s) => !(s.type === 'module' && theirs.includes(s.src) && !s.text))
      .filter((s) => !(s.dataset.eventStream?.startsWith('/_tower-livereload/') && !s.src))
      .map((s) => s.outerHTML),
    [`${origin}/widget/cairn.js`, `${origin}/assets/search.js`, `${origin}/assets/filter.js`],
  );
}

test('no page runs a script but the site\'s own, or asks another host for anything', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(site.url).origin;
  const foreign = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  for (const url of await pagesOf(site.url)) {
    await page.goto(url);
    assert.deepEqual(await otherScripts(page, origin), [], url);
  }
  await context.close();
  assert.deepEqual(foreign, []);
});

test('every internal link and fragment resolves', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(site.url).origin;
  const targets = new Map();
  for (const url of await pagesOf(site.url)) {
    await page.goto(url);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], link[href], img[src]')].map((e) => e.href || e.src));
    for (const link of links) {
      // The 404 page's own address is meant not to exist.
      if (link.startsWith(origin) && !link.includes('this-page-does-not-exist')) targets.set(link, url);
    }
  }
  const broken = [];
  const ids = new Map();
  for (const [link, from] of targets) {
    const target = new URL(link);
    const hash = target.hash.slice(1);
    target.hash = '';
    const response = await fetch(target);
    if (response.status !== 200) {
      broken.push(`${link} (from ${from}): ${response.status}`);
      continue;
    }
    if (hash) {
      if (!ids.has(target.href)) ids.set(target.href, await response.text());
      if (!ids.get(target.href).includes(`id="${decodeURIComponent(hash)}"`)) broken.push(`${link} (from ${from}): no #${hash}`);
    }
  }
  await context.close();
  assert.ok(targets.size > 100, `checked ${targets.size} links`);
  assert.deepEqual(broken, []);
});

test('the skip link is the first stop and leads to the content', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('goals/', site.url).href);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
  assert.ok(box >= 0, 'visible when focused');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#main');
  await page.close();
});

test('hostile content runs nothing in a real browser', async () => {
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const pages = await pagesOf(hostile.url);
  for (const url of pages) {
    await page.goto(url);
    await page.mouse.move(200, 200);
    const found = await page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`)),
      // The progress chart is cairn's own drawing (a class no Markdown can give).
      svg: document.querySelectorAll('main svg:not(svg.chart), main math, main iframe, main object, main embed').length,
    }));
    assert.deepEqual(found, { handlers: [], svg: 0 }, url);
    assert.deepEqual(await otherScripts(page, new URL(hostile.url).origin), [], url);
  }
  await page.close();
  assert.ok(pages.length > 15);
  assert.deepEqual(dialogs, []);
});

test('the Nu HTML Checker finds no errors', () => {
  const { files, errors } = nuCheck(join(repoRoot, 'content'));
  assert.ok(files.length > 50, `checked ${files.length} pages`);
  assert.deepEqual(errors, []);
});
