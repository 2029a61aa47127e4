// The InsForge backend surface our functions and apps talk to, on one node:http server:
//   GET  /api/health                       readiness
//   /api/database/{records,rpc}/...        db-api.mjs (PostgREST semantics + RLS)
//   /api/functions[/<slug>]                deploy API (admin only)
//   ANY  /functions/<slug>                 proxy to the active functions runtime,
//                                          mirroring backend/src/server.ts app.all('/functions/:slug')
//   anything else the caller's `routes` answers (not InsForge's: npm start's demo pages)
// Express-visible behaviour (body parsing, CORS, send) comes from express-compat.mjs.

import crypto from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import { authenticateAdmin, AppError } from './auth.mjs';
import { handleDatabase } from './db-api.mjs';
import {
  applyCors,
  readBody,
  sendExpress,
  sendJson,
  withCharset,
  BodyError,
  INVALID_JSON_HINT,
} from './express-compat.mjs';

const SLUG_RE = /^[a-zA-Z0-9_-]+$/;
const RESERVED_SLUGS = ['health'];
const RESERVED_MSG = 'Reserved slug - "health" is used by the functions runtime and cannot be used as a function slug';

function errorBody(code, message, statusCode, nextActions) {
  const b = { error: code, message, statusCode };
  if (nextActions !== undefined) b.nextActions = nextActions;
  return b;
}

/** backend/src/api/middlewares/error.ts, for the errors we can raise. */
function sendError(req, res, e) {
  if (e instanceof AppError) return sendJson(req, res, e.statusCode, e.toJSON());
  if (e instanceof BodyError && e.type === 'entity.parse.failed') {
    return sendJson(req, res, 400, errorBody('INVALID_INPUT', e.message, 400, INVALID_JSON_HINT));
  }
  return sendJson(req, res, 500, errorBody('INTERNAL_ERROR', e?.message || 'Internal server error', 500));
}

/** zod-like issue list InsForge returns as the message of a 400 INVALID_INPUT. */
function validateUpload(body) {
  const issues = [];
  const str = (k, { min, optional }) => {
    const v = body?.[k];
    if (v === undefined) {
      if (!optional) issues.push({ code: 'invalid_type', expected: 'string', received: 'undefined', path: [k], message: 'Required' });
      return;
    }
    if (typeof v !== 'string') issues.push({ code: 'invalid_type', expected: 'string', received: typeof v, path: [k], message: `Expected string, received ${typeof v}` });
    else if (min && v.length < min) issues.push({ code: 'too_small', minimum: min, type: 'string', inclusive: true, exact: false, path: [k], message: k === 'name' ? 'Name is required' : 'String must contain at least 1 character(s)' });
  };
  return { str, issues };
}

/** token.manager.ts getJwks(): the RS256 public key as a JWK Set. */
function jwks(secrets) {
  if (!secrets.JWT_PUBLIC_KEY || !secrets.JWT_KEY_ID) return { keys: [] };
  try {
    const jwk = crypto.createPublicKey(secrets.JWT_PUBLIC_KEY).export({ format: 'jwk' });
    return { keys: [{ ...jwk, alg: 'RS256', use: 'sig', kid: secrets.JWT_KEY_ID }] };
  } catch {
    return { keys: [] };
  }
}

