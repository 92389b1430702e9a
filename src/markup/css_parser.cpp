#include "markup/css_parser.hpp"

namespace waymark::markup {
namespace {

bool IsCombinator(char c) {
  return c == '>' || c == '+' || c == '~';
}

bool StartsSubclass(char c) {
  return c == '#' || c == '.' || c == '[' || c == ':';
}

}  // namespace

std::optional<std::string> CssParser::Run() {
  if (ParseSelectorList(false) && !AtEnd()) Unexpected();
  return error_;
}

bool CssParser::ParseSelectorList(bool relative) {
  SkipSpaces();
  while (ParseComplex(relative)) {
    SkipSpaces();
    if (Peek() != ',') return true;
    ++pos_;
    SkipSpaces();
  }
  return false;
}

// Compounds joined by combinators; stops before whatever cannot continue it (',', ')',
// the end, or a stray character its caller reports).
bool CssParser::ParseComplex(bool relative) {
  if (relative && IsCombinator(Peek())) {
    ++pos_;
    SkipSpaces();
  }
  if (!ParseCompound()) return false;
  for (;;) {
    const bool spaced = SkipSpaces();
    if (IsCombinator(Peek())) {
      ++pos_;
      SkipSpaces();
    } else if (!spaced || !(Peek() == '*' || AtIdentStart() || StartsSubclass(Peek()))) {
      return true;
    }
    if (!ParseCompound()) return false;
  }
}

bool CssParser::ParseCompound() {
  if (Peek() == '*') {
    ++pos_;
  } else if (AtIdentStart()) {
    ParseIdent();
  } else if (!StartsSubclass(Peek())) {
    return Unexpected();
  }
  while (StartsSubclass(Peek())) {
    if (!ParseSubclass()) return false;
  }
  return true;
}

bool CssParser::ParseSubclass() {
  switch (Peek()) {
    case '[':
      return ParseAttribute();
    case ':':
      return ParsePseudo();
    default:
      return ParseNamedSubclass();
  }
}

bool CssParser::ParseNamedSubclass() {
  const char sign = Peek();
  ++pos_;
  // "#1a" is a hash token but not an ID selector: the name must start like an identifier.
  if (!AtIdentStart()) {
    return Fail(std::string("expected a name after '") + sign + "' at " + std::to_string(pos_));
  }
  ParseIdent();
  return true;
}

bool CssParser::ParseAttribute() {
  const std::size_t open = pos_;
  ++pos_;
  SkipSpaces();
  if (!AtIdentStart()) return Unexpected();
  ParseIdent();
  SkipSpaces();
  if (Peek() != ']') {
    if (Peek() == '=') {
      ++pos_;
    } else if (std::string_view("~|^$*").find(Peek()) != std::string_view::npos && Peek(1) == '=') {
      pos_ += 2;
    } else {
      return AtEnd() ? Fail("unclosed '[' at " + std::to_string(open)) : Unexpected();
    }
    if (!ParseAttributeValue()) return false;
  }
  if (Peek() != ']') {
    return AtEnd() ? Fail("unclosed '[' at " + std::to_string(open)) : Unexpected();
  }
  ++pos_;
  return true;
}

// The value after the matcher and its optional case flag, up to the closing ']'.
bool CssParser::ParseAttributeValue() {
  SkipSpaces();
  if (Peek() == '"' || Peek() == '\'') {
    if (!ParseString()) return false;
  } else if (AtIdentStart()) {
    ParseIdent();
  } else {
    return Unexpected();
  }
  SkipSpaces();
  if (!AtIdentStart()) return true;
  const std::size_t flag_at = pos_;
  const std::string flag = ParseIdent();
  if (flag != "i" && flag != "s") {
    return Fail("unknown attribute flag '" + std::string(text_.substr(flag_at, pos_ - flag_at)) +
                "' at " + std::to_string(flag_at));
  }
  SkipSpaces();
  return true;
}

}  // namespace waymark::markup
