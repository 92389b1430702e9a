#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// The recursive-descent reader behind CssSelectorError, one member per grammar rule.
// Its members live in three files: css_parser.cpp (selector structure), css_pseudo.cpp
// (pseudo-classes and their arguments) and css_tokens.cpp (names, strings, escapes).
namespace waymark::markup {

class CssParser {
 public:
  // `text` is non-empty, valid UTF-8 and free of control characters.
  explicit CssParser(std::string_view text) : text_(text) {}

  // The first error in the text, or nullopt when all of it is one selector list.
  std::optional<std::string> Run();

 private:
  // Structure. Every Parse* returns false once it has recorded an error.
  bool ParseSelectorList(bool relative);  // relative: each may open with a combinator (:has)
  bool ParseComplex(bool relative);
  bool ParseCompound();
  bool ParseSubclass();
  bool ParseNamedSubclass();  // #id or .class
  bool ParseAttribute();
  bool ParseAttributeValue();

  // Pseudo-classes.
  bool ParsePseudo();
  bool ParsePseudoArguments(const std::string& name, std::size_t at, std::size_t open);
  bool ParseNth(bool allow_of);
  bool ParseAnPlusB();
  bool ParseLanguages();

  // Tokens.
  bool AtIdentStart() const;
  bool ValidEscapeAt(std::size_t at) const;
  std::string ParseIdent();  // REQUIRES: AtIdentStart(); returns the name in ASCII lowercase
  void ConsumeEscape();
  bool ParseString();
  bool SkipSpaces();  // whether there were any
  bool AtKeyword(std::string_view keyword) const;

  char Peek(std::size_t ahead = 0) const;
  bool AtEnd() const { return pos_ >= text_.size(); }
  bool Fail(std::string message);
  bool Unexpected();  // names the character at pos_, or the end

  std::string_view text_;
  std::size_t pos_ = 0;
  int paren_depth_ = 0;  // open pseudo-class parentheses
  int has_depth_ = 0;    // :has() inside :has() matches nothing and browsers refuse it
  std::optional<std::string> error_;
};

}  // namespace waymark::markup
