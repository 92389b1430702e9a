#pragma once

#include <filesystem>

#include "cookies/registry.hpp"
#include "core/status.hpp"
#include "http/router.hpp"
#include "http/static_assets.hpp"

namespace waymark::widget {

// The text in the bundled SDK that the server replaces with the cookie registry
// (cookies/sdk_registry.hpp), inside a JavaScript string literal.
inline constexpr std::string_view kRegistryPlaceholder = "__WAYMARK_REGISTRY__";

// sdk.js as served: the bundle at `path` with the registry written in, compressed once.
// An error when the file is missing or was not built with the placeholder. Served at
// /sdk.js (http::AddAssetRoute); not content-hashed, since the snippet names it: browsers
// keep it briefly and revalidate with its ETag.
Result<http::Asset> LoadSdkScript(const std::filesystem::path& path,
                                  const cookies::CookieNames& names);

}  // namespace waymark::widget
