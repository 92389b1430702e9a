#include "markup/markdown.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace waymark::markup {
namespace {

std::string Repeat(std::string_view unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// What no rendering of an attack may ever contain.
void ExpectInert(std::string_view html) {
  EXPECT_FALSE(Contains(html, "<script")) << html;
  EXPECT_FALSE(Contains(html, "javascript:")) << html;
  EXPECT_FALSE(Contains(html, "onerror=")) << html;
  EXPECT_FALSE(Contains(html, "<img src=\"x\"")) << html;
}

TEST(MarkdownToHtmlTest, RendersCommonMark) {
  EXPECT_EQ(MarkdownToHtml("# Title\n\nSome *new* **features**, `code`."),
            "<h1>Title</h1>\n<p>Some <em>new</em> <strong>features</strong>, "
            "<code>code</code>.</p>\n");
  EXPECT_EQ(MarkdownToHtml("- one\n- two\n"), "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
  EXPECT_EQ(MarkdownToHtml("1 < 2 & \"3\""), "<p>1 &lt; 2 &amp; &quot;3&quot;</p>\n");
}

TEST(MarkdownToHtmlTest, RendersTables) {
  EXPECT_EQ(MarkdownToHtml("| Plan | Price |\n|------|------:|\n| Pro | 9 |\n"),
            "<table>\n<thead>\n<tr>\n<th>Plan</th>\n<th align=\"right\">Price</th>\n</tr>\n"
            "</thead>\n<tbody>\n<tr>\n<td>Pro</td>\n<td align=\"right\">9</td>\n</tr>\n"
            "</tbody>\n</table>\n");
}

TEST(MarkdownToHtmlTest, AutolinksWebAddresses) {
  EXPECT_EQ(MarkdownToHtml("See www.example.com and https://example.com/docs?a=1."),
            "<p>See <a rel=\"nofollow noopener\" href=\"http://www.example.com\">www.example.com"
            "</a> and <a rel=\"nofollow noopener\" href=\"https://example.com/docs?a=1\">"
            "https://example.com/docs?a=1</a>.</p>\n");
  EXPECT_EQ(MarkdownToHtml("team@example.com"),
            "<p><a rel=\"nofollow noopener\" href=\"mailto:team@example.com\">team@example.com"
            "</a></p>\n");
}

TEST(MarkdownToHtmlTest, RendersStrikethroughAndTaskLists) {
  EXPECT_EQ(MarkdownToHtml("~~old~~ new"), "<p><del>old</del> new</p>\n");
  EXPECT_EQ(MarkdownToHtml("- [ ] write docs\n- [x] ship\n"),
            "<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> write docs</li>\n"
            "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> ship</li>\n</ul>\n");
}

TEST(MarkdownToHtmlTest, LinksGetRelNofollowNoopener) {
  EXPECT_EQ(MarkdownToHtml("[docs](https://example.com/docs \"The docs\")"),
            "<p><a rel=\"nofollow noopener\" href=\"https://example.com/docs\" "
            "title=\"The docs\">docs</a></p>\n");
  EXPECT_EQ(MarkdownToHtml("[setup](/docs/setup#linux)"),
            "<p><a rel=\"nofollow noopener\" href=\"/docs/setup#linux\">setup</a></p>\n");
  EXPECT_EQ(MarkdownToHtml("[mail](mailto:team@example.com)"),
            "<p><a rel=\"nofollow noopener\" href=\"mailto:team@example.com\">mail</a></p>\n");
}

TEST(MarkdownToHtmlTest, KeepsImagesFromTheWeb) {
  EXPECT_EQ(MarkdownToHtml("![chart](https://example.com/chart.png)"),
            "<p><img src=\"https://example.com/chart.png\" alt=\"chart\" /></p>\n");
}

TEST(MarkdownToHtmlTest, DropsRawHtml) {
  EXPECT_EQ(MarkdownToHtml("<script>alert(1)</script>\n\nafter"), "<p>after</p>\n");
  EXPECT_EQ(MarkdownToHtml("a <img src=x onerror=alert(1)> b"), "<p>a  b</p>\n");
  EXPECT_EQ(MarkdownToHtml("<a href=\"javascript:alert(1)\">click</a>"), "<p>click</p>\n");
  EXPECT_EQ(MarkdownToHtml("<div onclick=\"x()\">\n\n*hi*\n\n</div>"), "<p><em>hi</em></p>\n");
  EXPECT_EQ(MarkdownToHtml("<!-- note -->\ntext"), "<p>text</p>\n");
}

TEST(MarkdownToHtmlTest, ShowsHtmlInCodeAsText) {
  EXPECT_EQ(MarkdownToHtml("`<script>`"), "<p><code>&lt;script&gt;</code></p>\n");
  EXPECT_EQ(MarkdownToHtml("    <script>alert(1)</script>"),
            "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n");
}

TEST(MarkdownToHtmlTest, EmptiesDangerousLinkUrls) {
  const std::string expected = "<p><a rel=\"nofollow noopener\" href=\"\">x</a></p>\n";
  EXPECT_EQ(MarkdownToHtml("[x](javascript:alert(1))"), expected);
  EXPECT_EQ(MarkdownToHtml("[x](JAVASCRIPT:alert(1))"), expected);
  EXPECT_EQ(MarkdownToHtml("[x](java&#x09;script:alert(1))"), expected);
  EXPECT_EQ(MarkdownToHtml("[x](javascript&colon;alert(1))"), expected);
  EXPECT_EQ(MarkdownToHtml("[x](vbscript:msgbox(1))"), expected);
  EXPECT_EQ(MarkdownToHtml("[x](data:text/html;base64,PHNjcmlwdD4=)"), expected);
  EXPECT_EQ(MarkdownToHtml("[x]: javascript:alert(1)\n\n[x]"), expected);
}

TEST(MarkdownToHtmlTest, EmptiesDataAndScriptImageUrls) {
  EXPECT_EQ(MarkdownToHtml("![x](data:image/png;base64,iVBORw0KGgo=)"),
            "<p><img src=\"\" alt=\"x\" /></p>\n");
  EXPECT_EQ(MarkdownToHtml("![x](javascript:alert(1))"), "<p><img src=\"\" alt=\"x\" /></p>\n");
}

TEST(MarkdownToHtmlTest, AnAutolinkToJavascriptLinksNowhere) {
  // The address stays visible as text, where it is inert; it never reaches an attribute.
  const std::string html = MarkdownToHtml("<javascript:alert(1)>");
  EXPECT_EQ(html, "<p><a rel=\"nofollow noopener\" href=\"\">javascript:alert(1)</a></p>\n");
}

TEST(MarkdownToHtmlTest, NoAttackSurvives) {
  for (const char* attack : {
           "<script>alert(1)</script>",
           "<SCRIPT SRC=//evil.example.com/x.js></SCRIPT>",
           "<img src=x onerror=alert(1)>",
           "<svg><script>alert(1)</script></svg>",
           "[x](javascript:alert(1))",
           "[x](JAVASCRIPT:alert(1))",
           "[x](java&#x09;script:alert(1))",
           "[x](&#106;avascript:alert(1))",
           "[x](<javascript:alert(1)>)",
           "![x](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)",
           "<a href=\"javascript:alert(1)\">x</a>",
           "<a href='javascript:alert(1)' onerror=alert(1)>x</a>",
           "| a |\n|---|\n| <script>alert(1)</script> |",
       }) {
    SCOPED_TRACE(attack);
    ExpectInert(MarkdownToHtml(attack));
  }
}

TEST(MarkdownToHtmlTest, QuotesInTitlesAndAltTextStayInsideTheirAttribute) {
  EXPECT_EQ(MarkdownToHtml("![a\" onerror=\"b](https://example.com/i.png)"),
            "<p><img src=\"https://example.com/i.png\" alt=\"a&quot; onerror=&quot;b\" /></p>\n");
  EXPECT_EQ(MarkdownToHtml("[x](https://example.com 'a\" onclick=\"b')"),
            "<p><a rel=\"nofollow noopener\" href=\"https://example.com\" "
            "title=\"a&quot; onclick=&quot;b\">x</a></p>\n");
}

TEST(MarkdownToHtmlTest, InvalidUtf8AndNulBytesBecomeReplacementCharacters) {
  EXPECT_EQ(MarkdownToHtml(std::string("a\xff"
                                       "b",
                                       3)),
            "<p>a\xEF\xBF\xBD"
            "b</p>\n");
  EXPECT_EQ(MarkdownToHtml(std::string("a\0b", 3)),
            "<p>a\xEF\xBF\xBD"
            "b</p>\n");
  EXPECT_EQ(MarkdownToHtml(""), "");
}

TEST(MarkdownToHtmlTest, RendersAMegabyteOfHostileInput) {
  constexpr std::size_t kMegabyte = 1 << 20;
  for (const std::string& input : {
           Repeat("[", kMegabyte),
           Repeat("> ", kMegabyte / 2),
           Repeat("x![[]()", kMegabyte / 7),
           Repeat("a<?x ", kMegabyte / 5),
           Repeat("a@b.c ", kMegabyte / 6),
           "a|b\n-|-\n" + Repeat("*|", kMegabyte / 2),
           Repeat("a|", 200) + "\n" + Repeat("-|", 200) + "\n" + Repeat("x\n", kMegabyte / 2),
           Repeat(std::string_view("\xff\0", 2), kMegabyte / 2),
       }) {
    const auto start = std::chrono::steady_clock::now();
    const std::string html = MarkdownToHtml(input);
    // Each takes well under a second; without the guard some took many minutes.
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    EXPECT_FALSE(html.empty());
    EXPECT_LT(html.size(), 20 * kMegabyte);
  }
}

TEST(MarkdownToTextTest, KeepsTheWordsWithoutMarkup) {
  EXPECT_EQ(
      MarkdownToText("# New *billing*\n\nPay with **cards** and [links](https://x.com).", 200),
      "New billing Pay with cards and links.");
  EXPECT_EQ(MarkdownToText("- one\n- two\n\n```\ncode\n```\n\n> quoted", 200),
            "one two code quoted");
  EXPECT_EQ(MarkdownToText("| a | b |\n|---|---|\n| 1 | 2 |", 200), "a b 1 2");
  EXPECT_EQ(MarkdownToText("![A chart](https://x.com/c.png) line\nbreak", 200),
            "A chart line break");
}

TEST(MarkdownToTextTest, DropsRawHtml) {
  EXPECT_EQ(MarkdownToText("<script>alert(1)</script>\n\nHello <b>bold</b> world", 200),
            "Hello bold world");
}

TEST(MarkdownToTextTest, CutsAtAWordBoundary) {
  EXPECT_EQ(MarkdownToText("We shipped **dark mode** for everyone today", 24),
            "We shipped dark mode…");
  EXPECT_EQ(MarkdownToText("Short", 24), "Short");
  EXPECT_EQ(MarkdownToText("", 24), "");
}

TEST(MarkdownToTextTest, StaysValidUtf8WhenCut) {
  const std::string text = MarkdownToText("Ééééééééééééé", 10);
  // 10 bytes leave 7 before "…": three two-byte letters, not half of a fourth.
  EXPECT_EQ(text, "Ééé…");
  EXPECT_LE(text.size(), 10u);
}

}  // namespace
}  // namespace waymark::markup
