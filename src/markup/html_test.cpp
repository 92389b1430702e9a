#include "markup/html.hpp"

#include <gtest/gtest.h>

namespace waymark::markup {
namespace {

TEST(EscapeHtmlTest, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(EscapeHtml(R"(<a href="x" title='y'>&</a>)"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
}

TEST(EscapeHtmlTest, LeavesOtherTextAlone) {
  EXPECT_EQ(EscapeHtml(""), "");
  EXPECT_EQ(EscapeHtml("Café — déjà vu 🚀"), "Café — déjà vu 🚀");
  EXPECT_EQ(EscapeHtml("a/b=c;d"), "a/b=c;d");
}

TEST(EscapeHtmlTest, EscapesAnAmpersandOnlyOnce) {
  EXPECT_EQ(EscapeHtml("&amp;"), "&amp;amp;");
}

TEST(AppendEscapedHtmlTest, AppendsAfterWhatIsThere) {
  std::string out = "<p>";
  AppendEscapedHtml(out, "1 < 2");
  out += "</p>";
  EXPECT_EQ(out, "<p>1 &lt; 2</p>");
}

TEST(AppendEscapedHtmlTest, KeepsNulBytes) {
  std::string out;
  AppendEscapedHtml(out, std::string_view("a\0<", 3));
  EXPECT_EQ(out, std::string("a\0&lt;", 6));
}

}  // namespace
}  // namespace waymark::markup
