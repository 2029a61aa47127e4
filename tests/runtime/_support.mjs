// Shared bits for the runtime tests (not a test file itself).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
export { migrate } from '../../runtime/postgres.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ROOT_MIGRATION = path.join(ROOT, 'migrations', '001_bridge.sql');

/** POST /api/functions or PUT /api/functions/<slug>, the way the InsForge CLI deploys. */
export async function deployViaApi(stack, slug, code) {
  const headers = { authorization: `Bearer ${stack.secrets.API_KEY}`, 'content-type': 'application/json' };
  const get = await fetch(`${stack.baseUrl}/api/functions/${slug}`, { headers });
  await get.arrayBuffer();
  const res =
    get.status === 404
      ? await fetch(`${stack.baseUrl}/api/functions`, { method: 'POST', headers, body: JSON.stringify({ slug, name: slug, code }) })
      : await fetch(`${stack.baseUrl}/api/functions/${slug}`, { method: 'PUT', headers, body: JSON.stringify({ code }) });
  const body = await res.json();
  if (!res.ok || !body.success) throw new Error(`deploy ${slug} failed: ${res.status} ${JSON.stringify(body)}`);
  return body;
}
