//! The flows driven natively against a small in-memory ledger and chain (see the e2e suites
//! for the real database and chain).
