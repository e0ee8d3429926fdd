// The widget in a real headless Chromium, embedded the way a community embeds it: the
// example site is built and served by `cairn serve` on one origin, and plain host pages on
// another origin load `/widget/cairn.js` and use <cairn-goal>, <cairn-goals> and
// <cairn-poll> (its JSON from a fixture: polls come with the polls issue). Checked:
// the cards show the site's data inside shadow roots; the wasm module is fetched once per
// page and only when an element is present; hostile host CSS changes nothing; the
// keyboard reaches every link; axe-core finds no violation in light or dark mode; a
// missing goal, malformed JSON, an unreachable site and a bad attribute each show a
// readable message. Run by scripts/test after `cargo build`; CAIRN_BIN names the binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { axeSource, cairn, launch, rendered, repoRoot, serve } from './harness.mjs';

let browser;
let site; // the cairn site: { url, child }
let host; // the other origin's server: { url, server }
let goals; // the site's goals.json

/** A poll document as the site will write it (the fields the poll card reads). */
const POLL = {
  schema_version: 1,
  slug: 'roadmap-2027',
  question: 'What should we map next?',
  url: 'https://goals.example.org/polls/roadmap-2027/',
  status: 'open',
  window: 'Open until 15 March 2027',
  summary: '12 ballots, one choice each',
  results: [
    { label: 'Rivers', percent: 58, text: '7 votes (58%)' },
    { label: 'Trails', percent: 33, text: '4 votes (33%)' },
    { label: 'Ferries', percent: 8, text: '1 vote (8%)' },
  ],
};

/** Host pages by path, and a fake cairn site under /fake/ (a poll, and broken JSON). */
const pages = new Map();
/** More documents of the fake site, by path. */
const fakeDocs = new Map();
function serveHost() {
  return new Promise((resolvePromise) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      const cors = { 'access-control-allow-origin': '*' };
      if (fakeDocs.has(path)) {
        res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(fakeDocs.get(path)));
      } else if (path === '/fake/api/v1/polls/roadmap-2027.json') {
        res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(POLL));
      } else if (path === '/fake/api/v1/goals/broken.json') {
        res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('{"schema_version": 1, "slug": ');
      } else if (path === '/fake/api/v1/goals/html.json') {
        res.writeHead(200, { ...cors, 'content-type': 'text/html' }).end('<html><body>Oops</body></html>');
      } else if (pages.has(path)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
      } else {
        res.writeHead(404, cors).end('not found');
      }
    });
    server.listen(0, '127.0.0.1', () => resolvePromise({ url: `http://127.0.0.1:${server.address().port}/`, server }));
  });
}

