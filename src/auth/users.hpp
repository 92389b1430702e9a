#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::auth {

struct User {
  std::string id;
  std::string email;
  std::string name;
  std::string password_hash;
  bool instance_owner = false;
  std::int64_t created_at = 0;
};

// nullopt when no account has that (normalized) email.
boost::asio::awaitable<Result<std::optional<User>>> FindUserByEmail(store::Database& db,
                                                                    std::string email);
boost::asio::awaitable<Result<std::optional<User>>> FindUser(store::Database& db, std::string id);

// The same lookups inside a write.
Result<std::optional<User>> FindUserByEmail(store::Transaction& tx, std::string_view email);

Status InsertUser(store::Transaction& tx, const User& user);
Result<std::int64_t> CountUsers(store::Transaction& tx);
Status SetPassword(store::Transaction& tx, std::string_view user_id, std::string_view hash,
                   std::int64_t now);

// The user as the API shows it (never the hash).
boost::json::object UserJson(const User& user);

}  // namespace waymark::auth
