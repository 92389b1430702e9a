#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "core/status.hpp"
#include "http/json_fields.hpp"
#include "http/page.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

// What the content routes share in reading requests and writing answers.
namespace waymark::content {

// The resource as JSON with its version as ETag.
http::Response Resource(const boost::json::object& json, std::int64_t version,
                        http::StatusCode status = http::StatusCode::ok);

// A page of a list, with the cursor of the next page (null on the last one).
http::Response Page(boost::json::array items, std::optional<std::string> next_cursor);

// 404 for NotFound, 409 naming `conflict_field` for Conflict, else 503/500.
http::Response Failure(const Status& status, std::string conflict_field = {});

// 409 for a resource that interactions still use: "<what>: Upsell, Tour. Change them first."
http::Response InUse(std::string_view what, const std::vector<std::string>& names);

// Reads a patch body (a JSON object) laid over `editable`, the fields of the stored resource
// a client may write: a field set to null is dropped (back to its default); unknown fields
// stay in, for RejectOthers to refuse.
http::JsonFields Patched(boost::json::object editable, std::string_view body);

}  // namespace waymark::content
