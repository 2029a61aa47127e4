// The slice of InsForge's database API that @insforge/sdk 1.5.2 uses: its postgrest-js
// client rewrites `/<table>` to `/api/database/records/<table>` and `/rpc/<fn>` to
// `/api/database/rpc/<fn>` (sdk dist: createInsForgePostgrestFetch). InsForge forwards
// those to PostgREST (backend/src/api/routes/database/records.routes.ts, rpc.routes.ts,
// services/database/postgrest-proxy.service.ts); here we play PostgREST ourselves.
//
// Every request runs in its own transaction: SET LOCAL ROLE <role> and
// set_config('request.jwt.claims', <claims>, true), so RLS decides what is visible
// exactly as it would behind PostgREST. Identifiers are validated against a strict
// regex and double-quoted; values always travel as bind parameters.

import { AppError, authenticate, dbIdentity } from './auth.mjs';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ROLES = new Set(['anon', 'authenticated', 'project_admin']);
const RESERVED = new Set(['select', 'order', 'limit', 'offset', 'columns', 'on_conflict']);
const TEXT_LIKE = new Set(['text', 'character varying', 'character', 'citext', 'uuid', 'json', 'jsonb']);

/** A PostgREST-style error (the body InsForge forwards untouched with PostgREST's status). */
class PgrstError extends Error {
  constructor(status, code, message, details = null, hint = null) {
    super(message);
    Object.assign(this, { status, code, details, hint });
  }
  body() {
    return { code: this.code, details: this.details, hint: this.hint, message: this.message };
  }
}

const q = (id) => {
  if (!IDENT.test(id)) throw new PgrstError(400, 'PGRST100', `"failed to parse identifier" (${id})`, `Invalid identifier: ${id}`);
  return `"${id}"`;
};

// ---------------------------------------------------------------- parsing

function parseSelect(sel) {
  if (!sel || sel.trim() === '*') return '*';
  if (/[()!]/.test(sel)) {
    throw new PgrstError(400, 'PGRST100', 'Resource embedding is not supported by the local runtime', sel);
  }
  return sel
    .split(',')
    .map((item) => {
      item = item.trim();
      if (item === '*') return '*';
      let alias = null;
      const colon = item.match(/^([^:]+):([^:].*)$/);
      if (colon) [, alias, item] = colon;
      let cast = null;
      const c = item.split('::');
      if (c.length === 2) [item, cast] = c;
      let expr = q(item);
      if (cast) expr = `${expr}::${q(cast)}`;
      if (alias || cast) expr += ` AS ${q(alias || item)}`;
      return expr;
    })
    .join(', ');
}

/** Split `a,"b,c",d` (PostgREST list syntax for in.(...)). */
function splitList(s) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\' && quoted && i + 1 < s.length) cur += s[++i];
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const OPS = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=', like: 'LIKE', ilike: 'ILIKE' };

function parseFilters(query, params) {
  const where = [];
  for (const [key, raw] of query) {
    if (RESERVED.has(key)) continue;
    if (key === 'or' || key === 'and' || key.includes('.')) {
      throw new PgrstError(400, 'PGRST100', `Filter "${key}" is not supported by the local runtime`);
    }
    const col = `_t.${q(key)}`;
    let v = raw;
    let negate = false;
    if (v.startsWith('not.')) {
      negate = true;
      v = v.slice(4);
    }
    const dot = v.indexOf('.');
    if (dot < 0) throw new PgrstError(400, 'PGRST100', `"failed to parse filter (${raw})"`);
    const op = v.slice(0, dot);
    const arg = v.slice(dot + 1);
    let cond;
    if (OPS[op]) {
      const val = op === 'like' || op === 'ilike' ? arg.replace(/\*/g, '%') : arg;
      params.push(val);
      cond = `${col} ${OPS[op]} $${params.length}`;
    } else if (op === 'is') {
      const m = { null: 'NULL', true: 'TRUE', false: 'FALSE', unknown: 'UNKNOWN' }[arg.toLowerCase()];
      if (!m) throw new PgrstError(400, 'PGRST100', `"failed to parse filter (${raw})"`);
      cond = `${col} IS ${m}`;
    } else if (op === 'in') {
      const m = arg.match(/^\((.*)\)$/s);
      if (!m) throw new PgrstError(400, 'PGRST100', `"failed to parse filter (${raw})"`);
      params.push(m[1] === '' ? [] : splitList(m[1]));
      cond = `${col} = ANY($${params.length})`;
    } else {
      throw new PgrstError(400, 'PGRST100', `"failed to parse filter (${raw})"`, `Unsupported operator ${op}`);
    }
    where.push(negate ? `NOT (${cond})` : cond);
  }
  return where.length ? ` WHERE ${where.join(' AND ')}` : '';
}

