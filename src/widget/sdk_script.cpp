#include "widget/sdk_script.hpp"

#include "cookies/sdk_registry.hpp"

namespace waymark::widget {
namespace {

// JSON as the content of a double-quoted JavaScript string.
std::string JsStringContent(std::string_view json) {
  std::string out;
  out.reserve(json.size() + 32);
  for (char c : json) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

Result<http::Asset> LoadSdkScript(const std::filesystem::path& path,
                                  const cookies::CookieNames& names) {
  auto read = http::ReadBundle(path, "the widget script");
  if (!read.ok()) return read.status();
  std::string script = std::move(*read);
  const std::size_t at = script.find(kRegistryPlaceholder);
  if (at == std::string::npos) {
    return Status::Invalid(path.string() + " has no cookie registry placeholder; rebuild it");
  }
  script.replace(at, kRegistryPlaceholder.size(), JsStringContent(cookies::SdkRegistryJson(names)));
  return http::MakeAsset("/sdk.js", "text/javascript; charset=utf-8", std::move(script),
                         "public, max-age=300");
}

}  // namespace waymark::widget