/** A host page on the other origin, embedding the widget from the site. */
function hostPage(path, body, head = '') {
  pages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${head}
<script type="module" src="${site.url}widget/cairn.js"></script></head>
<body><main><h1>A host page</h1>${body}</main></body></html>`);
  return new URL(path, host.url).href;
}

before(async () => {
  site = await serve(join(repoRoot, 'content'));
  host = await serveHost();
  goals = (await (await fetch(new URL('api/v1/goals.json', site.url))).json()).goals;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.child.kill('SIGINT');
  host?.server.close();
});

/** Opens `url` and waits until every cairn element has rendered something final. */
async function open(url, options = {}) {
  const page = await browser.newPage(options);
  const wasm = [];
  const json = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(r.url());
    if (r.url().endsWith('.json')) json.push(r.url());
  });
  await page.goto(url);
  await rendered(page);
  return { page, wasm, json };
}

/** Text and numbers of the first card inside the element matching `selector`. */
function card(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const bars = [...root.querySelectorAll('[role=progressbar]')];
    return {
      title: root.querySelector('.title')?.textContent,
      href: root.querySelector('.title a')?.href,
      meta: root.querySelector('.meta')?.textContent,
      percents: bars.map((b) => Number(b.getAttribute('aria-valuenow'))),
      texts: [...root.querySelectorAll('.bar-text')].map((t) => t.textContent),
      message: root.querySelector('.message')?.textContent,
      cards: root.querySelectorAll('.card').length,
    };
  }, selector);
}

const withBars = () => goals.find((g) => g.bars.length >= 2) ?? goals.find((g) => g.bars.length > 0);

test('a goal card on another origin shows the goal as the site does', async () => {
  const goal = withBars();
  const { page } = await open(hostPage('/one.html', `<cairn-goal goal="${goal.slug}"></cairn-goal>`));
  const shown = await card(page, 'cairn-goal');
  assert.equal(shown.title, goal.title);
  assert.equal(shown.href, goal.url);
  assert.deepEqual(shown.percents, goal.bars.map((b) => b.percent));
  assert.deepEqual(shown.texts, goal.bars.map((b) => b.text));
  assert.ok(shown.meta.includes(goal.status[0].toUpperCase() + goal.status.slice(1)), shown.meta);
  assert.equal(await page.evaluate(() => document.querySelector('cairn-goal').innerHTML), '', 'nothing in the light DOM');
  await page.close();
});

test('a goal made of parts lists them with their shares, and a goal its period left open says so', async () => {
  const { page } = await open(hostPage('/parts.html', `<cairn-goal goal="safer-releases"></cairn-goal>
    <cairn-goal goal="offline-search-prototype" id="ended"></cairn-goal>`));
  const parts = await page.evaluate(() =>
    [...document.querySelector('cairn-goal').shadowRoot.querySelectorAll('.parts li')].map((li) => li.textContent));
  assert.deepEqual(parts, ['Ship a release every quarter: 75%', 'Reproducible release builds: 100%, weight 2']);
  const shown = await card(page, 'cairn-goal');
  assert.deepEqual(shown.percents, [91]);
  const attention = await page.evaluate(() =>
    document.querySelector('#ended').shadowRoot.querySelector('.attention')?.textContent);
  assert.equal(attention, 'Not completed in 2026 first half');
  await page.close();
});

test('a site built with `cairn build` and served as plain files feeds the cards', async () => {
  // As on GitHub Pages: the built folder behind a static server that allows other origins.
  const work = mkdtempSync(join(tmpdir(), 'cairn-widget-'));
  const built = join(work, 'site');
  execFileSync(cairn, ['build', join(repoRoot, 'content'), '-o', built, '--today', '2026-11-26'], { stdio: 'pipe' });
  const types = { '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const path = normalize(join(built, new URL(req.url, 'http://x').pathname));
    try {
      if (!path.startsWith(built)) throw new Error('outside');
      const body = readFileSync(path);
      const type = types[path.slice(path.lastIndexOf('.'))] ?? 'text/html';
      res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const staticSite = `http://127.0.0.1:${server.address().port}/`;
  const goal = withBars();
  pages.set('/static.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${staticSite}widget/cairn.js"></script></head>
<body><main><cairn-goal goal="${goal.slug}"></cairn-goal></main></body></html>`);
  const { page } = await open(new URL('/static.html', host.url).href);
  const shown = await card(page, 'cairn-goal');
  assert.equal(shown.title, goal.title);
  assert.deepEqual(shown.percents, goal.bars.map((b) => b.percent));
  await page.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
});

test('a poll card shows the question and the results', async () => {
  const fake = new URL('fake/', host.url).href;
  const { page } = await open(hostPage('/poll.html', `<cairn-poll poll="roadmap-2027" site="${fake}"></cairn-poll>`));
  const shown = await page.evaluate(() => {
    const root = document.querySelector('cairn-poll').shadowRoot;
    return {
      question: root.querySelector('.title').textContent,
      rows: [...root.querySelectorAll('.results li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
      links: [...root.querySelectorAll('a')].map((a) => `${a.textContent} ${a.href}`),
      meta: root.querySelector('.meta').textContent,
    };
  });
  assert.equal(shown.question, POLL.question);
  assert.deepEqual(shown.rows, POLL.results.map((r) => `${r.label}${r.percent}%${r.text}`.replace(/\s+/g, ' ')));
  assert.ok(shown.links.includes(`How to vote ${POLL.url}`), shown.links.join(', '));
  assert.equal(shown.meta, 'Poll · Open');
  await page.close();
});

test('a goal card with `history` draws its progress over time, in words too', async () => {
  const goal = withBars();
  const doc = await (await fetch(new URL(`api/v1/goals/${goal.slug}.json`, site.url))).json();
  const point = (date, current) => ({ date, commit: 'c', author: 'a', status: 'active', checklist: null,
    metric: { baseline: 0, current, target: 200, unit: 'maps' } });
  doc.history = { revisions: [], points: [point('2026-01-01', 0), point('2026-03-02', 100), point('2026-05-01', 200)] };
  fakeDocs.set(`/fake/api/v1/goals/${goal.slug}.json`, doc);
  const fake = new URL('fake/', host.url).href;
  const { page } = await open(hostPage('/history.html', `<cairn-goal id="with" goal="${goal.slug}" site="${fake}" history></cairn-goal>
    <cairn-goal id="without" goal="${goal.slug}" site="${fake}"></cairn-goal>`));
  const line = (sel) => page.evaluate((s) => {
    const svg = document.querySelector(s).shadowRoot.querySelector('svg.spark');
    return svg && { role: svg.getAttribute('role'), label: svg.getAttribute('aria-label'),
      points: svg.querySelector('polyline').getAttribute('points'), height: svg.getBoundingClientRect().height };
  }, sel);
  const drawn = await line('#with');
  assert.equal(drawn.role, 'img');
  assert.equal(drawn.label, 'Progress over time: from 0% on 1 January 2026 to 100% on 1 May 2026');
  assert.equal(drawn.points, '0,24 50,12 100,0');
  assert.ok(drawn.height > 10, `visible: ${drawn.height}`);
  assert.equal(await line('#without'), null, 'only when asked for');
  await page.close();
});

test('the module is fetched once per page, and only when an element is present', async () => {
  const [a] = goals;
  const b = withBars();
  const body = `<cairn-goal goal="${a.slug}"></cairn-goal><cairn-goal goal="${b.slug}" compact></cairn-goal>
    <cairn-goals limit="2"></cairn-goals>`;
  const { page, wasm, json } = await open(hostPage('/three.html', body));
  assert.equal(wasm.length, 1, `one module request: ${wasm}`);
  // The loader fetches each element's JSON while the module loads, and the widget uses
  // that response instead of fetching again.
  assert.equal(json.length, 3, `one JSON request per element: ${json}`);
  const compact = await card(page, 'cairn-goal[compact]');
  assert.ok(b.bars.length >= 2);
  assert.equal(compact.percents.length, 1, 'a compact card shows the first bar only');
  await page.close();
  const empty = await open(hostPage('/none.html', '<p>No widget here.</p>'));
  await empty.page.waitForLoadState('networkidle');
  assert.equal(empty.wasm.length, 0, 'no element, no module');
  await empty.page.close();
});

test('a goal list filters by community, status and limit', async () => {
  const active = goals.filter((g) => g.status === 'active');
  const community = goals.find((g) => g.community)?.community.slug;
  const body = `<cairn-goals id="a" status="active" limit="2"></cairn-goals>
    <cairn-goals id="c" community="${community}"></cairn-goals>`;
  const { page } = await open(hostPage('/list.html', body));
  const first = await card(page, '#a');
  assert.equal(first.cards, Math.min(2, active.length));
  const metas = await page.evaluate(() =>
    [...document.querySelector('#a').shadowRoot.querySelectorAll('.meta')].map((m) => m.textContent));
  assert.ok(metas.length > 0 && metas.every((m) => m.includes('Active')), metas.join(' | '));
  const ofCommunity = await card(page, '#c');
  assert.equal(ofCommunity.cards, goals.filter((g) => g.community?.slug === community).length);
  await page.close();
});

test("the host page's CSS cannot change the cards", async () => {
  const goal = withBars();
  const probe = (page) =>
    page.evaluate(() => {
      const el = document.querySelector('cairn-goal');
      const title = el.shadowRoot.querySelector('.title');
      const style = getComputedStyle(title);
      return {
        display: getComputedStyle(el).display,
        visible: el.getBoundingClientRect().height > 0,
        title: [style.color, style.fontSize, style.fontFamily, style.display],
        link: getComputedStyle(title.querySelector('a')).color,
      };
    });
  const plain = await open(hostPage('/plain.html', `<cairn-goal goal="${goal.slug}"></cairn-goal>`));
  // `main *` matches the element itself (hiding `body` would hide any widget's page).
  const hostileCss = '<style>main * { display: none } h2, a { color: red !important; font-size: 60px }' +
    ' button { color: red } .card, .title { display: none !important }</style>';
  const hostile = await open(hostPage('/hostile.html', `<cairn-goal goal="${goal.slug}"></cairn-goal>`, hostileCss));
  const [before, after] = [await probe(plain.page), await probe(hostile.page)];
  assert.ok(after.visible, 'the element stays visible');
  assert.deepEqual(after, before);
  await plain.page.close();
  await hostile.page.close();
});

test('the keyboard reaches every link in the cards', async () => {
  const [a, b] = goals;
  const fake = new URL('fake/', host.url).href;
  const { page } = await open(hostPage('/keys.html', `<cairn-goal goal="${a.slug}"></cairn-goal>
    <cairn-goal goal="${b.slug}"></cairn-goal><cairn-poll poll="roadmap-2027" site="${fake}"></cairn-poll>`));
  const reached = [];
  // Two goal cards with one link each, a poll card with two: four stops, in order.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const link = document.activeElement?.shadowRoot?.activeElement;
        return link ? { href: link.href, outline: getComputedStyle(link).outlineStyle } : null;
      }),
    );
  }
  assert.deepEqual(reached.map((r) => r?.href), [a.url, b.url, POLL.url, POLL.url]);
  for (const r of reached.filter(Boolean)) assert.notEqual(r.outline, 'none', `focus is visible on ${r.href}`);
  await page.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation in the cards (${colorScheme})`, async () => {
    const goal = withBars();
    const fake = new URL('fake/', host.url).href;
    const body = `<cairn-goal goal="${goal.slug}"></cairn-goal><cairn-goals status="active" limit="3"></cairn-goals>
      <cairn-goal goal="safer-releases"></cairn-goal><cairn-goal goal="offline-search-prototype"></cairn-goal>
      <cairn-goal goal="no-such-goal"></cairn-goal><cairn-poll poll="roadmap-2027" site="${fake}"></cairn-poll>`;
    const { page } = await open(hostPage(`/axe-${colorScheme}.html`, body), { colorScheme });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }),
    );
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, []);
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('cairn-goal').shadowRoot.querySelector('.card')).backgroundColor,
    );
    const [r] = background.match(/\d+/g).map(Number);
    assert.ok(colorScheme === 'dark' ? r < 80 : r > 200, `${colorScheme} background: ${background}`);
    await page.close();
  });
}

