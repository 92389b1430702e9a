#pragma once

#include <string>

#include "content/snapshots.hpp"
#include "store/database.hpp"
#include "widget/sightings.hpp"

namespace waymark::widget {

// What the widget API works with. REQUIRES: db and snapshots outlive the routes.
struct WidgetContext {
  store::Database& db;
  content::Snapshots& snapshots;
  std::string server_key;  // identity secrets derive from it (content/identity_secret.hpp)
  std::string public_url;  // where posts' changelog pages are
  Sightings sightings{};   // when the widget last booted on each project's site
};

}  // namespace waymark::widget
