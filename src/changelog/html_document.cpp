#include "changelog/html_document.hpp"

#include "changelog/page_style.hpp"
#include "markup/html.hpp"

namespace waymark::changelog {
namespace {

using markup::AppendEscapedHtml;

void AppendHtmlOpen(std::string& out, std::string_view language) {
  out += "<!doctype html>\n<html";
  if (!language.empty()) {
    out += " lang=\"";
    AppendEscapedHtml(out, language);
    out += '"';
  }
  out += ">\n";
}

void AppendHead(std::string& out, const DocumentHead& head) {
  out += "<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  AppendEscapedHtml(out, head.title);
  out += "</title>\n";
  if (!head.description.empty()) {
    out += "<meta name=\"description\" content=\"";
    AppendEscapedHtml(out, head.description);
    out += "\">\n";
  }
  out += "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"";
  AppendEscapedHtml(out, head.feed_title);
  out += "\" href=\"";
  AppendEscapedHtml(out, head.feed_url);
  out += "\">\n<style>";
  out += kPageStyle;
  out += "</style>\n</head>\n";
}

}  // namespace

std::string HtmlDocument(const DocumentHead& head, std::string_view body) {
  std::string out;
  out.reserve(body.size() + kPageStyle.size() + 512);
  AppendHtmlOpen(out, head.language);
  AppendHead(out, head);
  out += "<body>\n";
  out += body;
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace waymark::changelog
