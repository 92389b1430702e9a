#include "traffic/user_agent.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace waymark::traffic {
namespace {

struct Case {
  const char* label;  // the test's name
  std::string_view agent;
  std::string_view browser;
  std::string_view os;
  std::string_view device;
  std::string_view crawler = {};
};

// User agents as real clients send them, and as the access log holds them.
const Case kCases[] = {
    {"ChromeWindows",
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Safari/537.36",
     "Chrome", "Windows", "Desktop"},
    {"ChromeMac",
     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Safari/537.36",
     "Chrome", "macOS", "Desktop"},
    {"SafariMac",
     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.6 Safari/605.1.15",
     "Safari", "macOS", "Desktop"},
    {"SafariIphone",
     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
     "Safari", "iOS", "Phone"},
    {"SafariIpad",
     "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.6 Mobile/15E148 Safari/604.1",
     "Safari", "iOS", "Tablet"},
    {"ChromeAndroidPhone",
     "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Mobile Safari/537.36",
     "Chrome", "Android", "Phone"},
    {"ChromeAndroidTablet",
     "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Safari/537.36",
     "Chrome", "Android", "Tablet"},
    {"ChromeOs",
     "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Safari/537.36",
     "Chrome", "ChromeOS", "Desktop"},
    {"EdgeWindows",
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
     "Edge", "Windows", "Desktop"},
    {"EdgeAndroid",
     "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0",
     "Edge", "Android", "Phone"},
    {"EdgeWindowsPhone",
     "Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 950) AppleWebKit/537.36 "
     "(KHTML, like Gecko) Chrome/52.0.2743.116 Mobile Safari/537.36 Edge/15.15063",
     "Edge", "Windows Phone", "Phone"},
    {"OperaWindows",
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0",
     "Opera", "Windows", "Desktop"},
    {"FirefoxLinux", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
     "Firefox", "Linux", "Desktop"},
    {"FirefoxWindows",
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox",
     "Windows", "Desktop"},
    {"FirefoxAndroidPhone", "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
     "Firefox", "Android", "Phone"},
    {"FirefoxAndroidTablet", "Mozilla/5.0 (Android 14; Tablet; rv:133.0) Gecko/133.0 Firefox/133.0",
     "Firefox", "Android", "Tablet"},
    {"FirefoxFreeBsd", "Mozilla/5.0 (X11; FreeBSD amd64; rv:133.0) Gecko/20100101 Firefox/133.0",
     "Firefox", "FreeBSD", "Desktop"},
    {"SamsungInternet",
     "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
     "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
     "Samsung Internet", "Android", "Phone"},
    {"ChromeIphone",
     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
     "Chrome", "iOS", "Phone"},
    {"FirefoxIphone",
     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15",
     "Firefox", "iOS", "Phone"},
    {"InternetExplorer11", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
     "Internet Explorer", "Windows", "Desktop"},
    {"InternetExplorer8", "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)",
     "Internet Explorer", "Windows", "Desktop"},
    {"OldAndroidBrowser",
     "Mozilla/5.0 (Linux; U; Android 4.0.3; ko-kr; LG-L160L Build/IML74K) AppleWebKit/534.30 "
     "(KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
     "Android Browser", "Android", "Phone"},
    // A phone maker's name with "bot" in it does not make a crawler.
    {"PhoneNamedLikeACrawler",
     "Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Mobile Safari/537.36",
     "Chrome", "Android", "Phone"},
    // A desktop program fetching a link, whose "Microsoft" holds a "cros".
    {"DesktopAppOnWindows",
     "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)", "Other",
     "Windows", "Desktop"},
    {"Television",
     "Mozilla/5.0 (SMART-TV; LINUX; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) "
     "76.0.3809.146/6.0 TV Safari/537.36",
     "Other", "Linux", "Other"},
    // nginx writes the bytes of a UTF-8 model name as \xHH.
    {"NginxEscapes",
     R"(Mozilla/5.0 (Linux; Android 12; \xE5\xB0\x8F\xE7\xB1\xB3 12) AppleWebKit/537.36 )"
     R"((KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36)",
     "Chrome", "Android", "Phone"},
    // A TLS handshake sent to the plain-text port, as nginx logs it.
    {"EscapedBinary", R"(\x16\x03\x01\x02\x00\x01\x00\x01\xFC\x03\x03)", "Other", "Other", "Other"},
    {"Garbage", "qwerty 12345 ;;; (zz)", "Other", "Other", "Other"},
    {"BareMozilla", "Mozilla/5.0", "Other", "Other", "Other"},
    {"Dash", "-", "Unknown", "Unknown", "Unknown"},
    {"Empty", "", "Unknown", "Unknown", "Unknown"},

    {"GooglebotDesktop", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
     "Crawler", "Crawler", "Crawler", "Googlebot"},
    {"GooglebotSmartphone",
     "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like "
     "Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; "
     "+http://www.google.com/bot.html)",
     "Crawler", "Crawler", "Crawler", "Googlebot"},
    {"Bingbot", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
     "Crawler", "Crawler", "Crawler", "bingbot"},
    {"YandexBot", "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", "Crawler",
     "Crawler", "Crawler", "YandexBot"},
    {"Baiduspider",
     "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
     "Crawler", "Crawler", "Crawler", "Baiduspider"},
    {"Applebot",
     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
     "Crawler", "Crawler", "Crawler", "Applebot"},
    {"FacebookPreview", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
     "Crawler", "Crawler", "Crawler", "facebookexternalhit"},
    {"GPTBot",
     "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; "
     "+https://openai.com/gptbot)",
     "Crawler", "Crawler", "Crawler", "GPTBot"},
    {"AhrefsBot", "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", "Crawler",
     "Crawler", "Crawler", "AhrefsBot"},
    {"Slurp", "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
     "Crawler", "Crawler", "Crawler", "Other crawler"},
    {"GenericBot", "FooBot/2.1", "Crawler", "Crawler", "Crawler", "Other crawler"},
    {"GenericCrawler", "ExampleCrawler/1.0 (+http://example.com/about)", "Crawler", "Crawler",
     "Crawler", "Other crawler"},
    {"GenericSpider", "Mozilla/5.0 (compatible; SiteSpider/3.0)", "Crawler", "Crawler", "Crawler",
     "Other crawler"},

    {"Curl", "curl/8.5.0", "Crawler", "Crawler", "Crawler", "curl"},
    {"Wget", "Wget/1.21.4", "Crawler", "Crawler", "Crawler", "Wget"},
    {"PythonRequests", "python-requests/2.32.3", "Crawler", "Crawler", "Crawler",
     "python-requests"},
    {"GoHttpClient", "Go-http-client/2.0", "Crawler", "Crawler", "Crawler", "Go-http-client"},
    {"Java", "Java/17.0.9", "Crawler", "Crawler", "Crawler", "Java"},
    {"ApacheHttpClient", "Apache-HttpClient/4.5.14 (Java/17.0.9)", "Crawler", "Crawler", "Crawler",
     "Apache-HttpClient"},
    {"Okhttp", "okhttp/4.12.0", "Crawler", "Crawler", "Crawler", "okhttp"},
    {"NodeFetch", "node-fetch", "Crawler", "Crawler", "Crawler", "node-fetch"},
    {"Axios", "axios/1.7.7", "Crawler", "Crawler", "Crawler", "axios"},
    {"HeadlessChrome",
     "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "HeadlessChrome/131.0.0.0 Safari/537.36",
     "Crawler", "Crawler", "Crawler", "HeadlessChrome"},
};

// Names a failing case by its label rather than by its bytes.
void PrintTo(const Case& c, std::ostream* out) {
  *out << c.label;
}

class ClassifyAgentTest : public testing::TestWithParam<Case> {};

TEST_P(ClassifyAgentTest, NamesBrowserSystemDeviceAndCrawler) {
  const Case& expected = GetParam();
  const AgentKind kind = ClassifyAgent(expected.agent);
  EXPECT_EQ(kind.browser, expected.browser);
  EXPECT_EQ(kind.os, expected.os);
  EXPECT_EQ(kind.device, expected.device);
  EXPECT_EQ(kind.crawler, expected.crawler);
}

INSTANTIATE_TEST_SUITE_P(RealAgents, ClassifyAgentTest, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.label);
                         });

