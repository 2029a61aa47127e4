// The demo page's script (bundled for the browser by demo/server.mjs with esbuild).
import { BridgeEvent, createBridgeClient, createWalletBridgeClient, eip1193Wallet } from '../packages/insforge-bridge-client/src/index.js';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';

const cfg = JSON.parse(document.getElementById('demo-config').textContent);
const $ = (id) => document.getElementById(id);
const ID_TOKEN = 'insforge-edge-demo.id_token';
const STATE = 'insforge-edge-demo.state';

function say(id, text, kind = '') {
  $(id).textContent = text;
  $(id).className = `status ${kind}`;
}
const randomHex = (n) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => b.toString(16).padStart(2, '0')).join('');

// ---- 1. sign in ----------------------------------------------------------------------------

let bridge = null;

function startSignIn() {
  const state = randomHex(16);
  sessionStorage.setItem(STATE, state);
  const q = new URLSearchParams({ client_id: cfg.clientId, redirect_uri: `${cfg.baseUrl}/demo/`, response_type: 'id_token', scope: 'openid email', state, nonce: randomHex(16) });
  location.assign(`${cfg.issuer}/authorize?${q}`);
}

/** The ID token the identity provider sent back in the URL fragment (state checked). */
function takeIdToken() {
  if (!location.hash.includes('id_token=')) return;
  const q = new URLSearchParams(location.hash.slice(1));
  history.replaceState(null, '', location.pathname);
  if (!q.get('state') || q.get('state') !== sessionStorage.getItem(STATE)) return say('signin-status', 'Sign-in answer refused: its state does not match this tab\'s.', 'error');
  sessionStorage.removeItem(STATE);
  sessionStorage.setItem(ID_TOKEN, q.get('id_token'));
}

/** The page once a bridge client holds a session: who, the todos. */
async function signedIn(session, how) {
  $('signin').hidden = true;
  $('wallet-signin').hidden = true;
  $('signout').hidden = false;
  document.body.dataset.user = session.user.email || session.user.id;
  document.body.dataset.via = how;
  const until = new Date(session.expiresAt * 1000).toLocaleTimeString();
  say(
    'signin-status',
    how === 'wallet'
      ? `Signed in with the wallet ${session.user.id}.\nInsForge token from ${cfg.wallet.bridge}, valid until ${until}; the session ends then (sign in again: no wallet prompt you did not ask for).`
      : `Signed in as ${session.user.email} (sub ${session.user.id}).\nInsForge token from ${cfg.bridge}, valid until ${until}.`,
    'ok',
  );
  for (const id of ['todo-title', 'todo-add']) $(id).disabled = false;
  await listTodos();
}

async function signIn() {
  const idToken = sessionStorage.getItem(ID_TOKEN);
  if (!idToken) return;
  bridge = createBridgeClient({ baseUrl: cfg.baseUrl, anonKey: cfg.anonKey, bridge: cfg.bridge, getProviderToken: async () => sessionStorage.getItem(ID_TOKEN) });
  try {
    say('signin-status', 'Exchanging the ID token through oidc-bridge…');
    await signedIn(await bridge.signIn(), 'idp');
  } catch (e) {
    bridge = null;
    sessionStorage.removeItem(ID_TOKEN);
    say('signin-status', `Sign-in failed: ${e.code || ''} ${e.message}`, 'error');
  }
}

/**
 * Sign-In with Ethereum with the browser's wallet (window.ethereum, EIP-1193) through
 * wallet-bridge: the client asks the function for a nonce, the wallet signs the message
 * (personal_sign), the function answers the InsForge token for the wallet's address.
 */
async function signInWithWallet() {
  if (!window.ethereum) return say('signin-status', 'No browser wallet found (window.ethereum, EIP-1193): install one, e.g. OKX Wallet or MetaMask, and reload.', 'error');
  signOut({ quiet: true });
  const client = createWalletBridgeClient({
    baseUrl: cfg.baseUrl,
    anonKey: cfg.anonKey,
    bridge: cfg.wallet.bridge,
    wallet: eip1193Wallet(window.ethereum),
    // The message names the site the page is on (wallets compare it with the page's origin).
    siwe: { domain: location.host, uri: location.origin },
  });
  client.onAuthStateChange((event) => {
    if (event === BridgeEvent.SESSION_EXPIRED && bridge === client) {
      signOut({ quiet: true });
      say('signin-status', 'Your wallet session ended with its token: sign in again.');
    }
  });
  bridge = client;
  try {
    say('signin-status', 'Asking your wallet to connect and to sign the Sign-In with Ethereum message…');
    await signedIn(await client.signIn(), 'wallet');
  } catch (e) {
    if (bridge === client) bridge = null;
    client.signOut();
    say('signin-status', e.code === 'wallet_rejected' ? 'You refused in the wallet: not signed in.' : `Wallet sign-in failed: ${e.code || ''} ${e.message}`, 'error');
  }
}

function signOut({ quiet = false } = {}) {
  bridge?.signOut();
  bridge = null;
  sessionStorage.removeItem(ID_TOKEN);
  delete document.body.dataset.user;
  delete document.body.dataset.via;
  delete document.body.dataset.todos;
  $('signin').hidden = false;
  $('wallet-signin').hidden = false;
  $('signout').hidden = true;
  for (const id of ['todo-title', 'todo-add']) $(id).disabled = true;
  $('todos').replaceChildren();
  if (!quiet) say('signin-status', 'Signed out.');
  say('todo-status', '');
}

