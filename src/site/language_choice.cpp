#include "site/language_choice.hpp"

#include "content/language_tag.hpp"

namespace waymark::site {

std::string ChooseLanguage(std::optional<std::string> query, std::string_view accept_language,
                           std::string_view fallback) {
  if (query && content::IsLanguageTag(*query)) return *query;
  std::string_view first = accept_language.substr(0, accept_language.find_first_of(",;"));
  while (!first.empty() && first.front() == ' ') first.remove_prefix(1);
  while (!first.empty() && first.back() == ' ') first.remove_suffix(1);
  if (content::IsLanguageTag(first)) return std::string(first);
  return std::string(fallback);
}

}  // namespace waymark::site
