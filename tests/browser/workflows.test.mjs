// The GitHub Actions files `cairn init` writes, and cairn's own (the release workflow),
// are valid: each is checked against SchemaStore's workflow and action schemas by
// action-validator (the npm build of the Rust tool). What the written ones run is tested
// in tests/workflows.rs and tests/install.rs, which run their steps.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
  assert.equal(files.length, 5, files.join(', '));
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
  assert.ok(files.some((f) => f.endsWith('release.yml')), files.join(', '));
  for (const file of files) {
    const run = spawnSync(validator, [file], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 0, `${file}:\n${run.stdout}${run.stderr}`);
  }
});