// ---- 2. todos ------------------------------------------------------------------------------

async function listTodos() {
  const { data, error } = await bridge.client.database.from('todos').select('*').order('id', { ascending: true });
  if (error) return say('todo-status', `Could not list todos: ${error.message}`, 'error');
  $('todos').replaceChildren(
    ...data.map((t) => {
      const li = document.createElement('li');
      li.textContent = t.title;
      li.title = `user_id ${t.user_id}`;
      return li;
    }),
  );
  const who = document.body.dataset.via === 'wallet' ? "user_id = the wallet's checksummed address" : "user_id = the provider's sub";
  say('todo-status', `${data.length} todo${data.length === 1 ? '' : 's'} visible to ${document.body.dataset.user} (${who}).`);
  document.body.dataset.todos = String(data.length);
}

async function addTodo(ev) {
  ev.preventDefault();
  const title = $('todo-title').value.trim();
  if (!title || !bridge) return;
  const { error } = await bridge.client.database.from('todos').insert({ title }).select();
  if (error) return say('todo-status', `Could not add: ${error.message}`, 'error');
  $('todo-title').value = '';
  await listTodos();
}

// ---- 3. the paid call ----------------------------------------------------------------------

/** A throwaway EIP-1193 wallet (demo mode only): a key made here, signing with viem. */
function demoWallet() {
  const account = privateKeyToAccount(generatePrivateKey());
  let chainId = 1;
  const calls = [];
  const fail = (code, message) => Object.assign(new Error(message), { code });
  return {
    isDemoWallet: true,
    address: account.address,
    calls,
    async request({ method, params }) {
      calls.push(method);
      switch (method) {
        case 'eth_requestAccounts':
        case 'eth_accounts':
          return [account.address];
        case 'eth_chainId':
          return `0x${chainId.toString(16)}`;
        case 'wallet_switchEthereumChain':
        case 'wallet_addEthereumChain':
          chainId = parseInt(params[0].chainId, 16);
          return null;
        case 'eth_signTypedData_v4': {
          if (String(params[0]).toLowerCase() !== account.address.toLowerCase()) throw fail(4100, 'not this wallet\'s account');
          const typed = JSON.parse(params[1]);
          const { EIP712Domain: _domain, ...types } = typed.types;
          const uints = new Set(types[typed.primaryType].filter((f) => f.type.startsWith('uint')).map((f) => f.name));
          const message = Object.fromEntries(Object.entries(typed.message).map(([k, v]) => [k, uints.has(k) ? BigInt(v) : v]));
          return account.signTypedData({ domain: typed.domain, types, primaryType: typed.primaryType, message });
        }
        default:
          throw fail(4200, `the demo wallet does not support ${method}`);
      }
    },
    on() {},
    removeListener() {},
  };
}

/** Opens the paywall page (same origin) in a window and injects the demo wallet as its window.ethereum. */
function payWithDemoWallet() {
  const wallet = demoWallet();
  const win = window.open(cfg.paywall, 'x402-paywall-demo');
  if (!win) return say('pay-status', 'The browser blocked the window: allow pop-ups for this page.', 'error');
  say('pay-status', `Demo wallet ${wallet.address} opened the paywall page: click "Connect wallet and pay" there.`);
  const started = Date.now();
  const timer = setInterval(() => {
    try {
      if (win.closed || Date.now() - started > 10 * 60_000) return clearInterval(timer);
      if (!win.ethereum) win.ethereum = wallet;
      const state = win.document.body?.dataset.state;
      if (state && !['ready', 'working'].includes(state)) {
        clearInterval(timer);
        const result = win.document.getElementById('result');
        say('pay-status', `Paywall page: ${state}. ${win.document.getElementById('status').textContent}`, state === 'paid' ? 'ok' : 'error');
        document.body.dataset.paid = state;
        if (result && !result.hidden) {
          $('pay-result').textContent = result.textContent;
          $('pay-result').hidden = false;
        }
      }
    } catch (_e) {
      // The window is between documents.
    }
  }, 10);
}

// ---- wiring --------------------------------------------------------------------------------

$('signin').addEventListener('click', startSignIn);
$('wallet-signin').addEventListener('click', signInWithWallet);
$('signout').addEventListener('click', () => signOut());
$('todo-form').addEventListener('submit', (ev) => {
  addTodo(ev);
});
$('demo-wallet').addEventListener('click', payWithDemoWallet);
if (cfg.mock) {
  $('mock-note').textContent = 'Mock mode (MOCK_OKX_FACILITATOR=true): the signature is verified for real, the settlement is simulated, nothing is charged.';
  $('demo-wallet').hidden = false;
  $('demo-wallet-note').hidden = false;
} else {
  $('mock-note').textContent = 'Real settlement is configured: the wallet must hold the asset on the payment\'s network.';
}
if (!cfg.signIn) {
  $('signin').disabled = true;
  say('signin-status', 'oidc-bridge uses your own OIDC_* secrets, so the demo identity provider is not trusted: sign in with your provider.');
}
if (!cfg.wallet.hosts.includes(location.host)) {
  $('wallet-signin').disabled = true;
  $('wallet-note').textContent = `wallet-bridge's SIWE_DOMAIN does not list ${location.host}: sign-in messages for this page would be refused.`;
} else if (!window.ethereum) {
  $('wallet-note').textContent = 'No browser wallet (EIP-1193) on this page: install one to sign in with it.';
}
takeIdToken();
signIn().then(() => {
  document.body.dataset.ready = 'true';
});
