#pragma once

#include <string>
#include <string_view>

#include "auth/credentials_rules.hpp"
#include "http/json_fields.hpp"

// Reading the account fields of a request body, with the rules of credentials_rules.hpp.
namespace waymark::auth {

inline constexpr http::TextRule kPasswordField{.min_length = 1, .max_length = kMaxPasswordBytes};

// The "email" field, normalized, or "" after recording why it is unusable.
std::string ReadEmail(http::JsonFields& fields);

// A password being chosen, or "" after recording why it is refused.
std::string ReadNewPassword(http::JsonFields& fields, std::string_view name);

}  // namespace waymark::auth
