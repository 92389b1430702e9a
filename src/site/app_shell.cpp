#include "site/app_shell.hpp"

#include <algorithm>
#include <boost/json/parse.hpp>

#include "markup/html.hpp"
#include "site/site_layout.hpp"

namespace waymark::site {
namespace {

namespace json = boost::json;

constexpr std::string_view kForAYear = "public, max-age=31536000, immutable";
constexpr std::string_view kBuildHint = " (run `make build`)";

// A name the manifest may give: a file right under assets/, where every name is a new
// build's (http::IsImmutablePath), of characters that need no escaping in a URL, so that
// it can neither point outside the bundle nor change the page around it.
bool IsBundleName(std::string_view name, std::string_view extension) {
  constexpr std::string_view kFolder = "assets/";
  if (!name.starts_with(kFolder) || !name.ends_with(extension)) return false;
  const std::string_view file = name.substr(kFolder.size());
  if (file.size() <= extension.size() || file.front() == '.') return false;
  return std::all_of(file.begin(), file.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

Result<std::string> NameIn(const json::object& manifest, std::string_view key,
                           std::string_view extension, const std::filesystem::path& path) {
  const json::value* name = manifest.if_contains(key);
  if (name == nullptr || !name->is_string() || !IsBundleName(name->get_string(), extension)) {
    return Status::Invalid(path.string() + ": \"" + std::string(key) + "\" must name a " +
                           std::string(extension) + " file under assets/" +
                           std::string(kBuildHint));
  }
  return std::string(name->get_string());
}

Result<http::Asset> LoadFile(const std::filesystem::path& dir, const std::string& name,
                             std::string_view content_type, std::string_view what) {
  auto content = http::ReadBundle(dir / name, what);
  if (!content.ok()) return Status::Io(content.status().message() + std::string(kBuildHint));
  return http::MakeAsset("/app/" + name, std::string(content_type), std::move(*content),
                         std::string(kForAYear));
}

Result<json::object> ReadManifest(const std::filesystem::path& path) {
  auto text = http::ReadBundle(path, "the dashboard's manifest");
  if (!text.ok()) return Status::Io(text.status().message() + std::string(kBuildHint));
  boost::system::error_code ec;
  json::value manifest = json::parse(*text, ec);
  if (ec || !manifest.is_object()) {
    return Status::Invalid(path.string() + " is not a JSON object" + std::string(kBuildHint));
  }
  return std::move(manifest.get_object());
}

}  // namespace

Result<AppBundle> LoadAppBundle(const std::filesystem::path& dir) {
  const std::filesystem::path path = dir / "manifest.json";
  auto manifest = ReadManifest(path);
  if (!manifest.ok()) return manifest.status();
  auto script_name = NameIn(*manifest, "script", ".js", path);
  if (!script_name.ok()) return script_name.status();
  auto style_name = NameIn(*manifest, "style", ".css", path);
  if (!style_name.ok()) return style_name.status();

  auto script =
      LoadFile(dir, *script_name, "text/javascript; charset=utf-8", "the dashboard's script");
  if (!script.ok()) return script.status();
  auto style = LoadFile(dir, *style_name, "text/css; charset=utf-8", "the dashboard's style");
  if (!style.ok()) return style.status();
  return AppBundle{std::move(*script), std::move(*style)};
}

std::string AppShell(const SiteSettings& settings, const AppBundle& bundle) {
  // The names were checked on loading; escaped all the same, as every attribute here is.
  std::string head = "<link rel=\"stylesheet\" href=\"";
  markup::AppendEscapedHtml(head, bundle.style.url_path);
  head += "\">\n<script type=\"module\" src=\"";
  markup::AppendEscapedHtml(head, bundle.script.url_path);
  head += "\"></script>\n";
  const std::string_view main =
      "<div id=\"app\"></div>\n"
      "<noscript><p>The dashboard needs JavaScript, which is turned off in this "
      "browser.</p></noscript>\n";
  return SiteDocument(settings, {SitePage::kApp, "Dashboard", main, head});
}

}  // namespace waymark::site
