// The benches' numeric flags: a parseArgs value read as a whole number, or an error naming the flag.
export function wholeNumber(values, name, least = 1) {
  const n = Number(values[name])
  if (!Number.isInteger(n) || n < least) throw new Error(`--${name} must be a whole number of at least ${least}, got ${JSON.stringify(values[name])}`)
  return n
}
