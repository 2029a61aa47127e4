// How InsForge Cloud turns a `module.exports` source into the ES module it deploys
// (backend/src/providers/functions/deno-subhosting.provider.ts, legacy format): one
// definition used by the build gate (`deno check`) and by the local runtime's Cloud mode,
// so what we check is exactly what we run.

export const CLOUD_DENO_JSON = '{"nodeModulesDir":"auto","compilerOptions":{"noImplicitAny":false}}';

/** The router subpath rule: `/<slug>/a/b` reaches the function as `/a/b`. */
export const CLOUD_SLUG_RE = /^[a-zA-Z0-9_-]+$/;

export function wrapForCloud(code, slug) {
  if (!code.includes('module.exports')) return `// Function: ${slug}\n${code}`;
  return `// Function: ${slug} (legacy format)
// createClient is injected and available in scope
import { createClient } from 'npm:@insforge/sdk';

declare global {
  var __insforge_dispatch__: (req: Request) => Promise<Response>;
}

const _legacyModule: { exports: unknown } = { exports: {} };
const module = _legacyModule;

${code}

export default _legacyModule.exports as (req: Request) => Promise<Response>;

globalThis.__insforge_dispatch__ = (req: Request) => (_legacyModule.exports as (req: Request) => Promise<Response>)(req);
`;
}
