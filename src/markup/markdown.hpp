#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// Markdown written by project members, shown to anyone: changelog posts, tooltip bodies.
namespace waymark::markup {

// CommonMark + GFM (tables, autolinks, strikethrough, task lists) to HTML, safe for any page:
// raw HTML (block and inline) is dropped, not escaped into view; links and images whose URL
// is not http:, https:, mailto: or relative get an empty href/src (data: images included).
// Links get rel="nofollow noopener". Never throws; any input (invalid UTF-8, NUL bytes,
// 1 MB) renders.
std::string MarkdownToHtml(std::string_view markdown);

// The text of the Markdown, without markup, whitespace collapsed, cut at a word boundary to
// at most `max_bytes` bytes (valid UTF-8, with "…" when cut). For feed summaries and
// previews.
std::string MarkdownToText(std::string_view markdown, std::size_t max_bytes);

}  // namespace waymark::markup
