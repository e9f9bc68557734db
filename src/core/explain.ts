// Whether a config error says what its field must be, besides naming it. True in the builds a
// user gets by default (npm's `import`, the script tag, the sources); the builds for
// package.json's "production" condition replace this module with `false` (rollup.config.mjs),
// so that a bundler's production build carries none of the explanations. Every message names
// its field either way. (Not process.env.NODE_ENV: without a bundler, `process` is undefined.)
export const EXPLAIN: boolean = true
