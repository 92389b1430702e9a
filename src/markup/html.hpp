#pragma once

#include <string>
#include <string_view>

// Text becomes HTML only through here, so a name with "<" or a quote can never open a tag
// or end an attribute early.
namespace waymark::markup {

// Escapes & < > " ' for element content and quoted attribute values.
std::string EscapeHtml(std::string_view text);
void AppendEscapedHtml(std::string& out, std::string_view text);

}  // namespace waymark::markup
