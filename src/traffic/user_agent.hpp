#pragma once

#include <string_view>

namespace waymark::traffic {

// What a User-Agent header says about the software that sent it. The names are short,
// stable display names ("Chrome", "Firefox", "Windows", "iOS", "Android") pointing into
// static storage, so they may outlive the header they came from and serve as map keys;
// "Other" when nothing is recognised, and "Unknown" for an empty or "-" header.
struct AgentKind {
  std::string_view browser;  // for a crawler, "Crawler"
  std::string_view os;       // for a crawler, "Crawler"
  std::string_view device;   // "Desktop", "Phone", "Tablet", "Crawler", "Other" or "Unknown"
  // The crawler's name ("Googlebot", "curl"), "Other crawler" for one known only by a word
  // such as "bot" or "spider" in its header, empty for people.
  std::string_view crawler;
};

// Classifies `user_agent` as it appears in the access log (nginx's \xHH escapes and all),
// ignoring case. Called once per distinct user agent, not per line, so clarity beats speed
// here.
AgentKind ClassifyAgent(std::string_view user_agent);

}  // namespace waymark::traffic
