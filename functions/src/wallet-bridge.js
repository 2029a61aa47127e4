// Sign-In with Ethereum to an InsForge token: see lib/wallet-bridge.js.
import { walletBridge } from './lib/wallet-bridge.js';

export default walletBridge();
