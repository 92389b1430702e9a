#pragma once

#include <sqlite3.h>

#include <string_view>

#include "core/status.hpp"

namespace waymark::store::sqlite {

// Maps a SQLite result code to the Status a caller can act on: a constraint is a Conflict
// (answer 409), a busy or locked database is Unavailable (retry later), a disk problem is
// Io, and bad SQL is Invalid (a bug in the caller's statement).
Status ToStatus(int code, std::string_view message, std::string_view sql = {});

// The Status for the last error on `db`.
Status LastError(sqlite3* db, std::string_view sql = {});

}  // namespace waymark::store::sqlite
