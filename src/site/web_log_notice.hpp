#pragma once

#include <string>

#include "site/site_settings.hpp"

// What this server's access log records and how long it keeps it, in the words the cookie
// policy and the privacy notice share. Written from the settings in force, so the pages
// never promise more (or less) than the server does.
namespace waymark::site {

// What one line of the log holds (NCSA Combined), as HTML; or that no log is written.
std::string LoggedFieldsHtml(const SiteSettings& settings);

// Whether addresses are shortened, how long rotated logs stay, and what the log is used
// for, as HTML paragraphs.
std::string LogKeepingHtml(const SiteSettings& settings);

}  // namespace waymark::site
