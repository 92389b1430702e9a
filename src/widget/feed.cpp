#include "widget/feed.hpp"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <tuple>

namespace waymark::widget {
namespace {

struct Position {
  std::int64_t published_at = 0;
  std::string_view id;
};

// "1764000000.<id>"
std::string CursorOf(const content::PublishedPost& post) {
  return std::to_string(post.published_at) + "." + post.id;
}

std::optional<Position> ParseCursor(std::string_view cursor) {
  const std::size_t dot = cursor.find('.');
  if (dot == std::string_view::npos || dot + 1 == cursor.size()) return std::nullopt;
  Position position;
  auto [end, error] = std::from_chars(cursor.data(), cursor.data() + dot, position.published_at);
  if (error != std::errc() || end != cursor.data() + dot) return std::nullopt;
  position.id = cursor.substr(dot + 1);
  return position;
}

}  // namespace

FeedPage PageOf(const content::Snapshot& snapshot, std::string_view cursor, std::size_t size) {
  const auto& posts = snapshot.posts;
  auto first = posts.begin();
  if (auto position = ParseCursor(cursor)) {
    first = std::find_if(posts.begin(), posts.end(), [&](const content::PublishedPost& post) {
      return std::tie(post.published_at, post.id) < std::tie(position->published_at, position->id);
    });
  }
  FeedPage page;
  const std::size_t available = static_cast<std::size_t>(posts.end() - first);
  for (auto post = first; post != first + std::min(size, available); ++post) {
    page.posts.push_back(&*post);
  }
  if (available > size) page.next = CursorOf(*page.posts.back());
  return page;
}

std::int64_t UnreadCount(const content::Snapshot& snapshot,
                         std::optional<std::int64_t> last_opened_ms) {
  if (!last_opened_ms) return static_cast<std::int64_t>(snapshot.posts.size());
  return std::count_if(snapshot.posts.begin(), snapshot.posts.end(),
                       [&](const content::PublishedPost& post) {
                         return post.published_at * 1000 > *last_opened_ms;
                       });
}

void AppendPostJson(std::string& out, const content::PublishedPost& post, std::string_view language,
                    std::string_view fallback, std::string_view changelog_json,
                    const Reactions& reactions) {
  out += post.In(language, fallback).feed_head;
  out += ",\"url\":";
  out += changelog_json;
  out += '/';
  out += post.slug;  // [a-z0-9-]: nothing to escape
  out += "\",\"reactions\":{";
  bool first = true;
  for (const auto& [reaction, count] : reactions.counts) {
    if (!first) out += ',';
    first = false;
    out += boost::json::serialize(boost::json::string_view(reaction));
    out += ':';
    out += std::to_string(count);
  }
  out += "},\"mine\":[";
  first = true;
  for (const std::string& reaction : reactions.mine) {
    if (!first) out += ',';
    first = false;
    out += boost::json::serialize(boost::json::string_view(reaction));
  }
  out += "]}";
}

}  // namespace waymark::widget
