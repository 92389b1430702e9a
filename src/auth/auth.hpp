#pragma once

#include <chrono>
#include <string>

#include "auth/password_hasher.hpp"
#include "auth/reset_mailer.hpp"
#include "auth/throttle.hpp"
#include "cookies/registry.hpp"
#include "store/database.hpp"

namespace waymark::auth {

struct AuthOptions {
  bool open_signup = false;
  std::chrono::seconds session_lifetime{30 * 24 * 3600};
  std::string public_url = "http://localhost:8080";
  cookies::CookieNames cookie_names{"_JIMO_"};
  mail::SmtpOptions smtp;  // no mail when the URL is empty
};

// What the account routes share: the store, the password hasher's threads, the sign-in
// throttles and the reset mailer.
struct Auth {
  Auth(store::Database& database, AuthOptions auth_options)
      : db(database), options(std::move(auth_options)), mailer(options.smtp, options.public_url) {}

  store::Database& db;
  AuthOptions options;
  PasswordHasher hasher;
  ResetMailer mailer;
  // Per account, and per client network (anonymized address), which tolerates more since
  // many people can share one.
  Throttle account_failures{{}};
  Throttle network_failures{{.free_failures = 20}};
  // Reset mail per address: a few, then at most one every few minutes.
  Throttle reset_requests{{.free_failures = 3, .base_delay = 300, .max_delay = 3600}};
};

}  // namespace waymark::auth
