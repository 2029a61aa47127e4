// The bits of Express 4 / body-parser 1.20 / cors behaviour that InsForge's backend
// (backend/src/server.ts) exposes to callers, reimplemented on node:http because they
// change what a function receives and what a client sees:
//  - express.json({strict}) + express.urlencoded({extended}) run on EVERY request:
//    req.body defaults to {}, only application/json and x-www-form-urlencoded bodies are
//    parsed, anything else (text/plain, binary, no content-type) leaves {}.
//  - invalid JSON -> 400 {error:'INVALID_INPUT', message:<JSON.parse text>, statusCode, nextActions}.
//  - cors({origin:true, credentials:true, exposedHeaders}) answers every OPTIONS itself (204).
//  - res.send(): charset appended to text/json content types, weak ETag, 304 when fresh.

import crypto from 'node:crypto';

export const INVALID_JSON_HINT = 'Please ensure your request body contains valid JSON';

export class BodyError extends Error {
  constructor(message, status, type) {
    super(message);
    Object.assign(this, { status, type });
  }
}

function mediaType(headers) {
  const ct = headers['content-type'];
  if (!ct) return null;
  const [type, ...params] = String(ct).split(';');
  const charset = params.map((p) => p.trim().split('=')).find(([k]) => k.toLowerCase() === 'charset');
  return { type: type.trim().toLowerCase(), charset: charset ? charset[1]?.replace(/"/g, '').toLowerCase() : null };
}

/** type-is hasBody(): a body exists when transfer-encoding or a numeric content-length is sent. */
export function hasBody(headers) {
  return headers['transfer-encoding'] !== undefined || !isNaN(headers['content-length']);
}

const WS = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/;

/** body-parser json(strict): objects/arrays only, '' -> {}, error messages from JSON.parse. */
function parseJsonStrict(text) {
  if (text.length === 0) return {};
  const first = (WS.exec(text) || [])[1];
  if (first !== '{' && first !== '[') {
    // Reproduce body-parser's "strict violation" message: parse the text up to that
    // character with '#' in its place, then put the character back into the message.
    const idx = text.indexOf(first);
    const partial = idx !== -1 ? text.substring(0, idx) + '#' : '';
    try {
      JSON.parse(partial);
      throw new SyntaxError('strict violation');
    } catch (e) {
      throw new BodyError(e.message.replace('#', first), 400, 'entity.parse.failed');
    }
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BodyError(e.message, 400, 'entity.parse.failed');
  }
}

/** qs-style (extended) urlencoded: a[b]=1, a[]=1, repeated keys -> arrays. */
function parseUrlencoded(text) {
  const out = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const m = rawKey.match(/^([^[\]]+)((?:\[[^[\]]*\])*)$/);
    const keys = m ? [m[1], ...[...m[2].matchAll(/\[([^[\]]*)\]/g)].map((x) => x[1])] : [rawKey];
    let node = out;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const last = i === keys.length - 1;
      if (k === '' && Array.isArray(node)) {
        if (last) node.push(value);
        else node.push((node = {}));
        continue;
      }
      if (last) {
        if (k in node) node[k] = [].concat(node[k], value);
        else node[k] = value;
      } else {
        if (node[k] === undefined || typeof node[k] !== 'object') node[k] = keys[i + 1] === '' ? [] : {};
        node = node[k];
      }
    }
  }
  return out;
}

/** Reads the request body and returns what Express would put in req.body. */
export async function readBody(req, limit = 100 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > limit) throw new BodyError('request entity too large', 413, 'entity.too.large');
    chunks.push(c);
  }
  const raw = Buffer.concat(chunks);
  const mt = mediaType(req.headers);
  if (!hasBody(req.headers) || !mt) return { body: {}, raw };
  if (mt.type === 'application/json') {
    const charset = mt.charset || 'utf-8';
    if (charset.slice(0, 4) !== 'utf-') {
      throw new BodyError(`unsupported charset "${charset.toUpperCase()}"`, 415, 'charset.unsupported');
    }
    return { body: parseJsonStrict(raw.toString('utf8')), raw };
  }
  if (mt.type === 'application/x-www-form-urlencoded') {
    return { body: raw.length ? parseUrlencoded(raw.toString('utf8')) : {}, raw };
  }
  return { body: {}, raw };
}

/** cors({origin:true, credentials:true, exposedHeaders:[...]}) as InsForge configures it. */
export function applyCors(req, res) {
  const origin = req.headers.origin;
  if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET,HEAD,PUT,PATCH,POST,DELETE');
    const reqHeaders = req.headers['access-control-request-headers'];
    if (reqHeaders) {
      res.setHeader('Access-Control-Allow-Headers', reqHeaders);
      res.setHeader('Vary', 'Origin, Access-Control-Request-Headers');
    }
    res.statusCode = 204;
    res.setHeader('Content-Length', '0');
    res.end();
    return true;
  }
  res.setHeader('Access-Control-Expose-Headers', 'Content-Range,Preference-Applied');
  return false;
}

/** Express 4 res.set('Content-Type'): mime v1 charsets.lookup adds utf-8 to text and json/js. */
export function withCharset(ct) {
  if (/;\s*charset\s*=/i.test(ct)) return ct;
  const base = ct.split(';')[0];
  return /^text\/|^application\/(javascript|json)/.test(base) ? `${ct}; charset=utf-8` : ct;
}

function weakEtag(buf) {
  const hash = crypto.createHash('sha1').update(buf).digest('base64').substring(0, 27);
  return `W/"${buf.length.toString(16)}-${hash}"`;
}

function fresh(reqHeaders, resHeaders) {
  const inm = reqHeaders['if-none-match'];
  if (!inm || /(?:^|,)\s*?no-cache\s*?(?:,|$)/.test(reqHeaders['cache-control'] || '')) return false;
  if (inm === '*') return true;
  const etag = resHeaders.etag;
  if (!etag) return false;
  return inm.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || `W/${t}` === etag);
}

/** res.status(s).send(buffer) with Express 4's ETag/304/HEAD/204 handling. */
export function sendExpress(req, res, status, body) {
  let buf = body == null ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(String(body));
  res.setHeader('X-Powered-By', 'Express');
  if (!res.hasHeader('content-type') && body != null) res.setHeader('Content-Type', 'application/octet-stream');
  if (!res.hasHeader('etag') && buf.length >= 0 && body != null) res.setHeader('ETag', weakEtag(buf));
  res.statusCode = status;
  const isFresh =
    (req.method === 'GET' || req.method === 'HEAD') &&
    ((status >= 200 && status < 300) || status === 304) &&
    fresh(req.headers, { etag: res.getHeader('etag') });
  if (isFresh) res.statusCode = 304;
  if (res.statusCode === 204 || res.statusCode === 304) {
    res.removeHeader('Content-Type');
    res.removeHeader('Content-Length');
    res.removeHeader('Transfer-Encoding');
    buf = Buffer.alloc(0);
  }
  if (res.statusCode !== 204 && res.statusCode !== 304) res.setHeader('Content-Length', String(buf.length));
  res.end(req.method === 'HEAD' ? undefined : buf);
}

export function sendJson(req, res, status, value) {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  sendExpress(req, res, status, value === undefined ? null : JSON.stringify(value));
}
