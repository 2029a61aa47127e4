// The platform floor: a function that does nothing, deployed and called through the same
// contract as the measured functions. Not shipped.
module.exports = async () => new Response('ok');
