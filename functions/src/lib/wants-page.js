// Who gets the paywall page (lib/paywall-page.js) instead of the 402 JSON: an unpaid browser
// navigation. Kept apart from the page itself, which is evaluated only when it is rendered.

/** The q-value `accept` gives `type`: that of its most specific range (type, `major/*`, `*\/*`). */
function quality(accept, type) {
  let best = { specificity: 0, q: 0 };
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const r = range.trim();
    const specificity = r === type ? 3 : r === `${type.split('/')[0]}/*` ? 2 : r === '*/*' ? 1 : 0;
    if (specificity <= best.specificity) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qp ? Number(qp.slice(2)) : 1;
    best = { specificity, q: Number.isFinite(q) ? q : 0 };
  }
  return best.q;
}

/**
 * True for an unpaid browser navigation: no payment header, and `Accept` names text/html
 * itself (not only through `*\/*`) at least as strongly as application/json.
 */
export function wantsPage(req, reply) {
  if (reply.status !== 402) return false;
  // A plain search first: most callers are programs whose Accept names no HTML, and in a fresh
  // Worker the regular expression and two more header lookups cost them 0.1-0.2 ms to compile.
  const accept = req.headers.get('accept') || '';
  if (!accept.toLowerCase().includes('text/html')) return false;
  if (req.headers.has('payment-signature') || req.headers.has('x-payment')) return false;
  if (!/(^|,)\s*text\/html\s*(;|,|$)/i.test(accept)) return false;
  const html = quality(accept, 'text/html');
  return html > 0 && html >= quality(accept, 'application/json');
}
