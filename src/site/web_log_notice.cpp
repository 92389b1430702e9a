#include "site/web_log_notice.hpp"

namespace waymark::site {
namespace {

constexpr std::string_view kNoLog =
    "<p>This server is set to keep no access log: it answers requests without writing down "
    "who made them.</p>\n";

}  // namespace

std::string LoggedFieldsHtml(const SiteSettings& settings) {
  if (!settings.access_log) return std::string(kNoLog);
  return "<p>For each request it answers, the server adds one line to its access log, in "
         "the widespread NCSA Combined format. A line holds:</p>\n<ul>\n"
         "<li>the IP address the request came from;</li>\n"
         "<li>the date and time of the request;</li>\n"
         "<li>the request line: the method, the address (URL) of the page or file asked "
         "for, and the protocol version;</li>\n"
         "<li>the HTTP status code of the answer;</li>\n"
         "<li>the number of bytes sent back;</li>\n"
         "<li>the page that linked to it (the referrer), when the browser tells;</li>\n"
         "<li>the browser's description of itself (the user agent).</li>\n</ul>\n";
}

std::string LogKeepingHtml(const SiteSettings& settings) {
  if (!settings.access_log) return std::string(kNoLog);
  std::string out = "<p>";
  out += settings.anonymize_ip
             ? "Addresses are shortened before they are written: the last of the four numbers "
               "of an IPv4 address, and the last 80 bits of an IPv6 address, are replaced with "
               "zeros, so a line points to a network rather than to one device."
             : "Addresses are written in full, as they reached the server; this server is not "
               "set to shorten them.";
  out += "</p>\n<p>The log starts a new file every day (UTC), and sooner when it grows large. ";
  if (settings.retention_days > 0) {
    out += "Earlier files are deleted once they are more than " +
           std::to_string(settings.retention_days) +
           (settings.retention_days == 1 ? " day" : " days") + " old.";
  } else {
    out += "This server is set to keep earlier files until its operator deletes them.";
  }
  out +=
      "</p>\n<p>The log is read to deliver the service, keep it secure and find the cause "
      "of faults. Traffic statistics (how many visits, which pages, where visitors came "
      "from, which browsers they use) are computed from the log alone: they are never "
      "joined to accounts, to cookies or to anything else that names a person.</p>\n";
  return out;
}

}  // namespace waymark::site
