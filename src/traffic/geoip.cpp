#include "traffic/geoip.hpp"

#include <maxminddb.h>
#include <netinet/in.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "traffic/visitor_address.hpp"

namespace waymark::traffic {
namespace {

// A string at `path` inside `entry` ("country", "iso_code"), or nothing.
template <class... Keys>
std::optional<std::string> StringAt(MMDB_entry_s entry, Keys... path) {
  MMDB_entry_data_s data{};
  const char* const end = nullptr;
  if (MMDB_get_value(&entry, &data, path..., end) != MMDB_SUCCESS || !data.has_data ||
      data.type != MMDB_DATA_TYPE_UTF8_STRING) {
    return std::nullopt;
  }
  return std::string(data.utf8_string, data.data_size);
}

}  // namespace

void GeoIp::Closer::operator()(MMDB_s* database) const {
  MMDB_close(database);
  delete database;
}

GeoIp::GeoIp(std::unique_ptr<MMDB_s, Closer> database) : database_(std::move(database)) {}
GeoIp::GeoIp(GeoIp&&) noexcept = default;
GeoIp& GeoIp::operator=(GeoIp&&) noexcept = default;
GeoIp::~GeoIp() = default;

Result<GeoIp> GeoIp::Open(const std::string& path) {
  auto database = std::make_unique<MMDB_s>();
  const int status = MMDB_open(path.c_str(), MMDB_MODE_MMAP, database.get());
  const std::string where = "country database \"" + path + "\"";
  if (status == MMDB_FILE_OPEN_ERROR || status == MMDB_IO_ERROR) {
    const int error = errno;
    if (error == ENOENT) return Status::NotFound(where + ": no such file");
    std::error_code ignored;
    if (std::filesystem::is_regular_file(path, ignored) &&
        std::filesystem::file_size(path, ignored) == 0) {  // which mmap refuses
      return Status::Invalid(where + " is not a readable .mmdb database (an empty file)");
    }
    return Status::Io(where + ": " + std::strerror(error));
  }
  if (status != MMDB_SUCCESS) {
    return Status::Invalid(where + " is not a readable .mmdb database (" + MMDB_strerror(status) +
                           ")");
  }
  return GeoIp(std::unique_ptr<MMDB_s, Closer>(database.release()));
}

std::optional<std::string> GeoIp::Country(std::string_view address) const {
  auto country = CountryOf(address);
  if (!country) return std::nullopt;
  return std::move(country->iso_code);
}

std::optional<CountryName> GeoIp::CountryOf(std::string_view text) const {
  const auto address = VisitorAddress(text);
  if (!address) return std::nullopt;
  sockaddr_storage socket_address{};
  if (address->is_v4()) {
    auto& v4 = reinterpret_cast<sockaddr_in&>(socket_address);
    v4.sin_family = AF_INET;
    const auto bytes = address->to_v4().to_bytes();
    std::memcpy(&v4.sin_addr, bytes.data(), bytes.size());
  } else {
    auto& v6 = reinterpret_cast<sockaddr_in6&>(socket_address);
    v6.sin6_family = AF_INET6;
    const auto bytes = address->to_v6().to_bytes();
    std::memcpy(&v6.sin6_addr, bytes.data(), bytes.size());
  }
  int error = MMDB_SUCCESS;
  const MMDB_lookup_result_s found = MMDB_lookup_sockaddr(
      database_.get(), reinterpret_cast<const sockaddr*>(&socket_address), &error);
  if (error != MMDB_SUCCESS || !found.found_entry) return std::nullopt;

  for (const char* key : {"country", "registered_country"}) {
    if (auto code = StringAt(found.entry, key, "iso_code")) {
      return CountryName{std::move(*code), StringAt(found.entry, key, "names", "en").value_or("")};
    }
  }
  return std::nullopt;
}

std::string GeoIp::DatabaseType() const {
  const char* type = database_->metadata.database_type;
  return type != nullptr ? type : "";
}

}  // namespace waymark::traffic
