// InsForge Cloud type-checks every bundle as TypeScript (strict, noImplicitAny off). A value
// whose shape only the wire decides (a parsed answer, a ledger row) goes through `untyped`,
// so the check neither narrows it to `null` nor to its first assignment.

export function untyped(x) {
  return x;
}
