// Well-known crawlers and audit tools, by user agent. `navigator.webdriver` is deliberately
// not a signal: automated tests and assistive automation must see the banner.
export const BOTS = /bot\b|bot[/;]|crawl|spider|slurp|lighthouse/i
