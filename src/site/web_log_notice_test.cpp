#include "site/web_log_notice.hpp"

#include <gtest/gtest.h>

#include "site/test_html.hpp"

namespace waymark::site {
namespace {

using testkit::Contains;

TEST(WebLogNotice, OneDayIsSingular) {
  SiteSettings settings;
  settings.retention_days = 1;
  EXPECT_TRUE(Contains(LogKeepingHtml(settings), "more than 1 day old."));
}

TEST(WebLogNotice, NoLogMeansNothingIsListed) {
  SiteSettings settings;
  settings.access_log = false;
  EXPECT_FALSE(Contains(LoggedFieldsHtml(settings), "user agent"));
  EXPECT_TRUE(Contains(LoggedFieldsHtml(settings), "keep no access log"));
}

TEST(WebLogNotice, StatisticsAreNeverJoinedToAccounts) {
  EXPECT_TRUE(Contains(LogKeepingHtml(SiteSettings{}), "never joined to accounts"));
}

}  // namespace
}  // namespace waymark::site
