// The kinde bridge: see lib/bridge.js.
module.exports = bridgeHandler('kinde');
