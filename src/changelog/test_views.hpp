#pragma once

#include "changelog/view.hpp"

// Test-only: views the page and feed tests render: one project with two posts, newest first.
namespace waymark::changelog::testkit {

inline constexpr std::int64_t kNov24 = 1795514400;  // 2026-11-24T10:00:00Z
inline constexpr std::int64_t kDec01 = 1796117400;  // 2026-12-01T09:30:00Z

inline PostView DarkModePost() {
  PostView post;
  post.slug = "dark-mode";
  post.title = "Dark mode";
  post.html = "<p>Easier on the <em>eyes</em>.</p>\n";
  post.summary = "Easier on the eyes.";
  post.category = "Feature";
  post.labels = {"ui", "beta"};
  post.cover_image_url = "https://cdn.example.com/dark.png?w=800&h=400";
  post.language = "en";
  post.published_at = kNov24;
  return post;
}

inline PostView FrenchPost() {
  PostView post;
  post.slug = "export-csv";
  post.title = "Export CSV";
  post.html = "<p>Exportez vos données.</p>\n";
  post.summary = "Exportez vos données.";
  post.language = "fr-CA";
  post.published_at = kNov24 - 86400;
  post.updated_at = kDec01;
  return post;
}

inline ChangelogView AcmeView() {
  ChangelogView view;
  view.project_name = "Acme";
  view.project_slug = "acme";
  view.base_url = "https://waymark.example.com";
  view.language = "en";
  view.posts = {DarkModePost(), FrenchPost()};
  return view;
}

}  // namespace waymark::changelog::testkit
