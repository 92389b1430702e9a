#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <string>

#include "http/json_fields.hpp"

// A saved set of conditions on end-users ("trial users in France"), which interactions
// name as their audience.
namespace waymark::content {

struct SegmentDraft {
  std::string name;
  std::string description;
  boost::json::value conditions;  // canonical, as targeting::ToJson writes it
};

struct Segment {
  std::string id;
  std::string project_id;
  SegmentDraft draft;
  std::int64_t version = 1;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

// Reads a segment as a maker writes it, its conditions compiled to check them.
SegmentDraft ReadSegmentDraft(http::JsonFields& fields);

boost::json::object EditableJson(const SegmentDraft& draft);
boost::json::object SegmentJson(const Segment& segment);

}  // namespace waymark::content
