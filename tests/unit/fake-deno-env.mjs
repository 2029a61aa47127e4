// The one fake of the platform's secrets for unit tests: `Deno.env.get` over `secrets` for the
// duration of test `t`, restored after it. Returns the (mutable) secrets.

export function withEnv(t, secrets) {
  const saved = globalThis.Deno;
  globalThis.Deno = { env: { get: (k) => secrets[k] } };
  t.after(() => {
    if (saved === undefined) delete globalThis.Deno;
    else globalThis.Deno = saved;
  });
  return secrets;
}
