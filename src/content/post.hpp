#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A changelog post as makers write it and the store keeps it.
namespace waymark::content {

enum class PostStatus { kDraft, kScheduled, kPublished, kArchived };

std::string_view PostStatusName(PostStatus status);
std::optional<PostStatus> ParsePostStatus(std::string_view name);

// The same post in another language.
struct Variant {
  std::string language;
  std::string title;
  std::string body;  // Markdown
};

// What a maker writes: everything of a post but its identity and bookkeeping.
struct PostDraft {
  std::string title;
  std::string body;               // Markdown
  std::string language;           // of title and body; the project's default language unless named
  std::vector<Variant> variants;  // other languages, each at most once
  std::string category;
  std::vector<std::string> labels;
  std::string cover_image_url;  // "" or a safe http(s) URL
  PostStatus status = PostStatus::kDraft;
  // When it went (published) or will go (scheduled) live; unset for drafts.
  std::optional<std::int64_t> publish_at;
  std::string slug;  // "" asks for one made from the title
};

struct Post {
  std::string id;
  std::string project_id;
  PostDraft draft;  // draft.slug is never empty once stored
  std::int64_t version = 1;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

}  // namespace waymark::content
