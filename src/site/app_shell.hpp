#pragma once

#include <filesystem>
#include <string>

#include "core/status.hpp"
#include "http/static_assets.hpp"
#include "site/site_settings.hpp"

// The dashboard at /app/: a single-page app that the build bundles (web/app/build.mjs) into
// web/app beside the executable, and the page it runs in. manifest.json there names the
// bundle's content-hashed script and stylesheet; they are served from memory for a year,
// since a new build gives them new names, while the page naming them is revalidated.
namespace waymark::site {

struct AppBundle {
  http::Asset script;  // /app/assets/app-<hash>.js
  http::Asset style;   // /app/assets/app-<hash>.css
};

// Reads `dir`/manifest.json, {"script": "assets/app-<hash>.js", "style":
// "assets/app-<hash>.css"}, and the two files it names. An error names the file at fault;
// one that is missing asks for a build.
Result<AppBundle> LoadAppBundle(const std::filesystem::path& dir);

// GET /app/: the site's frame (so that the consent pop-up, the cookie settings link and the
// policy version are there as on every page) around <div id="app">, which the module script
// fills, with a sentence for browsers that run no script. Nothing in it comes from a user.
std::string AppShell(const SiteSettings& settings, const AppBundle& bundle);

}  // namespace waymark::site
