#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Tooltips anchor to elements of a customer's page by a CSS selector the SDK hands to
// querySelector; a selector the browser would reject is caught when it is saved instead.
namespace waymark::markup {

inline constexpr std::size_t kMaxSelectorBytes = 1024;

// Why `selector` is not a CSS selector list a browser's querySelector would accept, or
// nullopt when it is. Checks the Selectors Level 4 subset used to anchor tooltips: type and
// universal selectors, #id, .class, attribute selectors ([a], [a=v], [a~=v], [a|=v], [a^=v],
// [a$=v], [a*=v], with identifier or quoted values and an optional i/s flag), pseudo-classes
// (:hover, :first-child, :nth-child(2n+1 of S), :nth-of-type(...), :not(), :is(), :where(),
// :has(), :lang(), :dir() ...), combinators (descendant, >, +, ~), comma-separated lists and
// CSS escapes in identifiers. Pseudo-elements are refused: nothing can anchor to them.
// Whitespace is the space character; any control character (tab and newline too) is an
// error, as are comments, namespaces and more than kMaxSelectorBytes.
// Messages are short, with 0-based byte offsets: "unexpected '{' at 5", "is empty".
std::optional<std::string> CssSelectorError(std::string_view selector);

}  // namespace waymark::markup
