// Reading a .wasm binary's sections: what the bench reports of a module's code and what the
// cold-function profile names. No I/O and no Node or Deno API: both runtimes import it.

/** Reads an unsigned LEB128 at `bytes[at]`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  let b;
  do {
    b = bytes[at++];
    value += (b & 127) * 2 ** shift;
    shift += 7;
  } while (b & 128);
  return [value, at];
}

/** Each section of a module: {id, at, end}, its body's offsets. */
function* sections(bytes) {
  let at = 8;
  while (at < bytes.length) {
    const [size, body] = leb(bytes, at + 1);
    yield { id: bytes[at], at: body, end: body + size };
    at = body + size;
  }
}

/** The function bodies of a module's code section: {functions, bytes}. */
export function codeBytes(bytes) {
  for (const { id, at } of sections(bytes)) {
    if (id !== 10) continue;
    let [count, p] = leb(bytes, at);
    let total = 0;
    for (let i = 0; i < count; i++) {
      let size;
      [size, p] = leb(bytes, p);
      total += size;
      p += size;
    }
    return { functions: count, bytes: total };
  }
  throw new Error('no code section');
}

/** The function names of a module's `name` section: Map(function index → name). */
export function functionNames(bytes) {
  const names = new Map();
  for (const { id, at, end } of sections(bytes)) {
    if (id !== 0) continue;
    const [nameLength, nameAt] = leb(bytes, at);
    if (new TextDecoder().decode(bytes.subarray(nameAt, nameAt + nameLength)) !== 'name') continue;
    let p = nameAt + nameLength;
    while (p < end) {
      const kind = bytes[p];
      const [subSize, subAt] = leb(bytes, p + 1);
      p = subAt + subSize;
      if (kind !== 1) continue;
      let [count, q] = leb(bytes, subAt);
      for (; count > 0; count--) {
        let index;
        let length;
        [index, q] = leb(bytes, q);
        [length, q] = leb(bytes, q);
        names.set(index, new TextDecoder().decode(bytes.subarray(q, q + length)));
        q += length;
      }
    }
  }
  return names;
}
