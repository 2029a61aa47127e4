// Our reproduction of InsForge's self-hosted functions runtime (InsForge/InsForge
// functions/server.ts) for Deno 2.0.6, started with --unstable-worker-options.
//
// Same contract: only `^/([a-zA-Z0-9_-]+)$` is routed; on every request the active
// code and ALL secrets are read afresh, a NEW module Worker is created from the worker
// template with the same permission set, the request is posted to it, the answer is
// turned back into a Response and the worker is terminated.
//
// Where InsForge reads `functions.definitions` and decrypts `system.secrets` from
// Postgres, we read the same facts from a state directory the Node backend writes
// atomically: <STATE_DIR>/functions/<slug>.json = {code, status} and
// <STATE_DIR>/secrets.json = {KEY: value}. Per-request reads keep InsForge's property
// that a redeploy or a secret change applies to the very next request.

const port = Number(Deno.env.get('PORT') ?? '7133');
const hostname = Deno.env.get('HOST') ?? '127.0.0.1';
const WORKER_TIMEOUT_MS = parseInt(Deno.env.get('WORKER_TIMEOUT_MS') ?? '60000');
const STATE_DIR = Deno.env.get('STATE_DIR')!;
const TEMPLATE = new URL('./worker-template.js', import.meta.url);

let templateCode: string | null = null;
async function workerTemplate(): Promise<string> {
  templateCode ??= await Deno.readTextFile(TEMPLATE);
  return templateCode;
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await Deno.readTextFile(path)) as T;
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    console.error(`Error reading ${path}:`, e);
    return null;
  }
}

async function activeCode(slug: string): Promise<string | null> {
  const def = await readJson<{ code: string; status: string }>(`${STATE_DIR}/functions/${slug}.json`);
  return def && def.status === 'active' && def.code ? def.code : null;
}

async function allSecrets(): Promise<Record<string, string>> {
  return (await readJson<Record<string, string>>(`${STATE_DIR}/secrets.json`)) ?? {};
}

const json = (value: unknown, status: number) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

async function executeInWorker(code: string, request: Request): Promise<Response> {
  const template = await workerTemplate();
  const secrets = await allSecrets();
  const workerUrl = URL.createObjectURL(new Blob([template], { type: 'application/javascript' }));

  return new Promise(async (resolve) => {
    const worker = new Worker(workerUrl, {
      type: 'module',
      // @ts-ignore: Deno-specific worker option (needs --unstable-worker-options)
      deno: {
        permissions: {
          env: false, // secrets travel in the message, never through the real env
          // The SDK and outbound APIs need the network: all of it, as InsForge grants, unless the
          // runtime itself was started with less (npm test: loopback only).
          net: 'inherit',
          read: false,
          write: false,
          run: false,
          ffi: false,
          sys: false,
          import: false,
          hrtime: false,
        },
      },
    });
    const finish = (res: Response) => {
      clearTimeout(timer);
      worker.terminate();
      URL.revokeObjectURL(workerUrl);
      resolve(res);
    };
    const timer = setTimeout(() => finish(json({ error: 'Function timeout' }, 504)), WORKER_TIMEOUT_MS);

    worker.onmessage = (e: MessageEvent) => {
      if (e.data.success) {
        const r = e.data.response;
        finish(new Response(r.body, { status: r.status, statusText: r.statusText, headers: r.headers }));
      } else {
        finish(json({ error: e.data.error }, e.data.status || 500));
      }
    };
    worker.onerror = (error: ErrorEvent) => {
      console.error('Worker error:', error.message ?? error);
      finish(json({ error: 'Worker execution error' }, 500));
    };

    const body = request.body ? await request.text() : null;
    worker.postMessage({
      code,
      requestData: {
        url: request.url,
        method: request.method,
        headers: Object.fromEntries(request.headers),
        body,
      },
      secrets,
    });
  });
}

Deno.serve({ hostname, port, onListen: () => console.log(`Deno serverless runtime running on ${hostname}:${port}`) }, async (req) => {
  const { pathname } = new URL(req.url);

  if (pathname === '/health') {
    return json(
      { status: 'ok', runtime: 'deno', version: Deno.version.deno, typescript: Deno.version.typescript, v8: Deno.version.v8 },
      200,
    );
  }

  const slugMatch = pathname.match(/^\/([a-zA-Z0-9_-]+)$/);
  if (slugMatch) {
    const slug = slugMatch[1];
    const started = Date.now();
    const code = await activeCode(slug);
    if (!code) return json({ error: 'Function not found or not active' }, 404);
    try {
      const response = await executeInWorker(code, req);
      console.log(
        JSON.stringify({
          timestamp: new Date().toISOString(),
          level: 'info',
          slug,
          method: req.method,
          status: response.status,
          duration: `${Date.now() - started}ms`,
        }),
      );
      return response;
    } catch (error) {
      console.error(
        JSON.stringify({
          timestamp: new Date().toISOString(),
          level: 'error',
          slug,
          error: error instanceof Error ? error.message : String(error),
          duration: `${Date.now() - started}ms`,
        }),
      );
      return json({ error: 'Function execution failed' }, 500);
    }
  }

  return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
});
