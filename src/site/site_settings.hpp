#pragma once

#include <string>

#include "cookies/registry.hpp"
#include "core/config.hpp"

namespace waymark::site {

// What the site pages say that depends on this server's configuration. The pages are
// rendered once from it at start, so a setting shown on a page is the one in force.
struct SiteSettings {
  std::string operator_name = "Waymark";
  std::string operator_contact = "privacy@localhost";
  std::string widget_key;  // a project's public key; empty: the pages embed no widget
  cookies::CookieNames cookie_names{"_JIMO_"};
  // What the access log keeps, which the policies must state truthfully.
  bool access_log = true;
  bool anonymize_ip = false;
  int retention_days = 30;             // of rotated logs; 0: kept until the operator deletes them
  int analytics_retention_days = 400;  // of raw analytics events; 0: kept for good
};

SiteSettings SiteSettingsOf(const Config& config);

}  // namespace waymark::site
