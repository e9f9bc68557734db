// The site's assent config, shared by every page. The other way to configure assent is an
// inline <script type="application/json" id="assent-config"> (see the pixelant example).
// The services are catalogue entries written out (docs/services.md has the JSON of each): their
// cookies, hosts, and the name and description the preferences show. The site chose the
// categories: YouTube under marketing. test/unit/services-examples.test.ts keeps them current.
window.assentConfig = {
  "policy": {
    "version": "2026-11-01",
    "url": "/script-tag/privacy.html"
  },
  "categories": {
    "necessary": {
      "required": true
    },
    "analytics": {
      "services": {
        "ga4": {
          "id": "google-analytics",
          "name": "Google Analytics",
          "vendor": "Google LLC",
          "category": "analytics",
          "description": "Measures how the site is used: pages viewed, device, rough location. A cookie keeps a random ID.",
          "privacyPolicy": "https://policies.google.com/privacy",
          "cookies": [
            "_ga",
            "_ga_*",
            "_gid",
            "_gat*",
            "_dc_gtm_*"
          ],
          "storage": [],
          "hosts": [
            "*.google-analytics.com",
            "*.analytics.google.com",
            "*.googletagmanager.com"
          ],
          "google": [
            "analytics_storage"
          ],
          "sources": [
            "https://developers.google.com/tag-platform/security/concepts/cookies",
            "https://developers.google.com/tag-platform/security/guides/csp",
            "https://developers.google.com/tag-platform/security/guides/consent",
            "https://github.com/jkwakman/Open-Cookie-Database/blob/master/open-cookie-database.csv"
          ]
        }
      }
    },
    "marketing": {
      "services": {
        "facebook": {
          "id": "meta-pixel",
          "name": "Meta Pixel",
          "vendor": "Meta Platforms, Inc.",
          "category": "marketing",
          "description": "Tells Meta (Facebook, Instagram) which pages you visit and what you do here, so that the site can measure its ads and show them to you and to people like you. Meta can link this to your Facebook or Instagram account.",
          "privacyPolicy": "https://www.facebook.com/privacy/policy/",
          "cookies": [
            "_fbp",
            "_fbc"
          ],
          "storage": [],
          "hosts": [
            "connect.facebook.net",
            "www.facebook.com"
          ],
          "sources": [
            "https://developers.facebook.com/docs/meta-pixel/get-started",
            "https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/",
            "https://github.com/jkwakman/Open-Cookie-Database/blob/master/open-cookie-database.csv"
          ]
        },
        "youtube": {
          "id": "youtube",
          "name": "YouTube",
          "vendor": "Google LLC",
          "category": "functional",
          "description": "Plays videos embedded from YouTube. Google learns that you watched the video on this page and may use its own cookies to recommend videos and show ads.",
          "privacyPolicy": "https://policies.google.com/privacy",
          "cookies": [],
          "storage": [],
          "hosts": [
            "www.youtube.com",
            "www.youtube-nocookie.com"
          ],
          "embed": true,
          "sources": [
            "https://developers.google.com/youtube/iframe_api_reference",
            "https://support.google.com/youtube/answer/171780",
            "https://github.com/jkwakman/Open-Cookie-Database/blob/master/open-cookie-database.csv"
          ]
        }
      }
    }
  },
  "ui": {
    "layout": "bar"
  },
  "sync": {
    "endpoint": "/consent/v1"
  },
  "google": true
}
