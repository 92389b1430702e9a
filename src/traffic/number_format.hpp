#pragma once

#include <cstdint>
#include <string>

namespace waymark::traffic {

// 1234567 -> "1,234,567": how reports write counts.
std::string Thousands(std::uint64_t value);

// 23058538690 -> "21.5 GiB": how reports write sizes (binary units, one decimal).
std::string HumanBytes(std::uint64_t bytes);

}  // namespace waymark::traffic
