#pragma once

#include <functional>
#include <vector>

#include "store/database.hpp"
#include "store/sqlite/connection.hpp"

namespace waymark::store::sqlite {

// The Transaction a WriteFn sees: the writer's connection, already inside the group's
// transaction and the write's own savepoint.
class SqliteTransaction final : public Transaction {
 public:
  explicit SqliteTransaction(Connection& connection) : connection_(connection) {}

  Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) override {
    return connection_.Run(sql, params, nullptr);
  }

  Result<Rows> Query(std::string_view sql, std::span<const Value> params) override {
    return connection_.Query(sql, params);
  }

  Status ExecuteScript(std::string_view sql) override { return connection_.RunScript(sql); }

  void AfterCommit(std::function<void()> fn) override { after_commit_.push_back(std::move(fn)); }
  std::vector<std::function<void()>> TakeAfterCommit() { return std::move(after_commit_); }

 private:
  Connection& connection_;
  std::vector<std::function<void()>> after_commit_;
};

}  // namespace waymark::store::sqlite
