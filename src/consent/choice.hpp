#pragma once

#include <string_view>
#include <variant>

#include "http/problem.hpp"

namespace waymark::consent {

// A visitor's choice, per category of the cookie registry. Strictly necessary cookies are
// not a choice: a body may say `"strictlyNecessary": true`, never false.
struct Choice {
  bool functionality = false;
};

// Reads `{"functionality": true|false}`; a 400 problem naming the field for anything else
// (not JSON, a missing or non-boolean choice, a category the registry does not have).
std::variant<Choice, http::Problem> ReadChoice(std::string_view body);

}  // namespace waymark::consent
