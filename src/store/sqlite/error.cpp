#include "store/sqlite/error.hpp"

#include <string>

namespace waymark::store::sqlite {
namespace {

constexpr std::size_t kSqlExcerpt = 120;

std::string Describe(std::string_view message, std::string_view sql) {
  std::string text = "sqlite: ";
  text += message;
  if (!sql.empty()) {
    text += " [in: ";
    text += sql.substr(0, kSqlExcerpt);
    text += sql.size() > kSqlExcerpt ? "...]" : "]";
  }
  return text;
}

}  // namespace

Status ToStatus(int code, std::string_view message, std::string_view sql) {
  std::string text = Describe(message, sql);
  switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
      return Status::Ok();
    case SQLITE_CONSTRAINT:
      return Status::Conflict(std::move(text));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::Unavailable(std::move(text));
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return Status::Io(std::move(text));
    case SQLITE_ERROR:
    case SQLITE_RANGE:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return Status::Invalid(std::move(text));
    default:
      return Status::Internal(std::move(text));
  }
}

Status LastError(sqlite3* db, std::string_view sql) {
  return ToStatus(sqlite3_extended_errcode(db), sqlite3_errmsg(db), sql);
}

}  // namespace waymark::store::sqlite
