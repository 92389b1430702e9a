#include <algorithm>
#include <array>

#include "markup/css_parser.hpp"

namespace waymark::markup {
namespace {

// Pseudo-classes without arguments that every current browser's querySelector accepts;
// an unknown one makes the whole selector throw there, so it is an error here too.
constexpr std::array<std::string_view, 39> kPseudoClasses = {
    "active",        "any-link",      "autofill",      "checked",
    "default",       "defined",       "disabled",      "empty",
    "enabled",       "first-child",   "first-of-type", "focus",
    "focus-visible", "focus-within",  "fullscreen",    "hover",
    "in-range",      "indeterminate", "invalid",       "last-child",
    "last-of-type",  "link",          "modal",         "only-child",
    "only-of-type",  "optional",      "out-of-range",  "placeholder-shown",
    "popover-open",  "read-only",     "read-write",    "required",
    "root",          "scope",         "target",        "user-invalid",
    "user-valid",    "valid",         "visited",
};

// CSS 2 wrote these pseudo-elements with one colon; they are pseudo-elements still.
constexpr std::array<std::string_view, 4> kLegacyPseudoElements = {"after", "before",
                                                                   "first-letter", "first-line"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool CssParser::ParsePseudo() {
  const std::size_t at = pos_;
  ++pos_;
  if (Peek() == ':') {
    return Fail("pseudo-element at " + std::to_string(at) + " cannot be anchored");
  }
  if (!AtIdentStart()) return Unexpected();
  const std::string name = ParseIdent();
  if (Contains(kLegacyPseudoElements, name)) {
    return Fail("pseudo-element at " + std::to_string(at) + " cannot be anchored");
  }
  if (Peek() == '(') {
    const std::size_t open = pos_++;
    ++paren_depth_;
    const bool parsed = ParsePseudoArguments(name, at, open);
    --paren_depth_;
    return parsed;
  }
  if (!Contains(kPseudoClasses, name)) {
    return Fail("unknown pseudo-class '" + std::string(text_.substr(at, pos_ - at)) + "' at " +
                std::to_string(at));
  }
  return true;
}

// What follows "name(" up to and including its ')'.
bool CssParser::ParsePseudoArguments(const std::string& name, std::size_t at, std::size_t open) {
  SkipSpaces();
  bool parsed = false;
  if (name == "not" || name == "is" || name == "where") {
    parsed = ParseSelectorList(false);
  } else if (name == "has") {
    if (has_depth_ > 0) return Fail("':has()' at " + std::to_string(at) + " is inside ':has()'");
    ++has_depth_;
    parsed = ParseSelectorList(true);
    --has_depth_;
  } else if (name == "nth-child" || name == "nth-last-child") {
    parsed = ParseNth(true);
  } else if (name == "nth-of-type" || name == "nth-last-of-type") {
    parsed = ParseNth(false);
  } else if (name == "lang") {
    parsed = ParseLanguages();
  } else if (name == "dir") {
    parsed = AtKeyword("ltr") || AtKeyword("rtl");
    if (parsed) pos_ += 3;
  } else {
    return Fail("unknown pseudo-class '" + std::string(text_.substr(at, open - at)) + "()' at " +
                std::to_string(at));
  }
  if (!parsed) return error_ ? false : Unexpected();
  SkipSpaces();
  if (Peek() == ')') {
    ++pos_;
    return true;
  }
  if (!AtEnd()) return Unexpected();
  return Fail("unbalanced parenthesis: '(' at " + std::to_string(open) + " is not closed");
}

// An+B, then for :nth-child() and :nth-last-child() an optional "of <selector list>".
bool CssParser::ParseNth(bool allow_of) {
  if (!ParseAnPlusB()) return false;
  const std::size_t before_spaces = pos_;
  if (allow_of && SkipSpaces() && AtKeyword("of")) {
    pos_ += 2;
    return ParseSelectorList(false);
  }
  pos_ = before_spaces;
  return true;
}

// "odd", "even", "3", "-n+2", "2n + 1", "+n", "-2n- 3" ... (CSS Syntax 3, section 6): a sign
// touches what it signs, and a number after the n needs a sign of its own.
bool CssParser::ParseAnPlusB() {
  const std::size_t start = pos_;
  auto invalid = [&] { return Fail("invalid An+B at " + std::to_string(start)); };
  if (AtKeyword("odd") || AtKeyword("even")) {
    pos_ += Peek() == 'o' || Peek() == 'O' ? 3 : 4;
    return true;
  }
  if (Peek() == '+' || Peek() == '-') ++pos_;
  const std::size_t digits_start = pos_;
  while (IsDigit(Peek())) ++pos_;
  const bool has_a = pos_ > digits_start;
  if (Peek() != 'n' && Peek() != 'N') return has_a ? true : invalid();
  ++pos_;
  const std::size_t after_n = pos_;
  SkipSpaces();
  if (Peek() == '+' || Peek() == '-') {
    ++pos_;
    SkipSpaces();
    if (!IsDigit(Peek())) return invalid();
    while (IsDigit(Peek())) ++pos_;
  } else if (IsDigit(Peek())) {
    return invalid();
  } else {
    pos_ = after_n;
  }
  return true;
}

// :lang() takes language ranges: identifiers ("en", "fr-CA") or strings ("*-CH").
bool CssParser::ParseLanguages() {
  for (;;) {
    if (Peek() == '"' || Peek() == '\'') {
      if (!ParseString()) return false;
    } else if (AtIdentStart()) {
      ParseIdent();
    } else {
      return Unexpected();
    }
    SkipSpaces();
    if (Peek() != ',') return true;
    ++pos_;
    SkipSpaces();
  }
}

}  // namespace waymark::markup
