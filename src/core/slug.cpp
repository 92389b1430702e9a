#include "core/slug.hpp"

namespace waymark {
namespace {

bool IsSlugChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// `slug` cut to kSlugMaxLength, after a whole word when one ends in time.
std::string Shorten(const std::string& slug) {
  std::string_view head = std::string_view(slug).substr(0, kSlugMaxLength);
  if (slug[kSlugMaxLength] != '-') {
    std::size_t dash = head.rfind('-');
    if (dash != std::string_view::npos) head = head.substr(0, dash);
  }
  return std::string(head);
}

}  // namespace

std::string Slugify(std::string_view name) {
  std::string slug;
  bool gap = false;
  for (char raw : name) {
    const char c = AsciiLower(raw);
    if (!IsSlugChar(c)) {
      gap = true;
      continue;
    }
    // A gap becomes '-' only between two kept characters, so neither end gets one.
    if (gap && !slug.empty()) slug += '-';
    slug += c;
    gap = false;
  }
  if (slug.size() > kSlugMaxLength) slug = Shorten(slug);
  return slug.empty() ? std::string("project") : slug;
}

std::string SlugCandidate(std::string_view base, int attempt) {
  std::string candidate(base);
  if (attempt > 1) {
    candidate += '-';
    candidate += std::to_string(attempt);
  }
  return candidate;
}

std::string FirstFreeSlug(std::string_view base, const std::set<std::string, std::less<>>& taken) {
  // Ends: `taken` is finite, so some candidate among its size + 1 first is free.
  for (int attempt = 1;; ++attempt) {
    std::string candidate = SlugCandidate(base, attempt);
    if (!taken.contains(candidate)) return candidate;
  }
}

}  // namespace waymark
