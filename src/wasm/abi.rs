//! The calling convention of the raw exports (the bridge's and the challenge's), whose glue is
//! our own (`functions/src/lib/raw-abi.js`) instead of wasm-bindgen's.
//!
//! A string comes in as UTF-8 that JS wrote into a buffer from [`alloc`] (exactly its length;
//! pointer 0 for an absent optional) and is owned from then on. A string or bytes going out
//! stays in one slot until the next goes out: the export answers 1 (0 for none), and JS reads
//! the slot's pointer and length at the address [`out_slot`] gives once.

#[allow(unused_imports)]
use crate::prelude::*;

use core::cell::UnsafeCell;

/// The last string or bytes handed out, kept until the next, and its `[pointer, length]`.
struct Slot(UnsafeCell<(Vec<u8>, [u32; 2])>);
// A wasm instance runs one thread.
unsafe impl Sync for Slot {}
static OUT: Slot = Slot(UnsafeCell::new((Vec::new(), [0; 2])));

/// `bytes` into the slot: 1, or 0 for none.
pub fn out(bytes: Option<Vec<u8>>) -> u32 {
    let Some(bytes) = bytes else { return 0 };
    // SAFETY: one thread, and JS reads the slot before its next call.
    let slot = unsafe { &mut *OUT.0.get() };
    slot.1 = [bytes.as_ptr() as usize as u32, bytes.len() as u32];
    slot.0 = bytes;
    1
}

pub fn text(s: Option<String>) -> u32 {
    out(s.map(String::into_bytes))
}

/// Where JS reads the `[pointer, length]` (two little-endian `u32`) of what an export handed out.
#[no_mangle]
pub extern "C" fn out_slot() -> *const u32 {
    // SAFETY: the address only; JS reads it between calls.
    unsafe { (*OUT.0.get()).1.as_ptr() }
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

/// `object` boxed, its pointer JS's handle to it until it calls the matching `*_free` export.
pub fn boxed<T>(object: T) -> *mut T {
    Box::into_raw(Box::new(object))
}

/// Drops an object [`boxed`] handed out.
///
/// # Safety
/// `handle` came from [`boxed`] with this `T`, and is freed once.
pub unsafe fn free<T>(handle: *mut T) {
    drop(Box::from_raw(handle));
}

/// A buffer of `len` bytes for JS to write one argument into.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    core::mem::forget(v);
    p
}
