//! x402 exports (issue 3).
