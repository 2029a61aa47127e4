// The paywall for people: a browser that navigates to a paid endpoint without paying gets an
// HTML page instead of the 402 JSON (same 402 status, same PAYMENT-REQUIRED header). The page
// connects the injected EIP-1193 wallet (window.ethereum), switches it to the payment's network,
// has it sign the EIP-3009 TransferWithAuthorization (eth_signTypedData_v4), retries the same URL
// with PAYMENT-SIGNATURE and shows the paid response as text.
//
// A requirement paid through Permit2 (extra.assetTransferMethod "permit2", any ERC-20) is signed
// as Permit2's PermitWitnessTransferFrom for the x402 exact proxy instead. Permit2 can only move
// a token its owner approved it for, so before signing the page reads the token's
// allowance(payer, Permit2) through the wallet (eth_call) and, when it is short, explains the
// one-time approval and offers it: approve(Permit2, 2^256-1) sent by the wallet
// (eth_sendTransaction), waited for (eth_getTransactionReceipt), then the signature. The server's
// 412 (permit2_allowance_required: nothing was charged) offers the approval again, after which
// the same signed payment is presented again.
//
// A metered requirement (scheme "upto", always through Permit2) is priced "up to" its ceiling:
// the page checks the allowance against the ceiling and walks through the approval as above,
// signs the upto permit (the witness names the facilitator that settles; the spender is the upto
// proxy, X402_UPTO_PROXY or the canonical one), and once paid shows what PAYMENT-RESPONSE says
// was charged (its `amount`: what the request cost, at most the ceiling).
//
// Its words follow the server's verdict (see `verdict`): "Nothing was charged" only after a 402
// or a 429 too_many_attempts, when nothing moved. An answer that leaves the outcome open (503,
// 409 payment_in_progress, no answer at all) makes the page present the SAME signed payment
// again after Retry-After, a bounded number of times before its validBefore; a new signature is
// asked for only when nothing moved, so one page load never moves the money twice.
//
// Everything a seller configures (X402_PAGE_TITLE, X402_PAGE_DESCRIPTION, X402_DESCRIPTION,
// X402_ASSET_SYMBOL, X402_ASSET_DECIMALS, X402_UPTO_PROXY) is escaped into the page; data for the page's script
// travels as JSON with <, >, & and the JS line separators escaped. The Content-Security-Policy
// lets only this response's own script and style run, and the page talk only to its own origin.

// Deferred (manifest.json): functions load it as functions/src/deferred/paywall-page.js, which
// evaluates it on its first call, since most requests to a paywall never render the page
// (cli/bundle.mjs, "Deferred modules"). Who gets the page: lib/wants-page.js.

import { jsonReply } from './http.js';

const MAX_TEXT = 500;

// Permit2, and the x402 proxies a Permit2 payer signs for as spender: the exact scheme's, and the
// upto scheme's canonical one (X402_UPTO_PROXY's default). Copies of src/x402/permit2.rs's
// constants; a Rust unit test there checks them.
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const EXACT_PROXY = '0x402085c248EeA27D92E8b30b2C58ed07f9E20001';
const UPTO_PROXY = '0x4020A4f3b7b90ccA423B9fabCc0CE57C6C240002';

// Known EIP-3009 assets, the table of src/x402/assets.rs (a Rust unit test there checks this copy):
// `${chainId}:${address}` → [symbol, decimals]. A built-in asset is priced from here only:
// X402_ASSET_SYMBOL and X402_ASSET_DECIMALS are read for other tokens, and ignored for these.
const ASSETS = {
  '196:0x4ae46a509f6b1d9056937ba4500cb143933d2dc8': ['USDG', 6],
  '196:0x779ded0c9e1022225f8e0630b35a9b54be713736': ['USD\u20ae0', 6],
  '196:0x74b7f16337b8972027f6196a17a631ac6de26d22': ['USDC', 6],
  '8453:0x833589fcd6edb6e08f4c7c32d4f71b54bda02913': ['USDC', 6],
  '84532:0x036cbd53842c5426634e7929541ec2318f3dcf7e': ['USDC', 6],
};

