// A fake of the `@insforge/sdk` database client (`createClient(...).database`) for the ledger's
// unit tests: in-memory tables with the unique keys of migrations/002_x402.sql, PostgREST-shaped
// answers ({data, error}, a unique violation is error.code '23505') and fault injection.
//
//   db.from(table).insert([row]).select()           → {data: [inserted rows]}
//   db.from(table).select('*').eq(col, v).eq(...)   → {data: [matching rows]}
//     (also .neq, .gte, .lt, .is(col, null) and .limit(n); updated_at/settled_at kept as the
//     ledger's trigger keeps them)
//   db.from(table).update(patch).eq(...).select()   → {data: [updated rows]} (data null without select)
//   db.from(table).delete().eq(...)                 → {data: null}
//   db.rpc(name, args)                              → db.rpcs[name](args), or an error when unknown
//
// A query runs when awaited, one event-loop turn later (as a network call would), so concurrent
// callers interleave; each statement is atomic, as one SQL statement is.
// db.fault(match, kind, times, detail) makes the next `times` queries for which match(query) is true:
//   'throw'  throw before reaching the database (nothing happens);
//   'error'  answer {data: null, error} (nothing happens; `error` defaults to code XX000);
//   'lost'   commit, then throw: the statement happened but its caller never learns it;
//   'answer' answer `detail` ({data, error}) as it is (nothing happens).
// db.log lists every query that reached the fake ({table, op, filters, rows, patch, ...}).

const UNIQUE = {
  x402_payments: [['id'], ['payer_address', 'nonce'], ['tx_hash']],
  x402_settlements: [['payment_id']],
};
const DEFAULTS = {
  x402_payments: () => ({ status: 'pending', tx_hash: null, error_reason: null, response_summary: null, attempts: 1, created_at: now(), updated_at: now(), settled_at: null }),
  x402_settlements: () => ({}),
};

const copy = (row) => structuredClone(row);
const now = () => new Date().toISOString();

export function fakeDb() {
  const tables = { x402_payments: [], x402_settlements: [] };
  const log = [];
  const faults = [];
  const rpcs = {};
  let ids = 0;

  const TEST = {
    eq: (a, b) => a === b,
    neq: (a, b) => a !== b,
    // ISO timestamps compare as strings; NULL matches no range, as in SQL.
    gte: (a, b) => a != null && a >= b,
    lt: (a, b) => a != null && a < b,
    is: (a, b) => (a ?? null) === b,
  };
  const matches = (row, filters) => filters.every(([col, val, op = 'eq']) => TEST[op](row[col], val));
  // The unique key `row` would violate among `others`, or null. NULLs never collide.
  function violation(table, row, others) {
    for (const key of UNIQUE[table] || []) {
      if (key.some((col) => row[col] == null)) continue;
      if (others.some((o) => key.every((col) => o[col] === row[col]))) return key;
    }
    return null;
  }
  const uniqueError = (table, key) => ({ data: null, error: { code: '23505', message: `duplicate key value violates unique constraint on ${table} (${key.join(', ')})` } });

  function execute(q) {
    if (q.op === 'rpc') {
      const fn = rpcs[q.name];
      if (!fn) return { data: null, error: { code: 'PGRST202', message: `function ${q.name} not found` } };
      return { data: fn(q.args), error: null };
    }
    const table = tables[q.table];
    if (!table) return { data: null, error: { code: '42P01', message: `relation ${q.table} does not exist` } };
    if (q.op === 'insert') {
      const added = [];
      for (const input of q.rows) {
        const row = { id: `id-${++ids}`, ...DEFAULTS[q.table](), ...copy(input) };
        const key = violation(q.table, row, [...table, ...added]);
        if (key) return uniqueError(q.table, key);
        added.push(row);
      }
      table.push(...added);
      return { data: q.returning ? added.map(copy) : null, error: null };
    }
    const hit = table.filter((row) => matches(row, q.filters));
    if (q.op === 'select') return { data: hit.slice(0, q.limit ?? hit.length).map(copy), error: null };
    if (q.op === 'update') {
      // As the ledger's touch trigger: updated_at on every update, settled_at on settling.
      const next = hit.map((row) => {
        const out = { ...row, ...copy(q.patch) };
        if (q.table === 'x402_payments') {
          out.updated_at = now();
          if (out.status === 'settled' && row.status !== 'settled') out.settled_at = now();
        }
        return out;
      });
      for (const row of next) {
        const key = violation(q.table, row, [...table.filter((o) => !hit.includes(o)), ...next.filter((o) => o !== row)]);
        if (key) return uniqueError(q.table, key);
      }
      hit.forEach((row, i) => Object.assign(row, next[i]));
      return { data: q.returning ? hit.map(copy) : null, error: null };
    }
    if (q.op === 'delete') {
      for (const row of hit) table.splice(table.indexOf(row), 1);
      return { data: q.returning ? hit.map(copy) : null, error: null };
    }
    throw new Error(`fake db: unknown operation ${q.op}`);
  }

  async function run(q) {
    await new Promise((resolve) => setImmediate(resolve));
    log.push(q);
    const fault = faults.find((f) => f.times > 0 && f.match(q));
    if (fault) fault.times--;
    if (fault?.kind === 'throw') throw new TypeError('fetch failed');
    if (fault?.kind === 'error') return { data: null, error: fault.detail || { code: 'XX000', message: 'injected failure' } };
    if (fault?.kind === 'answer') return fault.detail;
    const answer = execute(q);
    if (fault?.kind === 'lost') throw new TypeError('fetch failed');
    return answer;
  }

  function from(table) {
    const q = { table, op: 'select', filters: [], returning: false };
    const builder = {
      insert(rows) {
        q.op = 'insert';
        q.rows = rows;
        return builder;
      },
      update(patch) {
        q.op = 'update';
        q.patch = patch;
        return builder;
      },
      delete() {
        q.op = 'delete';
        return builder;
      },
      select(columns = '*') {
        if (q.op === 'select') q.columns = columns;
        else q.returning = true;
        return builder;
      },
      eq(column, value) {
        q.filters.push([column, value]);
        return builder;
      },
      neq(column, value) {
        q.filters.push([column, value, 'neq']);
        return builder;
      },
      gte(column, value) {
        q.filters.push([column, value, 'gte']);
        return builder;
      },
      lt(column, value) {
        q.filters.push([column, value, 'lt']);
        return builder;
      },
      is(column, value) {
        q.filters.push([column, value, 'is']);
        return builder;
      },
      limit(n) {
        q.limit = n;
        return builder;
      },
      then(resolve, reject) {
        return run(q).then(resolve, reject);
      },
    };
    return builder;
  }

  return {
    tables,
    log,
    rpcs,
    from,
    rpc: (name, args) => run({ op: 'rpc', name, args }),
    fault(match, kind, times = Infinity, detail = undefined) {
      faults.push({ match, kind, times, detail });
    },
    /** Rows of `table` as stored (live objects: a test may change them to play another client). */
    rows: (table = 'x402_payments') => tables[table],
  };
}

/** Fault matchers. */
export const on = {
  insert: (table) => (q) => q.op === 'insert' && q.table === table,
  select: (table) => (q) => q.op === 'select' && q.table === table,
  update: (table) => (q) => q.op === 'update' && q.table === table,
};
