#include "site/changelog_routes.hpp"

#include "changelog/feed.hpp"
#include "changelog/page.hpp"
#include "http/problem.hpp"
#include "site/changelog_view.hpp"
#include "site/language_choice.hpp"

namespace waymark::site {
namespace {

using boost::asio::awaitable;

enum class Page { kList, kFeed, kPost };

http::Response Document(std::string body, std::string_view content_type,
                        std::string_view language) {
  http::Response response(http::StatusCode::ok, content_type, std::move(body));
  // Readers may see a post a minute late; the server renders it far less often.
  response.SetHeader("Cache-Control", "public, max-age=60");
  response.SetHeader("Vary", "Accept-Language");
  response.SetHeader("Content-Language", language);
  // No script at all; the page's own inline style; cover images and images in posts from
  // wherever their (checked http and https) URLs point.
  response.SetHeader("Content-Security-Policy",
                     "default-src 'none'; style-src 'unsafe-inline'; img-src http: https:; "
                     "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  return response;
}

awaitable<http::Response> Serve(content::Snapshots& snapshots, const std::string& base_url,
                                http::Request& request, Page page) {
  auto snapshot = co_await snapshots.GetBySlug(request.Param("slug").value_or(""));
  if (!snapshot.ok()) {
    if (snapshot.status().code() == Status::Code::kNotFound) co_return http::NotFound();
    co_return http::ServerFailure(snapshot.status());
  }
  const content::Snapshot& current = **snapshot;
  const std::string language =
      ChooseLanguage(request.QueryParam("lang"), request.Header(http::Field::accept_language),
                     current.project.default_language);
  changelog::ChangelogView view = ChangelogViewOf(current, language, base_url);
  switch (page) {
    case Page::kList:
      co_return Document(changelog::ChangelogPage(view), "text/html; charset=utf-8", language);
    case Page::kFeed:
      co_return Document(changelog::AtomFeed(view), "application/atom+xml; charset=utf-8",
                         language);
    case Page::kPost:
      break;
  }
  const content::PublishedPost* post = current.FindPost(request.Param("postSlug").value_or(""));
  if (post == nullptr) co_return http::NotFound();
  changelog::PostView shown = PostViewOf(*post, language, current.project.default_language);
  co_return Document(changelog::PostPage(view, shown), "text/html; charset=utf-8", language);
}

}  // namespace

void AddChangelogRoutes(http::Router& router, content::Snapshots& snapshots, std::string base_url) {
  while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
  auto serve = [&snapshots, &base_url](Page page) -> http::Handler {
    return [&snapshots, base_url, page](http::Request& request) {
      return Serve(snapshots, base_url, request, page);
    };
  };
  // feed.xml before {postSlug}: the first route that matches answers, and no post slug
  // can hold a '.'.
  router.Add(http::Verb::get, "/changelog/{slug}", serve(Page::kList));
  router.Add(http::Verb::get, "/changelog/{slug}/feed.xml", serve(Page::kFeed));
  router.Add(http::Verb::get, "/changelog/{slug}/{postSlug}", serve(Page::kPost));
}

}  // namespace waymark::site
