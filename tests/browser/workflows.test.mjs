// The GitHub Actions files `cairn init` writes, and cairn's own (the release workflow and
// the book's), are valid: each is checked against SchemaStore's workflow and action
// schemas by action-validator (the npm build of the Rust tool). What the written ones run
// is tested in tests/workflows.rs and tests/install.rs, which run their steps; the book's
// workflow is held to docs/book.toml, to book.test.mjs and to the Pages actions of the
// workflow `cairn init` writes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cairn, here, repoRoot } from './harness.mjs';

const validator = join(here, 'node_modules/.bin/action-validator');

test('the workflows and the action cairn init writes are valid GitHub Actions files', () => {
  const work = mkdtempSync(join(tmpdir(), 'cairn-workflows-'));
  execFileSync(cairn, ['init', work], { stdio: 'pipe' });
  const files = [
    ...readdirSync(join(work, '.github/workflows')).map((f) => join(work, '.github/workflows', f)),
    join(work, '.github/actions/install-cairn/action.yml'),
  ];
  assert.equal(files.length, 6, files.join(', '));
  for (const file of files) {
    const run = spawnSync(validator, [file], { cwd: work, encoding: 'utf8' });
    assert.equal(run.status, 0, `${file}:\n${run.stdout}${run.stderr}`);
  }
  // The validator is not a check that cannot fail: a misspelt key is refused.
  const broken = join(work, 'broken.yml');
  execFileSync('sh', ['-c', `sed 's/runs-on:/run-on:/' "${files[0]}" > "${broken}"`]);
  assert.notEqual(spawnSync(validator, [broken], { encoding: 'utf8' }).status, 0);
  rmSync(work, { recursive: true, force: true });
});

test("cairn's own workflows are valid GitHub Actions files", () => {
  const dir = join(repoRoot, '.github/workflows');
  const files = readdirSync(dir).map((f) => join(dir, f));
  for (const name of ['release.yml', 'docs.yml']) {
    assert.ok(files.some((f) => f.endsWith(`/${name}`)), `${name} is not in ${files.join(', ')}`);
  }
  for (const file of files) {
    const run = spawnSync(validator, [file], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 0, `${file}:\n${run.stdout}${run.stderr}`);
  }
});

test("the book's workflow builds docs/ with a pinned mdBook, checks it and publishes what book.toml builds", () => {
  const workflow = readFileSync(join(repoRoot, '.github/workflows/docs.yml'), 'utf8');
  const book = readFileSync(join(repoRoot, 'docs/book.toml'), 'utf8');
  // One mdBook version, installed from the lock file of its release.
  assert.match(workflow, /^\s+run: cargo install --locked mdbook --version \d+\.\d+\.\d+\b/m);
  assert.match(workflow, /^\s+run: mdbook build docs$/m);
  // The book is checked before it is published, and what is published is what was built.
  const buildDir = book.match(/^build-dir = "([^"]+)"$/m)?.[1] ?? 'book';
  assert.match(workflow, new RegExp(`^\\s+CAIRN_BOOK: docs/${buildDir}$`, 'm'));
  assert.match(workflow, /^\s+run: node --test tests\/browser\/book\.test\.mjs$/m);
  assert.match(workflow, new RegExp(`^\\s+path: docs/${buildDir}$`, 'm'));
  const checked = workflow.search(/run: node --test tests\/browser\/book\.test\.mjs/);
  assert.ok(checked < workflow.indexOf('uses: actions/upload-pages-artifact'), 'the book is checked before its upload');
  // Only mdBook's built-in preprocessors: no plugin to install in the workflow.
  assert.doesNotMatch(book, /^\[(preprocessor|output)\.(?!html\b)/m);
  // Pages as `cairn init` publishes a site: the same actions, at the same versions, and
  // only the deploy job may write to Pages.
  const uses = (text) => new Map([...text.matchAll(/uses: (actions\/[a-z-]+)@(\S+)/g)].map((m) => [m[1], m[2]]));
  const ours = uses(workflow);
  const starter = uses(readFileSync(join(repoRoot, 'generator/starter/.github/workflows/cairn-pages.yml'), 'utf8'));
  const pagesActions = ['actions/checkout', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages'];
  for (const action of pagesActions) {
    assert.equal(ours.get(action), starter.get(action), `${action} in docs.yml and in cairn-pages.yml`);
  }
  assert.match(workflow, /^permissions: \{\}$/m);
  assert.equal([...workflow.matchAll(/^\s+pages: write$/gm)].length, 1, 'one job may write to Pages');
  assert.match(workflow, /^\s+id-token: write$/m);
  assert.match(workflow, /^concurrency:\n\s+group: \S+/m);
});
