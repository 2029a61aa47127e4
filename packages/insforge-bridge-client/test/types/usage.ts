// Compiled by `deno check` (tests/e2e/bridge-client.test.mjs): how an app uses the package, and
// uses the declarations must refuse.

// @ts-types="../../index.d.ts"
import { BridgeError, BridgeEvent, createBridgeClient, createWalletBridgeClient, eip1193Wallet, siweMessage } from '../../src/index.js';
import type { AuthStateChangeCallback, BridgeClient, BridgeSession, Eip1193Provider, ProviderTokenContext, WalletSigner } from '../../index.d.ts';

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

// ---- wallet sign-in ------------------------------------------------------------------------

declare const ethereum: Eip1193Provider;
declare const account: { address: `0x${string}`; signMessage(args: { message: string }): Promise<`0x${string}`> };

const fromBrowser: BridgeClient = createWalletBridgeClient({
  baseUrl: 'https://app.us-east.insforge.app',
  anonKey: 'anon_x',
  wallet: eip1193Wallet(ethereum),
});
const viemSigner: WalletSigner = {
  getAddress: async () => account.address,
  signMessage: (message, { reason, address }) => {
    const why: string = reason;
    const who: string = address;
    void why, who;
    return account.signMessage({ message });
  },
};
const renewing: BridgeClient = createBridgeClient({
  baseUrl: 'https://app.us-east.insforge.app',
  bridge: 'https://app.us-east.insforge.app/functions/wallet-bridge',
  wallet: viemSigner,
  walletRefresh: 'sign',
  siwe: { chainId: 196, domain: 'app.example.com', uri: 'https://app.example.com/' },
});
fromBrowser.onAuthStateChange((event, session, error) => {
  if (event === BridgeEvent.SESSION_EXPIRED && session) {
    const ended: string = session.user.id;
    const code: string | undefined = error?.code;
    void ended, code;
  }
});
const text: string = siweMessage({
  domain: 'app.example.com',
  address: account.address,
  uri: 'https://app.example.com',
  chainId: 1,
  nonce: 'abcdef0123456789',
  issuedAt: new Date(),
  expirationTime: '2030-01-01T00:05:00Z',
});
void renewing, text;

// @ts-expect-error: a wallet client takes no provider token
createBridgeClient({ baseUrl: 'x', wallet: viemSigner, getProviderToken: async () => 't' });
// @ts-expect-error: walletRefresh is 'expire' or 'sign'
createWalletBridgeClient({ baseUrl: 'x', wallet: viemSigner, walletRefresh: 'always' });
// @ts-expect-error: walletRefresh needs a wallet
createBridgeClient({ baseUrl: 'x', bridge: 'b', getProviderToken: async () => 't', walletRefresh: 'sign' });
// @ts-expect-error: the wallet factory needs a wallet
createWalletBridgeClient({ baseUrl: 'x' });
// @ts-expect-error: a chain id is a number
createWalletBridgeClient({ baseUrl: 'x', wallet: viemSigner, siwe: { chainId: '196' } });
// @ts-expect-error: a signer signs messages
createWalletBridgeClient({ baseUrl: 'x', wallet: { getAddress: async () => '0x' } });
