// What every browser test file shares: where things are, `cairn serve` on a free port,
// Debian's headless Chromium, and waiting for the widget's elements to render.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const cairn = process.env.CAIRN_BIN ?? join(repoRoot, 'target/debug/cairn');
export const today = '2026-11-26';
export const axeSource = readFileSync(join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Starts `cairn serve DIR --port 0`; resolves with its address and process. A folder of
 * this repository (`content/`) is served from a copy: the server keeps its vote
 * endpoint's ballots in the folder it serves (`.cairn/`).
 */
export function serve(dir) {
  if (!relative(repoRoot, resolve(dir)).startsWith('..')) {
    const copy = join(mkdtempSync(join(tmpdir(), 'cairn-site-')), 'site');
    cpSync(dir, copy, { recursive: true, filter: (from) => !from.includes('/.cairn') && !from.includes('/public') });
    dir = copy;
  }
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cairn, ['serve', dir, '--port', '0', '--today', today], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/serving (http:\/\/\S+\/)/);
      if (match) resolvePromise({ url: match[1], child });
    });
    child.on('exit', (code) => reject(new Error(`cairn serve exited with ${code}: ${out}`)));
  });
}

/** Debian's Chromium, headless, kept off the network beyond what a test asks for. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Waits until every cairn element on `page` has rendered something final. */
export function rendered(page) {
  // The loader's "Loading…" has no class; what the widget renders does.
  return page.waitForFunction(() =>
    [...document.querySelectorAll('cairn-goal, cairn-goals, cairn-poll')].every(
      (el) => el.shadowRoot && el.shadowRoot.querySelector('.card, .message, .list'),
    ),
  );
}

/** What axe-core finds against WCAG 2.2 AA on the open page: `rule: targets`, one per violation. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Builds the repository at `dir` with `cairn build` and runs the Nu HTML Checker over
 * every page; resolves with the pages checked and the errors found (`page:line: message`).
 */
export function nuCheck(dir) {
  const out = mkdtempSync(join(tmpdir(), 'cairn-vnu-'));
  execFileSync(cairn, ['build', dir, '-o', join(out, 'site'), '--today', today], { stdio: 'pipe' });
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(path);
    }
  };
  walk(join(out, 'site'));
  const jar = join(here, 'node_modules/vnu-jar/build/dist/vnu.jar');
  let report;
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { stdio: 'pipe' });
    report = { messages: [] };
  } catch (error) {
    report = JSON.parse(error.stderr.toString() || '{"messages":[{"message":"vnu failed"}]}');
  }
  const errors = report.messages.map((m) => `${m.url?.replace(/.*\/site\//, '')}:${m.lastLine}: ${m.message}`);
  return { files, errors };
}
