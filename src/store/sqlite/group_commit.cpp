#include "store/sqlite/group_commit.hpp"

#include <exception>
#include <string>

#include "store/sqlite/invoke.hpp"
#include "store/sqlite/sqlite_transaction.hpp"

namespace waymark::store::sqlite {
namespace {

Status Exec(Connection& connection, std::string_view sql) {
  return connection.Run(sql, {}, nullptr).status();
}

using Hooks = std::vector<std::function<void()>>;

// On success, appends the write's after-commit hooks to `hooks`.
Status RunInSavepoint(Connection& connection, WriteFn& fn, Hooks& hooks) {
  if (Status s = Exec(connection, "SAVEPOINT w"); !s.ok()) return s;
  SqliteTransaction tx(connection);
  Status result = Invoke(fn, tx);
  if (!connection.InTransaction()) return result;  // the caller sees the group is lost
  if (result.ok()) {
    Status released = Exec(connection, "RELEASE w");
    if (released.ok()) {
      for (auto& hook : tx.TakeAfterCommit()) hooks.push_back(std::move(hook));
    }
    return released;
  }
  // If the write cannot be undone alone, abandon the group rather than commit half of it.
  if (!Exec(connection, "ROLLBACK TO w").ok() || !Exec(connection, "RELEASE w").ok()) {
    Exec(connection, "ROLLBACK");
  }
  return result;
}

Status Lost(const Status& cause) {
  return Status::Unavailable("write lost with its transaction: " + cause.message());
}

// Every write that had succeeded is told the group's fate; writes that failed on their own
// keep their own reason.
void FailGroup(std::vector<Status>& statuses, const Status& cause) {
  for (Status& s : statuses) {
    if (s.ok()) s = Lost(cause);
  }
}

// A hook that throws is a bug in it; the commit already happened, so the others still run.
void RunHooks(Hooks& hooks) {
  for (auto& hook : hooks) {
    try {
      hook();
    } catch (...) {
    }
  }
}

}  // namespace

GroupOutcome CommitGroup(Connection& connection, std::span<WriteFn> writes) {
  GroupOutcome outcome;
  outcome.statuses.assign(writes.size(), Status::Ok());
  if (Status begin = Exec(connection, "BEGIN IMMEDIATE"); !begin.ok()) {
    FailGroup(outcome.statuses, begin);
    return outcome;
  }
  Hooks hooks;
  for (std::size_t i = 0; i < writes.size(); ++i) {
    outcome.statuses[i] = RunInSavepoint(connection, writes[i], hooks);
    if (!connection.InTransaction()) {
      // SQLite rolls the whole transaction back on some errors (disk full, I/O).
      const Status cause = outcome.statuses[i].ok() ? Status::Internal("ended the transaction")
                                                    : outcome.statuses[i];
      FailGroup(outcome.statuses, cause);
      return outcome;
    }
  }
  if (Status commit = Exec(connection, "COMMIT"); !commit.ok()) {
    if (connection.InTransaction()) Exec(connection, "ROLLBACK");
    FailGroup(outcome.statuses, commit);
    return outcome;
  }
  outcome.committed = true;
  RunHooks(hooks);
  return outcome;
}

}  // namespace waymark::store::sqlite
