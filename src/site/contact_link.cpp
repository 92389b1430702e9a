#include "site/contact_link.hpp"

#include "markup/html.hpp"

namespace waymark::site {
namespace {

bool HasSpace(std::string_view text) {
  return text.find_first_of(" \t\r\n") != std::string_view::npos;
}

bool IsEmailAddress(std::string_view text) {
  const std::size_t at = text.find('@');
  return at != std::string_view::npos && at > 0 && at + 1 < text.size() &&
         text.find('@', at + 1) == std::string_view::npos && !HasSpace(text) &&
         text.find_first_of(":/?#<>\"'") == std::string_view::npos;
}

bool IsWebAddress(std::string_view text) {
  return (text.starts_with("https://") || text.starts_with("http://")) && !HasSpace(text);
}

std::string Link(std::string_view href_prefix, std::string_view target, std::string_view text) {
  std::string out = "<a href=\"";
  out += href_prefix;
  markup::AppendEscapedHtml(out, target);
  out += "\">";
  markup::AppendEscapedHtml(out, text);
  out += "</a>";
  return out;
}

}  // namespace

std::string ContactHtml(std::string_view contact) {
  if (IsEmailAddress(contact)) return Link("mailto:", contact, contact);
  if (IsWebAddress(contact)) return Link("", contact, contact);
  return markup::EscapeHtml(contact);
}

}  // namespace waymark::site
