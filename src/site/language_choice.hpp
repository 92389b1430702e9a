#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace waymark::site {

// The language a public page is shown in: `?lang=` when it is a language tag, else the
// first language tag of Accept-Language ("fr-CA,fr;q=0.9" -> "fr-CA"), else `fallback`.
// Quality values are not weighed: browsers list languages in the reader's order.
std::string ChooseLanguage(std::optional<std::string> query, std::string_view accept_language,
                           std::string_view fallback);

}  // namespace waymark::site
