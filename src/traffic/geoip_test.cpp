#include "traffic/geoip.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "traffic/country_db_fixture.hpp"
#include "weblog/test_dir.hpp"

namespace waymark::traffic {
namespace {

GeoIp OpenTestDb() {
  const auto& path = CountryDb();
  EXPECT_FALSE(path.empty()) << "the test country database could not be written";
  auto geoip = GeoIp::Open(path.string());
  EXPECT_TRUE(geoip.ok()) << geoip.status().message();
  return std::move(geoip).value();
}

TEST(GeoIp, FindsTheCountryOfEachNetwork) {
  const GeoIp geoip = OpenTestDb();
  EXPECT_EQ(geoip.Country("192.0.2.1"), "DE");
  EXPECT_EQ(geoip.Country("192.0.2.255"), "DE");
  EXPECT_EQ(geoip.Country("198.51.100.77"), "FR");
  EXPECT_EQ(geoip.Country("203.0.113.5"), "JP");
  EXPECT_EQ(geoip.Country("2001:db8:1:42::9"), "CA");
  EXPECT_EQ(geoip.DatabaseType(), "Waymark-Test-Country");
}

TEST(GeoIp, GivesTheEnglishName) {
  const GeoIp geoip = OpenTestDb();
  const auto country = geoip.CountryOf("198.51.100.77");
  ASSERT_TRUE(country);
  EXPECT_EQ(country->iso_code, "FR");
  EXPECT_EQ(country->english, "France");
}

TEST(GeoIp, FallsBackToTheCountryANetworkIsRegisteredIn) {
  const GeoIp geoip = OpenTestDb();
  const auto country = geoip.CountryOf("203.0.113.200");
  ASSERT_TRUE(country);
  EXPECT_EQ(country->iso_code, "NZ");
  EXPECT_EQ(country->english, "New Zealand");
}

TEST(GeoIp, ReadsIpv4MappedAddressesAsIpv4) {
  EXPECT_EQ(OpenTestDb().Country("::ffff:192.0.2.1"), "DE");
}

TEST(GeoIp, KnowsNothingOfOtherAddresses) {
  const GeoIp geoip = OpenTestDb();
  EXPECT_EQ(geoip.Country("192.0.3.1"), std::nullopt);  // next to a known network
  EXPECT_EQ(geoip.Country("2001:db8:2::1"), std::nullopt);
  EXPECT_EQ(geoip.Country("10.0.0.1"), std::nullopt);
  EXPECT_EQ(geoip.Country("not an address"), std::nullopt);
  EXPECT_EQ(geoip.Country(""), std::nullopt);
}

TEST(GeoIp, SaysWhenTheFileIsMissing) {
  const auto geoip = GeoIp::Open("/nonexistent/countries.mmdb");
  ASSERT_FALSE(geoip.ok());
  EXPECT_EQ(geoip.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(geoip.status().message(),
            "country database \"/nonexistent/countries.mmdb\": no such file");
}

TEST(GeoIp, SaysWhenTheFileIsNotADatabase) {
  weblog::TestDir dir;
  weblog::WriteFile(dir / "garbage.mmdb", std::string(4096, 'x'));
  weblog::WriteFile(dir / "empty.mmdb", "");
  // A download cut short: the metadata sits at the end of the file.
  const std::string whole = weblog::ReadFile(CountryDb());
  ASSERT_GT(whole.size(), 100u);
  weblog::WriteFile(dir / "truncated.mmdb", whole.substr(0, whole.size() / 2));

  for (const char* name : {"garbage.mmdb", "empty.mmdb", "truncated.mmdb"}) {
    const auto geoip = GeoIp::Open((dir / name).string());
    ASSERT_FALSE(geoip.ok()) << name;
    EXPECT_EQ(geoip.status().code(), Status::Code::kInvalid) << name;
    EXPECT_NE(geoip.status().message().find(name), std::string::npos);
    EXPECT_NE(geoip.status().message().find("is not a readable .mmdb database"), std::string::npos)
        << geoip.status().message();
  }
}

}  // namespace
}  // namespace waymark::traffic
