#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "core/status.hpp"
#include "store/database.hpp"

// Creating and ending makers' sessions. The token goes to the browser in _JIMO_TOKEN; the
// sessions table keeps only its digest, with the times, anonymized IP and user agent.
namespace waymark::access {

struct SessionStart {
  std::string user_id;
  bool remember = false;
  std::int64_t now = 0;
  std::chrono::seconds lifetime{0};
  std::string ip;  // anonymized
  std::string user_agent;
};

struct NewSession {
  std::string id;
  std::string token;
  std::int64_t expires_at = 0;
};

// A fresh session with a fresh token: sign-in and password changes always make a new one,
// so a token planted before either is worthless after it (no fixation).
Result<NewSession> CreateSession(store::Transaction& tx, const SessionStart& start);

// Ends one session of `user_id`; NotFound when the user has no such live session.
Status RevokeSession(store::Transaction& tx, std::string_view user_id, std::string_view session_id,
                     std::int64_t now);

// Ends every live session of `user_id` but `keep` (when set); returns how many ended.
Result<std::int64_t> RevokeUserSessions(store::Transaction& tx, std::string_view user_id,
                                        std::int64_t now,
                                        std::optional<std::string> keep = std::nullopt);

}  // namespace waymark::access
