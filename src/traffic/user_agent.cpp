#include "traffic/user_agent.hpp"

#include <algorithm>
#include <span>
#include <string>

namespace waymark::traffic {
namespace {

// A lowercase needle and the display name it stands for. Each table is searched in order
// and the first match wins, because agents borrow each other's names: a needle goes before
// any needle that its agents also contain.
struct Rule {
  std::string_view needle;
  std::string_view name;
};

// Crawlers that sign with their name. They are tried before anything else, since most wear
// a browser's clothes: "Mozilla/5.0 (compatible; ...)", or a whole phone browser.
constexpr Rule kCrawlers[] = {
    {"googlebot", "Googlebot"},
    {"bingbot", "bingbot"},
    {"yandexbot", "YandexBot"},
    {"baiduspider", "Baiduspider"},
    {"duckduckbot", "DuckDuckBot"},
    {"applebot", "Applebot"},
    {"facebookexternalhit", "facebookexternalhit"},
    {"twitterbot", "Twitterbot"},
    {"linkedinbot", "LinkedInBot"},
    {"slackbot", "Slackbot"},
    {"gptbot", "GPTBot"},
    {"claudebot", "ClaudeBot"},
    {"ahrefsbot", "AhrefsBot"},
    {"semrushbot", "SemrushBot"},
    {"mj12bot", "MJ12bot"},
    {"petalbot", "PetalBot"},
    {"bytespider", "Bytespider"},
    // Link previews, fetched by a server when someone pastes a URL into a chat.
    {"whatsapp/", "WhatsApp"},
};

// Programs and libraries that fetch pages with no person behind them. A library's name
// comes before the runtime's that it also names ("Apache-HttpClient/4.5 (Java/17)").
constexpr Rule kTools[] = {
    {"curl/", "curl"},
    {"wget/", "Wget"},
    {"python-requests/", "python-requests"},
    {"python-urllib/", "Python-urllib"},
    {"go-http-client/", "Go-http-client"},
    {"apache-httpclient/", "Apache-HttpClient"},
    {"okhttp/", "okhttp"},
    {"java/", "Java"},
    {"node-fetch", "node-fetch"},
    {"axios/", "axios"},
    {"libwww-perl/", "libwww-perl"},
    {"scrapy/", "Scrapy"},
    {"headlesschrome/", "HeadlessChrome"},
};

// Words that make any other agent a crawler, named only as "Other crawler": a name cut
// from the header would point into it, and AgentKind's names must outlive the header.
constexpr std::string_view kCrawlerWords[] = {"bot", "crawl", "spider", "slurp"};
constexpr std::string_view kOtherCrawler = "Other crawler";

// Phones whose maker's name contains a crawler word.
constexpr std::string_view kLookalikes[] = {"cubot"};

// Edge and Opera carry "Chrome/", and every browser of this family "Safari/", so the
// derived ones come first, Chrome after them, Safari last (see Browser()).
constexpr Rule kBrowsers[] = {
    {"edg/", "Edge"},
    {"edge/", "Edge"},
    {"edga/", "Edge"},
    {"edgios/", "Edge"},
    {"opr/", "Opera"},
    {"opios/", "Opera"},
    {"opera", "Opera"},
    {"samsungbrowser/", "Samsung Internet"},
    {"crios/", "Chrome"},
    {"fxios/", "Firefox"},
    {"firefox/", "Firefox"},
    {"chrome/", "Chrome"},
    {"msie ", "Internet Explorer"},
    {"trident/", "Internet Explorer"},
};

// Windows Phone also claims Android, iOS claims to be "like Mac OS X" and Android to be
// Linux. "; cros " is ChromeOS's "(X11; CrOS x86_64 ...)": a bare "cros" is in "Microsoft".
// An iPad asking for desktop pages says "Macintosh" and is counted as macOS.
constexpr Rule kSystems[] = {
    {"windows phone", "Windows Phone"},
    {"iphone", "iOS"},
    {"ipad", "iOS"},
    {"ipod", "iOS"},
    {"android", "Android"},
    {"; cros ", "ChromeOS"},
    {"windows", "Windows"},
    {"macintosh", "macOS"},
    {"mac os x", "macOS"},
    {"freebsd", "FreeBSD"},
    {"linux", "Linux"},
};

constexpr std::string_view kDesktopSystems[] = {"Windows", "macOS", "Linux", "ChromeOS", "FreeBSD"};

// Televisions and game consoles run a desktop or phone system but are neither.
constexpr std::string_view kOtherDevices[] = {"smart-tv", "smarttv",     "android tv", "googletv",
                                              "crkey",    "playstation", "xbox",       "nintendo"};

std::string Lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

std::string_view Trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

bool Contains(std::string_view agent, std::string_view needle) {
  return agent.find(needle) != std::string_view::npos;
}

bool ContainsAny(std::string_view agent, std::span<const std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (Contains(agent, needle)) return true;
  }
  return false;
}

// The name of the first rule whose needle `agent` contains, empty when none does.
std::string_view FirstMatch(std::string_view agent, std::span<const Rule> rules) {
  for (const Rule& rule : rules) {
    if (Contains(agent, rule.needle)) return rule.name;
  }
  return {};
}

bool HasCrawlerWord(std::string agent) {
  for (std::string_view lookalike : kLookalikes) {
    for (auto at = agent.find(lookalike); at != std::string::npos; at = agent.find(lookalike)) {
      std::fill_n(agent.begin() + at, lookalike.size(), ' ');
    }
  }
  return ContainsAny(agent, kCrawlerWords);
}

// The crawler's name, or empty for an agent with a person behind it.
std::string_view CrawlerName(const std::string& agent) {
  if (auto name = FirstMatch(agent, kCrawlers); !name.empty()) return name;
  if (auto name = FirstMatch(agent, kTools); !name.empty()) return name;
  if (HasCrawlerWord(agent)) return kOtherCrawler;
  return {};
}

std::string_view Browser(std::string_view agent) {
  if (auto name = FirstMatch(agent, kBrowsers); !name.empty()) return name;
  // Left with "Version/x ... Safari/y" are Safari itself and the old Android browser on the
  // same engine. "Safari/" without "Version/" is a web view inside an app, or a television.
  if (Contains(agent, "safari/") && Contains(agent, "version/")) {
    return Contains(agent, "android") ? "Android Browser" : "Safari";
  }
  return "Other";
}

std::string_view System(std::string_view agent) {
  const std::string_view name = FirstMatch(agent, kSystems);
  return name.empty() ? "Other" : name;
}

std::string_view Device(std::string_view agent, std::string_view os) {
  if (ContainsAny(agent, kOtherDevices)) return "Other";
  if (Contains(agent, "ipad") || Contains(agent, "tablet")) return "Tablet";
  if (os == "iOS" || os == "Windows Phone") return "Phone";
  // Android browsers say "Mobile" on phones only; a tablet gets the wide pages.
  if (os == "Android") return Contains(agent, "mobile") ? "Phone" : "Tablet";
  if (Contains(agent, "mobi")) return "Phone";
  for (std::string_view desktop : kDesktopSystems) {
    if (os == desktop) return "Desktop";
  }
  return "Other";
}

}  // namespace

AgentKind ClassifyAgent(std::string_view user_agent) {
  const std::string_view trimmed = Trimmed(user_agent);
  if (trimmed.empty() || trimmed == "-") return {"Unknown", "Unknown", "Unknown", {}};
  const std::string agent = Lowercase(trimmed);
  if (const auto crawler = CrawlerName(agent); !crawler.empty()) {
    return {"Crawler", "Crawler", "Crawler", crawler};
  }
  const std::string_view os = System(agent);
  return {Browser(agent), os, Device(agent, os), {}};
}

}  // namespace waymark::traffic
