#include "markup/css_parser.hpp"
#include "markup/utf8.hpp"

namespace waymark::markup {
namespace {

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool IsHexDigit(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// CSS Syntax 4: letters, '_' and every non-ASCII code point may start a name.
bool IsNameStart(char c) {
  return IsAsciiLetter(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool IsNameChar(char c) {
  return IsNameStart(c) || IsDigit(c) || c == '-';
}

char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

char CssParser::Peek(std::size_t ahead) const {
  return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
}

bool CssParser::Fail(std::string message) {
  if (!error_) error_ = std::move(message);
  return false;
}

bool CssParser::Unexpected() {
  if (AtEnd()) return Fail("unexpected end");
  if (Peek() == ')' && paren_depth_ == 0) {
    return Fail("unbalanced parenthesis: ')' at " + std::to_string(pos_) + " has no '('");
  }
  const std::size_t length = DecodeUtf8(text_, pos_).length;
  return Fail("unexpected '" + std::string(text_.substr(pos_, length)) + "' at " +
              std::to_string(pos_));
}

bool CssParser::SkipSpaces() {
  const std::size_t start = pos_;
  while (Peek() == ' ') ++pos_;
  return pos_ > start;
}

// A backslash escapes whatever follows it, except a newline (refused before parsing) and
// the end of the text.
bool CssParser::ValidEscapeAt(std::size_t at) const {
  return at + 1 < text_.size() && text_[at] == '\\';
}

bool CssParser::AtIdentStart() const {
  const char c = Peek();
  if (IsNameStart(c)) return true;
  if (c == '\\') return ValidEscapeAt(pos_);
  if (c != '-') return false;
  const char next = Peek(1);
  return IsNameStart(next) || next == '-' || (next == '\\' && ValidEscapeAt(pos_ + 1));
}

std::string CssParser::ParseIdent() {
  std::string name;
  while (!AtEnd()) {
    const char c = Peek();
    if (IsNameChar(c)) {
      name += AsciiLower(c);
      ++pos_;
    } else if (c == '\\' && ValidEscapeAt(pos_)) {
      name += '\\';  // keeps "h\over" from matching the keyword "hover"
      ConsumeEscape();
    } else {
      break;
    }
  }
  return name;
}

// "\26 " (up to six hex digits and one optional space) or a backslash and any character.
void CssParser::ConsumeEscape() {
  ++pos_;
  if (!IsHexDigit(Peek())) {
    pos_ += DecodeUtf8(text_, pos_).length;
    return;
  }
  for (int digits = 0; digits < 6 && IsHexDigit(Peek()); ++digits) ++pos_;
  if (Peek() == ' ') ++pos_;
}

bool CssParser::ParseString() {
  const char quote = Peek();
  const std::size_t open = pos_;
  ++pos_;
  while (!AtEnd()) {
    const char c = Peek();
    if (c == quote) {
      ++pos_;
      return true;
    }
    pos_ += (c == '\\' && ValidEscapeAt(pos_)) ? 2 : 1;
  }
  return Fail("unterminated string at " + std::to_string(open));
}

// Whether the keyword (lowercase) is next, as a whole word.
bool CssParser::AtKeyword(std::string_view keyword) const {
  for (std::size_t i = 0; i < keyword.size(); ++i) {
    if (AsciiLower(Peek(i)) != keyword[i]) return false;
  }
  return !IsNameChar(Peek(keyword.size())) && Peek(keyword.size()) != '\\';
}

}  // namespace waymark::markup
