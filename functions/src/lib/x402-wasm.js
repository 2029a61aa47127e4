// The x402 flavor (verifier, flows, settlement, and the facilitator's and reconcile's exports):
// the module of x402-facilitator and x402-reconcile, as lib/x402-module.js keeps it.
// x402-paywall has its own, without those exports (lib/paywall.js).

import * as x402Wasm from '../wasm/x402.js';
import { x402Module } from './x402-module.js';

export { release, replyOf } from './x402-module.js';

export const { wasm, paywallConfig, facilitatorConfig } = x402Module(x402Wasm);
