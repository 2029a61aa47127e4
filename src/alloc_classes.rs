//! Every shipped .wasm's allocator: power-of-two size classes, one free list each, memory taken
//! from the end of the heap and never returned.
//!
//! Why not dlmalloc, std's allocator on wasm32: its ~5 KB of code was the largest single item
//! of the bridge .wasm (7.6 KB of each std flavor's), and on a fresh Worker (self-hosted
//! InsForge) its `malloc` is compiled on the first call. Why
//! not a bump allocator that never frees: on Cloud one instance serves request after request.
//! Here a freed block goes back to its class and the next request of that class reuses it, so
//! the heap stays at the largest number of blocks each class ever had live at once (at most
//! twice the bytes asked for), whatever the number of requests.

#[allow(unused_imports)]
use crate::prelude::*;

use core::cell::UnsafeCell;

/// The smallest block: a free block holds the next one's address; 16 keeps every block
/// 16-aligned (blocks are carved from a 16-aligned end).
const MIN_SHIFT: u32 = 4;
/// Classes 2^4 … 2^31 bytes.
const CLASSES: usize = 28;

/// Where memory comes from: `grow(bytes)` extends the heap by at least `bytes` and answers
/// the start of the new space and its length, or `None`.
pub trait Source {
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)>;
}

pub struct Heap<S> {
    free: [usize; CLASSES],
    /// The unused space at the end of the heap: `[next, end)`.
    next: usize,
    end: usize,
    source: S,
}

/// The class of a request, `None` beyond the largest.
fn class(size: usize, align: usize) -> Option<usize> {
    let need = size.max(align).max(1 << MIN_SHIFT);
    let shift = usize::BITS - (need - 1).leading_zeros();
    let c = (shift - MIN_SHIFT) as usize;
    (c < CLASSES).then_some(c)
}

impl<S: Source> Heap<S> {
    pub const fn new(source: S) -> Self {
        Heap { free: [0; CLASSES], next: 0, end: 0, source }
    }

    /// A block of at least `size` bytes aligned to `align` (a power of two); 0 when out of memory.
    ///
    /// # Safety
    /// The heap's memory is only ever handed out by this heap.
    pub unsafe fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
        // (`get_mut`, not indexing: no bounds-check panic path in the .wasm.)
        let Some((c, slot)) = class(size, align).and_then(|c| Some((c, self.free.get_mut(c)?))) else { return core::ptr::null_mut() };
        let head = *slot;
        // A block is aligned to its own size up to 16, and to `align` beyond when carved
        // for it; a reused one of a larger alignment than it was made for is not taken.
        if head != 0 && head & (align - 1) == 0 {
            *slot = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let bytes = 1usize << (c as u32 + MIN_SHIFT);
        let mask = align.max(16) - 1;
        let fits = |next: usize, end: usize| {
            let start = next.checked_add(mask)? & !mask;
            (start.checked_add(bytes)? <= end).then_some(start)
        };
        let start = match fits(self.next, self.end) {
            Some(start) => start,
            None => {
                // More memory; the rest of the old space is left unused unless the new space
                // continues it.
                let Some((at, len)) = self.source.grow(bytes + mask) else { return core::ptr::null_mut() };
                if at != self.end {
                    self.next = at;
                }
                self.end = at + len;
                let Some(start) = fits(self.next, self.end) else { return core::ptr::null_mut() };
                start
            }
        };
        self.next = start + bytes;
        start as *mut u8
    }

    /// # Safety
    /// `ptr` came from `alloc` (or `realloc`) of this heap with this `size` and `align`.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, size: usize, align: usize) {
        if let Some(slot) = class(size, align).and_then(|c| self.free.get_mut(c)) {
            unsafe { *(ptr as *mut usize) = *slot };
            *slot = ptr as usize;
        }
    }

    /// # Safety
    /// As [`Heap::dealloc`] for `ptr`, `size`, `align`.
    pub unsafe fn realloc(&mut self, ptr: *mut u8, size: usize, align: usize, new_size: usize) -> *mut u8 {
        // Still within its block: nothing moves (a shrink keeps the block).
        if class(new_size, align).is_some_and(|n| class(size, align).is_some_and(|c| n <= c)) {
            return ptr;
        }
        let new = unsafe { self.alloc(new_size, align) };
        if !new.is_null() {
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, new, size.min(new_size));
                self.dealloc(ptr, size, align);
            }
        }
        new
    }
}

