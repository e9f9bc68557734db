#!/usr/bin/env node
// The consent-records server command; see `assent-server --help`.
import '../dist/server-cli.js'