std::string Uppercase(std::string_view text) {
  std::string upper(text);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return upper;
}

TEST(ClassifyAgent, IgnoresCase) {
  for (const Case& expected : kCases) {
    SCOPED_TRACE(expected.label);
    const AgentKind kind = ClassifyAgent(Uppercase(expected.agent));
    EXPECT_EQ(kind.browser, expected.browser);
    EXPECT_EQ(kind.os, expected.os);
    EXPECT_EQ(kind.device, expected.device);
    EXPECT_EQ(kind.crawler, expected.crawler);
  }
}

TEST(ClassifyAgent, SurroundingSpacesDoNotMatter) {
  EXPECT_EQ(ClassifyAgent("  -  ").browser, "Unknown");
  EXPECT_EQ(ClassifyAgent("   ").device, "Unknown");
  EXPECT_EQ(ClassifyAgent(" curl/8.5.0 ").crawler, "curl");
}

// The report keys its tables by these names after the agents' text is gone.
TEST(ClassifyAgent, NamesOutliveTheHeader) {
  std::string agent = "Mozilla/5.0 (compatible; ExampleBot/1.0; +http://example.com/bot)";
  const AgentKind crawler = ClassifyAgent(agent);
  agent = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
  const AgentKind person = ClassifyAgent(agent);
  std::fill(agent.begin(), agent.end(), 'x');

  EXPECT_EQ(crawler.crawler, "Other crawler");
  EXPECT_EQ(person.browser, "Firefox");
  EXPECT_EQ(person.os, "Linux");
  EXPECT_EQ(person.device, "Desktop");
}

}  // namespace
}  // namespace waymark::traffic
