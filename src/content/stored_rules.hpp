#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string_view>

#include "targeting/conditions.hpp"
#include "targeting/rules.hpp"

namespace waymark::content {

// Compiles rules as stored, which were valid when written. nullopt (with a warning in the
// log) only if a later version of the server reads them differently: the interaction or
// segment is then left out of the snapshot rather than served with rules half understood.
std::optional<targeting::Rules> CompileStoredRules(const boost::json::value& json);
std::optional<targeting::Conditions> CompileStoredConditions(std::string_view text);

}  // namespace waymark::content
