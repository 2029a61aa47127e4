// The x402 flavor (verifier, flows, settlement, and the facilitator's and reconcile's exports):
// the module of x402-facilitator and x402-reconcile, as lib/x402-module.js keeps it.
// x402-paywall has its own, without those exports (lib/paywall.js).

import * as x402Wasm from '../wasm/x402.js';
import { x402Module } from './x402-module.js';

export { release, replyOf } from './x402-module.js';

const x402 = x402Module(x402Wasm);

export const wasm = x402.wasm;

/** The paywall's configuration (`X402Config`), parsed once per set of secret values. */
export const paywallConfig = () => x402.config('X402Config');

/** The facilitator's configuration (`X402Facilitator`), parsed once per set of secret values. */
export const facilitatorConfig = () => x402.config('X402Facilitator');