export function createBackend({ pool, getSecrets, functions, log, routes }) {
  // routes: optional (req, res, url) → true when it answered (npm start's demo pages); tried last.
  // functions: {list(), get(slug), create(data), update(slug, data), remove(slug), runtimeUrl()}
  async function functionsApi(req, res, path, body) {
    authenticateAdmin(req.headers, getSecrets());
    const m = path.match(/^\/?([^/]*)\/?$/);
    const slug = m ? decodeURIComponent(m[1]) : null;
    if (slug === null) throw new AppError(`Endpoint ${req.url} not found`, 404, 'NOT_FOUND');

    if (!slug && req.method === 'GET') return sendJson(req, res, 200, functions.list());
    if (!slug && req.method === 'POST') {
      const v = validateUpload(body);
      v.str('name', { min: 1 });
      v.str('code', { min: 1 });
      v.str('description', { optional: true });
      if (body?.slug !== undefined) {
        v.str('slug', { optional: true });
        if (typeof body.slug === 'string' && !SLUG_RE.test(body.slug)) {
          v.issues.push({ validation: 'regex', code: 'invalid_string', path: ['slug'], message: 'Invalid slug format - must be alphanumeric with hyphens or underscores only' });
        } else if (typeof body.slug === 'string' && RESERVED_SLUGS.includes(body.slug.toLowerCase())) {
          v.issues.push({ code: 'custom', path: ['slug'], message: RESERVED_MSG });
        }
      }
      if (body?.status !== undefined && !['draft', 'active'].includes(body.status)) {
        v.issues.push({ code: 'invalid_enum_value', options: ['draft', 'active'], path: ['status'], message: 'Invalid enum value' });
      }
      if (v.issues.length) throw new AppError(JSON.stringify(v.issues), 400, 'INVALID_INPUT');
      const result = await functions.create(body);
      return sendJson(req, res, 201, {
        success: !result.deployment || result.deployment.status === 'success',
        function: result.function,
        deployment: result.deployment,
      });
    }
    if (slug && req.method === 'GET') {
      const f = functions.get(slug);
      if (!f) throw new AppError('Function not found', 404, 'FUNCTION_NOT_FOUND');
      return sendJson(req, res, 200, f);
    }
    if (slug && req.method === 'PUT') {
      const v = validateUpload(body);
      for (const k of ['name', 'code', 'description']) v.str(k, { optional: true });
      if (v.issues.length) throw new AppError(JSON.stringify(v.issues), 400, 'INVALID_INPUT');
      const result = await functions.update(slug, body);
      if (!result) throw new AppError('Function not found', 404, 'FUNCTION_NOT_FOUND');
      return sendJson(req, res, 200, {
        success: !result.deployment || result.deployment.status === 'success',
        function: result.function,
        deployment: result.deployment,
      });
    }
    if (slug && req.method === 'DELETE') {
      if (!(await functions.remove(slug))) throw new AppError('Function not found', 404, 'FUNCTION_NOT_FOUND');
      return sendJson(req, res, 200, { success: true, message: `Function ${slug} deleted successfully` });
    }
    throw new AppError(`Endpoint ${req.url} not found`, 404, 'NOT_FOUND');
  }

  /** app.all('/functions/:slug') of backend/src/server.ts. */
  function proxyFunction(req, res, slug, body, search) {
    const target = new URL(`/${slug}`, functions.runtimeUrl());
    target.search = search;
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    headers.host = target.host;
    // Hop-by-hop framing is re-done for the new body.
    delete headers['transfer-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    // node-fetch v3 defaults the proxy's outbound request gets when the caller sent none.
    headers.accept ??= '*/*';
    headers['user-agent'] ??= 'node-fetch';
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    // The body the function sees is JSON.stringify(req.body): {} for anything that
    // was not JSON/urlencoded, re-serialised JSON otherwise. GET/HEAD carry none.
    const payload = ['GET', 'HEAD'].includes(req.method) ? null : Buffer.from(JSON.stringify(body));
    if (payload) headers['content-length'] = String(payload.length);
    else if (['POST', 'PUT'].includes(req.method)) headers['content-length'] = '0';
    else delete headers['content-length'];

    return new Promise((resolve) => {
      const out = http.request(target, { method: req.method, headers }, (up) => {
        let stream = up;
        // node-fetch leaves a HEAD, 204 or 304 answer undecoded: it has no body to inflate.
        const bodiless = req.method === 'HEAD' || up.statusCode === 204 || up.statusCode === 304;
        const enc = bodiless ? '' : String(up.headers['content-encoding'] || '').toLowerCase();
        if (enc === 'gzip' || enc === 'x-gzip') stream = up.pipe(zlib.createGunzip());
        else if (enc === 'deflate') stream = up.pipe(zlib.createInflate());
        else if (enc === 'br') stream = up.pipe(zlib.createBrotliDecompress());
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('error', (e) => {
          sendJson(req, res, 502, { error: e.message });
          resolve();
        });
        stream.on('end', () => {
          for (const [k, v] of Object.entries(up.headers)) {
            if (['transfer-encoding', 'content-length', 'connection', 'content-encoding', 'keep-alive'].includes(k)) continue;
            res.setHeader(k, k === 'content-type' ? withCharset(String(v)) : v);
          }
          res.setHeader('Access-Control-Allow-Origin', '*');
          sendExpress(req, res, up.statusCode, Buffer.concat(chunks));
          resolve();
        });
      });
      out.on('error', (e) => {
        log?.push(`[backend] Failed to proxy function ${slug}: ${e.message}\n`);
        sendJson(req, res, 502, { error: e.message });
        resolve();
      });
      out.end(payload ?? undefined);
    });
  }

  const server = http.createServer(async (req, res) => {
    try {
      if (applyCors(req, res)) return;
      const url = new URL(req.url, 'http://localhost');
      const { body } = await readBody(req);
      const p = url.pathname;

      if (p === '/api/health' && req.method === 'GET') {
        return sendJson(req, res, 200, {
          status: 'ok',
          version: 'local',
          service: 'Insforge OSS Backend',
          timestamp: new Date().toISOString(),
        });
      }
      if ((p === '/.well-known/jwks.json' || p === '/api/.well-known/jwks.json') && req.method === 'GET') {
        return sendJson(req, res, 200, jwks(getSecrets()));
      }
      if (p.startsWith('/api/database/')) {
        const r = await handleDatabase(
          { method: req.method, path: p.slice('/api/database'.length), query: url.searchParams, headers: req.headers, body },
          { pool, secrets: getSecrets() },
        );
        for (const [k, v] of Object.entries(r.headers)) res.setHeader(k, v);
        return sendExpress(req, res, r.status, r.body);
      }
      if (p === '/api/functions' || p.startsWith('/api/functions/')) {
        return await functionsApi(req, res, p.slice('/api/functions'.length), body);
      }
      // Express route '/functions/:slug': one segment, optional trailing slash, case-insensitive prefix.
      const fm = p.match(/^\/functions\/([^/]+?)\/?$/i);
      if (fm) return await proxyFunction(req, res, decodeURIComponent(fm[1]), body, url.search);
      if (routes && (await routes(req, res, url))) return;

      return sendJson(req, res, 404, {
        error: 'NOT_FOUND',
        message: `Endpoint ${req.url} not found`,
        statusCode: 404,
        nextActions: 'Please check the API documentation for available endpoints',
      });
    } catch (e) {
      if (!res.headersSent) sendError(req, res, e);
      else res.destroy();
    }
  });
  return server;
}
