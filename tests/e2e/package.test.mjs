// The package as a user gets it: `npm pack` of this repository, installed from the tarball into a
// fresh project that has nothing else, every command run there with `npx insforge-edge`:
// the project's own handlers (an ES module importing a helper, a classic script) bundled behind
// the paywall, a shipped bridge and the migrations written out, then `dev` serving that folder
// (with the project's own migration) in both contracts: paid with @x402/fetch in mock mode, and
// a bridge exchange through the real SDK whose token passes the project's row-level security.
// Also: what the tarball holds, and that its bundles are the committed ones, stamped with the
// package's version.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@insforge/sdk';
import { wrapFetchWithPayment } from '@x402/fetch';
import jwt from 'jsonwebtoken';
import { VERSION_RE } from '../../cli/bundle.mjs';
import { startOidcProviders } from '../support/oidc-providers.mjs';
import { decodeHeader, newPayer, officialV2Client } from '../support/payments.mjs';
import { freePort } from '../support/start.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const execFileP = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'insforge-edge-package-'));
const project = join(work, 'my-app');
after(() => rmSync(work, { recursive: true, force: true }));

// Without DATABASE_URL, `dev` starts its own throwaway PostgreSQL, as on a user's machine.
const userEnv = { ...process.env, DATABASE_URL: '' };
for (const k of Object.keys(userEnv)) if (k.startsWith('npm_')) delete userEnv[k];
const npx = (args) => execFileP('npx', ['--no', 'insforge-edge', ...args], { cwd: project, env: userEnv, maxBuffer: 16 << 20 });

/**
 * `npx insforge-edge dev …` in the project, resolved once it prints "Ctrl-C to stop."; stop()
 * is Ctrl-C: SIGINT to its whole process group, as a terminal sends it.
 */
