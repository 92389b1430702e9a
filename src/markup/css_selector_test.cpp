#include "markup/css_selector.hpp"

#include <gtest/gtest.h>

#include <string>

namespace waymark::markup {
namespace {

TEST(CssSelectorErrorTest, AcceptsSimpleSelectors) {
  for (const char* selector : {
           "div",
           "*",
           "#save",
           ".primary",
           "button.primary",
           "a#home.nav.active",
           "DIV",
           "custom-element",
           "_private",
           "-moz-thing",
           "--custom",
           "é",
           "日本",
           "a 😀",
           "h1",
           "  div  ",
       }) {
    EXPECT_EQ(CssSelectorError(selector), std::nullopt) << selector;
  }
}

TEST(CssSelectorErrorTest, AcceptsAttributeSelectors) {
  for (const char* selector : {
           "[disabled]",
           "[ data-id ]",
           "[type=submit]",
           "input[type=\"email\"]",
           "[lang|=en]",
           "[class~=big]",
           "[href^='https:']",
           "[href$=\".pdf\"]",
           "[title*=\"a ] b\"]",
           "[data-x=\"it's\"]",
           "[a='say \"hi\"']",
           "[a=\"q\\\"\"]",
           "[type=submit i]",
           "[type=\"Submit\" s]",
           "[type=\"Submit\"i]",
           "[ a = b I ]",
           "[data-empty=\"\"]",
           "a[href][target=_blank]",
       }) {
    EXPECT_EQ(CssSelectorError(selector), std::nullopt) << selector;
  }
}

TEST(CssSelectorErrorTest, AcceptsPseudoClasses) {
  for (const char* selector : {
           "a:hover",
           "li:first-child",
           "li:LAST-CHILD",
           "input:focus-visible",
           ":root",
           "tr:nth-child(2n+1)",
           "tr:nth-child(odd)",
           "tr:nth-child( EVEN )",
           "li:nth-child(3)",
           "li:nth-child(-n+3)",
           "li:nth-child(+n)",
           "li:nth-child(n)",
           "li:nth-child(2n + 1)",
           "li:nth-child(2n- 1)",
           "li:nth-child(2n -1)",
           "li:nth-child(-5)",
           "li:nth-last-child(2N+0)",
           "p:nth-of-type(2)",
           "p:nth-last-of-type(3n)",
           "li:nth-child(2n of .important)",
           "li:nth-child(odd of li.a, li.b)",
           "button:not(.disabled)",
           "button:not(.a, [hidden], :first-child)",
           ":is(h1, h2) > a",
           ":where(nav, footer) a",
           "section:has(> img)",
           "div:has(+ p, ~ span, img)",
           "a:not(:is(.a, .b))",
           "p:lang(en)",
           "p:lang(fr-CA, \"*-CH\")",
           "p:dir(rtl)",
           "input:not( [type] )",
       }) {
    EXPECT_EQ(CssSelectorError(selector), std::nullopt) << selector;
  }
}

TEST(CssSelectorErrorTest, AcceptsCombinatorsAndLists) {
  for (const char* selector : {
           "nav a",
           "nav > a",
           "nav>a",
           "h1 + p",
           "h1+p",
           "h1 ~ p",
           "h1~p",
           "main   article  >  p",
           "a, b",
           "a,b",
           "a , b , c",
           "#app .toolbar > button:hover",
           "ul li:not(:last-child) > a[href^=\"/docs\"]",
           "* > *",
       }) {
    EXPECT_EQ(CssSelectorError(selector), std::nullopt) << selector;
  }
}

TEST(CssSelectorErrorTest, AcceptsEscapes) {
  for (const char* selector : {
           "#\\31 23",
           ".\\31 a2b3c",
           "#foo\\:bar",
           ".a\\.b",
           "#\\#id",
           ".\\@media",
           ".\\\"quoted\\\"",
           "#\\000031",
           ".\\e9 t\\e9",
           "[data\\-x=y]",
           "#\\\\",
       }) {
    EXPECT_EQ(CssSelectorError(selector), std::nullopt) << selector;
  }
}

TEST(CssSelectorErrorTest, ExplainsEmptyAndLongSelectors) {
  EXPECT_EQ(CssSelectorError(""), "is empty");
  EXPECT_EQ(CssSelectorError("   "), "is empty");
  EXPECT_EQ(CssSelectorError(std::string(kMaxSelectorBytes, 'a')), std::nullopt);
  EXPECT_EQ(CssSelectorError(std::string(kMaxSelectorBytes + 1, 'a')), "is longer than 1024 bytes");
}

TEST(CssSelectorErrorTest, RefusesControlCharactersAndBadUtf8) {
  EXPECT_EQ(CssSelectorError("a\tb"), "has a control character at 1");
  EXPECT_EQ(CssSelectorError("a\nb"), "has a control character at 1");
  EXPECT_EQ(CssSelectorError(std::string("ab\0", 3)), "has a control character at 2");
  EXPECT_EQ(CssSelectorError("a\x7f"), "has a control character at 1");
  EXPECT_EQ(CssSelectorError(".a\xff"), "is not valid UTF-8");
}

TEST(CssSelectorErrorTest, PointsAtTheUnexpectedCharacter) {
  EXPECT_EQ(CssSelectorError("<script>"), "unexpected '<' at 0");
  EXPECT_EQ(CssSelectorError("a{}"), "unexpected '{' at 1");
  EXPECT_EQ(CssSelectorError("div a{"), "unexpected '{' at 5");
  EXPECT_EQ(CssSelectorError("div;"), "unexpected ';' at 3");
  EXPECT_EQ(CssSelectorError("\""), "unexpected '\"' at 0");
  EXPECT_EQ(CssSelectorError("a]"), "unexpected ']' at 1");
  EXPECT_EQ(CssSelectorError("a/*x*/"), "unexpected '/' at 1");
  EXPECT_EQ(CssSelectorError("svg|a"), "unexpected '|' at 3");
  EXPECT_EQ(CssSelectorError("a**"), "unexpected '*' at 1");
  EXPECT_EQ(CssSelectorError("[a]b"), "unexpected 'b' at 3");
  EXPECT_EQ(CssSelectorError("a @b"), "unexpected '@' at 2");
  EXPECT_EQ(CssSelectorError("[a]é"), "unexpected 'é' at 3");
  EXPECT_EQ(CssSelectorError("a!important"), "unexpected '!' at 1");
}

TEST(CssSelectorErrorTest, RefusesMisplacedCombinatorsAndCommas) {
  EXPECT_EQ(CssSelectorError("> a"), "unexpected '>' at 0");
  EXPECT_EQ(CssSelectorError("a >"), "unexpected end");
  EXPECT_EQ(CssSelectorError("a >> b"), "unexpected '>' at 3");
  EXPECT_EQ(CssSelectorError("a + ~ b"), "unexpected '~' at 4");
  EXPECT_EQ(CssSelectorError(",a"), "unexpected ',' at 0");
  EXPECT_EQ(CssSelectorError("a,,b"), "unexpected ',' at 2");
  EXPECT_EQ(CssSelectorError("a, "), "unexpected end");
}

TEST(CssSelectorErrorTest, RefusesBadNames) {
  EXPECT_EQ(CssSelectorError("#1a"), "expected a name after '#' at 1");
  EXPECT_EQ(CssSelectorError("#-1"), "expected a name after '#' at 1");
  EXPECT_EQ(CssSelectorError(".5"), "expected a name after '.' at 1");
  EXPECT_EQ(CssSelectorError("a."), "expected a name after '.' at 2");
  EXPECT_EQ(CssSelectorError("#"), "expected a name after '#' at 1");
  EXPECT_EQ(CssSelectorError("1div"), "unexpected '1' at 0");
  EXPECT_EQ(CssSelectorError(".a\\"), "unexpected '\\' at 2");
}

TEST(CssSelectorErrorTest, RefusesBrokenAttributeSelectors) {
  EXPECT_EQ(CssSelectorError("[a"), "unclosed '[' at 0");
  EXPECT_EQ(CssSelectorError("[a="), "unexpected end");
  EXPECT_EQ(CssSelectorError("[a=b"), "unclosed '[' at 0");
  EXPECT_EQ(CssSelectorError("[]"), "unexpected ']' at 1");
  EXPECT_EQ(CssSelectorError("[a=1]"), "unexpected '1' at 3");
  EXPECT_EQ(CssSelectorError("[a==b]"), "unexpected '=' at 3");
  EXPECT_EQ(CssSelectorError("[a!=b]"), "unexpected '!' at 2");
  EXPECT_EQ(CssSelectorError("[a=b c]"), "unknown attribute flag 'c' at 5");
  EXPECT_EQ(CssSelectorError("[a=b i s]"), "unexpected 's' at 7");
  EXPECT_EQ(CssSelectorError("[a=\"b]"), "unterminated string at 3");
  EXPECT_EQ(CssSelectorError("[a='b\\']"), "unterminated string at 3");
}

TEST(CssSelectorErrorTest, RefusesPseudoElements) {
  EXPECT_EQ(CssSelectorError("p::before"), "pseudo-element at 1 cannot be anchored");
  EXPECT_EQ(CssSelectorError("p::first-line"), "pseudo-element at 1 cannot be anchored");
  EXPECT_EQ(CssSelectorError("p:after"), "pseudo-element at 1 cannot be anchored");
  EXPECT_EQ(CssSelectorError("a:not(::before)"), "pseudo-element at 6 cannot be anchored");
}

TEST(CssSelectorErrorTest, RefusesUnknownPseudoClasses) {
  EXPECT_EQ(CssSelectorError("a:hovering"), "unknown pseudo-class ':hovering' at 1");
  EXPECT_EQ(CssSelectorError("a:not"), "unknown pseudo-class ':not' at 1");
  EXPECT_EQ(CssSelectorError("a:hover()"), "unknown pseudo-class ':hover()' at 1");
  EXPECT_EQ(CssSelectorError("a:-webkit-any(b)"), "unknown pseudo-class ':-webkit-any()' at 1");
  EXPECT_EQ(CssSelectorError("a:"), "unexpected end");
  EXPECT_EQ(CssSelectorError("a: hover"), "unexpected ' ' at 2");
}

TEST(CssSelectorErrorTest, RefusesUnbalancedParentheses) {
  EXPECT_EQ(CssSelectorError(")"), "unbalanced parenthesis: ')' at 0 has no '('");
  EXPECT_EQ(CssSelectorError("a:not(b))"), "unbalanced parenthesis: ')' at 8 has no '('");
  EXPECT_EQ(CssSelectorError("a:not(b"), "unbalanced parenthesis: '(' at 5 is not closed");
  EXPECT_EQ(CssSelectorError("a:is(b, :not(c)"), "unbalanced parenthesis: '(' at 4 is not closed");
  EXPECT_EQ(CssSelectorError("a:not("), "unexpected end");
  EXPECT_EQ(CssSelectorError("a:not()"), "unexpected ')' at 6");
}

TEST(CssSelectorErrorTest, RefusesBadArguments) {
  EXPECT_EQ(CssSelectorError("li:nth-child()"), "invalid An+B at 13");
  EXPECT_EQ(CssSelectorError("li:nth-child(foo)"), "invalid An+B at 13");
  EXPECT_EQ(CssSelectorError("li:nth-child(2n 1)"), "invalid An+B at 13");
  EXPECT_EQ(CssSelectorError("li:nth-child(+ 2n)"), "invalid An+B at 13");
  EXPECT_EQ(CssSelectorError("li:nth-child(2n+)"), "invalid An+B at 13");
  EXPECT_EQ(CssSelectorError("li:nth-child(2n + -1)"), "invalid An+B at 13");
  EXPECT_EQ(CssSelectorError("li:nth-child(1.5)"), "unexpected '.' at 14");
  EXPECT_EQ(CssSelectorError("li:nth-child(2nd)"), "unexpected 'd' at 15");
  EXPECT_EQ(CssSelectorError("li:nth-child(odd of)"), "unexpected ')' at 19");
  EXPECT_EQ(CssSelectorError("li:nth-of-type(2n of a)"), "unexpected 'o' at 18");
  EXPECT_EQ(CssSelectorError("p:dir(up)"), "unexpected 'u' at 6");
  EXPECT_EQ(CssSelectorError("p:lang()"), "unexpected ')' at 7");
  EXPECT_EQ(CssSelectorError("a:has(b:has(c))"), "':has()' at 7 is inside ':has()'");
  EXPECT_EQ(CssSelectorError("a:not(> b)"), "unexpected '>' at 6");
}

}  // namespace
}  // namespace waymark::markup
