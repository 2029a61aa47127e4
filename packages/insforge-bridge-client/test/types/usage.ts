// Compiled by `deno check` (tests/e2e/bridge-client.test.mjs): how an app uses the package, and
// uses the declarations must refuse.

// @ts-types="../../index.d.ts"
import { BridgeError, BridgeEvent, createBridgeClient } from '../../src/index.js';
import type { AuthStateChangeCallback, BridgeClient, BridgeSession, ProviderTokenContext } from '../../index.d.ts';

declare function clerkGetToken(options?: { skipCache?: boolean }): Promise<string | null>;

const bridge: BridgeClient = createBridgeClient({
  baseUrl: 'https://app.us-east.insforge.app',
  anonKey: 'anon_x',
  bridge: 'oidc-bridge',
  getProviderToken: ({ forceRefresh }: ProviderTokenContext) => clerkGetToken({ skipCache: forceRefresh }),
  refreshMargin: { ratio: 0.2, maxMs: 30_000 },
  backoff: { baseMs: 1_000, maxMs: 30_000 },
  sdk: { timeout: 10_000, headers: { 'x-app': 'demo' } },
});

const onChange: AuthStateChangeCallback = (event, session, error) => {
  if (event === BridgeEvent.TOKEN_REFRESHED && session) {
    const exp: number = session.expiresAt;
    const id: string = session.user.id;
    void exp, id;
  }
  if (event === 'REFRESH_FAILED' && error instanceof BridgeError) {
    const retryAt: number | undefined = error.retryAt;
    void retryAt;
  }
};
const off: () => void = bridge.onAuthStateChange(onChange);
off();

export async function demo(): Promise<void> {
  const session: BridgeSession = await bridge.signIn();
  const token: string = await bridge.getAccessToken({ forceRefresh: true });
  const { data, error } = await bridge.client.database.from('todos').select('*');
  await bridge.client.functions.invoke('whoami');
  await bridge.client.realtime.connect();
  bridge.signOut();
  void session, token, data, error;
}

// @ts-expect-error: bridge is required
createBridgeClient({ baseUrl: 'x', getProviderToken: async () => 'token' });
// @ts-expect-error: getProviderToken resolves to a string
createBridgeClient({ baseUrl: 'x', bridge: 'b', getProviderToken: async () => 42 });
// @ts-expect-error: the SDK token options are the bridge's to set
createBridgeClient({ baseUrl: 'x', bridge: 'b', getProviderToken: async () => 't', sdk: { accessToken: 't' } });
// @ts-expect-error: not an event
const bad: BridgeEvent = 'SIGNED_UP';
void bad;