function startDev(args, timeoutMs = 300_000) {
  const child = spawn('npx', ['--no', 'insforge-edge', 'dev', ...args], { cwd: project, env: userEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let text = '';
  child.stdout.on('data', (d) => (text += d));
  child.stderr.on('data', (d) => (text += d));
  // 'close': the output pipes are closed, i.e. the dev process behind npx has exited too.
  const exited = new Promise((resolve) => child.once('close', (code) => resolve(code)));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev not ready after ${timeoutMs} ms:\n${text}`)), timeoutMs);
    child.stdout.on('data', () => {
      if (!text.includes('Ctrl-C to stop.')) return;
      clearTimeout(timer);
      resolve({ baseUrl: text.match(/Base URL\s+(\S+)/)[1], anonKey: text.match(/Anon key\s+(\S+)/)[1], output: text });
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`dev exited with ${code}:\n${text}`));
    });
  });
  ready.catch(() => {});
  return {
    ready,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGINT');
      await exited;
      return text;
    },
  };
}

let tarball;
let packed;
before(async () => {
  const { stdout } = await execFileP('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, maxBuffer: 16 << 20 });
  [packed] = JSON.parse(stdout);
  tarball = join(work, packed.filename);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-app', private: true, type: 'module' }, null, 2));
  await execFileP('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, env: userEnv, maxBuffer: 16 << 20 });
});

describe('the packed tarball', () => {
  test('holds the CLI, the committed functions, the migrations and the runtime; no sources to build, no tests', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['cli/insforge-edge.mjs', 'migrations/001_bridge.sql', 'runtime/stack.mjs', 'cli/bundle.mjs', 'functions/src/lib/paywall.js', 'LICENSE', 'README.md']) {
      assert.ok(files.includes(f), `${f} is packed`);
    }
    const shipped = JSON.parse(readFileSync(join(ROOT, 'functions/src/manifest.json'), 'utf8')).functions;
    for (const slug of shipped) assert.ok(files.includes(`functions/dist/${slug}.js`), `functions/dist/${slug}.js is packed`);
    for (const f of readdirSync(join(ROOT, 'migrations'))) assert.ok(files.includes(`migrations/${f}`), `migrations/${f} is packed`);
    const strays = files.filter((f) => /^(tests|src|target|pkg|demo|packages|bench|\.ci)\//.test(f) || f.endsWith('.rs'));
    assert.deepEqual(strays, []);
  });

  test("its bundles are the committed ones, each stamped with the package's version", () => {
    const installed = join(project, 'node_modules', 'insforge-edge');
    assert.equal(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version, pkg.version);
    for (const f of readdirSync(join(ROOT, 'functions/dist')).filter((n) => n.endsWith('.js'))) {
      const code = readFileSync(join(installed, 'functions/dist', f), 'utf8');
      assert.equal(code, readFileSync(join(ROOT, 'functions/dist', f), 'utf8'), `${f} as packed`);
      assert.equal(code.match(VERSION_RE)?.[1], pkg.version, `${f} stamp`);
    }
  });
});

describe('npx insforge-edge in a fresh project', () => {
  let idp;
  let paywallOut;
  before(async () => {
    idp = await startOidcProviders();
    mkdirSync(join(project, 'handlers', 'lib'), { recursive: true });
    writeFileSync(join(project, 'handlers', 'lib', 'greeting.mjs'), "export const greeting = (who) => `thanks, ${who}`;\n");
    writeFileSync(
      join(project, 'handlers', 'quote.mjs'),
      [
        "import { greeting } from './lib/greeting.mjs';",
        'export default async function (req, payment) {',
        '  return Response.json({ kind: "module", message: greeting(payment.payer), mock: payment.mock });',
        '}',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'handlers', 'classic.js'),
      ['module.exports = async function (req, payment) {', '  return Response.json({ kind: "classic", amount: payment.amount });', '};', ''].join('\n'),
    );
    mkdirSync(join(project, 'sql'));
    writeFileSync(
      join(project, 'sql', '100_notes.sql'),
      [
        'CREATE TABLE IF NOT EXISTS public.notes (',
        '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
        '  owner text NOT NULL DEFAULT public.requesting_user_id(),',
        '  body text NOT NULL',
        ');',
        'ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;',
        'DROP POLICY IF EXISTS notes_own ON public.notes;',
        'CREATE POLICY notes_own ON public.notes FOR ALL TO authenticated',
        '  USING (owner = (SELECT public.requesting_user_id())) WITH CHECK (owner = (SELECT public.requesting_user_id()));',
        'GRANT SELECT, INSERT ON public.notes TO authenticated;',
        '',
      ].join('\n'),
    );
    mkdirSync(join(project, '.insforge-local'));
    writeFileSync(join(project, '.insforge-local', 'secrets.json'), JSON.stringify({ OIDC_ISSUER: idp.oidc.issuer, OIDC_AUDIENCE: idp.oidc.clientId }, null, 2));
  });
  after(() => idp?.close());

  test('paywall bundles an ES-module handler (with its own import) and prints how to deploy it and add its secrets', async () => {
    const { stdout } = await npx(['paywall', 'handlers/quote.mjs', '--slug', 'paid-quote']);
    paywallOut = stdout;
    const code = readFileSync(join(project, 'build', 'paid-quote.js'), 'utf8');
    assert.match(code, /^module\.exports = /m, 'a classic script');
    assert.doesNotMatch(code, /^\s*(import|export)\s/m);
    assert.equal(code.match(VERSION_RE)?.[1], pkg.version);
    assert.ok(code.includes('thanks, '), "the project's helper is bundled in");
    assert.ok(stdout.includes('npx @insforge/cli functions deploy paid-quote --file build/paid-quote.js'), stdout);
    assert.ok(stdout.includes('npx @insforge/cli secrets add PAYMENT_RECIPIENT 0xYourAddress'), stdout);
    assert.ok(stdout.includes('npx insforge-edge dev --functions build'), stdout);
    assert.ok(stdout.includes('npx insforge-edge migrations --for x402'), stdout);
  });

  test('paywall bundles a classic-script handler; a bad slug or a missing file is a usage error (exit 2)', async () => {
    await npx(['paywall', 'handlers/classic.js', '--slug', 'paid-classic']);
    assert.ok(existsSync(join(project, 'build', 'paid-classic.js')));
    for (const args of [['paywall', 'handlers/classic.js', '--slug', 'no/slash'], ['paywall', 'handlers/none.js', '--slug', 'x'], ['paywall', 'handlers/classic.js']]) {
      const err = await npx(args).then(() => null, (e) => e);
      assert.equal(err?.code, 2, args.join(' '));
      assert.doesNotMatch(err.stderr, /^\s+at /m, 'no stack trace');
    }
  });

  test('functions writes a shipped bridge as committed, with its deploy and secrets lines', async () => {
    const { stdout } = await npx(['functions', 'oidc-bridge']);
    assert.equal(readFileSync(join(project, 'build', 'oidc-bridge.js'), 'utf8'), readFileSync(join(ROOT, 'functions/dist/oidc-bridge.js'), 'utf8'));
    assert.ok(stdout.includes('npx @insforge/cli secrets add OIDC_ISSUER'), stdout);
    assert.ok(stdout.includes('npx @insforge/cli functions deploy oidc-bridge --file build/oidc-bridge.js'), stdout);
    const err = await npx(['functions', 'no-such-function']).then(() => null, (e) => e);
    assert.equal(err?.code, 2);
  });

  test('migrations: printed in order, per feature to a folder, and which feature needs which', async () => {
    const all = readdirSync(join(ROOT, 'migrations')).filter((f) => f.endsWith('.sql')).sort();
    const printed = (await npx(['migrations'])).stdout;
    const marks = [...printed.matchAll(/^-- ==== insforge-edge (\S+): (\S+)$/gm)];
    assert.deepEqual(marks.map((m) => m[2]), all);
    assert.ok(marks.every((m) => m[1] === pkg.version));
    await npx(['migrations', '--for', 'x402', '--out', 'db']);
    assert.deepEqual(readdirSync(join(project, 'db')), ['002_x402.sql', '003_x402_direct.sql', '004_x402_private.sql', '008_x402_transitions.sql', '009_x402_settler_accounts.sql', '010_x402_payment_ids.sql', '011_x402_settler_transactions.sql', '013_x402_siwx.sql', '014_x402_metered.sql']);
    const list = (await npx(['migrations', '--list'])).stdout;
    assert.match(list, /001_bridge\.sql\s+bridge, bridge-claims/);
    const err = await npx(['migrations', '--for', 'nope']).then(() => null, (e) => e);
    assert.equal(err?.code, 2);
    assert.match(err.stderr, /unknown feature nope/);
  });

  for (const contract of ['self-hosted', 'cloud']) {
    test(`dev (${contract}) serves the project's folder: paid with @x402/fetch in mock mode; a bridge token passes the project's RLS`, async () => {
      assert.ok(paywallOut, 'the paywall test ran first');
      const dev = startDev(['--contract', contract, '--port', String(await freePort()), '--migrations', 'sql']);
      let stopped;
      let baseUrl;
      try {
        const ready = await dev.ready;
        ({ baseUrl } = ready);
        const { anonKey, output } = ready;
        assert.match(output, /Functions\s+oidc-bridge, paid-classic, paid-quote/);
        assert.match(output, /MOCK_OKX_FACILITATOR=true/);
        assert.doesNotMatch(output, /Demo/);

        // The paywall: a bodiless probe is a 402; the official client pays it.
        const probe = await fetch(`${baseUrl}/functions/paid-quote`, { method: 'POST' });
        assert.equal(probe.status, 402);
        const { accepts } = decodeHeader(probe.headers.get('payment-required'));
        const payer = newPayer();
        const client = await officialV2Client(payer, { allowedAssets: accepts.map(({ network, asset }) => ({ network, asset })) });
        const paidFetch = wrapFetchWithPayment(fetch, client);
        const res = await paidFetch(`${baseUrl}/functions/paid-quote`, { method: 'POST' });
        const body = await res.json();
        assert.equal(res.status, 200, JSON.stringify(body));
        assert.deepEqual(body, { kind: 'module', message: `thanks, ${payer.account.address.toLowerCase()}`, mock: true });
        assert.equal(decodeHeader(res.headers.get('payment-response')).success, true);
        const classic = await paidFetch(`${baseUrl}/functions/paid-classic`, { method: 'POST' });
        assert.deepEqual([classic.status, (await classic.json()).kind], [200, 'classic']);

        // The bridge: the provider's token → an InsForge token → the project's own RLS table.
        const anon = createClient({ baseUrl, anonKey });
        const bridged = async () => {
          const idToken = await idp.oidc.idToken();
          const { data, error } = await anon.functions.invoke('oidc-bridge', { headers: { Authorization: `Bearer ${idToken}` } });
          assert.equal(error, null, JSON.stringify(error));
          return { sub: jwt.decode(data.accessToken).sub, db: createClient({ baseUrl, accessToken: data.accessToken }).database };
        };
        const [alice, bob] = [await bridged(), await bridged()];
        const wrote = await alice.db.from('notes').insert({ body: 'mine' }).select('owner, body');
        assert.equal(wrote.error, null, JSON.stringify(wrote.error));
        assert.deepEqual(wrote.data, [{ owner: alice.sub, body: 'mine' }]);
        assert.deepEqual((await alice.db.from('notes').select('body')).data, [{ body: 'mine' }]);
        assert.deepEqual((await bob.db.from('notes').select('body')).data, [], "bob cannot read alice's note");
        const forged = await bob.db.from('notes').insert({ body: 'as alice', owner: alice.sub }).select();
        assert.notEqual(forged.error, null, 'bob cannot write as alice');
      } finally {
        stopped = await dev.stop();
      }
      // Ctrl-C stops everything it started: the API's port is closed.
      assert.match(stopped, /Stopping \.\.\./);
      await assert.rejects(fetch(`${baseUrl}/functions/paid-quote`), 'nothing listens any more');
    });
  }
});
