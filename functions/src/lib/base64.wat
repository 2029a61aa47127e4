;; A base64 decoder for runtimes without Uint8Array.fromBase64 (Deno 2.0.6, the self-hosted
;; image): lib/wasm.js copies the ASCII text into memory at 256 with TextEncoder.encodeInto (native)
;; and calls d(n). In a fresh Worker this is about twice as fast as atob plus a JS copy loop,
;; which runs in V8's interpreter there; 16 characters at a time with SIMD, then a group at a
;; time for the rest (V8 runs it in its baseline tier: 0.14 -> 0.07 ms for the challenge
;; module's text). Assembled by binaryen's wasm-as --enable-simd; the bytes live in lib/wasm.js
;; (tests/unit/wasm.test.mjs checks they are this file's).
(module
 (memory (export "m") 1)
 ;; Bytes 0-255: each character's 6-bit value (0 for '=' and anything outside the alphabet: the
 ;; text is our own build's output, and a corrupted module fails WebAssembly.Module loudly).
 (data (i32.const 0)
  "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00"
  "\00\00\00\00\00\00\00\00\00\00\00\3e\00\00\00\3f\34\35\36\37\38\39\3a\3b\3c\3d\00\00\00\00\00\00"
  "\00\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10\11\12\13\14\15\16\17\18\19\00\00\00\00\00"
  "\00\1a\1b\1c\1d\1e\1f\20\21\22\23\24\25\26\27\28\29\2a\2b\2c\2d\2e\2f\30\31\32\33\00\00\00\00\00"
  "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00"
  "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00"
  "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00"
  "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 ;; d(n): decodes the n characters (padded base64, n a multiple of 4) at 256 into bytes at 256
 ;; (in place: a group's 3 bytes never pass its own 4 characters) and returns how many.
 (func (export "d") (param $n i32) (result i32)
  (local $i i32) (local $o i32) (local $w i32) (local $pad i32)
  (local $v v128) (local $slash v128) (local $roll v128) (local $lo8 v128) (local $lo16 v128)
  ;; Each '=' at the end stands for one byte fewer (read before the bytes overwrite the text).
  (local.set $pad
   (i32.add
    (i32.eq (i32.load8_u offset=255 (local.get $n)) (i32.const 61))
    (i32.eq (i32.load8_u offset=254 (local.get $n)) (i32.const 61))))
  ;; A character's 6-bit value is itself plus an offset its high nibble chooses ('+' 2: +19,
  ;; '0'-'9' 3: +4, 'A'-'Z' 4-5: -65, 'a'-'z' 6-7: -71), '/' (also 2) one place lower (+16).
  ;; Anything else is never our build's text. Splatted once: the baseline tier would do it again
  ;; on every block.
  (local.set $roll (v128.const i8x16 0 16 19 4 191 191 185 185 0 0 0 0 0 0 0 0))
  (local.set $slash (i8x16.splat (i32.const 47)))
  (local.set $lo8 (i16x8.splat (i32.const 255)))
  (local.set $lo16 (i32x4.splat (i32.const 65535)))
  ;; 16 characters to 12 bytes while a whole block lies before the last group (which may hold
  ;; '='). Stored 16 bytes wide, in place: the 4 past the 12 fall on text already read.
  (block $blocks
   (loop $block
    (br_if $blocks (i32.gt_u (i32.add (local.get $i) (i32.const 20)) (local.get $n)))
    (local.set $v (v128.load offset=256 (local.get $i)))
    (local.set $v
     (i8x16.add (local.get $v)
      (i8x16.swizzle (local.get $roll)
       (i8x16.add (i8x16.shr_u (local.get $v) (i32.const 4)) (i8x16.eq (local.get $v) (local.get $slash))))))
    ;; Pairs to 12 bits (a << 6 | b in each 16-bit lane), then groups to 24 (in each 32-bit lane).
    (local.set $v
     (v128.or
      (i16x8.shl (v128.and (local.get $v) (local.get $lo8)) (i32.const 6))
      (i16x8.shr_u (local.get $v) (i32.const 8))))
    (local.set $v
     (v128.or
      (i32x4.shl (v128.and (local.get $v) (local.get $lo16)) (i32.const 12))
      (i32x4.shr_u (local.get $v) (i32.const 16))))
    ;; Each group's 3 bytes, most significant first.
    (v128.store offset=256 (local.get $o)
     (i8x16.shuffle 2 1 0 6 5 4 10 9 8 14 13 12 0 0 0 0 (local.get $v) (local.get $v)))
    (local.set $i (i32.add (local.get $i) (i32.const 16)))
    (local.set $o (i32.add (local.get $o) (i32.const 12)))
    (br $block)))
  (block $done
   (loop $group
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $w
     (i32.or
      (i32.or
       (i32.shl (i32.load8_u (i32.load8_u offset=256 (local.get $i))) (i32.const 18))
       (i32.shl (i32.load8_u (i32.load8_u offset=257 (local.get $i))) (i32.const 12)))
      (i32.or
       (i32.shl (i32.load8_u (i32.load8_u offset=258 (local.get $i))) (i32.const 6))
       (i32.load8_u (i32.load8_u offset=259 (local.get $i))))))
    (i32.store8 offset=256 (local.get $o) (i32.shr_u (local.get $w) (i32.const 16)))
    (i32.store8 offset=257 (local.get $o) (i32.shr_u (local.get $w) (i32.const 8)))
    (i32.store8 offset=258 (local.get $o) (local.get $w))
    (local.set $i (i32.add (local.get $i) (i32.const 4)))
    (local.set $o (i32.add (local.get $o) (i32.const 3)))
    (br $group)))
  (i32.sub (local.get $o) (local.get $pad))))
