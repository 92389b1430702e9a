#pragma once

#include <cmark-gfm.h>

#include <string>
#include <string_view>

namespace waymark::markup {

// A Markdown document parsed as GitHub Flavored Markdown (tables, autolinks, strikethrough,
// task lists) and made safe before anyone reads it: raw HTML nodes are removed and links
// and images whose URL IsAllowedMarkdownUrl refuses keep an empty one.
class SafeDocument {
 public:
  explicit SafeDocument(std::string_view markdown);
  ~SafeDocument();
  SafeDocument(const SafeDocument&) = delete;
  SafeDocument& operator=(const SafeDocument&) = delete;

  cmark_node* root() const { return root_; }
  std::string RenderHtml() const;

 private:
  cmark_parser* parser_;  // owns the extension list the renderer needs
  cmark_node* root_;
};

}  // namespace waymark::markup
