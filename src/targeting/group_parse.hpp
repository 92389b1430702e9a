#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string_view>

#include "targeting/conditions.hpp"
#include "targeting/json_reader.hpp"

namespace waymark::targeting {

// ParseConditions for a group inside a larger document, sharing its error list.
std::optional<Conditions> ParseGroup(const boost::json::value& json, std::string_view path,
                                     ErrorList& errors);

}  // namespace waymark::targeting
