// The bridge client package's unit tests (fake clock, fake bridge, fake InsForge with a viem
// wallet), run by `npm test`'s unit stage: the suites live with the package, in
// packages/insforge-bridge-client/test/.

import '../../packages/insforge-bridge-client/test/session.test.mjs';
import '../../packages/insforge-bridge-client/test/wallet.test.mjs';
