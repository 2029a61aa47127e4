// Every relative link in README.md and docs/*.md resolves: the file (or folder) exists inside the
// repository, and a `#anchor` names a heading of the target Markdown file, slugged as GitHub
// slugs headings (lowercase, punctuation removed except `-` and `_`, each space → `-`, a repeated
// heading gets `-1`, `-2`, …). Links inside code (fenced blocks, `code spans`) are not links.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

// The text outside fenced code blocks, with the fenced lines blanked (line numbers kept).
function outsideFences(text) {
  let fence = null;
  return text.split('\n').map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && /^ {0,3}(`+|~+)\s*$/.test(line)) fence = null;
      return '';
    }
    if (m) { fence = m[1]; return ''; }
    return line;
  });
}

// GitHub's heading slug (github-slugger): lowercase, drop everything but letters, digits, marks,
// spaces, `-` and `_`, then each space becomes `-`.
function slug(heading) {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/<[^>]+>/g, ''); // inline HTML
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

// The anchors a Markdown file offers: its headings' slugs (duplicates numbered) and explicit
// `id=`/`name=` anchors in HTML.
function anchorsOf(text) {
  const anchors = new Set();
  const seen = new Map();
  for (const line of outsideFences(text)) {
    const h = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (h) {
      const base = slug(h[1].trim());
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const a of line.matchAll(/<a\s[^>]*\b(?:id|name)=["']([^"']+)["']/gi)) anchors.add(a[1]);
  }
  return anchors;
}

// Every link destination in the file's prose: inline links and images, reference definitions,
// HTML href/src. Code spans are removed per paragraph first (they may wrap lines).
function linksOf(text) {
  const lines = outsideFences(text);
  const links = [];
  let start = 0;
  const flush = (end) => {
    const block = lines.slice(start, end).join('\n').replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)|(`+)(?!`)[^`]\2(?!`)/g, (s) => s.replace(/[^\n]/g, ' '));
    const at = (i) => start + 1 + block.slice(0, i).split('\n').length - 1;
    for (const m of block.matchAll(/\]\(\s*(<[^>\n]*>|[^()\s]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g)) {
      links.push({ line: at(m.index), dest: m[1].replace(/^<|>$/g, '') });
    }
    for (const m of block.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm)) {
      links.push({ line: at(m.index), dest: m[1].replace(/^<|>$/g, '') });
    }
    for (const m of block.matchAll(/\b(?:href|src)=["']([^"']+)["']/gi)) links.push({ line: at(m.index), dest: m[1] });
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') { flush(i); start = i + 1; }
  });
  flush(lines.length);
  return links;
}

const isExternal = (dest) => /^[a-z][a-z0-9+.-]*:/i.test(dest) || dest.startsWith('//');

// The broken relative links of `file` (a path relative to ROOT) whose text is `text`.
function brokenLinks(file, text) {
  const broken = [];
  const here = join(ROOT, file);
  for (const { line, dest } of linksOf(text)) {
    if (isExternal(dest)) continue;
    const hash = dest.indexOf('#');
    const path = decodeURIComponent(hash === -1 ? dest : dest.slice(0, hash));
    const anchor = hash === -1 ? null : decodeURIComponent(dest.slice(hash + 1));
    const target = path === '' ? here : resolve(dirname(here), path);
    const where = `${file}:${line}: (${dest})`;
    if (target !== ROOT && !target.startsWith(ROOT + sep)) { broken.push(`${where} points outside the repository`); continue; }
    if (path !== '' && !existsSync(target)) { broken.push(`${where} ${relative(ROOT, target)} does not exist`); continue; }
    if (anchor === null || !target.endsWith('.md') || statSync(target).isDirectory()) continue;
    const targetText = target === here ? text : readFileSync(target, 'utf8');
    if (!anchorsOf(targetText).has(anchor)) broken.push(`${where} #${anchor} is no heading of ${relative(ROOT, target)}`);
  }
  return broken;
}

test('headings are slugged as GitHub slugs them', () => {
  assert.equal(slug('Auth bridges'), 'auth-bridges');
  assert.equal(slug('BRIDGE_CLAIMS'), 'bridge_claims');
  assert.equal(slug('Why a bridge rather than sharing JWT_SECRET'), 'why-a-bridge-rather-than-sharing-jwt_secret');
  assert.equal(slug('x402-facilitator: a facilitator for your other servers'), 'x402-facilitator-a-facilitator-for-your-other-servers');
  assert.equal(slug('Settling directly on chain (`X402_SETTLER=direct`)'), 'settling-directly-on-chain-x402_settlerdirect');
  assert.equal(slug("Checking a token's EIP-712 domain"), 'checking-a-tokens-eip-712-domain');
  assert.equal(slug('Dependencies, measured'), 'dependencies-measured');
  assert.equal(slug('A → B'), 'a--b');
  assert.deepEqual([...anchorsOf('# Secrets\n## Secrets\n```\n# not a heading\n```\n### Secrets')], ['secrets', 'secrets-1', 'secrets-2']);
});

test('the checker finds broken links and ignores links in code', () => {
  const text = [
    '# Top',
    'Fine: [a](docs/x402.md), [b](docs/x402.md#seller-setup), [c](#top), [d](https://example.com/#x), [e](src/).',
    'Broken: [f](docs/nope.md), [g](docs/x402.md#no-such-heading), [h](#nowhere),',
    '[i](../outside.md), [j]: docs/gone.md',
    '',
    '[j]: docs/gone.md',
    '`[code](docs/nope.md)` and a code span',
    'that wraps: `a [link](docs/nope.md)',
    'in code`.',
    '```md',
    '[fenced](docs/nope.md)',
    '```',
  ].join('\n');
  const broken = brokenLinks('README.md', text);
  assert.equal(broken.length, 5, broken.join('\n'));
  assert.match(broken[0], /^README\.md:3: \(docs\/nope\.md\) docs\/nope\.md does not exist$/);
  assert.match(broken[1], /#no-such-heading is no heading of docs\/x402\.md/);
  assert.match(broken[2], /#nowhere is no heading of README\.md/);
  assert.match(broken[3], /outside the repository/);
  assert.match(broken[4], /^README\.md:6: \(docs\/gone\.md\)/);
});

for (const file of DOCS) {
  test(`every relative link in ${file} resolves`, () => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const links = linksOf(text).filter(({ dest }) => !isExternal(dest));
    assert.ok(links.length > 0, `${file} links to no other page: every page links at least back to the README`);
    const broken = brokenLinks(file, text);
    assert.deepEqual(broken, [], `broken links:\n${broken.join('\n')}`);
  });
}

test('every docs page is linked from the README and links back to it', () => {
  const readmeLinks = new Set(linksOf(readFileSync(join(ROOT, 'README.md'), 'utf8')).map(({ dest }) => dest.split('#')[0]));
  for (const file of DOCS.filter((f) => f !== 'README.md')) {
    assert.ok(readmeLinks.has(file), `README.md does not link to ${file}`);
    const back = linksOf(readFileSync(join(ROOT, file), 'utf8')).some(({ dest }) => dest.split('#')[0] === '../README.md');
    assert.ok(back, `${file} does not link back to ../README.md`);
  }
});
