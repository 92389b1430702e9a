#include <array>
#include <utility>

#include "content/post.hpp"

namespace waymark::content {
namespace {

constexpr std::array<std::pair<PostStatus, std::string_view>, 4> kNames{{
    {PostStatus::kDraft, "draft"},
    {PostStatus::kScheduled, "scheduled"},
    {PostStatus::kPublished, "published"},
    {PostStatus::kArchived, "archived"},
}};

}  // namespace

std::string_view PostStatusName(PostStatus status) {
  for (const auto& [value, name] : kNames) {
    if (value == status) return name;
  }
  return "draft";
}

std::optional<PostStatus> ParsePostStatus(std::string_view name) {
  for (const auto& [value, known] : kNames) {
    if (known == name) return value;
  }
  return std::nullopt;
}

}  // namespace waymark::content
