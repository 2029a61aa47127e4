// Our reproduction of the router InsForge Cloud generates as the entrypoint of a
// project's Deno Deploy app (InsForge/InsForge backend/src/providers/functions/
// deno-subhosting.provider.ts, generateRouter()). The local Cloud runtime copies this
// file next to the wrapped functions and a generated main.ts that imports every
// function ONCE and calls serveRouter(): one long-lived isolate, module state survives
// across requests, exactly like a Deploy revision.
//
// Mirrored behaviour: `/` and `/health` answer a health JSON; `/<slug>[/sub/path]`
// dispatches to the function with the URL pathname rewritten to `/sub/path`; unknown
// slug -> 404 {"error":"Function not found"} (or "No functions deployed" when the app
// has none); a throw -- including a thrown Response -- becomes
// 500 {"error":"Function execution failed", message}; recursion deeper than 8 in-process
// dispatches -> 508; globalThis.__insforge_dispatch__ is set for in-process invocation.

import { AsyncLocalStorage } from 'node:async_hooks';

type Handler = (req: Request) => Promise<Response>;

declare global {
  var __insforge_dispatch__: (req: Request) => Promise<Response>;
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

const health = () => json({ status: 'ok', type: 'insforge-functions', timestamp: new Date().toISOString() });

export function createDispatch(routes: Record<string, Handler>): Handler {
  if (Object.keys(routes).length === 0) {
    return async (req) => {
      const { pathname } = new URL(req.url);
      if (pathname === '/health' || pathname === '/') return health();
      return json({ error: 'No functions deployed' }, 404);
    };
  }

  const MAX_DEPTH = 8;
  const depth = new AsyncLocalStorage<number>();

  return async (req) => {
    const current = depth.getStore() ?? 0;
    if (current >= MAX_DEPTH) {
      return json(
        {
          error: 'Loop Detected',
          message: 'Function call depth exceeded ' + MAX_DEPTH + '. Possible recursive invocation.',
        },
        508,
      );
    }
    return await depth.run(current + 1, async () => {
      const { pathname } = new URL(req.url);
      if (pathname === '/health' || pathname === '/') return health();

      const parts = pathname.split('/').filter(Boolean);
      const slug = parts[0];
      if (!slug || !routes[slug]) return json({ error: 'Function not found' }, 404);

      try {
        const handler = routes[slug];
        const subpath = parts.slice(1).join('/');
        let funcReq = req;
        if (subpath) {
          const u = new URL(req.url);
          u.pathname = '/' + subpath;
          funcReq = new Request(u.toString(), req);
        }
        const started = Date.now();
        const response = await handler(funcReq);
        console.log(
          JSON.stringify({
            timestamp: new Date().toISOString(),
            slug,
            method: req.method,
            status: response.status,
            duration: Date.now() - started + 'ms',
          }),
        );
        return response;
      } catch (error) {
        console.error('Function error:', error);
        return json({ error: 'Function execution failed', message: (error as Error).message }, 500);
      }
    });
  };
}

/** Serve the routes on loopback (Deploy chooses the port itself; locally we must). */
export function serveRouter(routes: Record<string, Handler>, port: number) {
  const dispatch = createDispatch(routes);
  globalThis.__insforge_dispatch__ = dispatch;
  Deno.serve({ hostname: '127.0.0.1', port, onListen: () => {} }, dispatch);
}
