#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.hpp"

struct MMDB_s;

namespace waymark::traffic {

struct CountryName {
  std::string iso_code;  // "DE"
  std::string english;   // "Germany"; empty when the database names none
};

// Countries of IP addresses from a country (or city) database in the .mmdb format, mapped
// into memory. Lookups only read, so one GeoIp serves every thread at once.
class GeoIp {
 public:
  // Fails NotFound for a missing file, Invalid for a file that is not such a database
  // (a download cut short, another format), Io for the rest.
  static Result<GeoIp> Open(const std::string& path);

  GeoIp(GeoIp&&) noexcept;
  GeoIp& operator=(GeoIp&&) noexcept;
  ~GeoIp();

  // The ISO 3166 code of the country the address is in, or nothing when the database does
  // not know it (or it is not an IP address). Where a network has no country of its own,
  // the one it is registered in.
  std::optional<std::string> Country(std::string_view address) const;
  // The same with the country's English name.
  std::optional<CountryName> CountryOf(std::string_view address) const;

  // What the database says it is, from its metadata ("...-Country").
  std::string DatabaseType() const;

 private:
  struct Closer {
    void operator()(MMDB_s* database) const;
  };
  explicit GeoIp(std::unique_ptr<MMDB_s, Closer> database);

  std::unique_ptr<MMDB_s, Closer> database_;
};

}  // namespace waymark::traffic
