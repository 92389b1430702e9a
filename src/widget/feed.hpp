#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content/snapshot.hpp"

// The changelog as the widget shows it: pages of published posts, newest first, and how
// many are unread.
namespace waymark::widget {

inline constexpr std::size_t kFeedPageSize = 10;

struct FeedPage {
  std::vector<const content::PublishedPost*> posts;
  std::optional<std::string> next;  // the cursor of the following page
};

// The page after `cursor` ("" for the first): posts published before the cursor's post, in
// the snapshot's order (publish time, then id, descending). A cursor that is not one gives
// the first page.
FeedPage PageOf(const content::Snapshot& snapshot, std::string_view cursor,
                std::size_t size = kFeedPageSize);

// Posts published after `last_opened_ms`; all of them when the feed was never opened.
std::int64_t UnreadCount(const content::Snapshot& snapshot,
                         std::optional<std::int64_t> last_opened_ms);

struct Reactions {
  std::map<std::string, std::int64_t> counts;  // reaction -> how many end-users
  std::set<std::string> mine;                  // the asking end-user's
};

// Appends the post as the feed shows it in the reader's `language` (else `fallback`, the
// project's default): {id, slug, title, html, summary, category, labels, coverImageUrl,
// publishedAt (ms), url, reactions, mine}. The members every reader of that language gets
// come serialized with the snapshot (content/post_feed_json.hpp). `changelog_json` is the
// project's public changelog as a JSON string without its closing quote
// ("\"https://host/changelog/acme"), which each post's url continues.
void AppendPostJson(std::string& out, const content::PublishedPost& post, std::string_view language,
                    std::string_view fallback, std::string_view changelog_json,
                    const Reactions& reactions);

}  // namespace waymark::widget
