#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <string>

#include "content/widget_settings.hpp"
#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::content {

// What content needs to know of its project.
struct ProjectSettings {
  std::string id;
  std::string name;
  std::string slug;
  std::string public_key;
  std::string default_language;  // posts without a variant in a reader's language use it
  int rate_limit_shows = 1;      // interactions a user sees at most per window...
  std::int64_t rate_limit_window_s = 4 * 3600;  // ...of this many seconds
  WidgetSettings widget;
};

// NotFound when there is no such project (any more).
boost::asio::awaitable<Result<ProjectSettings>> ReadProjectSettings(store::Database& db,
                                                                    std::string project_id);

}  // namespace waymark::content
