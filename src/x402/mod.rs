//! x402 payments (issue 3): models, EIP-712, verification, OKX.
pub mod address;
pub mod assets;
pub mod codec;
pub mod eip712;
pub mod error;
pub mod model;
pub mod network;
pub mod recover;
pub mod u256;
pub mod config;
pub mod requirements;
pub mod timestamp;
pub mod verify;
pub mod okx;
