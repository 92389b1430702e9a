#include <system_error>
#include <utility>

#include "core/completion.hpp"
#include "store/sqlite.hpp"
#include "store/sqlite/checkpointer.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/reader_pool.hpp"
#include "store/sqlite/writer.hpp"

namespace waymark::store {
namespace {

using sqlite::Connection;

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(Connection writer, std::vector<Connection> readers, Connection checkpoints,
                 const SqliteOptions& options)
      : readers_(std::move(readers)),
        writer_(std::move(writer), options.max_pending_writes, options.max_group),
        checkpointer_(std::move(checkpoints), kCheckpointInterval) {}

  boost::asio::awaitable<Result<Rows>> Query(std::string sql, std::vector<Value> params) override {
    return SuspendUntil<Result<Rows>>(
        [this, sql = std::move(sql), params = std::move(params)](auto done) mutable {
          readers_.Submit(
              sqlite::ReaderPool::QueryJob{std::move(sql), std::move(params), std::move(done)});
        });
  }

  boost::asio::awaitable<Result<bool>> TryRead(WriteFn fn) override {
    return SuspendUntil<Result<bool>>([this, fn = std::move(fn)](auto done) mutable {
      readers_.Submit(sqlite::ReaderPool::ReadJob{std::move(fn), std::move(done)});
    });
  }

  boost::asio::awaitable<Status> Write(WriteFn fn) override {
    return SuspendUntil<Status>([this, fn = std::move(fn)](auto done) mutable {
      writer_.Submit(std::move(fn), std::move(done));
    });
  }

  boost::asio::awaitable<Status> Ping() override {
    Result<Rows> probe = co_await Query("SELECT 1", {});
    co_return probe.status();
  }

  StoreStats Stats() const override { return writer_.Stats(); }

 private:
  static constexpr std::chrono::milliseconds kCheckpointInterval{250};

  // Members die in reverse: the checkpointer stops, then the writer drains while readers
  // can still serve.
  sqlite::ReaderPool readers_;
  sqlite::Writer writer_;
  sqlite::Checkpointer checkpointer_;
};

Status CreateParent(const std::filesystem::path& path) {
  const auto parent = path.parent_path();
  if (parent.empty()) return Status::Ok();
  std::error_code error;
  std::filesystem::create_directories(parent, error);
  if (error) return Status::Io("store: cannot create " + parent.string() + ": " + error.message());
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Database>> OpenSqlite(const SqliteOptions& options) {
  if (options.path.empty() || options.path == ":memory:") {
    return Status::Invalid("store: a database file path is required");
  }
  if (options.readers < 1 || options.max_pending_writes < 1 || options.max_group < 1) {
    return Status::Invalid("store: readers, max_pending_writes and max_group must be >= 1");
  }
  if (Status s = CreateParent(options.path); !s.ok()) return s;
  // The writer first: it switches the file to WAL before any reader looks at it.
  auto writer = Connection::Open(options.path, Connection::Role::kWriter);
  if (!writer.ok()) return writer.status();
  std::vector<Connection> readers;
  for (int i = 0; i < options.readers; ++i) {
    auto reader = Connection::Open(options.path, Connection::Role::kReader);
    if (!reader.ok()) return reader.status();
    readers.push_back(std::move(reader).value());
  }
  auto checkpoints = Connection::Open(options.path, Connection::Role::kCheckpointer);
  if (!checkpoints.ok()) return checkpoints.status();
  return std::unique_ptr<Database>(new SqliteDatabase(std::move(writer).value(), std::move(readers),
                                                      std::move(checkpoints).value(), options));
}

}  // namespace waymark::store
