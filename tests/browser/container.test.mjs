// The container image, without a container engine (none runs on the machines the tests
// run on, so the image itself is never built here): the Dockerfile passes hadolint and
// compose.yaml passes dclint, and the binary the image ships, built by scripts/build-static
// as the Dockerfile builds it, is static, builds and checks the example, and answers the
// image's HEALTHCHECK command. scripts/test builds
// that binary and passes it in CAIRN_STATIC_BIN; hadolint comes from PyPI (HADOLINT).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { here, repoRoot } from './harness.mjs';

const hadolint = process.env.HADOLINT ?? join(repoRoot, 'target/tools/bin/hadolint');
const dclint = join(here, 'node_modules/.bin/dclint');
const staticBinary = process.env.CAIRN_STATIC_BIN;
const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');

const run = (program, args, options = {}) => spawnSync(program, args, { encoding: 'utf8', ...options });

test('the Dockerfile passes hadolint, and hadolint refuses a bad one', () => {
  const good = run(hadolint, [join(repoRoot, 'Dockerfile')]);
  assert.equal(good.status, 0, `${good.stdout}${good.stderr}`);
  const work = mkdtempSync(join(tmpdir(), 'cairn-docker-'));
  const bad = join(work, 'Dockerfile');
  writeFileSync(bad, dockerfile.replace('--no-install-recommends ', '').replace('USER 10001:10001\n', ''));
  const refused = run(hadolint, [bad]);
  assert.notEqual(refused.status, 0, 'a check that cannot fail');
  assert.match(refused.stdout, /DL3015/, refused.stdout);
  rmSync(work, { recursive: true, force: true });
});

test('the Dockerfile builds with scripts/build-static, runs unprivileged and names its health check', () => {
  const stages = dockerfile.split('\n').filter((l) => l.startsWith('FROM '));
  assert.deepEqual(stages, ['FROM rust:1.95.0-slim-bookworm AS build', 'FROM scratch']);
  assert.match(dockerfile, /^RUN scripts\/build-static \/out\/cairn/m);
  assert.match(dockerfile, /^USER 10001:10001$/m);
  assert.match(dockerfile, /^VOLUME \["\/data"\]$/m);
  assert.match(dockerfile, /CMD \["\/usr\/local\/bin\/cairn", "endpoint", "health", "--timeout", "2"\]/);
  assert.match(dockerfile, /CAIRN_DATABASE=sqlite:\/\/\/data\/votes\.db/);
  // The toolchain of the image is the one rust-toolchain.toml pins.
  const channel = readFileSync(join(repoRoot, 'rust-toolchain.toml'), 'utf8').match(/channel = "([^"]+)"/)[1];
  assert.ok(stages[0].includes(`rust:${channel}-`), `${stages[0]} is not Rust ${channel}`);
});

test('compose.yaml passes dclint without warnings, and dclint refuses a bad one', () => {
  const good = run(dclint, ['--max-warnings', '0', join(repoRoot, 'compose.yaml')]);
  assert.equal(good.status, 0, `${good.stdout}${good.stderr}`);
  const work = mkdtempSync(join(tmpdir(), 'cairn-compose-'));
  const bad = join(work, 'compose.yaml');
  const compose = readFileSync(join(repoRoot, 'compose.yaml'), 'utf8');
  writeFileSync(bad, compose.replace('    build: .\n', '    build: .\n    image: cairn\n'));
  assert.notEqual(run(dclint, ['--max-warnings', '0', bad]).status, 0, 'a check that cannot fail');
  rmSync(work, { recursive: true, force: true });
});

test('the static binary of the image and the Linux archives is static and builds the example', async () => {
  assert.ok(staticBinary, 'set CAIRN_STATIC_BIN to the binary scripts/build-static prints (scripts/test does)');
  const ldd = run('ldd', [staticBinary]);
  assert.match(`${ldd.stdout}${ldd.stderr}`, /not a dynamic executable|statically linked/, ldd.stdout);
  const work = mkdtempSync(join(tmpdir(), 'cairn-static-'));
  const check = run(staticBinary, ['check', join(repoRoot, 'content')], { env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(check.status, 0, check.stderr);
  const site = join(work, 'site');
  const build = run(staticBinary, ['build', join(repoRoot, 'content'), '--output', site, '--no-history']);
  assert.equal(build.status, 0, build.stderr);
  assert.match(build.stdout, /^built \d+ pages/);
  assert.ok(readFileSync(join(site, 'widget/cairn_widget_bg.wasm')).length > 100_000, 'the widget is in the site');

  // The endpoint as the image runs it, and its HEALTHCHECK command.
  const env = {
    ...process.env,
    CAIRN_SITE: site,
    CAIRN_DATABASE: `sqlite://${join(work, 'votes.db')}`,
    CAIRN_KEY_FILE: join(work, 'endpoint.key'),
    CAIRN_LISTEN: '127.0.0.1:0',
  };
  const endpoint = spawn(staticBinary, ['endpoint'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const address = await new Promise((resolve, reject) => {
    let out = '';
    endpoint.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/vote endpoint on http:\/\/(\S+)\//);
      if (match) resolve(match[1]);
    });
    endpoint.on('exit', (code) => reject(new Error(`cairn endpoint exited with ${code}`)));
  });
  const healthy = run(staticBinary, ['endpoint', 'health'], { env: { ...env, CAIRN_LISTEN: address } });
  assert.equal(healthy.status, 0, healthy.stderr);
  endpoint.kill('SIGTERM');
  await new Promise((resolve) => endpoint.on('exit', resolve));
  const gone = run(staticBinary, ['endpoint', 'health', '--timeout', '2'], { env: { ...env, CAIRN_LISTEN: address } });
  assert.equal(gone.status, 1, 'exit 1, as Docker reads an unhealthy container');
  assert.match(gone.stderr, /^unhealthy: nothing answers at /);
  rmSync(work, { recursive: true, force: true });
});
