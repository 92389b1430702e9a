#include "webhooks/events.hpp"

#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace waymark::webhooks {

bool IsSubscribable(std::string_view event) {
  return std::find(kSubscribableEvents.begin(), kSubscribableEvents.end(), event) !=
         kSubscribableEvents.end();
}

std::string EventsText(const std::vector<std::string>& events) {
  boost::json::array list;
  for (const std::string& event : events) list.emplace_back(event);
  return boost::json::serialize(list);
}

std::vector<std::string> EventsFromText(std::string_view text) {
  std::vector<std::string> events;
  boost::system::error_code ec;
  boost::json::value parsed = boost::json::parse(text, ec);
  if (ec || !parsed.is_array()) return events;
  for (const auto& item : parsed.get_array()) {
    if (item.is_string()) events.emplace_back(item.get_string());
  }
  return events;
}

}  // namespace waymark::webhooks
