#pragma once

#include <string>
#include <string_view>

// The HTML5 page every public changelog view sits in: no script and nothing loaded from
// elsewhere, so it reads the same with JavaScript off and passes a strict CSP.
namespace waymark::changelog {

struct DocumentHead {
  std::string_view language;     // BCP 47; no lang attribute when empty
  std::string_view title;        // plain text
  std::string_view description;  // plain text; no description meta when empty
  std::string_view feed_url;
  std::string_view feed_title;  // plain text
};

// `body` is the HTML inside <body>, inserted as is.
std::string HtmlDocument(const DocumentHead& head, std::string_view body);

}  // namespace waymark::changelog
