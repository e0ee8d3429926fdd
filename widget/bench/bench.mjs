// Benchmark: what a host page downloads for the widget, and how long until the first card
// shows, side by side in one run with the hand-written card (handwritten.js), the floor.
//
//   cargo build --release -p cairn && node widget/bench/bench.mjs [runs]
//
// The example site is built with `cairn build` (CAIRN_BIN, default target/release/cairn)
// and served, with the hand-written card next to the widget in `/widget/`, by one plain
// static server, so both cards load the same way; host pages on another origin embed each
// card. Every run opens a fresh browser context (nothing cached) and times from navigation
// start to the first animation frame in which the card is in its shadow root. Sizes are
// of the files the page downloads, compressed with brotli -q 11 and gzip -9 (Node's zlib).

import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const require = createRequire(join(repoRoot, 'tests/browser/package.json'));
const { chromium } = require('playwright-core');
const cairn = process.env.CAIRN_BIN ?? join(repoRoot, 'target/release/cairn');
const runs = Number(process.argv[2] ?? 15);

const work = mkdtempSync(join(tmpdir(), 'cairn-widget-bench-'));
const built = join(work, 'site');
execFileSync(cairn, ['build', join(repoRoot, 'content'), '-o', built, '--today', '2026-11-26'], { stdio: 'ignore' });
const handwritten = readFileSync(join(here, 'handwritten.js'));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };

/** A static server; `files(path)` returns a body or null. */
function serve(files) {
  return new Promise((ok) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      const body = files(path);
      if (body === null) return res.writeHead(404).end();
      const type = types[path.slice(path.lastIndexOf('.'))] ?? 'text/html';
      res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(body);
    });
    server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}/`, server }));
  });
}

const site = await serve((path) => {
  if (path === '/widget/hand.js') return handwritten;
  const file = normalize(join(built, path));
  if (!file.startsWith(built)) return null;
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
});
const goals = JSON.parse(readFileSync(join(built, 'api/v1/goals.json'), 'utf8')).goals;
const goal = goals.find((g) => g.bars.length >= 2) ?? goals[0];

const watch = `<script>(function tick(){const el=document.querySelector('cairn-goal, hand-goal');
if(el&&el.shadowRoot&&el.shadowRoot.querySelector('.card')){window.firstCard=performance.now();return}
requestAnimationFrame(tick)})()</script>`;
const pages = {
  '/widget.html': `<script type="module" src="${site.url}widget/cairn.js"></script><cairn-goal goal="${goal.slug}"></cairn-goal>`,
  '/hand.html': `<script type="module" src="${site.url}widget/hand.js"></script><hand-goal goal="${goal.slug}"></hand-goal>`,
};
const host = await serve((path) =>
  pages[path] ? `<!doctype html><html lang="en"><title>bench</title>${watch}${pages[path]}` : null,
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function firstCard(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(path, host.url).href);
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
const widgetFiles = ['widget/cairn.js', 'widget/cairn_widget_bg.wasm'];
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
site.server.close();
rmSync(work, { recursive: true, force: true });
