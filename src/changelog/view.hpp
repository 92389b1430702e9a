#pragma once

#include <cstdint>
#include <string>
#include <vector>

// What the public changelog shows, gathered by the caller; rendering it needs nothing else.
namespace waymark::changelog {

struct PostView {
  std::string slug;      // stable, URL-safe
  std::string title;     // plain text, must be escaped
  std::string html;      // body already rendered by MarkdownToHtml (trusted, inserted as is)
  std::string summary;   // plain text (MarkdownToText), escaped
  std::string category;  // may be empty
  std::vector<std::string> labels;
  std::string cover_image_url;    // already checked with IsSafeHttpUrl, may be empty; still escaped
  std::string language;           // BCP 47 tag of the variant shown, e.g. "en", "fr-CA"
  std::int64_t published_at = 0;  // Unix seconds
  std::int64_t updated_at = 0;    // Unix seconds; 0 when never edited
};

struct ChangelogView {
  std::string project_name;
  std::string project_slug;
  std::string
      base_url;  // e.g. "https://waymark.example.com", no trailing slash; "" for relative links
  std::string language;         // page language
  std::vector<PostView> posts;  // newest first
};

}  // namespace waymark::changelog
