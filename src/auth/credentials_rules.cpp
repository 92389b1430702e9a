#include "auth/credentials_rules.hpp"

#include <algorithm>

namespace waymark::auth {
namespace {

bool DomainChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool LocalChar(char c) {
  static constexpr std::string_view kMarks = "!#$%&'*+-/=?^_`{|}~.";
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         kMarks.find(c) != std::string_view::npos;
}

bool ValidDomain(std::string_view domain) {
  if (domain.empty() || domain.size() > 253 || domain.find('.') == std::string_view::npos) {
    return false;
  }
  if (!std::all_of(domain.begin(), domain.end(), DomainChar)) return false;
  // Labels are non-empty and neither start nor end with '-'.
  std::size_t start = 0;
  while (start <= domain.size()) {
    std::size_t end = domain.find('.', start);
    if (end == std::string_view::npos) end = domain.size();
    std::string_view label = domain.substr(start, end - start);
    if (label.empty() || label.front() == '-' || label.back() == '-') return false;
    start = end + 1;
  }
  return true;
}

}  // namespace

std::optional<std::string> NormalizeEmail(std::string_view email) {
  while (!email.empty() && email.front() == ' ') email.remove_prefix(1);
  while (!email.empty() && email.back() == ' ') email.remove_suffix(1);
  if (email.size() > kMaxEmailBytes) return std::nullopt;
  std::string lower(email);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c);
  });
  std::size_t at = lower.find('@');
  if (at == std::string::npos || lower.find('@', at + 1) != std::string::npos) return std::nullopt;
  std::string_view local = std::string_view(lower).substr(0, at);
  if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.') {
    return std::nullopt;
  }
  if (!std::all_of(local.begin(), local.end(), LocalChar)) return std::nullopt;
  if (!ValidDomain(std::string_view(lower).substr(at + 1))) return std::nullopt;
  return lower;
}

std::optional<std::string> PasswordProblem(std::string_view password) {
  if (password.size() > kMaxPasswordBytes) {
    return "must be at most " + std::to_string(kMaxPasswordBytes) + " bytes";
  }
  // Count characters, not bytes, so a passphrase in any script is judged fairly.
  std::size_t chars = std::count_if(password.begin(), password.end(),
                                    [](unsigned char c) { return (c & 0xC0) != 0x80; });
  if (chars < kMinPasswordChars) {
    return "must be at least " + std::to_string(kMinPasswordChars) + " characters";
  }
  return std::nullopt;
}

}  // namespace waymark::auth
