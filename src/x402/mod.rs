//! x402 payments (issue 3): models, EIP-712, verification, OKX.
