#pragma once

#include <boost/asio/awaitable.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/segment.hpp"
#include "core/status.hpp"
#include "http/page.hpp"
#include "store/database.hpp"

// Segments as stored; every statement names the project beside the segment.
namespace waymark::content {

// Conflict when the name is taken in the project.
Result<Segment> InsertSegment(store::Transaction& tx, std::string_view project_id,
                              SegmentDraft draft, std::int64_t now);
// nullopt when the segment is no longer at current.version; Conflict for a taken name.
Result<std::optional<Segment>> UpdateSegment(store::Transaction& tx, const Segment& current,
                                             SegmentDraft draft, std::int64_t now);
Status DeleteSegment(store::Transaction& tx, std::string_view project_id, std::string_view id);

boost::asio::awaitable<Result<Segment>> FindSegment(store::Database& db, std::string project_id,
                                                    std::string id);
boost::asio::awaitable<Result<std::vector<Segment>>> ListSegments(store::Database& db,
                                                                  std::string project_id,
                                                                  std::optional<http::Cursor> after,
                                                                  int limit);
// The names of the project's interactions whose audience names the segment.
boost::asio::awaitable<Result<std::vector<std::string>>> InteractionsUsing(store::Database& db,
                                                                           std::string project_id,
                                                                           std::string segment_id);

}  // namespace waymark::content
