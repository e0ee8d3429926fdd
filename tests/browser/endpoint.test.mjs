// An endpoint poll in a real headless Chromium: the example's open poll embedded on a
// page of another origin (one the poll names in `origins`) takes a vote from the widget,
// and the live result on the poll's own page, open at the same time, moves. Then a page
// of an origin the poll does not name is refused, and axe checks the form.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeSource, launch, rendered, repoRoot, serve } from './harness.mjs';

const POLL = 'front-page-map';
let site;
let other;
let browser;

/** A server on another port: another origin, whose page embeds the widget. */
function otherOrigin() {
  return new Promise((resolvePromise) => {
    const server = createServer((req, res) => {
      const embed = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lantern</title></head>
<body><main><h1>Our map</h1>
<script type="module" src="${site.url}widget/cairn.js"></script>
<cairn-poll poll="${POLL}"></cairn-poll></main></body></html>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(embed);
    });
    server.listen(0, '127.0.0.1', () => resolvePromise({ server, port: server.address().port }));
  });
}

before(async () => {
  other = await otherOrigin();
  // The example content, with the other origin among the poll's `origins`.
  const work = join(mkdtempSync(join(tmpdir(), 'cairn-endpoint-')), 'site');
  cpSync(join(repoRoot, 'content'), work, { recursive: true, filter: (f) => !f.includes('/.cairn') });
  const file = join(work, `polls/${POLL}.md`);
  const text = readFileSync(file, 'utf8').replace(
    'origins: [https://lantern.example]',
    `origins: [https://lantern.example, http://127.0.0.1:${other.port}]`,
  );
  assert.notEqual(text, readFileSync(file, 'utf8'), 'the poll names its origins');
  writeFileSync(file, text);
  site = await serve(work);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.child.kill('SIGINT');
  other?.server.close();
});

const shadow = (page, fn) => page.locator('cairn-poll').evaluate((el, f) => new Function('root', `return (${f})(root)`)(el.shadowRoot), fn.toString());

test('a vote from a page of another origin counts, and the poll page open beside it shows it live', async () => {
  const context = await browser.newContext();
  // The poll's own page, open first: its result follows the endpoint.
  const pollPage = await context.newPage();
  await pollPage.goto(`${site.url}polls/${POLL}/`);
  await rendered(pollPage);
  await pollPage.waitForFunction(
    () => document.querySelector('cairn-poll').shadowRoot.querySelector('#live')?.textContent.includes('0 votes'),
  );

  const embed = await context.newPage();
  await embed.goto(`http://127.0.0.1:${other.port}/`);
  await rendered(embed);
  const poll = embed.locator('cairn-poll');
  // Three choices is one too many: the model's check says so, before anything is sent.
  for (const label of ['Night', 'Terrain', 'Classic']) {
    await poll.getByLabel(label, { exact: true }).check();
  }
  await poll.getByRole('button', { name: 'Vote' }).click();
  assert.match(await shadow(embed, (root) => root.querySelector('[role=alert]').textContent), /at most 2/);
  await poll.getByLabel('Classic', { exact: true }).uncheck();
  await poll.getByRole('button', { name: 'Vote' }).click();
  await embed.waitForFunction(
    () => document.querySelector('cairn-poll').shadowRoot.querySelector('#vote-done')?.textContent.includes('counted'),
  );
  assert.equal(await shadow(embed, (root) => root.querySelector('[role=alert]').textContent), '');

  // The other page moves by itself: one vote, Night and Terrain first.
  await pollPage.waitForFunction(
    () => document.querySelector('cairn-poll').shadowRoot.querySelector('#live')?.textContent.includes('1 vote so far'),
    null,
    { timeout: 5000 },
  );
  const rows = await pollPage.locator('cairn-poll').evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('#results .bar-text')].map((p) => p.textContent),
  );
  assert.deepEqual(rows, ['1 approval (100%)', '1 approval (100%)', '0 approvals (0%)', '0 approvals (0%)']);

  // The same browser votes again: its vote is changed, not added.
  await poll.getByLabel('Terrain', { exact: true }).uncheck();
  await poll.getByRole('button', { name: 'Vote' }).click();
  await embed.waitForFunction(
    () => document.querySelector('cairn-poll').shadowRoot.querySelector('#vote-done')?.textContent.includes('changed'),
  );
  await pollPage.waitForFunction(
    () => [...document.querySelector('cairn-poll').shadowRoot.querySelectorAll('#results .bar-text')]
      .map((p) => p.textContent).join('|') === '1 approval (100%)|0 approvals (0%)|0 approvals (0%)|0 approvals (0%)',
    null,
    { timeout: 5000 },
  );
  await context.close();
});

test('a page of an origin the poll does not name cannot vote, and is told so', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // `localhost` is another origin than `127.0.0.1`, and not among the poll's.
  await page.goto(`http://localhost:${other.port}/`);
  await rendered(page);
  await page.locator('cairn-poll').getByLabel('Night', { exact: true }).check();
  await page.locator('cairn-poll').getByRole('button', { name: 'Vote' }).click();
  await page.waitForFunction(() => document.querySelector('cairn-poll').shadowRoot.querySelector('[role=alert]').textContent);
  assert.match(await shadow(page, (root) => root.querySelector('[role=alert]').textContent), /does not take votes from this page|could not be reached/);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation in the endpoint poll's form (${colorScheme})`, async () => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${other.port}/`);
    await rendered(page);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => axe.run());
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
}