function parseOrder(order) {
  if (!order) return '';
  const parts = order.split(',').map((term) => {
    const [col, ...mods] = term.split('.');
    let s = `_t.${q(col)}`;
    for (const m of mods) {
      if (m === 'asc') s += ' ASC';
      else if (m === 'desc') s += ' DESC';
      else if (m === 'nullsfirst') s += ' NULLS FIRST';
      else if (m === 'nullslast') s += ' NULLS LAST';
      else throw new PgrstError(400, 'PGRST100', `"failed to parse order (${order})"`);
    }
    return s;
  });
  return ` ORDER BY ${parts.join(', ')}`;
}

function intParam(v, name) {
  if (v == null) return null;
  if (!/^\d+$/.test(v)) throw new PgrstError(400, 'PGRST100', `"failed to parse ${name} (${v})"`);
  return Number(v);
}

function prefer(headers) {
  const out = {};
  for (const part of String(headers.prefer || '').split(',')) {
    const [k, v] = part.trim().split('=');
    if (k) out[k] = v ?? true;
  }
  return out;
}

// ---------------------------------------------------------------- errors

/** PostgREST's SQLSTATE -> HTTP status table (the parts that matter here). */
function statusFor(code, role) {
  if (code === '42501') return role === 'anon' ? 401 : 403;
  if (code === '23503' || code === '23505') return 409;
  if (code === '42P01' || code === '42883') return 404;
  if (code === 'P0001') return 400;
  if (code === '25006') return 405;
  const cls = String(code).slice(0, 2);
  if (cls === '08' || cls === '53') return 503;
  if (cls === '28' || cls === '0L' || cls === '0P') return 403;
  if (['09', '25', '2D', '38', '39', '3B', '40', '54', '55', '57', '58', 'F0', 'HV', 'P0', 'XX'].includes(cls)) return 500;
  return 400;
}

// ---------------------------------------------------------------- execution

async function inRoleTx(pool, ident, fn) {
  if (!ROLES.has(ident.role)) throw new AppError('Invalid user role claim', 403, 'AUTH_UNAUTHORIZED');
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(`SET LOCAL ROLE ${ident.role}`);
    await c.query("SELECT set_config('request.jwt.claims', $1, true)", [JSON.stringify(ident.claims)]);
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    if (e && typeof e.code === 'string' && e.severity) {
      throw new PgrstError(statusFor(e.code, ident.role), e.code, e.message, e.detail ?? null, e.hint ?? null);
    }
    throw e;
  } finally {
    c.release();
  }
}

/** records.routes.ts drops '' for non-text columns before forwarding writes. */
async function dropEmptyNonText(c, schema, table, rows) {
  const r = await c.query(
    'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
    [schema, table],
  );
  const types = Object.fromEntries(r.rows.map((x) => [x.column_name, x.data_type]));
  return rows.map((row) => {
    if (!row || typeof row !== 'object') return row;
    const out = {};
    for (const k of Object.keys(row)) {
      if (!TEXT_LIKE.has(types[k] ?? '') && row[k] === '') continue;
      out[k] = row[k];
    }
    return out;
  });
}

const agg = (from, proj) => `SELECT coalesce(json_agg(_q), '[]'::json) AS body FROM (SELECT ${proj === '*' ? '*' : proj} FROM ${from}) _q`;

