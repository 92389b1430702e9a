#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "content/project_settings.hpp"
#include "targeting/audience.hpp"
#include "targeting/conditions.hpp"
#include "targeting/rules.hpp"

// A project's published content, compiled for the paths that serve it to everyone: the
// widget and the public changelog read this, never the database. Immutable once built;
// a change builds a new one (snapshots.hpp).
namespace waymark::content {

// A published post in one language, rendered.
struct PostText {
  std::string language;
  std::string title;
  std::string html;     // the Markdown body, rendered safe
  std::string summary;  // plain text, for feeds and previews
  // The post in this language as the widget's feed sends it, serialized once here: what is
  // the same for every reader (post_feed_json.hpp).
  std::string feed_head{};
};

struct PublishedPost {
  std::string id;
  std::string slug;
  std::string category;
  std::vector<std::string> labels;
  std::string cover_image_url;
  std::int64_t published_at = 0;
  std::int64_t updated_at = 0;
  std::vector<PostText> texts;  // texts[0] is the post's own language

  // The text for a reader of `language`: that language, else its primary language ("fr"
  // for "fr-CA"), else `fallback` (the project's default), else the post's own.
  const PostText& In(std::string_view language, std::string_view fallback) const;
};

// A published interaction whose schedule has not ended, with its rules compiled.
struct LiveInteraction {
  std::string id;
  std::int64_t created_at = 0;
  targeting::Rules rules;
  std::string json;  // what the widget receives about it, ready to send
};

struct Snapshot {
  ProjectSettings project;
  std::vector<PublishedPost> posts;  // newest first
  std::vector<LiveInteraction> interactions;
  targeting::StringMap<targeting::Conditions> segments;  // by id
  targeting::SegmentMap segment_index;  // into `segments`, as Decide reads them; set by Link
  std::int64_t built_at = 0;
  std::uint64_t sequence = 0;  // orders builds: a later one saw every write an earlier saw
  // The first moment after built_at when an interaction starts or ends: the scheduler
  // rebuilds then, so interactions go live and expire on time.
  std::optional<std::int64_t> next_boundary;

  const PublishedPost* FindPost(std::string_view slug) const;
  // Fills segment_index. REQUIRES: the snapshot is at its final address (it points into
  // itself), so it is called once, on the shared copy, before anyone reads it.
  void Link();
};

}  // namespace waymark::content
