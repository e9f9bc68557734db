#!/usr/bin/env node
// The `assent` command: `assent audit <url>`; see `assent --help` and docs/audit.md.
import '../dist/audit-cli.js'
