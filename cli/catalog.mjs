// What the package ships and what each piece needs: the migrations in order, the SQL each
// feature needs, and, per function, the secrets a deployment must add (the ones with no
// default). The function files themselves are functions/dist (functions/src/manifest.json
// lists them); the secrets' full tables are in docs/.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../runtime/proc.mjs';

export const MIGRATIONS_DIR = join(ROOT, 'migrations');

/** Every migration file, in the order it must run. */
export function migrationFiles() {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort();
}

/** What each feature needs in the database; each list is in run order. */
export const FEATURES = {
  bridge: {
    about: 'auth bridges: requesting_user_id() for row-level security on provider user ids, and an example todos table',
    migrations: ['001_bridge.sql'],
  },
  'bridge-claims': {
    about: 'BRIDGE_CLAIMS: provider claims (organisation ids, roles) in row-level security via requesting_claim()',
    migrations: ['001_bridge.sql', '005_bridge_claims.sql', '006_bridge_claims_table.sql', '007_bridge_claims_newest.sql'],
  },
  x402: {
    about: 'x402 payments: the private ledger, public receipts and its transitions (paywall, facilitator, reconcile, direct settlement)',
    migrations: ['002_x402.sql', '003_x402_direct.sql', '004_x402_private.sql', '008_x402_transitions.sql', '009_x402_settler_accounts.sql', '010_x402_payment_ids.sql', '011_x402_settler_transactions.sql', '013_x402_siwx.sql', '014_x402_metered.sql'],
  },
  wallet: {
    about: 'the wallet bridge: its single-use Sign-In with Ethereum nonces (private), and requesting_user_id() for row-level security on wallet addresses',
    migrations: ['001_bridge.sql', '012_wallet_bridge.sql'],
  },
};

const OKX = [
  ['OKX_API_KEY', '<OKX Web3 API key>'],
  ['OKX_SECRET_KEY', '<OKX secret key>'],
  ['OKX_PASSPHRASE', '<OKX passphrase>'],
];
const SELLER = [
  ['PAYMENT_RECIPIENT', '0xYourAddress'],
  ['X402_PRICE', '10000'],
];
const bridge = (about, secrets) => ({ about, features: ['bridge'], optionalFeatures: ['bridge-claims'], secrets });

/**
 * The functions a project deploys, keyed by slug. `paywall` is what `insforge-edge paywall`
 * bundles around a handler (any slug). Secrets are [name, example]; JWT_SECRET, API_KEY and
 * INSFORGE_BASE_URL are seeded by InsForge and never listed.
 */
export const FUNCTIONS = {
  'workos-bridge': bridge('WorkOS AuthKit / SSO token → InsForge token', [['WORKOS_CLIENT_ID', 'client_...']]),
  'kinde-bridge': bridge('Kinde token → InsForge token', [['KINDE_ISSUER_URL', 'https://<your-business>.kinde.com']]),
  'stytch-bridge': bridge('Stytch session → InsForge token', [['STYTCH_PROJECT_ID', 'project-test-...']]),
  'oidc-bridge': bridge('any OpenID Connect provider (Clerk, Auth0, Firebase, Cognito, Entra, Google, Supabase) → InsForge token', [
    ['OIDC_ISSUER', 'https://<issuer>'],
    ['OIDC_AUDIENCE', '<client id or API audience>'],
  ]),
  'x402-paywall': { about: 'a paid endpoint (the example handler; bundle your own with `insforge-edge paywall`)', features: ['x402'], secrets: [...SELLER, ...OKX] },
  'x402-reconcile': { about: 'finishes payments whose outcome was not recorded: schedule it with the API key', features: ['x402'], secrets: [...SELLER, ...OKX] },
  'wallet-bridge': { about: 'Sign-In with Ethereum (EOA, EIP-1271 and ERC-6492 wallets) → InsForge token', features: ['wallet'], secrets: [['SIWE_DOMAIN', 'app.example.com']] },
  'x402-facilitator': { about: 'x402 /verify, /settle and /supported for your other servers, and /discovery/resources listing your paid endpoints', features: ['x402'], secrets: [...SELLER, ...OKX] },
};
export const PAYWALL = { features: ['x402'], secrets: [...SELLER, ...OKX] };

/** Migration files for `features` (names of FEATURES), de-duplicated, in run order. */
export function migrationsFor(features) {
  const unknown = features.filter((f) => !FEATURES[f]);
  if (unknown.length) throw new Error(`unknown feature ${unknown.join(', ')}: one of ${Object.keys(FEATURES).join(', ')}`);
  const wanted = new Set(features.flatMap((f) => FEATURES[f].migrations));
  return migrationFiles().filter((f) => wanted.has(f));
}

/** The committed function files, by slug (functions/src/manifest.json). */
export function shippedFunctions() {
  return JSON.parse(readFileSync(join(ROOT, 'functions/src/manifest.json'), 'utf8')).functions;
}

/** `npx @insforge/cli` lines that deploy `file` as `slug` and add the secrets it needs. */
export function deployLines(slug, file, secrets) {
  return [
    ...secrets.map(([name, example]) => `npx @insforge/cli secrets add ${name} ${shellWord(example)}`),
    `npx @insforge/cli functions deploy ${slug} --file ${shellWord(file)}`,
  ];
}

const shellWord = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
