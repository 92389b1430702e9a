#pragma once

#include <string>
#include <string_view>

namespace waymark::site {

// The operator's contact (site.operator_contact) as HTML: a mailto: link for an email
// address, a link for an http or https URL, and escaped text for anything else, such as a
// postal address. No other scheme becomes a link, so a "javascript:" value stays inert.
std::string ContactHtml(std::string_view contact);

}  // namespace waymark::site
