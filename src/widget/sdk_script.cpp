#include "widget/sdk_script.hpp"

#include <fstream>
#include <sstream>

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
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in) return Status::Io("cannot read the widget script " + path.string());
  std::string script = std::move(content).str();
  const std::size_t at = script.find(kRegistryPlaceholder);
  if (at == std::string::npos) {
    return Status::Invalid(path.string() + " has no cookie registry placeholder; rebuild it");
  }
  script.replace(at, kRegistryPlaceholder.size(), JsStringContent(cookies::SdkRegistryJson(names)));
  return http::MakeAsset("/sdk.js", "text/javascript; charset=utf-8", std::move(script),
                         "public, max-age=300");
}

void AddSdkRoute(http::Router& router, const http::Asset& script) {
  router.Add(http::Verb::get, "/sdk.js",
             [&script](http::Request& request) -> boost::asio::awaitable<http::Response> {
               co_return http::ServeAsset(script, request);
             });
}

}  // namespace waymark::widget
