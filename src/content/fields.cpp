#include "content/fields.hpp"

#include "content/language_tag.hpp"
#include "markup/css_selector.hpp"
#include "markup/url_check.hpp"

namespace waymark::content {

std::optional<std::string> ReadLanguage(http::JsonFields& fields, std::string_view name) {
  std::optional<std::string> tag = fields.OptionalText(name, {.max_length = 35});
  if (tag && !IsLanguageTag(*tag)) {
    fields.Fail(name, "must be a language tag such as en or fr-CA");
    return std::nullopt;
  }
  return tag;
}

std::optional<std::string> ReadSafeUrl(http::JsonFields& fields, std::string_view name) {
  std::optional<std::string> url = fields.OptionalText(name, {.max_length = 2048});
  if (url && !url->empty() && !markup::IsSafeHttpUrl(*url)) {
    fields.Fail(name, "must be an absolute http or https URL");
    return std::nullopt;
  }
  return url;
}

std::optional<std::string> ReadSelector(http::JsonFields& fields, std::string_view name) {
  std::optional<std::string> selector = fields.OptionalText(name, {.max_length = 1024});
  if (!selector) return std::nullopt;
  if (auto error = markup::CssSelectorError(*selector)) {
    fields.Fail(name, "is not a CSS selector: " + *error);
    return std::nullopt;
  }
  return selector;
}

}  // namespace waymark::content
