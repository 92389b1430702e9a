#include "markup/markdown.hpp"
#include "markup/safe_document.hpp"
#include "markup/text_cut.hpp"

namespace waymark::markup {
namespace {

bool IsBlock(cmark_node_type type) {
  return (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

// The words of the document in reading order; a space wherever a break or a block boundary
// separates them, so "# Title" and "Body" do not run together as "TitleBody".
std::string ExtractText(cmark_node* root) {
  std::string text;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK) {
      if (const char* literal = cmark_node_get_literal(node)) text += literal;
    }
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK ||
        (event == CMARK_EVENT_EXIT && IsBlock(type)) || type == CMARK_NODE_CODE_BLOCK) {
      text += ' ';
    }
  }
  cmark_iter_free(iter);
  return text;
}

}  // namespace

std::string MarkdownToText(std::string_view markdown, std::size_t max_bytes) {
  SafeDocument document(markdown);
  return CutAtWord(CollapseWhitespace(ExtractText(document.root())), max_bytes);
}

}  // namespace waymark::markup
