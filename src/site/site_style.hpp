#pragma once

#include <string_view>

namespace waymark::site {

// The site pages' only styling, inline: the pages load nothing but /site.js. System fonts,
// one readable column (the dashboard, body.app, takes the whole width and brings its own
// stylesheet), colours that follow the reader's light or dark preference, and a cookie
// table that becomes one card per cookie on a narrow screen.
inline constexpr std::string_view kSiteStyle =
    ":root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--soft:#f6f8fa;"
    "--line:#d1d9e0;--accent:#0969da;--bad:#cf222e}"
    "@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;"
    "--soft:#151b23;--line:#3d444d;--accent:#4493f8;--bad:#f85149}}"
    "*{box-sizing:border-box}"
    "body{margin:0;color:var(--fg);background:var(--bg);font:1rem/1.6 system-ui,-apple-system,"
    "\"Segoe UI\",Roboto,sans-serif;overflow-wrap:break-word}"
    "a{color:var(--accent)}"
    ".skip{position:absolute;left:-100vw}.skip:focus{left:1rem;top:1rem;background:var(--bg);"
    "padding:.25rem .5rem;z-index:1}"
    "header,main,footer{max-width:48rem;margin:0 auto;padding:0 1rem}"
    ".app header,.app main,.app footer{max-width:none}"
    "header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;"
    "gap:.5rem 1.5rem;padding-top:1rem;padding-bottom:1rem;border-bottom:1px solid var(--line)}"
    ".brand{font-weight:700;font-size:1.125rem;color:inherit;text-decoration:none}"
    "nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}"
    "nav a{text-decoration:none}nav a:hover,nav a[aria-current]{text-decoration:underline}"
    "main{padding-top:1.5rem;padding-bottom:3rem}"
    "h1{font-size:1.75rem;line-height:1.25;margin:0 0 .75rem}"
    "h2{font-size:1.25rem;line-height:1.3;margin:2rem 0 .5rem}"
    ".lead{font-size:1.125rem;color:var(--muted)}"
    ".meta,small{color:var(--muted)}"
    "dt{font-weight:600}dd{margin:0 0 .75rem 1.25rem}"
    "code{font-size:.875em;overflow-wrap:anywhere}"
    "table{border-collapse:collapse;width:100%;font-size:.9375rem}"
    "th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid var(--line)}"
    "thead th{border-bottom-width:2px}"
    // The dashboard's tables keep their rows; the site's become cards on a phone.
    "@media (max-width:40rem){body:not(.app) :is(table,tbody,tr,td){display:block}"
    "body:not(.app) thead{display:none}"
    "body:not(.app) tr{border:1px solid var(--line);border-radius:.375rem;margin:0 0 .75rem;"
    "padding:.25rem}"
    "body:not(.app) td{border:0;padding:.25rem .5rem}"
    "td[data-label]::before{content:attr(data-label) \": \";font-weight:600}}"
    // After every display rule: an element the script hides stays hidden.
    "[hidden]{display:none!important}"
    ".card{background:var(--soft);border:1px solid var(--line);border-radius:.5rem;"
    "padding:1rem 1.25rem;margin:1.5rem 0}"
    "footer{padding-top:1rem;padding-bottom:2rem;border-top:1px solid var(--line);"
    "color:var(--muted);font-size:.875rem}";

}  // namespace waymark::site
