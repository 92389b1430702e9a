#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Optimistic concurrency for editable resources: a resource's ETag is its version (the count
// of its writes), and a write carrying If-Match proceeds only on the version it names.
namespace waymark::http {

// "\"7\"" for version 7: a strong entity tag.
std::string EntityTag(std::int64_t version);

// Whether a write with this If-Match header may change a resource now at `version`. An
// absent header or "*" allows it (the client chose to overwrite); otherwise one of the
// listed tags, strong or weak (W/"7"), must name `version`. A malformed header allows
// nothing: a client that meant to guard its write must not overwrite by mistake.
bool IfMatchAllows(std::string_view header, std::int64_t version);

}  // namespace waymark::http