async function records(c, { method, schema, table, query, headers, body }) {
  const tbl = `${q(schema)}.${q(table)}`;
  const pref = prefer(headers);
  const wantRows = pref.return === 'representation';
  const proj = parseSelect(query.get('select'));
  const params = [];

  if (method === 'GET' || method === 'HEAD') {
    const where = parseFilters(query, params);
    const limit = intParam(query.get('limit'), 'limit');
    const offset = intParam(query.get('offset'), 'offset');
    let sql = `${tbl} AS _t${where}${parseOrder(query.get('order'))}`;
    if (limit != null) sql += ` LIMIT ${limit}`;
    if (offset != null) sql += ` OFFSET ${offset}`;
    const rows = (await c.query(agg(`(SELECT _t.* FROM ${sql}) _t`, proj), params)).rows[0].body;
    let total = '*';
    if (pref.count === 'exact') {
      const cp = [];
      total = (await c.query(`SELECT count(*)::int AS n FROM ${tbl} AS _t${parseFilters(query, cp)}`, cp)).rows[0].n;
    }
    return { status: 200, rows, range: { offset: offset ?? 0, n: rows.length, total } };
  }

  if (method === 'POST') {
    let items = Array.isArray(body) ? body : [body ?? {}];
    items = await dropEmptyNonText(c, schema, table, items);
    const cols = query.get('columns')
      ? splitList(query.get('columns')).map((s) => s.trim())
      : [...new Set(items.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r) : [])))];
    cols.forEach(q);
    let conflict = '';
    if (pref.resolution === 'merge-duplicates' || pref.resolution === 'ignore-duplicates') {
      let target = query.get('on_conflict');
      if (!target) {
        const pk = await c.query(
          `SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
           WHERE i.indrelid = $1::regclass AND i.indisprimary`,
          [`${tbl}`],
        );
        target = pk.rows.map((r) => r.attname).join(',');
      }
      const tcols = target.split(',').map((s) => q(s.trim()));
      const upd = cols.filter((x) => !tcols.includes(`"${x}"`)).map((x) => `${q(x)} = EXCLUDED.${q(x)}`);
      conflict =
        pref.resolution === 'ignore-duplicates' || !upd.length
          ? ` ON CONFLICT (${tcols.join(', ')}) DO NOTHING`
          : ` ON CONFLICT (${tcols.join(', ')}) DO UPDATE SET ${upd.join(', ')}`;
    }
    // missing=default: a key absent from a row takes the column default (one INSERT
    // per row); otherwise PostgREST semantics: listed columns absent from a row are NULL.
    const groups = pref.missing === 'default' ? items.map((r) => [r, cols.filter((k) => r && k in r)]) : [[items, cols]];
    const out = [];
    for (const [payload, gcols] of groups) {
      const list = gcols.map(q).join(', ');
      const src = Array.isArray(payload)
        ? `jsonb_populate_recordset(null::${tbl}, $1::jsonb)`
        : `jsonb_populate_recordset(null::${tbl}, jsonb_build_array($1::jsonb))`;
      const ins = gcols.length
        ? `INSERT INTO ${tbl} AS _t (${list}) SELECT ${list} FROM ${src}${conflict} RETURNING _t.*`
        : `INSERT INTO ${tbl} AS _t DEFAULT VALUES${conflict} RETURNING _t.*`;
      const sql = `WITH _r AS (${ins}) ${agg('_r', proj)}`;
      const res = await c.query(sql, gcols.length ? [JSON.stringify(payload)] : []);
      out.push(...res.rows[0].body);
    }
    return { status: 201, rows: wantRows ? out : null };
  }

  if (method === 'PATCH' || method === 'DELETE') {
    let stmt;
    if (method === 'PATCH') {
      const [row] = await dropEmptyNonText(c, schema, table, [body ?? {}]);
      const cols = Object.keys(row || {});
      if (!cols.length) return { status: wantRows ? 200 : 204, rows: wantRows ? [] : null };
      params.push(JSON.stringify(row)); // $1 = the patch, filters follow
      const where = parseFilters(query, params);
      const set = cols.map((k) => `${q(k)} = _src.${q(k)}`).join(', ');
      stmt = `UPDATE ${tbl} AS _t SET ${set} FROM jsonb_populate_record(null::${tbl}, $1::jsonb) AS _src${where} RETURNING _t.*`;
    } else {
      stmt = `DELETE FROM ${tbl} AS _t${parseFilters(query, params)} RETURNING _t.*`;
    }
    const rows = (await c.query(`WITH _r AS (${stmt}) ${agg('_r', proj)}`, params)).rows[0].body;
    return { status: wantRows ? 200 : 204, rows: wantRows ? rows : null };
  }

  throw new PgrstError(405, 'PGRST117', `Unsupported HTTP method: ${method}`);
}

