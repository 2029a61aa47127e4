//! The calling convention of the raw exports (the bridge's and the challenge's), whose glue is
//! our own (`functions/src/lib/raw-abi.js`) instead of wasm-bindgen's.
//!
//! A string comes in as UTF-8 that JS wrote into a buffer from [`alloc`] (exactly its length;
//! pointer 0 for an absent optional) and is owned from then on. A string or bytes going out
//! stays in one slot until the next goes out, returned as `pointer · 2³² + length` in an `f64`
//! (exact below 2⁵³), `-1` for none.

#[allow(unused_imports)]
use crate::prelude::*;

/// The last string or bytes handed out, kept until the next.
struct Slot(core::cell::UnsafeCell<Vec<u8>>);
// A wasm instance runs one thread.
unsafe impl Sync for Slot {}
static OUT: Slot = Slot(core::cell::UnsafeCell::new(Vec::new()));

/// `bytes` into the slot, as JS reads it.
pub fn out(bytes: Option<Vec<u8>>) -> f64 {
    let Some(bytes) = bytes else { return -1.0 };
    // SAFETY: one thread, and JS reads the slot before its next call.
    let slot = unsafe { &mut *OUT.0.get() };
    *slot = bytes;
    slot.as_ptr() as usize as f64 * 4_294_967_296.0 + slot.len() as f64
}

pub fn text(s: Option<String>) -> f64 {
    out(s.map(String::into_bytes))
}

/// A string JS wrote at `ptr` (from [`alloc`], `len` bytes of UTF-8 from `TextEncoder`).
pub fn take(ptr: *mut u8, len: usize) -> Option<String> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: `ptr` is an allocation of exactly `len` bytes made by `alloc`, filled with
    // valid UTF-8 by JS and not used by it again.
    Some(unsafe { String::from_utf8_unchecked(Vec::from_raw_parts(ptr, len, len)) })
}

/// [`take`], an absent string read as empty.
pub fn arg(ptr: *mut u8, len: usize) -> String {
    take(ptr, len).unwrap_or_default()
}

/// A buffer of `len` bytes for JS to write one argument into.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    core::mem::forget(v);
    p
}
