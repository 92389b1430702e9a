#include "site/site_script.hpp"

namespace waymark::site {

Result<http::Asset> LoadSiteScript(const std::filesystem::path& path) {
  auto script = http::ReadBundle(path, "the site script");
  if (!script.ok()) return script.status();
  return http::MakeAsset("/site.js", "text/javascript; charset=utf-8", std::move(*script),
                         "no-cache");
}

}  // namespace waymark::site
