#pragma once

#include <functional>
#include <string>

#include "store/database.hpp"
#include "store/sqlite/connection.hpp"

namespace waymark::store::sqlite {

// The Transaction a TryRead function sees: a reader's connection inside one snapshot. What
// would change the database is refused and remembered, so that the caller can run the
// function again as a write.
class ReadTransaction final : public Transaction {
 public:
  explicit ReadTransaction(Connection& connection) : connection_(connection) {}

  Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) override {
    if (Status allowed = OnlyReads(sql); !allowed.ok()) return allowed;
    return connection_.Run(sql, params, nullptr);
  }

  Result<Rows> Query(std::string_view sql, std::span<const Value> params) override {
    if (Status allowed = OnlyReads(sql); !allowed.ok()) return allowed;
    return connection_.Query(sql, params);
  }

  Status ExecuteScript(std::string_view) override { return Refuse(); }

  // Only a write commits: a function that asks for this wants the writer.
  void AfterCommit(std::function<void()>) override { wanted_write_ = true; }

  bool wanted_write() const { return wanted_write_; }

 private:
  // Ok when the statement `sql` leaves the database as it is; else why not.
  Status OnlyReads(std::string_view sql) {
    auto reads = connection_.ReadsOnly(sql);
    if (!reads.ok()) return reads.status();
    return *reads ? Status::Ok() : Refuse();
  }

  Status Refuse() {
    wanted_write_ = true;
    return Status::Conflict("store: a read cannot change the database");
  }

  Connection& connection_;
  bool wanted_write_ = false;
};

}  // namespace waymark::store::sqlite
