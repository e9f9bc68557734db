// PLACEHOLDER until issue 5 lands.
console.error('assent-server: not built yet')
process.exit(1)
