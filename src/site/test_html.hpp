// Test-only helpers for reading the site pages' HTML, and a dashboard bundle to render
// them with.
#pragma once

#include <string>
#include <string_view>

#include "http/static_assets.hpp"
#include "site/app_shell.hpp"
#include "site/site_settings.hpp"

namespace waymark::site::testkit {

// The text from the first `open` to the `close` after it (both included); "" when absent.
inline std::string Between(std::string_view html, std::string_view open, std::string_view close) {
  const std::size_t start = html.find(open);
  if (start == std::string_view::npos) return {};
  const std::size_t end = html.find(close, start + open.size());
  if (end == std::string_view::npos) return {};
  return std::string(html.substr(start, end + close.size() - start));
}

// The table row of one cookie: <tr data-cookie="NAME" ...>...</tr>.
inline std::string RowOf(std::string_view html, std::string_view name) {
  return Between(html, "<tr data-cookie=\"" + std::string(name) + "\"", "</tr>");
}

// A section of a page, from the heading with `id` to the end of its <section>.
inline std::string SectionOf(std::string_view html, std::string_view id) {
  return Between(html, "id=\"" + std::string(id) + "\"", "</section>");
}

inline bool Contains(std::string_view html, std::string_view text) {
  return html.find(text) != std::string_view::npos;
}

// Settings with values a page must show, and one that must be escaped.
inline SiteSettings AcmeSettings() {
  SiteSettings settings;
  settings.operator_name = "Acme <Labs> & \"Co\"";
  settings.operator_contact = "privacy@acme.test";
  settings.cookie_names = cookies::CookieNames("_ACME_");
  settings.anonymize_ip = true;
  settings.retention_days = 14;
  settings.analytics_retention_days = 90;
  return settings;
}

// A dashboard bundle as LoadAppBundle makes it, without files.
inline AppBundle TestAppBundle() {
  constexpr std::string_view kForAYear = "public, max-age=31536000, immutable";
  return {http::MakeAsset("/app/assets/app-TEST1234.js", "text/javascript; charset=utf-8",
                          "document.getElementById('app').textContent='ready';",
                          std::string(kForAYear)),
          http::MakeAsset("/app/assets/app-TEST1234.css", "text/css; charset=utf-8",
                          "#app{display:grid}", std::string(kForAYear))};
}

}  // namespace waymark::site::testkit
