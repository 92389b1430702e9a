#include "site/site_settings.hpp"

namespace waymark::site {

SiteSettings SiteSettingsOf(const Config& config) {
  return {.operator_name = config.operator_name,
          .operator_contact = config.operator_contact,
          .widget_key = config.widget_key,
          .cookie_names = cookies::CookieNames(config.cookie_prefix),
          .access_log = config.access_log,
          .anonymize_ip = config.anonymize_ip,
          .retention_days = config.retention_days,
          .analytics_retention_days = config.analytics_retention_days};
}

}  // namespace waymark::site
