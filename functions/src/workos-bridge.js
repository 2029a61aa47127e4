// The workos bridge: see lib/bridge.js.
module.exports = bridgeHandler('workos');