/// wasm32 linear memory, grown by whole 64 KiB pages.
#[cfg(target_arch = "wasm32")]
pub struct Wasm;

#[cfg(target_arch = "wasm32")]
impl Source for Wasm {
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
        let pages = bytes.div_ceil(65536);
        let old = core::arch::wasm32::memory_grow(0, pages);
        (old != usize::MAX).then(|| (old * 65536, pages * 65536))
    }
}

/// The global allocator of a single-threaded module (wasm32 without threads).
pub struct Global<S>(pub UnsafeCell<Heap<S>>);

// A .wasm has one thread: no two calls ever run at once.
unsafe impl<S> Sync for Global<S> {}

unsafe impl<S: Source> core::alloc::GlobalAlloc for Global<S> {
    unsafe fn alloc(&self, l: core::alloc::Layout) -> *mut u8 {
        unsafe { (*self.0.get()).alloc(l.size(), l.align()) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: core::alloc::Layout) {
        unsafe { (*self.0.get()).dealloc(p, l.size(), l.align()) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: core::alloc::Layout, new_size: usize) -> *mut u8 {
        unsafe { (*self.0.get()).realloc(p, l.size(), l.align(), new_size) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    /// A fixed arena standing in for linear memory; counts what the heap took.
    struct Arena {
        mem: Vec<u64>,
        used: usize,
    }

    impl Source for Arena {
        fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
            let pages = bytes.div_ceil(4096) * 4096;
            let base = self.mem.as_ptr() as usize;
            (self.used + pages <= self.mem.len() * 8).then(|| {
                self.used += pages;
                (base + self.used - pages, pages)
            })
        }
    }

    fn heap() -> Heap<Arena> {
        Heap::new(Arena { mem: vec![0; 1 << 17], used: 0 })
    }

    #[test]
    fn blocks_are_aligned_distinct_and_reused() {
        let mut h = heap();
        unsafe {
            let a = h.alloc(10, 1);
            let b = h.alloc(10, 8);
            assert!(!a.is_null() && !b.is_null() && a != b);
            assert_eq!((a as usize % 16, b as usize % 16), (0, 0));
            let big = h.alloc(100, 64);
            assert_eq!(big as usize % 64, 0);
            h.dealloc(a, 10, 1);
            assert_eq!(h.alloc(16, 4), a, "a freed block serves its class again");
        }
    }

    #[test]
    fn realloc_keeps_the_bytes_and_moves_only_past_its_block() {
        let mut h = heap();
        unsafe {
            let p = h.alloc(5, 1);
            p.copy_from(b"hello".as_ptr(), 5);
            assert_eq!(h.realloc(p, 5, 1, 16), p);
            let q = h.realloc(p, 16, 1, 17);
            assert_ne!(q, p);
            assert_eq!(core::slice::from_raw_parts(q, 5), b"hello");
            assert_eq!(h.alloc(3, 1), p, "the old block was freed");
        }
    }

    #[test]
    fn a_reused_instance_does_not_grow() {
        // Request after request of the same shapes (Cloud reuses the instance): after the
        // first, the heap takes nothing more from its source.
        let mut h = heap();
        let request = |h: &mut Heap<Arena>| unsafe {
            let sizes = [24usize, 300, 7, 4096, 65, 65, 1000, 20_000, 3];
            let blocks: Vec<_> = sizes.iter().map(|&s| (h.alloc(s, 8), s)).collect();
            let grown = h.realloc(blocks[1].0, 300, 8, 5000);
            for &(p, s) in &blocks[2..] {
                h.dealloc(p, s, 8);
            }
            h.dealloc(blocks[0].0, 24, 8);
            h.dealloc(grown, 5000, 8);
        };
        request(&mut h);
        let after_first = h.source.used;
        for _ in 0..1000 {
            request(&mut h);
        }
        assert_eq!(h.source.used, after_first);
    }

    #[test]
    fn out_of_memory_is_null_not_a_panic() {
        let mut h = heap();
        unsafe {
            assert!(h.alloc(1 << 30, 8).is_null());
            assert!(h.alloc(usize::MAX / 2, 8).is_null());
            assert!(!h.alloc(8, 8).is_null());
        }
    }
}
