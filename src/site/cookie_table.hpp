#pragma once

#include <string>
#include <string_view>

#include "cookies/registry.hpp"

namespace waymark::site {

// "Strictly necessary", "Functionality": a category as the policy's reader sees it.
std::string_view CategoryLabel(cookies::Category category);

// The registry as the cookie policy's table: <table id="cookie-table"> with one
// <tr data-cookie="NAME"> per cookie, in registry order, naming its purpose, who sets it,
// its category, party, type (session or persistent) and lifetime. Each cell carries its
// column's name (data-label) so a narrow screen can show each row as a card.
std::string CookieTableHtml(const cookies::CookieNames& names);

}  // namespace waymark::site
