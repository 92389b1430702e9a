#include "http/static_assets.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/crypto.hpp"
#include "http/compression.hpp"

namespace waymark::http {
namespace {

std::string_view ContentTypeOf(const std::filesystem::path& path) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".txt", "text/plain; charset=utf-8"},
      {".xml", "application/xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"}};
  std::string extension = path.extension().string();
  for (auto [ext, type] : kTypes) {
    if (ext == extension) return type;
  }
  return "application/octet-stream";
}

bool IsCompressible(std::string_view content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("application/json") ||
         content_type.starts_with("application/xml") || content_type == "image/svg+xml";
}

Result<Asset> LoadAsset(const std::filesystem::path& root, const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in) return Status::Io("cannot read asset " + file.string());

  std::string url_path = "/" + std::filesystem::relative(file, root).generic_string();
  std::string cache_control =
      IsImmutablePath(url_path) ? "public, max-age=31536000, immutable" : "no-cache";
  return MakeAsset(std::move(url_path), std::string(ContentTypeOf(file)), std::move(content).str(),
                   std::move(cache_control));
}

bool Accepts(std::string_view header, std::string_view coding) {
  while (!header.empty()) {
    std::size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    std::size_t semicolon = item.find(';');
    std::string_view name = item.substr(0, semicolon);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name != coding) continue;
    std::string_view params = semicolon == std::string_view::npos ? "" : item.substr(semicolon);
    bool refused = params.find("q=0") != std::string_view::npos &&
                   params.find_first_of("123456789", params.find("q=0")) == std::string_view::npos;
    return !refused;
  }
  return false;
}

}  // namespace

bool IsImmutablePath(std::string_view url_path) {
  return url_path.find("/assets/") != std::string_view::npos;
}

std::string_view ChooseEncoding(std::string_view accept_encoding, const Asset& asset) {
  if (!asset.brotli.empty() && Accepts(accept_encoding, "br")) return "br";
  if (!asset.gzip.empty() && Accepts(accept_encoding, "gzip")) return "gzip";
  return "";
}

Result<StaticAssets> StaticAssets::Load(const std::filesystem::path& dir) {
  StaticAssets loaded;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return loaded;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (!entry.is_regular_file()) continue;
    Result<Asset> asset = LoadAsset(dir, entry.path());
    if (!asset.ok()) return asset.status();
    loaded.assets_.push_back(std::move(asset).value());
  }
  if (ec) return Status::Io("cannot list assets in " + dir.string() + ": " + ec.message());
  std::sort(loaded.assets_.begin(), loaded.assets_.end(),
            [](const Asset& a, const Asset& b) { return a.url_path < b.url_path; });
  return loaded;
}

void StaticAssets::AddRoutes(Router& router) const {
  for (const Asset& asset : assets_) {
    if (asset.url_path == "/index.html") {
      router.Add(Verb::get, "/", [&asset](Request& request) -> boost::asio::awaitable<Response> {
        co_return ServeAsset(asset, request);
      });
    }
    AddAssetRoute(router, asset);
  }
}

void AddAssetRoute(Router& router, const Asset& asset) {
  router.Add(Verb::get, asset.url_path,
             [&asset](Request& request) -> boost::asio::awaitable<Response> {
               co_return ServeAsset(asset, request);
             });
}

Result<std::string> ReadBundle(const std::filesystem::path& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in) return Status::Io("cannot read " + std::string(what) + " " + path.string());
  std::string bundle = std::move(content).str();
  if (bundle.empty()) return Status::Invalid(path.string() + " is empty; rebuild it");
  return bundle;
}

Asset MakeAsset(std::string url_path, std::string content_type, std::string content,
                std::string cache_control) {
  Asset asset;
  asset.url_path = std::move(url_path);
  asset.content_type = std::move(content_type);
  asset.identity = std::move(content);
  asset.etag = "W/\"" + crypto::DigestHex(asset.identity) + "\"";
  asset.cache_control = std::move(cache_control);
  if (IsCompressible(asset.content_type) && asset.identity.size() > 256) {
    auto keep_if_smaller = [&](std::optional<std::string> packed, std::string& slot) {
      if (packed && packed->size() < asset.identity.size()) slot = std::move(*packed);
    };
    keep_if_smaller(Gzip(asset.identity), asset.gzip);
    keep_if_smaller(Brotli(asset.identity), asset.brotli);
  }
  return asset;
}

Response ServeAsset(const Asset& asset, const Request& request) {
  Response response;
  response.SetHeader("ETag", asset.etag);
  response.SetHeader("Cache-Control", asset.cache_control);
  response.SetHeader("Vary", "Accept-Encoding");
  std::string_view if_none_match = request.Header(Field::if_none_match);
  if (!if_none_match.empty() &&
      (if_none_match == "*" || if_none_match.find(asset.etag) != std::string_view::npos)) {
    response.status = StatusCode::not_modified;
    return response;
  }
  response.content_type = asset.content_type;
  std::string_view encoding = ChooseEncoding(request.Header(Field::accept_encoding), asset);
  if (encoding == "br") {
    response.SetStaticBody(asset.brotli);
  } else if (encoding == "gzip") {
    response.SetStaticBody(asset.gzip);
  } else {
    response.SetStaticBody(asset.identity);
  }
  if (!encoding.empty()) response.SetHeader("Content-Encoding", encoding);
  return response;
}

}  // namespace waymark::http
