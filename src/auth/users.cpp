#include "auth/users.hpp"

#include <array>

#include "core/time_format.hpp"

namespace waymark::auth {
namespace {

using store::Value;

constexpr std::string_view kColumns =
    "SELECT id, email, name, password_hash, instance_owner, created_at FROM users ";

Result<std::optional<User>> FirstUser(Result<store::Rows> rows) {
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<User>();
  const auto& row = rows->rows[0];
  return std::optional<User>(User{store::TextOf(row[0]), store::TextOf(row[1]),
                                  store::TextOf(row[2]), store::TextOf(row[3]),
                                  store::IntOf(row[4]) != 0, store::IntOf(row[5])});
}

}  // namespace

boost::asio::awaitable<Result<std::optional<User>>> FindUserByEmail(store::Database& db,
                                                                    std::string email) {
  std::vector<Value> params{std::move(email)};
  co_return FirstUser(
      co_await db.Query(std::string(kColumns) + "WHERE email = ?", std::move(params)));
}

boost::asio::awaitable<Result<std::optional<User>>> FindUser(store::Database& db, std::string id) {
  std::vector<Value> params{std::move(id)};
  co_return FirstUser(co_await db.Query(std::string(kColumns) + "WHERE id = ?", std::move(params)));
}

Result<std::optional<User>> FindUserByEmail(store::Transaction& tx, std::string_view email) {
  const std::array<Value, 1> params{std::string(email)};
  return FirstUser(tx.Query(std::string(kColumns) + "WHERE email = ?", params));
}

Status InsertUser(store::Transaction& tx, const User& user) {
  const std::array<Value, 7> row{user.id,
                                 user.email,
                                 user.name,
                                 user.password_hash,
                                 std::int64_t{user.instance_owner},
                                 user.created_at,
                                 user.created_at};
  return tx
      .Execute(
          "INSERT INTO users (id, email, name, password_hash, instance_owner, created_at, "
          "password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          row)
      .status();
}

Result<std::int64_t> CountUsers(store::Transaction& tx) {
  auto rows = tx.Query("SELECT COUNT(*) FROM users");
  if (!rows.ok()) return rows.status();
  return store::IntOf(rows->rows.at(0).at(0));
}

Status SetPassword(store::Transaction& tx, std::string_view user_id, std::string_view hash,
                   std::int64_t now) {
  const std::array<Value, 3> params{std::string(hash), now, std::string(user_id)};
  return tx
      .Execute("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?", params)
      .status();
}

boost::json::object UserJson(const User& user) {
  return {{"id", user.id},
          {"email", user.email},
          {"name", user.name},
          {"instanceOwner", user.instance_owner},
          {"createdAt", Iso8601(user.created_at)}};
}

}  // namespace waymark::auth
