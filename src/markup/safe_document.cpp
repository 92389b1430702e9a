#include "markup/safe_document.hpp"

#include <cmark-gfm-core-extensions.h>

#include <mutex>
#include <vector>

#include "markup/link_policy.hpp"
#include "markup/slow_input_guard.hpp"

namespace waymark::markup {
namespace {

// cmark's own safe mode stays on too (no CMARK_OPT_UNSAFE); invalid UTF-8 becomes U+FFFD.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

// cmark-gfm 0.29 keeps the inline parser's special-character table in a global that parsers
// with extensions write while parsing (github/cmark-gfm#176), so one document at a time.
std::mutex& CmarkMutex() {
  static std::mutex mutex;
  return mutex;
}

void Attach(cmark_parser* parser, const char* name) {
  if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
    cmark_parser_attach_syntax_extension(parser, extension);
  }
}

cmark_parser* NewGfmParser(const GuardedInput& input) {
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  cmark_parser* parser = cmark_parser_new(kOptions);
  if (input.tables) Attach(parser, "table");
  if (input.autolinks) Attach(parser, "autolink");
  Attach(parser, "strikethrough");
  Attach(parser, "tasklist");
  return parser;
}

bool IsRawHtml(cmark_node_type type) {
  return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
}

// Empties refused URLs in place and returns the raw HTML nodes, which cannot be freed
// while the iterator still walks past them.
std::vector<cmark_node*> CheckNodes(cmark_node* root) {
  std::vector<cmark_node*> raw_html;
  cmark_iter* iter = cmark_iter_new(root);
  while (cmark_iter_next(iter) != CMARK_EVENT_DONE) {
    if (cmark_iter_get_event_type(iter) != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(node);
    if (IsRawHtml(type)) raw_html.push_back(node);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      const char* url = cmark_node_get_url(node);
      if (url != nullptr && !IsAllowedMarkdownUrl(url)) cmark_node_set_url(node, "");
    }
  }
  cmark_iter_free(iter);
  return raw_html;
}

}  // namespace

SafeDocument::SafeDocument(std::string_view markdown) {
  const GuardedInput input = GuardSlowInput(markdown);
  std::lock_guard lock(CmarkMutex());
  parser_ = NewGfmParser(input);
  cmark_parser_feed(parser_, input.markdown.data(), input.markdown.size());
  root_ = cmark_parser_finish(parser_);
  for (cmark_node* node : CheckNodes(root_)) cmark_node_free(node);
}

SafeDocument::~SafeDocument() {
  cmark_node_free(root_);
  cmark_parser_free(parser_);
}

std::string SafeDocument::RenderHtml() const {
  std::lock_guard lock(CmarkMutex());
  char* html = cmark_render_html(root_, kOptions, cmark_parser_get_syntax_extensions(parser_));
  std::string result(html);
  cmark_get_default_mem_allocator()->free(html);
  return result;
}

}  // namespace waymark::markup
