// cli/catalog.mjs, what `insforge-edge` tells a user to deploy and run, against the repository:
// every shipped function has a row, every secret it lists is one the code reads, every migration
// belongs to a feature, and the printed deploy lines are shell-safe.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES, FUNCTIONS, MIGRATIONS_DIR, PAYWALL, deployLines, migrationFiles, migrationsFor, shippedFunctions } from '../../cli/catalog.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

function sources(dir) {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.rs'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

test('every shipped function (manifest.json) has exactly one catalog row, and its file is committed', () => {
  assert.deepEqual(Object.keys(FUNCTIONS).sort(), [...shippedFunctions()].sort());
  for (const slug of shippedFunctions()) assert.ok(existsSync(join(ROOT, 'functions/dist', `${slug}.js`)), slug);
});

test('every secret the catalog tells a user to add is a name the Rust core reads', () => {
  const rust = sources('src');
  const rows = [...Object.values(FUNCTIONS), PAYWALL];
  for (const { secrets } of rows) {
    for (const [name] of secrets) assert.ok(rust.includes(`"${name}"`), `${name} is read somewhere in src/`);
  }
  for (const seeded of ['JWT_SECRET', 'API_KEY', 'INSFORGE_BASE_URL']) {
    assert.ok(!rows.some(({ secrets }) => secrets.some(([n]) => n === seeded)), `${seeded} is seeded by InsForge, never listed`);
  }
});

test('every migration belongs to a feature; every feature names existing files, returned in run order', () => {
  const all = migrationFiles();
  assert.deepEqual(all, readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort());
  const covered = new Set(Object.values(FEATURES).flatMap((f) => f.migrations));
  assert.deepEqual(all.filter((f) => !covered.has(f)), [], 'migrations no feature needs');
  for (const [name, { migrations }] of Object.entries(FEATURES)) {
    for (const f of migrations) assert.ok(all.includes(f), `${name}: ${f} exists`);
    assert.deepEqual(migrationsFor([name]), [...migrations].sort(), name);
  }
  for (const { features, optionalFeatures = [] } of Object.values(FUNCTIONS)) {
    for (const f of [...features, ...optionalFeatures]) assert.ok(FEATURES[f], f);
  }
  assert.deepEqual(migrationsFor(['x402', 'bridge']), ['001_bridge.sql', '002_x402.sql', '003_x402_direct.sql', '004_x402_private.sql', '008_x402_transitions.sql', '009_x402_settler_accounts.sql', '010_x402_payment_ids.sql', '011_x402_settler_transactions.sql', '013_x402_siwx.sql', '014_x402_metered.sql']);
  assert.throws(() => migrationsFor(['nope']), /unknown feature nope/);
});

test('deploy lines quote what a shell would split or expand', () => {
  assert.deepEqual(deployLines('weather', 'build/weather.js', [['OIDC_ISSUER', 'https://<issuer>'], ['X402_PRICE', '10000'], ['Q', "it's"]]), [
    "npx @insforge/cli secrets add OIDC_ISSUER 'https://<issuer>'",
    'npx @insforge/cli secrets add X402_PRICE 10000',
    "npx @insforge/cli secrets add Q 'it'\\''s'",
    'npx @insforge/cli functions deploy weather --file build/weather.js',
  ]);
  assert.equal(deployLines('w', 'my build/w.js', []).at(-1), "npx @insforge/cli functions deploy w --file 'my build/w.js'");
});
