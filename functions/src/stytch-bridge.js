// The stytch bridge: see lib/bridge.js.
module.exports = bridgeHandler('stytch');