async function rpc(c, { method, schema, fn, query, body }) {
  const info = await c.query(
    `SELECT p.proretset, t.typtype FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     JOIN pg_type t ON t.oid = p.prorettype WHERE n.nspname = $1 AND p.proname = $2 LIMIT 1`,
    [schema, fn],
  );
  if (!info.rows.length) {
    throw new PgrstError(404, 'PGRST202', `Could not find the function ${schema}.${fn} in the schema cache`);
  }
  const args = method === 'GET' ? Object.fromEntries([...query].filter(([k]) => !RESERVED.has(k))) : body || {};
  const params = [];
  const named = Object.entries(args).map(([k, v]) => {
    params.push(v !== null && typeof v === 'object' ? JSON.stringify(v) : v);
    return `${q(k)} => $${params.length}`;
  });
  const call = `${q(schema)}.${q(fn)}(${named.join(', ')})`;
  const { proretset, typtype } = info.rows[0];
  let sql;
  if (proretset) sql = `SELECT coalesce(json_agg(_x), '[]'::json) AS body FROM ${call} AS _x`;
  else if (typtype === 'c') sql = `SELECT to_json(_x) AS body FROM ${call} AS _x`;
  else sql = `SELECT to_json(${call}) AS body`;
  const r = await c.query(sql, params);
  return { status: 200, value: r.rows[0].body };
}

/**
 * Handle `/api/database/{records,rpc}/...`. `path` is what follows `/api/database`.
 * Returns {status, headers, body} with body a string or null.
 */
export async function handleDatabase({ method, path, query, headers, body }, { pool, secrets }) {
  const json = (status, value, extra = {}) => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...extra },
    body: value === undefined ? null : JSON.stringify(value),
  });
  try {
    const m = path.match(/^\/(records|rpc)\/([^/]+)(\/.*)?$/);
    if (!m) throw new AppError(`Endpoint /api/database${path} not found`, 404, 'NOT_FOUND');
    const name = decodeURIComponent(m[2]);
    if (!IDENT.test(name)) {
      const kind = m[1] === 'rpc' ? 'function' : 'table';
      throw new AppError(`Invalid ${kind} name: ${name}`, 400, 'DATABASE_VALIDATION_ERROR');
    }
    const auth = authenticate(headers, secrets);
    const ident = dbIdentity(auth);
    // PostgREST's profile headers pick the schema (default public).
    const schema = (['GET', 'HEAD'].includes(method) ? headers['accept-profile'] : headers['content-profile']) || 'public';
    if (!IDENT.test(schema)) throw new AppError(`Invalid schema name: ${schema}`, 400, 'DATABASE_VALIDATION_ERROR');

    if (m[1] === 'rpc') {
      const r = await inRoleTx(pool, ident, (c) => rpc(c, { method, schema, fn: name, query, body }));
      return json(r.status, r.value ?? null);
    }
    const r = await inRoleTx(pool, ident, (c) => records(c, { method, schema, table: name, query, headers, body }));
    const extra = {};
    if (r.range) {
      const { offset, n, total } = r.range;
      extra['content-range'] = `${n ? `${offset}-${offset + n - 1}` : '*'}/${total}`;
    }
    // vnd.pgrst.object+json (postgrest-js .single()): exactly one row or 406.
    if (String(headers.accept || '').includes('application/vnd.pgrst.object+json') && r.rows) {
      if (r.rows.length !== 1) {
        return json(406, {
          code: 'PGRST116',
          details: `The result contains ${r.rows.length} rows`,
          hint: null,
          message: 'JSON object requested, multiple (or no) rows returned',
        });
      }
      return json(r.status, r.rows[0], extra);
    }
    if (method === 'HEAD') return { status: r.status, headers: extra, body: null };
    // records.routes.ts: an empty PostgREST body is answered as [].
    return json(r.status, r.rows ?? [], extra);
  } catch (e) {
    if (e instanceof AppError) return json(e.statusCode, e.toJSON());
    if (e instanceof PgrstError) return json(e.status, e.body());
    return json(500, { error: 'INTERNAL_ERROR', message: e?.message || 'Internal server error', statusCode: 500 });
  }
}
