//! Which backend settles a payment. The backend names are spelled here only; JS reads them
//! from the `Payment` object and the ledger's `settler IN (...)` check lists the same ones.

use crate::x402::config::OkxConfig;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettlerKind {
    /// OKX's facilitator API (either generation).
    Okx,
    /// `MOCK_OKX_FACILITATOR=true`: verify locally, settle nothing (demo only).
    Mock,
    /// `X402_SETTLER=direct`: on chain from the seller's own gas wallet.
    Direct,
}

impl SettlerKind {
    pub const ALL: [SettlerKind; 3] = [SettlerKind::Okx, SettlerKind::Mock, SettlerKind::Direct];

    pub fn as_str(self) -> &'static str {
        match self {
            SettlerKind::Okx => "okx",
            SettlerKind::Mock => "mock",
            SettlerKind::Direct => "direct",
        }
    }
}

/// The backend with its configuration. `Direct` signs with `SETTLER_PRIVATE_KEY` (read by JS
/// and handed to the session only) and talks to `RPC_URL`'s nodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Backend {
    Okx(OkxConfig),
    Mock,
    Direct,
}

impl Backend {
    pub fn kind(&self) -> SettlerKind {
        match self {
            Backend::Okx(_) => SettlerKind::Okx,
            Backend::Mock => SettlerKind::Mock,
            Backend::Direct => SettlerKind::Direct,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ledger's CHECK constraint must accept exactly the names the core writes.
    #[test]
    fn the_ledger_check_lists_the_same_names() {
        let sql = include_str!("../../../migrations/002_x402.sql");
        let start = sql.find("settler IN (").expect("002_x402.sql has the settler CHECK") + "settler IN (".len();
        let list = &sql[start..start + sql[start..].find(')').unwrap()];
        let names: Vec<&str> = list.split(',').map(|n| n.trim().trim_matches('\'')).collect();
        let ours: Vec<&str> = SettlerKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names, ours);
        assert!(sql.contains("settler text NOT NULL DEFAULT 'okx'"), "the column default is the Okx name");
    }
}
