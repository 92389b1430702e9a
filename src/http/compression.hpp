#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace waymark::http {

// Maximum-ratio encodings for assets compressed once at start-up. nullopt when the
// encoder fails.
std::optional<std::string> Gzip(std::string_view data);
std::optional<std::string> Brotli(std::string_view data);

}  // namespace waymark::http
