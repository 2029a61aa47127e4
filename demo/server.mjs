// The demo `npm start` serves at <baseUrl>/demo/ (a route of the local runtime, never a deployed
// function; nothing here reaches functions/dist). It walks a newcomer through the project:
//
//   sign in with the stand-in identity provider (demo/idp.mjs) → oidc-bridge mints an InsForge
//   token, or sign in with a browser wallet (EIP-1193) → wallet-bridge mints one for the
//   wallet's address → todos with row-level security through the real @insforge/sdk in the
//   browser (via packages/insforge-bridge-client) → a paid call to x402-paywall in mock mode.
//
// demoSecrets() lists the secrets that make this work without any of the user's: each is used
// only when the user's .insforge-local/secrets.json does not set that name.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { LOCAL_PAYMENT_RECIPIENT, localPaymentDefaults } from '../cli/dev.mjs';
import { createIdp, DEMO_USERS } from './idp.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));
export const DEMO_CLIENT_ID = 'insforge-edge-demo';
/** Where demo payments go: the local default payee (mock mode moves no money). */
export const DEMO_PAYMENT_RECIPIENT = LOCAL_PAYMENT_RECIPIENT;
const OIDC_NAMES = ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_PRESET', 'OIDC_JWKS_URL', 'OIDC_JWKS'];
export const DEMO_SIWE_STATEMENT = 'Sign in to the insforge-edge demo.';

export const demoIssuer = (baseUrl) => `${baseUrl}/demo/idp`;

/** The hosts the demo page is reached at: the base URL's, and `localhost` for a loopback IP. */
export function demoSiweDomains(baseUrl) {
  const { host, hostname, port } = new URL(baseUrl);
  return hostname === '127.0.0.1' ? [host, `localhost${port ? `:${port}` : ''}`] : [host];
}

/**
 * The demo secrets `user` (the user's secrets) leaves unset. The OIDC ones come as a group
 * (any OIDC_* of the user's turns them all off: the bridge then trusts the user's issuer),
 * MOCK_OKX_FACILITATOR is not added once the user configures a settler (OKX_API_KEY or
 * X402_SETTLER), and wallet-bridge gets the demo page's own hosts as SIWE_DOMAIN (a message
 * for any other site is refused) with the demo's statement, unless the user sets SIWE_DOMAIN.
 * Chains (SIWE_CHAIN_IDS) stay at the function's default, 1, and no RPC_URL is set: wallets
 * that sign with a key (EOA) sign in, nothing reaches a chain.
 */
export function demoSecrets(baseUrl, user = {}) {
  const demo = localPaymentDefaults(user);
  if (!('X402_DESCRIPTION' in user)) demo.X402_DESCRIPTION = 'One paid call (insforge-edge demo)';
  if (!OIDC_NAMES.some((n) => n in user)) {
    demo.OIDC_ISSUER = demoIssuer(baseUrl);
    demo.OIDC_AUDIENCE = DEMO_CLIENT_ID;
  }
  if (!('SIWE_DOMAIN' in user)) {
    demo.SIWE_DOMAIN = demoSiweDomains(baseUrl).join(',');
    if (!('SIWE_STATEMENT' in user)) demo.SIWE_STATEMENT = DEMO_SIWE_STATEMENT;
  }
  return demo;
}

/** The demo page's script, bundled for the browser with esbuild (the SDK, the bridge client, viem's accounts). */
export function bundleDemoApp() {
  const out = buildSync({
    entryPoints: [path.join(DIR, 'app.js')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    // The SDK imports node's crypto only where globalThis.crypto is missing (never in a browser).
    external: ['crypto'],
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/**
 * createDemo({baseUrl, anonKey, secrets}) → {url, signIn, walletSignIn, mock, routes(req, res, url) → handled}
 * `secrets` are the effective ones (the user's over the demo's).
 */
export function createDemo({ baseUrl, anonKey, secrets }) {
  const pageUrl = `${baseUrl}/demo/`;
  const issuer = demoIssuer(baseUrl);
  const idp = createIdp({ issuer, clientId: DEMO_CLIENT_ID, redirectUri: pageUrl });
  const signIn = secrets.OIDC_ISSUER === issuer && secrets.OIDC_AUDIENCE === DEMO_CLIENT_ID;
  const mock = secrets.MOCK_OKX_FACILITATOR === 'true';
  // The page signs in for the host it is served at: those SIWE_DOMAIN lists.
  const siweDomains = String(secrets.SIWE_DOMAIN ?? '').split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  const walletHosts = demoSiweDomains(baseUrl).filter((h) => siweDomains.includes(h));
  const config = {
    baseUrl,
    anonKey,
    bridge: 'oidc-bridge',
    issuer,
    clientId: DEMO_CLIENT_ID,
    signIn,
    mock,
    wallet: { bridge: 'wallet-bridge', hosts: walletHosts },
    paywall: '/functions/x402-paywall',
    users: DEMO_USERS.map(({ id, email }) => ({ id, email })),
  };
  const configJson = JSON.stringify(config).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const html = fs.readFileSync(path.join(DIR, 'index.html'), 'utf8').replace('<!--CONFIG-->', `<script type="application/json" id="demo-config">${configJson}</script>`);
  const app = bundleDemoApp();

  const send = (res, status, type, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };
  function routes(req, res, url) {
    if (!url.pathname.startsWith('/demo')) return false;
    if (idp.handle(req, res, url)) return true;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === '/demo') return send(res, 302, 'text/plain', '', { Location: '/demo/' }), true;
    if (url.pathname === '/demo/') return send(res, 200, 'text/html; charset=utf-8', html), true;
    if (url.pathname === '/demo/app.js') return send(res, 200, 'text/javascript; charset=utf-8', app), true;
    return false;
  }
  return { url: pageUrl, signIn, walletSignIn: walletHosts.length > 0, mock, routes, idp };
}
