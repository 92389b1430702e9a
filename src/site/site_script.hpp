#pragma once

#include <filesystem>

#include "core/status.hpp"
#include "http/static_assets.hpp"

namespace waymark::site {

// site.js as served (http::AddAssetRoute): the bundle the build leaves at `path` (web/site,
// bundled beside the executable), read and compressed once. An error when the file is
// missing or empty. `no-cache`: browsers revalidate with its ETag, so a new build reaches
// every page at once.
Result<http::Asset> LoadSiteScript(const std::filesystem::path& path);

}  // namespace waymark::site
