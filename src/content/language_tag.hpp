#pragma once

#include <string_view>

namespace waymark::content {

// Whether `tag` looks like a BCP 47 language tag as browsers send them ("en", "fr-CA",
// "zh-Hant-TW"): a 2-3 letter language, then subtags of 1-8 letters or digits, at most 35
// bytes. Not a registry check: it keeps junk out of URLs and the HTML lang attribute.
bool IsLanguageTag(std::string_view tag);

// "fr" for "fr-CA": the language a variant falls back to when the region has none.
std::string_view PrimaryLanguage(std::string_view tag);

}  // namespace waymark::content
