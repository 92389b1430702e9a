#pragma once

#include <string_view>

namespace waymark::changelog {

// The only styling of the public pages, inline so they load nothing else. A constant, so a
// Content-Security-Policy can allow exactly it by its hash ('sha256-...').
// System fonts, one readable column on any screen, and colours that follow the reader's
// light or dark preference.
inline constexpr std::string_view kPageStyle =
    ":root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;"
    "--accent:#0969da}"
    "@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;"
    "--line:#3d444d;--accent:#4493f8}}"
    "*{box-sizing:border-box}"
    "body{margin:0 auto;max-width:42rem;padding:1.5rem 1rem 3rem;color:var(--fg);"
    "background:var(--bg);font:1rem/1.6 system-ui,-apple-system,\"Segoe UI\",Roboto,"
    "sans-serif;overflow-wrap:break-word}"
    "a{color:var(--accent)}"
    "h1{font-size:1.75rem;line-height:1.25;margin:0 0 .5rem}"
    "article{padding:1.5rem 0;border-top:1px solid var(--line)}"
    "article h2{font-size:1.375rem;line-height:1.3;margin:0 0 .25rem}"
    "h2 a{color:inherit;text-decoration:none}h2 a:hover{text-decoration:underline}"
    ".meta,.labels,.empty,nav{color:var(--muted);font-size:.875rem}"
    ".meta{margin:0 0 .5rem}"
    ".labels{list-style:none;display:flex;flex-wrap:wrap;gap:.375rem;padding:0;margin:0 0 1rem}"
    ".labels li{border:1px solid var(--line);border-radius:1rem;padding:0 .5rem}"
    "img{max-width:100%;height:auto;border-radius:.375rem}"
    "pre{overflow-x:auto;padding:.75rem;border:1px solid var(--line);border-radius:.375rem}"
    "table{border-collapse:collapse;display:block;overflow-x:auto}"
    "td,th{border:1px solid var(--line);padding:.25rem .5rem}";

}  // namespace waymark::changelog
