// The user guide as mdBook built it (`mdbook build docs`, into docs/book/): every relative
// `href` and `src` of every page leads to a file inside the book, every `#fragment` names
// an element of its page, no page shows an include that failed (mdBook leaves the
// directive's text in the page when the file it names is missing), and every diagnostic
// code explained in generator/explain/ has its page. CAIRN_BOOK names the built book's
// folder; without it the tests are skipped. Node's built-ins only: they need no browser
// and no npm package.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const book = process.env.CAIRN_BOOK ? resolve(process.env.CAIRN_BOOK) : undefined;
const skipped = 'set CAIRN_BOOK to the built book (`mdbook build docs`, then CAIRN_BOOK=docs/book)';

/** Every file under `dir`, as paths relative to it with `/` separators. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => name.toString())
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'));
}

/** `&amp;`, `&quot;`, `&#39;`, `&#x2F;` and the like, as the browser reads them in an attribute. */
function decodeEntities(text) {
  const named = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/** The start tags of a page, outside comments, scripts and styles. */
function tagsOf(html) {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, (tag) => tag.slice(0, tag.indexOf('>') + 1))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  const tags = [];
  for (const [, name, rest] of markup.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g)) {
    const attributes = new Map();
    for (const m of rest.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attributes.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    tags.push({ name: name.toLowerCase(), attributes });
  }
  return tags;
}

/** Whether `link` leads somewhere inside this site: no scheme, not `//host`. */
function isRelative(link) {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(link) && !link.startsWith('//');
}

test('every relative link and fragment of the built book resolves, and every include worked', (t) => {
  if (!book) {
    t.skip(skipped);
    return;
  }
  assert.ok(existsSync(join(book, 'index.html')), `${book} holds no built book (no index.html)`);
  const files = new Set(filesOf(book));
  const pages = [...files].filter((f) => f.endsWith('.html')).sort();
  const parsed = new Map(pages.map((page) => [page, tagsOf(readFileSync(join(book, page), 'utf8'))]));
  const idsOf = (page) => new Set(parsed.get(page).map((tag) => tag.attributes.get('id')).filter(Boolean));
  // The 404 page is served at any address, so mdBook gives it `<base href="{site-url}">`
  // (book.toml's `site-url`): its relative links, and any root-relative link under that
  // address, lead into the book from its root.
  const site = pages
    .flatMap((page) => parsed.get(page).filter((tag) => tag.name === 'base'))
    .map((tag) => tag.attributes.get('href'))
    .find((href) => href?.startsWith('/')) ?? '/';
  const decode = (text) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };

  const broken = [];
  const failedIncludes = [];
  let checked = 0;
  for (const page of pages) {
    if (readFileSync(join(book, page), 'utf8').includes('{{#include')) failedIncludes.push(page);
    const tags = parsed.get(page);
    const base = tags.find((tag) => tag.name === 'base')?.attributes.get('href');
    // The folder the page's links are relative to, inside the book ('' is its root).
    const folder = base?.startsWith('/') ? '' : posix.dirname(page).replace(/^\.$/, '');
    for (const tag of tags) {
      for (const name of ['href', 'src']) {
        const link = tag.attributes.get(name);
        if (link === undefined || !isRelative(link) || tag.name === 'base') continue;
        checked += 1;
        const hashAt = link.indexOf('#');
        const fragment = hashAt < 0 ? '' : decode(link.slice(hashAt + 1));
        let path = decode((hashAt < 0 ? link : link.slice(0, hashAt)).split('?')[0]);
        let from = folder;
        if (path.startsWith('/')) {
          // Root-relative: only the book's own address leads into the book.
          if (!path.startsWith(site)) {
            broken.push(`${page}: ${link} (not under the book's address ${site})`);
            continue;
          }
          path = path.slice(site.length);
          from = '';
        }
        // A fragment alone names the page itself (mdBook's heading anchors).
        let file = path === '' ? page : posix.normalize(posix.join(from, path));
        if (file === '.' || file.endsWith('/')) file = posix.join(file, 'index.html');
        if (file === '..' || file.startsWith('../')) {
          broken.push(`${page}: ${link} (outside the book)`);
        } else if (!files.has(file)) {
          broken.push(`${page}: ${link} (no ${file} in the book)`);
        } else if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
          broken.push(`${page}: ${link} (no id="${fragment}" in ${file})`);
        }
      }
    }
  }
  assert.ok(pages.length > 10, `found only ${pages.length} pages in ${book}`);
  assert.ok(checked > 100, `checked only ${checked} links`);
  const problems = [
    ...broken,
    ...failedIncludes.map((page) => `${page}: shows \`{{#include …}}\`, an include that failed (is its file missing?)`),
  ];
  assert.deepEqual(problems, [], `${broken.length} broken links (page: href), ${failedIncludes.length} failed includes`);
});

test('every diagnostic code explained in generator/explain/ and import/explain/ has its page in the book, and no other', (t) => {
  if (!book) {
    t.skip(skipped);
    return;
  }
  const explained = ['generator/explain', 'import/explain']
    .flatMap((dir) => readdirSync(join(repoRoot, dir)))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
  const pages = readdirSync(join(book, 'diagnostics'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort();
  assert.ok(explained.length > 40, `only ${explained.length} explanations`);
  // Each page is listed in SUMMARY.md (mdBook renders only what it lists) and includes
  // its explanation, whose first line is its heading: `# \`code\`: …`.
  assert.deepEqual(pages, explained, 'docs/src/diagnostics/<code>.md, listed in docs/src/SUMMARY.md, for each code');
  for (const code of pages) {
    const html = readFileSync(join(book, 'diagnostics', `${code}.html`), 'utf8');
    assert.ok(html.includes(`<code>${code}</code>`), `diagnostics/${code}.html does not show its explanation`);
  }
});
