#include "content/responses.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "http/entity_tag.hpp"
#include "http/problem.hpp"

namespace waymark::content {

http::Response Resource(const boost::json::object& json, std::int64_t version,
                        http::StatusCode status) {
  http::Response response = http::Response::Json(boost::json::serialize(json), status);
  response.SetHeader("ETag", http::EntityTag(version));
  return response;
}

http::Response Page(boost::json::array items, std::optional<std::string> next_cursor) {
  boost::json::object body;
  body["items"] = std::move(items);
  body["nextCursor"] = next_cursor ? boost::json::value(*next_cursor) : nullptr;
  return http::Response::Json(boost::json::serialize(body));
}

http::Response Failure(const Status& status, std::string conflict_field) {
  if (status.code() == Status::Code::kNotFound) return http::NotFound();
  if (status.code() == Status::Code::kConflict && !conflict_field.empty()) {
    std::string detail = "This " + conflict_field + " is taken in the project.";
    return http::Conflict(std::move(detail), std::move(conflict_field));
  }
  return http::ServerFailure(status);
}

http::Response InUse(std::string_view what, const std::vector<std::string>& names) {
  std::string detail(what);
  for (std::size_t i = 0; i < names.size() && i < 3; ++i) {
    detail += (i == 0 ? ": " : ", ") + names[i];
  }
  if (names.size() > 3) detail += " and " + std::to_string(names.size() - 3) + " more";
  return http::Conflict(detail + ". Change them first.");
}

http::JsonFields Patched(boost::json::object editable, std::string_view body) {
  boost::system::error_code ec;
  boost::json::value parsed = boost::json::parse(body, ec);
  if (ec || !parsed.is_object()) return http::JsonFields::FromBody(body);  // names the fault
  boost::json::object& changes = parsed.get_object();
  // As in a JSON merge patch (RFC 7396), null takes a field back to its default.
  for (auto& [key, value] : changes) {
    if (value.is_null()) {
      editable.erase(key);
    } else {
      editable[key] = std::move(value);
    }
  }
  return http::JsonFields::Of(std::move(editable), "");
}

}  // namespace waymark::content
