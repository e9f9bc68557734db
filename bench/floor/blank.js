// An empty file: what a parser-blocking script costs the page by itself (bench reference).
