// The workos bridge: see lib/bridge.js.
import { bridgeHandler } from './lib/bridge.js';

export default bridgeHandler('workos');
