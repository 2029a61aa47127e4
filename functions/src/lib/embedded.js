// Text a bundle carries inside a comment: V8 only scans a comment, where it would tokenize code
// or intern a string literal of the same length, and a fresh Worker evaluates the whole file on
// every request. The .wasm modules' base64 (functions/src/wasm/<flavor>.js) and the deferred
// modules' code (cli/bundle.mjs) live there, read back on first use.

/**
 * The text of the legal comment (`/*! … *\/`) in `holder`'s body, read through
 * Function.prototype.toString (a function's exact source text). `length` is the text's length
 * as built: anything else means the file was changed after bundling.
 */
export function embeddedText(holder, length, what) {
  const source = holder.toString();
  const start = source.indexOf('/*!') + 3;
  const text = source.slice(start, source.lastIndexOf('*/')).trim();
  if (text.length !== length) throw new Error(`the embedded ${what} is not as built: this file was changed after bundling (comments removed?)`);
  return text;
}
