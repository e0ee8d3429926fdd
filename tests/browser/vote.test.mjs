// Voting on a `pr` poll from the widget and from the poll's own page, in a real headless
// Chromium: the vote button opens the git host's "new file" page prefilled with the
// ballot (GitHub, GitLab and Forgejo, from the site's `repo` setting); a ranking is made
// with the keyboard alone, focus following the moved option; the login is remembered;
// mistakes are explained in the form; axe finds no violation in the form. The git hosts
// are not contacted: the browser context answers their addresses itself, so the test
// reads the exact address the new tab opened. CAIRN_BIN names the binary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { axeSource, launch, rendered, repoRoot, serve } from './harness.mjs';

let browser;
let site; // `cairn serve content`
let host; // another origin: host pages, and copies of a poll's JSON with other settings
let ranked; // the example site's ranked poll document
const docs = new Map(); // path -> JSON document served by `host`
const pages = new Map(); // path -> HTML served by `host`

const REPOS = {
  github: { url: 'https://github.com/lantern-maps/goals', branch: 'main', host: 'github' },
  gitlab: { url: 'https://gitlab.com/lantern/goals', branch: 'trunk', host: 'gitlab' },
  forgejo: { url: 'https://codeberg.org/lantern/goals', branch: 'main', host: 'gitea' },
};

/** The page each host opens for a new file: the documented formats, written out here
 * independently of the widget's code. */
function expectedUrl(repo, dir, file, text, slug) {
  const q = encodeURIComponent;
  switch (repo.host) {
    case 'github':
      return `${repo.url}/new/${repo.branch}/${dir}?filename=${q(file)}&value=${q(text)}`;
    case 'gitlab':
      return `${repo.url}/-/new/${repo.branch}/${dir}?file_name=${q(file)}&content=${q(text)}` +
        `&commit_message=${q(`Vote in ${slug}`)}`;
    default:
      return `${repo.url}/_new/${repo.branch}/${dir}?filename=${q(file)}&value=${q(text)}`;
  }
}

function serveHost() {
  return new Promise((ok) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (docs.has(path)) {
        res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'application/json' });
        res.end(JSON.stringify(docs.get(path)));
      } else if (pages.has(path)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
      } else {
        res.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}/`, server }));
  });
}

/** Serves `doc` as a poll of a fake site named `name`; returns that site's address. */
function fakeSite(name, doc) {
  docs.set(`/${name}/api/v1/polls/${doc.slug}.json`, doc);
  return new URL(`${name}/`, host.url).href;
}

/** A host page embedding `body`, the widget loaded from the cairn site. */
function hostPage(path, body) {
  pages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="${site.url}widget/cairn.js"></script></head>
<body><main><h1>Vote here</h1>${body}</main></body></html>`);
  return new URL(path, host.url).href;
}

