#pragma once

#include <boost/asio/awaitable.hpp>
#include <optional>
#include <string>
#include <vector>

#include "consent/record.hpp"
#include "http/page.hpp"
#include "store/database.hpp"

namespace waymark::consent {

// How many records one consent id keeps: enough to show how a choice changed, never more,
// however often the visitor clicks.
inline constexpr int kHistoryPerConsent = 20;

// Adds `record` and drops that visitor's records beyond the newest kHistoryPerConsent.
Status AppendRecord(store::Transaction& tx, const ConsentRecord& record);

// The visitor's newest record; nullopt when they have none.
boost::asio::awaitable<Result<std::optional<ConsentRecord>>> LatestRecord(store::Database& db,
                                                                          std::string consent_id);

// Every visitor's records, newest first, `limit` at a time after `after`.
boost::asio::awaitable<Result<std::vector<ConsentRecord>>> RecordsPage(
    store::Database& db, std::optional<http::Cursor> after, int limit);

http::Cursor CursorAfter(const ConsentRecord& record);

}  // namespace waymark::consent
