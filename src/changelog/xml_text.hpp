#pragma once

#include <string>
#include <string_view>

namespace waymark::changelog {

// Appends `text` for XML element content or a quoted attribute: & < > " ' escaped, and
// characters XML 1.0 does not allow (controls other than tab, newline and carriage return,
// U+FFFE, U+FFFF) left out, so one stray byte in a title cannot make a feed unreadable.
// Bytes that are not UTF-8 become U+FFFD.
void AppendXmlText(std::string& out, std::string_view text);

std::string XmlText(std::string_view text);

}  // namespace waymark::changelog
