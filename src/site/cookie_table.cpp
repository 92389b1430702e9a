#include "site/cookie_table.hpp"

#include "cookies/lifetime_text.hpp"
#include "markup/html.hpp"

namespace waymark::site {
namespace {

using markup::AppendEscapedHtml;

void AppendCell(std::string& out, std::string_view label, std::string_view html) {
  out += "<td data-label=\"";
  out += label;
  out += "\">";
  out += html;
  out += "</td>";
}

// "the SDK, on the customer's site" -> "Set by: the SDK, on the customer's site."
std::string SetByHtml(std::string_view set_by) {
  std::string out = "<br><small>Set by: ";
  AppendEscapedHtml(out, set_by);
  out += ".</small>";
  return out;
}

void AppendRow(std::string& out, const cookies::CookieSpec& spec,
               const cookies::CookieNames& names) {
  const std::string name = names.Name(spec.id);
  out += "<tr data-cookie=\"";
  AppendEscapedHtml(out, name);
  out += "\" data-category=\"";
  out += cookies::CategoryName(spec.category);
  out += "\">";
  AppendCell(out, "Cookie", "<code>" + markup::EscapeHtml(name) + "</code>");
  AppendCell(out, "Purpose", markup::EscapeHtml(spec.purpose) + SetByHtml(spec.set_by));
  AppendCell(out, "Category", CategoryLabel(spec.category));
  AppendCell(out, "Party", "First-party");
  AppendCell(out, "Type", spec.max_age ? "Persistent" : "Session");
  AppendCell(out, "Lifetime", markup::EscapeHtml(cookies::LifetimeText(spec)));
  out += "</tr>\n";
}

}  // namespace

std::string_view CategoryLabel(cookies::Category category) {
  return category == cookies::Category::kStrictlyNecessary ? "Strictly necessary" : "Functionality";
}

std::string CookieTableHtml(const cookies::CookieNames& names) {
  std::string out =
      "<table id=\"cookie-table\">\n<thead><tr><th scope=\"col\">Cookie</th>"
      "<th scope=\"col\">Purpose</th><th scope=\"col\">Category</th><th scope=\"col\">Party</th>"
      "<th scope=\"col\">Type</th><th scope=\"col\">Lifetime</th></tr></thead>\n<tbody>\n";
  for (const cookies::CookieSpec& spec : cookies::AllCookies()) AppendRow(out, spec, names);
  out += "</tbody>\n</table>\n";
  return out;
}

}  // namespace waymark::site