test('a theme attribute overrides the reader setting', async () => {
  const goal = withBars();
  const { page } = await open(hostPage('/themed.html', `<cairn-goal goal="${goal.slug}" theme="light"></cairn-goal>`), {
    colorScheme: 'dark',
  });
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector('cairn-goal').shadowRoot.querySelector('.card')).backgroundColor,
  );
  assert.equal(background, 'rgb(255, 255, 255)');
  await page.close();
});

test('problems are shown as readable messages in the card', async () => {
  const fake = new URL('fake/', host.url).href;
  const body = `<cairn-goal id="missing" goal="no-such-goal"></cairn-goal>
    <cairn-goal id="broken" goal="broken" site="${fake}"></cairn-goal>
    <cairn-goal id="html" goal="html" site="${fake}"></cairn-goal>
    <cairn-goal id="down" goal="x" site="http://127.0.0.1:9/"></cairn-goal>
    <cairn-goal id="bad" goal="../secrets"></cairn-goal>
    <cairn-goals id="status" status="finished"></cairn-goals>
    <cairn-poll id="nopoll" poll="no-such-poll"></cairn-poll>`;
  const { page } = await open(hostPage('/problems.html', body));
  const expected = {
    '#missing': 'There is no goal "no-such-goal" on this site',
    '#broken': 'sent data this widget cannot read',
    '#html': 'sent data this widget cannot read',
    '#down': 'could not be reached',
    '#bad': '"../secrets" is not a goal name',
    '#status': 'the status is one of proposed, active',
    '#nopoll': 'There is no poll "no-such-poll" on this site',
  };
  for (const [selector, words] of Object.entries(expected)) {
    const { message } = await card(page, selector);
    assert.ok(message?.includes(words), `${selector}: ${message}`);
    const role = await page.evaluate(
      (sel) => document.querySelector(sel).shadowRoot.querySelector('.message').getAttribute('role'),
      selector,
    );
    assert.equal(role, 'status', `${selector} is announced, politely`);
  }
  await page.close();
});
