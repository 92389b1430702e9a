#include "auth/fields.hpp"

namespace waymark::auth {

std::string ReadEmail(http::JsonFields& fields) {
  std::string text = fields.Text("email", {.min_length = 1, .max_length = kMaxEmailBytes});
  if (text.empty()) return text;
  std::optional<std::string> email = NormalizeEmail(text);
  if (!email) fields.Fail("email", "is not an email address");
  return email.value_or("");
}

std::string ReadNewPassword(http::JsonFields& fields, std::string_view name) {
  std::string password = fields.Text(name, kPasswordField);
  if (password.empty()) return password;
  if (auto problem = PasswordProblem(password)) fields.Fail(name, *problem);
  return password;
}

}  // namespace waymark::auth