/** A browser context whose git hosts are answered locally, so new tabs land. */
async function contextWithHosts(options = {}) {
  const context = await browser.newContext(options);
  for (const origin of ['https://github.com', 'https://gitlab.com', 'https://codeberg.org']) {
    await context.route(`${origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>host</title>' }));
  }
  return context;
}

/** Evaluates `fn(root, arg)` in the shadow root of the element matching `selector`. */
function inShadow(page, selector, fn, arg) {
  return page.evaluate(
    ([sel, source, a]) => new Function('root', 'arg', `return (${source})(root, arg)`)(
      document.querySelector(sel).shadowRoot, a),
    [selector, fn.toString(), arg],
  );
}

/** Submits the form of the element matching `selector`; resolves with the new tab's URL. */
async function voteAndCatchTab(page, selector) {
  const tab = page.context().waitForEvent('page');
  await page.locator(selector).locator('button[type=submit]').click();
  const opened = await tab;
  await opened.waitForLoadState('domcontentloaded');
  const url = opened.url();
  await opened.close();
  return url;
}

before(async () => {
  site = await serve(join(repoRoot, 'content'));
  host = await serveHost();
  ranked = await (await fetch(new URL('api/v1/polls/next-mapping-season.json', site.url))).json();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.child.kill('SIGINT');
  host?.server.close();
});

test('the vote button opens the prefilled new-file page of GitHub, GitLab and Forgejo', async () => {
  assert.equal(ranked.method, 'ranked');
  assert.equal(ranked.status, 'open');
  const ids = ranked.options.map((o) => o.id);
  for (const [name, repo] of Object.entries(REPOS)) {
    const fake = fakeSite(`fake-${name}`, { ...ranked, repo });
    const context = await contextWithHosts();
    const page = await context.newPage();
    await page.goto(hostPage(`/${name}.html`, `<cairn-poll poll="${ranked.slug}" site="${fake}"></cairn-poll>`));
    await rendered(page);
    // Move the first option down one place, then vote as "amara".
    await page.locator('cairn-poll').getByRole('button', { name: `Move ${ranked.options[0].label} down` }).click();
    await page.locator('cairn-poll').getByLabel(/login/).fill('amara');
    const url = await voteAndCatchTab(page, 'cairn-poll');
    const order = [ids[1], ids[0], ...ids.slice(2)];
    const text = `ranking = [${order.map((i) => `"${i}"`).join(', ')}]\n`;
    assert.equal(url, expectedUrl(repo, ranked.ballot_dir, 'amara.toml', text, ranked.slug), name);
    const done = await inShadow(page, 'cairn-poll', (root) => root.querySelector('[role=status]')?.textContent);
    assert.match(done, /opened in a new tab with your ballot, polls\/next-mapping-season\/ballots\/amara\.toml/);
    // A voter who voted before edits their file instead (the new-file page refuses it).
    const edit = await inShadow(page, 'cairn-poll', (root) => root.querySelector('#vote-edit').href);
    const editPath = { github: 'edit', gitlab: '-/edit', gitea: '_edit' }[repo.host];
    assert.equal(edit, `${repo.url}/${editPath}/${repo.branch}/${ranked.ballot_dir}/amara.toml`, name);
    await context.close();
  }
});

test("on the poll's own page, a ranking is made with the keyboard alone and the login is remembered", async () => {
  const context = await contextWithHosts();
  const page = await context.newPage();
  const pollPage = new URL(`polls/${ranked.slug}/`, site.url).href;
  await page.goto(pollPage);
  await rendered(page);
  const [first, second] = ranked.options;
  // Tab until the first option's "Move down" button has focus.
  const focused = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label'));
  for (let i = 0; i < 60 && (await focused()) !== `Move ${first.label} down`; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), `Move ${first.label} down`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (label) => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label') === `Move ${label} down`,
    first.label,
  );
  await page.keyboard.press('Space');
  const order = await inShadow(page, 'cairn-poll', (root) =>
    [...root.querySelectorAll('.rank-label')].map((l) => l.textContent));
  assert.deepEqual(order.slice(0, 3), [second.label, ranked.options[2].label, first.label]);
  const said = await inShadow(page, 'cairn-poll', (root) => root.querySelector('[aria-live]:not(.hint)').textContent);
  assert.equal(said, `${first.label} moved to place 3 of ${ranked.options.length}.`);
  // Through the login field to the button, by keyboard too.
  for (let i = 0; i < 20 && (await focused()) !== null; i++) {
    const id = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id);
    if (id === 'vote-login') break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('Amara-K');
  const tab = context.waitForEvent('page');
  await page.keyboard.press('Enter');
  const opened = await tab;
  await opened.waitForLoadState('domcontentloaded');
  assert.ok(opened.url().includes('?filename=Amara-K.toml&value=ranking'), opened.url());
  await opened.close();
  await page.reload();
  await rendered(page);
  assert.equal(await page.locator('cairn-poll').getByLabel(/login/).inputValue(), 'Amara-K', 'remembered');
  await context.close();
});

test('every method explains what is missing, and builds the ballot file it shows', async () => {
  const base = { ...ranked, repo: REPOS.github };
  const cases = [
    { method: { method: 'single' }, fill: async (p) => p.getByLabel(ranked.options[2].label).check(),
      empty: 'Choose an option first.', text: `choice = "${ranked.options[2].id}"\n` },
    { method: { method: 'approval', max_choices: 2 },
      fill: async (p) => { for (const o of ranked.options.slice(0, 3)) await p.getByLabel(o.label).check(); },
      empty: 'Choose at least one option.', wrong: 'The ballot approves 3 options; this poll allows at most 2.' },
    { method: { method: 'score', budget: 10 },
      fill: async (p) => { await p.getByLabel(ranked.options[0].label).fill('7'); await p.getByLabel(ranked.options[1].label).fill('5'); },
      empty: 'Give at least one point.', wrong: "The ballot gives 12 points; this poll's budget is 10." },
  ];
  const context = await contextWithHosts();
  for (const [i, c] of cases.entries()) {
    const fake = fakeSite(`fake-method-${i}`, { ...base, ...c.method, max_choices: c.method.max_choices ?? null });
    const page = await context.newPage();
    await page.goto(hostPage(`/method-${i}.html`, `<cairn-poll poll="${ranked.slug}" site="${fake}"></cairn-poll>`));
    await rendered(page);
    const poll = page.locator('cairn-poll');
    await poll.getByLabel(/login/).fill('amara');
    const alert = () => inShadow(page, 'cairn-poll', (root) => root.querySelector('[role=alert]').textContent);
    await poll.locator('button[type=submit]').click();
    assert.equal(await alert(), c.empty, c.method.method);
    await c.fill(poll);
    if (c.wrong) {
      await poll.locator('button[type=submit]').click();
      assert.equal(await alert(), c.wrong, c.method.method);
    } else {
      const url = await voteAndCatchTab(page, 'cairn-poll');
      assert.equal(decodeURIComponent(new URL(url).searchParams.get('value') ?? ''), c.text);
      assert.equal(await alert(), '');
    }
    if (!c.wrong) {
      // A mistake after a vote takes the links to the host's page away again.
      await poll.getByLabel(/login/).fill('not a login');
      await poll.locator('button[type=submit]').click();
      assert.match(await alert(), /is not a GitHub login/);
      assert.equal(await inShadow(page, 'cairn-poll', (root) => root.querySelector('#vote-again-line').hidden), true);
    }
    if (c.method.method === 'score') {
      const left = await inShadow(page, 'cairn-poll', (root) => root.querySelector('.hint[aria-live]').textContent);
      assert.equal(left, '2 points over the budget of 10.');
    }
    await page.close();
  }
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation in the vote forms (${colorScheme})`, async () => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(new URL(`polls/${ranked.slug}/`, site.url).href);
    await rendered(page);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, []);
    await page.close();
  });
}
