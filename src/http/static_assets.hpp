#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/status.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

namespace waymark::http {

// A file held in memory with its precompressed forms, so serving it costs no disk read
// and no compression.
struct Asset {
  std::string url_path;  // "/app/index-3f2a9c1b.js"
  std::string content_type;
  std::string identity;
  std::string gzip;    // empty when compression does not pay
  std::string brotli;  // empty when compression does not pay
  std::string etag;
  std::string cache_control;
};

class StaticAssets {
 public:
  // Loads every file under `dir`. A missing directory is an empty set of assets.
  static Result<StaticAssets> Load(const std::filesystem::path& dir);

  // Adds a GET route for each asset, plus "/" for a top-level index.html.
  // REQUIRES: this object outlives the router.
  void AddRoutes(Router& router) const;

  const std::vector<Asset>& assets() const { return assets_; }

 private:
  std::vector<Asset> assets_;
};

// An asset of `content`, compressed now in the encodings that make it smaller.
Asset MakeAsset(std::string url_path, std::string content_type, std::string content,
                std::string cache_control);

// Answers a GET or HEAD of `asset`: 304 when If-None-Match names the current version,
// otherwise the best encoding Accept-Encoding allows.
Response ServeAsset(const Asset& asset, const Request& request);

// A GET route serving `asset` at its url_path. REQUIRES: `asset` outlives the router.
void AddAssetRoute(Router& router, const Asset& asset);

// A script the build bundles (sdk.js, site.js), read whole; `what` names it in the error
// ("the widget script"). An empty file is an error too: a build that went wrong.
Result<std::string> ReadBundle(const std::filesystem::path& path, std::string_view what);

// Whether browsers may keep a file for a year without asking again. True for files under an
// `assets/` folder, where the bundler (Vite) writes content-hashed names; a new build
// makes new names. Guessing hashes from names instead would, sooner or later, pin a file
// that is edited in place ("site-settings.css") in browsers for a year.
bool IsImmutablePath(std::string_view url_path);

// The encoding to send: "br", "gzip" or "" (identity), from an Accept-Encoding header.
std::string_view ChooseEncoding(std::string_view accept_encoding, const Asset& asset);

}  // namespace waymark::http