// wallet_addEthereumChain parameters (EIP-3085) of the networks the paywall knows.
const CHAINS = {
  196: { chainName: 'X Layer', nativeCurrency: { name: 'OKB', symbol: 'OKB', decimals: 18 }, rpcUrls: ['https://rpc.xlayer.tech'], blockExplorerUrls: ['https://www.oklink.com/xlayer'] },
  8453: { chainName: 'Base', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: ['https://mainnet.base.org'], blockExplorerUrls: ['https://basescan.org'] },
  84532: { chainName: 'Base Sepolia', nativeCurrency: { name: 'Sepolia Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: ['https://sepolia.base.org'], blockExplorerUrls: ['https://sepolia.basescan.org'] },
};

export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside <script type="application/json">: no `</script>`, no `<!--`. */
export function scriptJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `amount` atomic units as a decimal string with `decimals` places, trailing zeros trimmed (at least 2 kept). */
export function humanAmount(amount, decimals) {
  const digits = BigInt(amount).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  let frac = digits.slice(digits.length - decimals).replace(/0+$/, '');
  if (decimals >= 2 && frac.length < 2) frac = frac.padEnd(2, '0');
  return frac ? `${whole}.${frac}` : whole;
}

function secret(name) {
  const v = Deno.env.get(name);
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, MAX_TEXT) : '';
}

function decodeChallenge(value) {
  const bytes = Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function randomNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The HTML page for the 402 challenge `reply` ({status, headers, body}): same status and headers. */
export function paywallPage(reply) {
  const pairs = reply.headers || [];
  const required = pairs.find(([k]) => k.toLowerCase() === 'payment-required');
  const challenge = decodeChallenge(required[1]);
  const req = challenge.accepts[0];
  const chainId = Number(String(req.network).split(':')[1]);

  const known = ASSETS[`${chainId}:${String(req.asset).toLowerCase()}`];
  let [symbol, decimals] = known || ['', 0];
  const decimalsSecret = known ? '' : secret('X402_ASSET_DECIMALS');
  if (decimalsSecret) {
    if (!/^[0-9]{1,2}$/.test(decimalsSecret) || Number(decimalsSecret) > 36) {
      return jsonReply(500, { error: 'invalid_secret', message: 'X402_ASSET_DECIMALS is invalid: must be an integer from 0 to 36', statusCode: 500 });
    }
    decimals = Number(decimalsSecret);
  }
  if (!known) symbol = secret('X402_ASSET_SYMBOL') || `units of ${req.asset}`;
  // A metered requirement's amount is its ceiling: the request may cost less. A Permit2 permit
  // names its scheme's proxy as spender (for upto, X402_UPTO_PROXY as the server reads it).
  const upto = req.scheme === 'upto';
  const permit2 = upto || (!!req.extra && req.extra.assetTransferMethod === 'permit2');
  const spender = upto ? secret('X402_UPTO_PROXY') || UPTO_PROXY : EXACT_PROXY;
  if (!/^0x[0-9a-fA-F]{40}$/.test(spender)) {
    return jsonReply(500, { error: 'invalid_secret', message: 'X402_UPTO_PROXY must be an EVM address (0x + 40 hex digits)', statusCode: 500 });
  }
  const price = `${upto ? 'up to ' : ''}${humanAmount(req.amount, decimals)} ${symbol}`;
  const chain = CHAINS[chainId];
  const networkName = chain ? chain.chainName : `chain ${chainId}`;
  const described = challenge.resource && challenge.resource.description ? String(challenge.resource.description) : '';
  const title = secret('X402_PAGE_TITLE') || described || 'Paid content';
  const description = secret('X402_PAGE_DESCRIPTION') || (described !== title ? described : '');
  // How the page names the token in words (the approval): a symbol it knows, else "this token".
  const token = (known || secret('X402_ASSET_SYMBOL')) ? symbol : 'this token';
  const data = { challenge, price, symbol, decimals, token, networkName, chainId, chain: chain || null, spender: permit2 ? spender : undefined };

  const nonce = randomNonce();
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style nonce="${nonce}">${CSS}</style></head>`,
    '<body data-state="ready"><main>',
    `<h1 id="title">${escapeHtml(title)}</h1>`,
    description ? `<p id="description">${escapeHtml(description)}</p>` : '',
    `<p class="price"><b id="price">${escapeHtml(price)}</b> <span id="network">on ${escapeHtml(networkName)}</span></p>`,
    '<button id="pay" type="button">Connect wallet and pay</button>',
    '<div id="status" role="status" aria-live="polite"></div>',
    '<pre id="result" hidden></pre>',
    upto
      ? `<p class="fine">You sign a payment of ${escapeHtml(price)} to <code>${escapeHtml(req.payTo)}</code>; your wallet shows it before you sign. `
        + 'The seller charges only what your request costs, at most that, when this page fetches the content; the page then shows what was charged.</p>'
      : `<p class="fine">You sign one transfer of exactly ${escapeHtml(price)} to <code>${escapeHtml(req.payTo)}</code>; `
        + 'your wallet shows it before you sign, and it is charged when this page fetches the content.</p>',
    permit2 ? approvalSection(token, networkName, upto) : '',
    '</main>',
    `<script type="application/json" id="x402-data">${scriptJson(data)}</script>`,
    `<script nonce="${nonce}">${clientScript()}</script></body></html>`,
  ].join('');

  const headers = new Headers();
  for (const [k, v] of pairs) headers.set(k, v);
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  headers.set('Vary', 'Accept');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  return new Response(html, { status: reply.status, headers });
}

/**
 * What approving Permit2 means, in plain words, and the button that sends the approval. The
 * approval is for the maximum amount: one of exactly the price would be used up by this payment,
 * and every later one would need another transaction (and its gas) first. Permit2 moves nothing
 * without the owner's signature over the exact amount, recipient and deadline, so the unlimited
 * allowance is what makes the approval one-time; it lasts until the buyer revokes it. A metered
 * payment's signature is for its ceiling (`upto`).
 */
function approvalSection(token, networkName, upto) {
  const t = escapeHtml(token);
  return [
    '<section id="approval" hidden><h2>One-time approval</h2>',
    `<p>This seller is paid in ${t} through Permit2 (<code>${PERMIT2}</code>), a contract that moves tokens `,
    `only with their owner's signature. Before your first payment, your wallet must allow Permit2 to move your ${t}: `,
    `one transaction on ${escapeHtml(networkName)}, which costs a little gas and pays no one.</p>`,
    '<p>It is made once: the allowance has no limit, so later payments need no new approval. ',
    `Each payment still needs your own signature, for ${upto ? 'the most it may cost and its recipient' : 'its exact amount and recipient'}. `,
    'You can revoke the approval in your wallet at any time.</p>',
    `<button id="approve" type="button">Approve Permit2 for ${t}</button></section>`,
  ].join('');
}

/**
 * The page's reading of the server's answer to a paid request (`status` 0: no answer reached
 * it), run in the buyer's browser. The server's flow says everything through the status and
 * `Retry-After`, so the page reads no reason: `state`; `fresh` when a new signature may be asked
 * for, only after a 402 (nothing moved); `pending` for no answer, a 503, or a 409/429 that asks
 * to come back (`Retry-After`: the money may be moving, or this payment was not sent yet), with
 * `wait`, the seconds (Retry-After, default 5) before the SAME payment is presented again; a 409
 * without it: this payment was already used; a 412: Permit2 may not move the payer's tokens yet
 * (nothing moved), `approve` before the same payment is presented again. Any other answer keeps
 * the payment for a retry.
 */
export function verdict(status, retryAfter) {
  if (status > 199 && status < 300) return { state: 'paid' };
  if (status === 402) return { state: 'refused', fresh: true };
  if (status === 412) return { state: 'approve' };
  const asked = retryAfter !== null && retryAfter !== undefined && retryAfter !== '';
  if (!status || status === 503 || (asked && (status === 409 || status === 429))) return { state: 'pending', wait: /^\d{1,6}$/.test(retryAfter) ? Math.max(1, +retryAfter) : 5 };
  if (status === 409) return { state: 'used' };
  return { state: status > 499 ? 'failed' : 'refused' };
}

/**
 * Whether the page presents a pending payment again after `wait` seconds, having done so `tries`
 * times: at most 12 times, and only while the server can still verify it (validBefore ≥ now + 6).
 */
export function retryAgain(tries, wait, now, validBefore) {
  return tries < 12 && now + wait + 6 <= validBefore;
}

/**
 * What a metered page says once paid, run in the buyer's browser: `amount` is PAYMENT-RESPONSE's
 * (atomic units: what the request cost, at most the ceiling), in the asset's units; `price` is
 * the page's "up to …". Without a readable amount, the ceiling is named as what was paid at most.
 */
export function charged(amount, decimals, symbol, price) {
  if (amount === '0') return 'Charged nothing of ' + price + '.';
  if (typeof amount !== 'string' || !/^[1-9][0-9]{0,77}$/.test(amount)) return 'Paid ' + price + '.';
  return 'Charged ' + humanAmount(amount, decimals) + ' ' + symbol + ' of ' + price + '.';
}

const CSS = [
  'body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f4f5f7;color:#1b1f24}',
  'main{max-width:36rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002}',
  'h1{margin:0 0 .5rem;font-size:1.5rem}h2{margin:1.5rem 0 0;font-size:1.1rem}.price{font-size:1.25rem}',
  'button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:8px;background:#1b1f24;color:#fff;cursor:pointer}',
  'button:disabled{opacity:.5;cursor:default}#status{margin:1rem 0;white-space:pre-wrap;overflow-wrap:anywhere}',
  '#status{color:#b3261e}[data-state=ready] #status,[data-state=working] #status,[data-state=approve] #status{color:inherit}',
  '[data-state=paid] #status{color:#0a7d33}[data-state=pending] #status,[data-state=unknown] #status{color:#8a5300}',
  'pre{background:#f4f5f7;padding:1rem;overflow:auto;max-height:24rem;white-space:pre-wrap;word-break:break-word}',
  '.fine{font-size:.85rem;color:#57606a}code{word-break:break-all}',
].join('');

// The page's script (runs in the buyer's browser). Every text it shows goes through textContent.
// `header` is the signed payment once there is one: every later request presents it again.
// Its buttons: Pay (connect; for Permit2, check the allowance; sign; deliver) and, for Permit2,
// Approve (connect; approve and wait for it to be mined; sign unless a payment is held; deliver).
// A Permit2 permit names `data.spender` (the exact proxy, or for upto the upto proxy); an upto
// permit's witness also names the facilitator, and its page shows what was charged.
// Made for the first page, not when the bundle is evaluated: every fresh Worker evaluates the
// bundle, and most of them answer JSON (a bare challenge 0.09 ms faster, paired over 100 Workers).
let client = '';
const clientScript = () => (client ||= `(() => {
const verdict = ${verdict};
const retryAgain = ${retryAgain};
const humanAmount = ${humanAmount};
const charged = ${charged};
const PERMIT2 = '${PERMIT2}';
const data = JSON.parse(document.getElementById('x402-data').textContent);
const req = data.challenge.accepts[0];
const upto = req.scheme === 'upto';
const permit2 = upto || (!!req.extra && req.extra.assetTransferMethod === 'permit2');
const chainHex = '0x' + data.chainId.toString(16);
const $ = (id) => document.getElementById(id);
const fields = (list) => list.split(' ').map((f) => ({ name: f.split(':')[0], type: f.split(':')[1] }));
const TYPES = permit2
  ? { EIP712Domain: fields('name:string chainId:uint256 verifyingContract:address'),
    PermitWitnessTransferFrom: fields('permitted:TokenPermissions spender:address nonce:uint256 deadline:uint256 witness:Witness'),
    TokenPermissions: fields('token:address amount:uint256'), Witness: fields(upto ? 'to:address facilitator:address validAfter:uint256' : 'to:address validAfter:uint256') }
  : { EIP712Domain: fields('name:string version:string chainId:uint256 verifyingContract:address'),
    TransferWithAuthorization: fields('from:address to:address value:uint256 validAfter:uint256 validBefore:uint256 nonce:bytes32') };
const REASONS = { insufficient_funds: 'Your wallet does not hold enough ' + data.symbol + ' on ' + data.networkName + ' for this payment.' };
let header = '';
let validBefore = 0;
let step = '';
function show(state, text) { document.body.dataset.state = state; $('status').textContent = text; }
const label = (text) => { $('pay').textContent = text; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rejected = (e) => !!e && e.code === 4001;
const word = (address) => address.slice(2).toLowerCase().padStart(64, '0');
function b64(text) { let s = ''; for (const b of new TextEncoder().encode(text)) s += String.fromCharCode(b); return btoa(s); }
function unb64(text) { return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0))); }
function noWallet() { show('no-wallet', 'No wallet found. Install a browser wallet such as OKX Wallet or MetaMask, then reload this page.'); }
async function onNetwork(eth) {
  if (parseInt(await eth.request({ method: 'eth_chainId' }), 16) === data.chainId) return true;
  try {
    await eth.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: chainHex }] });
  } catch (e) {
    if (!e || e.code !== 4902 || !data.chain) throw e;
    await eth.request({ method: 'wallet_addEthereumChain', params: [Object.assign({ chainId: chainHex }, data.chain)] });
    await eth.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: chainHex }] });
  }
  return parseInt(await eth.request({ method: 'eth_chainId' }), 16) === data.chainId;
}
async function connect(eth) {
  step = 'connect';
  show('working', 'Connecting your wallet…');
  const [from] = await eth.request({ method: 'eth_requestAccounts' });
  if (!from) throw new Error('the wallet shared no account');
  step = 'network';
  show('working', 'Switching your wallet to ' + data.networkName + '…');
  if (await onNetwork(eth)) return from;
  show('wrong-network', 'This payment is made on ' + data.networkName + ', and your wallet is on another network. Switch it to ' + data.networkName + ' to pay.');
  return '';
}
async function allowed(eth, from) {
  step = 'allowance';
  show('working', 'Checking that Permit2 may move your ' + data.token + '…');
  const out = await eth.request({ method: 'eth_call', params: [{ to: req.asset, data: '0xdd62ed3e' + word(from) + word(PERMIT2) }, 'latest'] });
  if (!/^0x[0-9a-f]{64}$/i.test(out)) throw new Error('the token answered allowance() with ' + String(out).slice(0, 80));
  return BigInt(out) >= BigInt(req.amount);
}
function offerApproval(text) {
  if ($('approval')) { $('approval').hidden = false; $('pay').hidden = true; }
  show('approve', text);
}
function approvalDone() { $('approval').hidden = true; $('pay').hidden = false; }
async function approve(eth, from) {
  step = 'approve';
  show('working', 'Approve Permit2 for ' + data.token + ' in your wallet…');
  const hash = await eth.request({ method: 'eth_sendTransaction', params: [{ from, to: req.asset, data: '0x095ea7b3' + word(PERMIT2) + 'f'.repeat(64) }] });
  step = 'approval';
  show('working', 'Waiting for your approval to be confirmed on ' + data.networkName + ' (transaction ' + hash + ')…');
  for (let i = 0; i < 200; i++) {
    const receipt = await eth.request({ method: 'eth_getTransactionReceipt', params: [hash] });
    if (receipt && receipt.status === '0x1') {
      approvalDone();
      return true;
    }
    if (receipt) {
      offerApproval('Your approval failed on chain (transaction ' + hash + '), so Permit2 may not move your ' + data.token + ' yet and nothing was paid. You can approve again.');
      return false;
    }
    await sleep(1500);
  }
  approvalDone();
  label('Continue');
  show('unknown', 'Your approval (transaction ' + hash + ') is not confirmed yet. Once your wallet shows it confirmed, click Continue.');
  return false;
}
async function sign(eth, from) {
  step = 'sign';
  show('working', 'Sign the payment of ' + data.price + ' in your wallet…');
  const now = Math.floor(Date.now() / 1000);
  const nonce = '0x' + Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
  let typed;
  let payload;
  if (permit2) {
    const witness = upto ? { to: req.payTo, facilitator: req.extra.facilitatorAddress, validAfter: '0' } : { to: req.payTo, validAfter: '0' };
    const p = { from, permitted: { token: req.asset, amount: String(req.amount) }, spender: data.spender, nonce: BigInt(nonce).toString(), deadline: String(now + req.maxTimeoutSeconds), witness };
    const message = { permitted: p.permitted, spender: p.spender, nonce: p.nonce, deadline: p.deadline, witness: p.witness };
    typed = { types: TYPES, primaryType: 'PermitWitnessTransferFrom', domain: { name: 'Permit2', chainId: data.chainId, verifyingContract: PERMIT2 }, message };
    payload = { permit2Authorization: p };
    validBefore = Number(p.deadline) + 1;
  } else {
    const authorization = { from, to: req.payTo, value: String(req.amount), validAfter: String(now - 600), validBefore: String(now + req.maxTimeoutSeconds), nonce };
    typed = { types: TYPES, primaryType: 'TransferWithAuthorization', domain: { name: req.extra.name, version: req.extra.version, chainId: data.chainId, verifyingContract: req.asset }, message: authorization };
    payload = { authorization };
    validBefore = Number(authorization.validBefore);
  }
  const signature = await eth.request({ method: 'eth_signTypedData_v4', params: [from, JSON.stringify(typed)] });
  header = b64(JSON.stringify({ x402Version: 2, resource: data.challenge.resource, accepted: req, payload: Object.assign({ signature }, payload) }));
}
async function deliver() {
  step = 'pay';
  for (let tries = 0; ; tries++) {
    show('working', tries ? 'Checking your payment…' : 'Paying…');
    let res = null;
    let text = '';
    let body = null;
    try {
      res = await fetch(location.href, { headers: { 'PAYMENT-SIGNATURE': header, Accept: 'application/json' }, cache: 'no-store' });
      text = await res.text();
      body = JSON.parse(text);
    } catch (_e) {
      // No answer, or not JSON: said below.
    }
    const reason = body && typeof body.error === 'string' ? body.error : res ? 'HTTP ' + res.status : 'no answer';
    const why = REASONS[reason] ? REASONS[reason] + ' (' + reason + ')' : reason + (body && typeof body.message === 'string' ? ' — ' + body.message : '');
    const v = verdict(res ? res.status : 0, res && res.headers.get('Retry-After'));
    if (v.state === 'paid') {
      let settled = {};
      try { settled = JSON.parse(unb64(res.headers.get('PAYMENT-RESPONSE') || '')) || {}; } catch (_e) { settled = {}; }
      const tx = settled.transaction || '';
      $('result').textContent = body !== null ? JSON.stringify(body, null, 2) : text.slice(0, 100000);
      $('result').hidden = false;
      $('pay').hidden = true;
      return show('paid', (upto ? charged(settled.amount, data.decimals, data.symbol, data.price) : 'Paid ' + data.price + '.') + (tx ? ' Transaction: ' + tx : ''));
    }
    if (v.state === 'approve') return offerApproval('The server says Permit2 may not move enough of your ' + data.token + ' yet (' + reason + '). Nothing was charged. Approve Permit2 below, and the same payment is sent again.');
    if (v.state !== 'pending') {
      $('pay').hidden = v.state === 'used';
      if (v.fresh) header = '';
      label(v.fresh ? 'Connect wallet and pay' : 'Try again');
      return show(v.state, (v.state === 'used' ? 'This payment was already used: ' : v.state === 'failed' ? 'The server failed to deliver: ' : 'The payment was refused: ') + why + (v.fresh ? '\\nNothing was charged.' : v.state === 'used' ? '' : '\\nTry again: the same payment is sent, never a second charge.'));
    }
    if (!retryAgain(tries, v.wait, Date.now() / 1000, validBefore)) {
      label('Check again');
      return show('unknown', 'Your payment is not confirmed yet (' + reason + '). It may still complete: do not pay again. Check again: the same payment is sent, never a new one.');
    }
    for (let s = v.wait; s > 0; s--) {
      show('pending', 'Your payment is being settled… checking again in ' + s + ' s; do not pay again.');
      await sleep(1000);
    }
  }
}
async function run(task) {
  const buttons = [$('pay'), $('approve')].filter(Boolean);
  for (const b of buttons) b.disabled = true;
  try {
    await task(window.ethereum);
  } catch (e) {
    if (rejected(e) && step === 'network') return show('wrong-network', 'This payment is made on ' + data.networkName + '. Your wallet stayed on another network; switch it to ' + data.networkName + ' to pay.');
    if (rejected(e) && step === 'sign') return show('rejected', 'You declined the signature. Nothing was charged.');
    if (rejected(e) && step === 'approve') return show('rejected', 'You declined the approval. Nothing was charged.');
    if (rejected(e)) return show('rejected', 'You declined the wallet request. Nothing was charged.');
    show('error', 'Something went wrong (' + step + '): ' + (e && e.message ? e.message : String(e)));
  } finally {
    for (const b of buttons) b.disabled = false;
  }
}
const hasWallet = () => !!window.ethereum && typeof window.ethereum.request === 'function';
function pay() {
  if (!header && !hasWallet()) return noWallet();
  return run(async (eth) => {
    if (!header) {
      const from = await connect(eth);
      if (!from) return;
      if (permit2 && !(await allowed(eth, from))) return offerApproval('Before your first payment with ' + data.token + ', your wallet must allow Permit2 to move it: see below.');
      await sign(eth, from);
    }
    await deliver();
  });
}
function approval() {
  if (!hasWallet()) return noWallet();
  return run(async (eth) => {
    const from = await connect(eth);
    if (!from || !(await approve(eth, from))) return;
    if (!header) await sign(eth, from);
    await deliver();
  });
}
$('pay').addEventListener('click', () => { pay(); });
if ($('approve')) $('approve').addEventListener('click', () => { approval(); });
if (!window.ethereum) setTimeout(() => { if (!window.ethereum) noWallet(); }, 300);
})();`.replace(/^ +/gm, '')); // indentation is for us, not for the buyer's download
