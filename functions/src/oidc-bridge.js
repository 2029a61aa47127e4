// The OpenID Connect bridge (any issuer; OIDC_PRESET picks a provider's row): see lib/bridge.js.
import { bridgeHandler } from './lib/bridge.js';

export default bridgeHandler('oidc');
