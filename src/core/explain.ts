// Whether a config error says what its field must be, besides naming it. True in the builds a
// user gets by default (npm's `import`, dist/assent.debug.js, the sources); the builds for
// package.json's "production" condition and the served script tag dist/assent.js replace this
// module (rollup.config.mjs), so that none of the explanations ships to visitors. Every message
// names its field either way. (Not process.env.NODE_ENV: without a bundler, `process` is undefined.)
export const EXPLAIN: boolean = true

/** Where a build without the explanations sends its reader (only read when EXPLAIN is false):
 * npm's default build, or for the script tag dist/assent.debug.js. */
export const EXPLAINED_BY: string = 'a development build'
