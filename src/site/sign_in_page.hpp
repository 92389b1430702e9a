#pragma once

#include <string>

#include "site/site_settings.hpp"

namespace waymark::site {

// GET /app/: the dashboard's sign-in page, a plain form that /site.js submits to
// POST /api/v1/auth/login (the dashboard itself comes later). Its ids and names are the
// script's contract: form#sign-in with email, password and remember, p#sign-in-error, and
// section#signed-in (hidden until signed in) with [data-user-email] and button#sign-out.
std::string SignInPage(const SiteSettings& settings);

}  // namespace waymark::site
