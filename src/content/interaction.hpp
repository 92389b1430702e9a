#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// A boosted interaction (modal, snippet, banner, tooltip, hotspot or tour) as makers write
// it and the store keeps it.
namespace waymark::content {

// What a maker writes. The API shows `content`'s members beside the others, flat:
//   title, body (Markdown), mediaUrl, buttons (at most two: {label, action, url | postId}),
//   position, dismissible, snoozable (banners), selector (tooltips and hotspots),
//   steps (tours: each a screen with its own format).
struct InteractionDraft {
  std::string name;
  std::string status = "draft";  // draft | published | archived
  std::string format;
  boost::json::object content;            // canonical, as interaction_fields.cpp writes it
  std::optional<std::string> post_id;     // the post it boosts
  boost::json::value targeting;           // canonical, as targeting::ToJson writes it
  std::optional<std::int64_t> starts_at;  // from targeting.schedule, for the scheduler
  std::optional<std::int64_t> ends_at;
};

struct Interaction {
  std::string id;
  std::string project_id;
  InteractionDraft draft;
  std::int64_t version = 1;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

// Every post the interaction names (what it boosts, and buttons that open a post), which
// must be posts of its project.
std::vector<std::string> ReferencedPosts(const InteractionDraft& draft);

}  // namespace waymark::content
