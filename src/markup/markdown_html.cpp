#include "markup/markdown.hpp"
#include "markup/safe_document.hpp"

namespace waymark::markup {
namespace {

// Raw HTML is gone and text is escaped, so every "<a href=" left was written by cmark for
// a link node: adding the attribute there reaches every link and nothing else.
std::string AddLinkRel(const std::string& html) {
  constexpr std::string_view kOpen = "<a href=\"";
  constexpr std::string_view kWithRel = "<a rel=\"nofollow noopener\" href=\"";
  std::string out;
  out.reserve(html.size());
  std::size_t from = 0;
  for (std::size_t at = html.find(kOpen); at != std::string::npos; at = html.find(kOpen, from)) {
    out.append(html, from, at - from);
    out += kWithRel;
    from = at + kOpen.size();
  }
  out.append(html, from);
  return out;
}

}  // namespace

std::string MarkdownToHtml(std::string_view markdown) {
  return AddLinkRel(SafeDocument(markdown).RenderHtml());
}

}  // namespace waymark::markup
