// Benchmark: what a host page downloads for the widget, and how long until the first card
// shows, side by side in one run with the hand-written card (handwritten.js), the floor.
//
//   cargo build --release -p cairn && node widget/bench/bench.mjs [runs]
//
// The example site is built and served by `cairn serve` (CAIRN_BIN, default
// target/release/cairn); host pages on another origin embed each card. Every run opens a
// fresh browser context (nothing cached) and times from navigation start to the first
// animation frame in which the card is in its shadow root. Sizes are of the files the
// page downloads, compressed with brotli -q 11 and gzip -9 (Node's zlib).

import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const require = createRequire(join(repoRoot, 'tests/browser/package.json'));
const { chromium } = require('playwright-core');
const cairn = process.env.CAIRN_BIN ?? join(repoRoot, 'target/release/cairn');
const runs = Number(process.argv[2] ?? 15);

function serveSite() {
  return new Promise((ok, fail) => {
    const child = spawn(cairn, ['serve', join(repoRoot, 'content'), '--port', '0', '--today', '2026-11-26'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = out.match(/serving (http:\/\/\S+\/)/);
      if (m) ok({ url: m[1], child });
    });
    child.on('exit', (code) => fail(new Error(`cairn serve exited with ${code}`)));
  });
}

const site = await serveSite();
const goals = (await (await fetch(new URL('api/v1/goals.json', site.url))).json()).goals;
const goal = goals.find((g) => g.bars.length >= 2) ?? goals[0];
const handwritten = readFileSync(join(here, 'handwritten.js'));

// The other origin: the host pages, and the hand-written card (it reads the site's JSON
// through a `site`-relative URL, so it is served as if from the site: /site/widget/…).
const pages = {
  '/widget.html': `<script type="module" src="${site.url}widget/cairn.js"></script><cairn-goal goal="${goal.slug}"></cairn-goal>`,
  '/hand.html': `<script type="module" src="${site.url}widget/hand.js"></script><hand-goal goal="${goal.slug}"></hand-goal>`,
};
const host = await new Promise((ok) => {
  const server = createServer((req, res) => {
    const body = pages[req.url];
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><title>bench</title>
<script>(function tick(){const el=document.querySelector('cairn-goal, hand-goal');
if(el&&el.shadowRoot&&el.shadowRoot.querySelector('.card')){window.firstCard=performance.now();return}
requestAnimationFrame(tick)})()</script>${body}`);
  });
  server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}`, server }));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function firstCard(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The hand-written card is served from the site's origin, like the widget.
  await page.route('**/widget/hand.js', (route) =>
    route.fulfill({ body: handwritten, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto(host.url + path);
  await page.waitForFunction(() => window.firstCard !== undefined, null, { timeout: 20000 });
  const ms = await page.evaluate(() => window.firstCard);
  await context.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = { widget: [], hand: [] };
await firstCard('/widget.html'); // warm-up: the server's first responses, Chromium's code caches
await firstCard('/hand.html');
for (let i = 0; i < runs; i++) {
  times.widget.push(await firstCard('/widget.html'));
  times.hand.push(await firstCard('/hand.html'));
}

const fetchBytes = async (url) => Buffer.from(await (await fetch(url)).arrayBuffer());
const widgetFiles = ['widget/cairn.js', 'widget/cairn_widget.js', 'widget/cairn_widget_bg.wasm'];
const sizes = (name, buffers) => {
  const raw = buffers.reduce((n, b) => n + b.length, 0);
  const br = buffers.reduce(
    (n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  const gz = buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  return { name, raw, br, gz };
};
const widgetBuffers = await Promise.all(widgetFiles.map((f) => fetchBytes(new URL(f, site.url))));
const rows = [
  ...widgetFiles.map((f, i) => sizes(`  ${f}`, [widgetBuffers[i]])),
  sizes('widget, everything', widgetBuffers),
  sizes('hand-written card', [handwritten]),
];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`goal "${goal.slug}", ${runs} runs each\n`);
console.log('bytes downloaded            raw        brotli -q 11   gzip -9');
for (const r of rows) console.log(`${r.name.padEnd(28)}${kb(r.raw).padStart(9)}  ${kb(r.br).padStart(12)}  ${kb(r.gz).padStart(9)}`);
const [w, h] = [median(times.widget), median(times.hand)];
console.log(`\nnavigation to first card    median   min`);
console.log(`widget                      ${w.toFixed(0).padStart(4)} ms ${Math.min(...times.widget).toFixed(0).padStart(4)} ms  (${(w / h).toFixed(2)}x the hand-written card)`);
console.log(`hand-written card           ${h.toFixed(0).padStart(4)} ms ${Math.min(...times.hand).toFixed(0).padStart(4)} ms`);

await browser.close();
host.server.close();
site.child.kill('SIGINT');
