#include "demo/page.hpp"

#include "markup/html.hpp"

namespace waymark::demo {
namespace {

constexpr std::string_view kTemplate = R"html(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Analytics (Waymark demo)</title>
<style>
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1f2937; background: #f9fafb; }
header { display: flex; gap: 24px; align-items: center; padding: 14px 32px; background: #111827; }
header strong { color: #fff; margin-right: 16px; }
header a { color: #d1d5db; text-decoration: none; }
header a[aria-current] { color: #fff; font-weight: 600; }
main { max-width: 760px; margin: 40px auto; padding: 0 24px; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 10px; padding: 20px 24px; margin: 16px 0; }
button { font: inherit; padding: 8px 14px; border-radius: 8px; border: 1px solid #d1d5db; background: #fff; cursor: pointer; }
button.primary { background: #4f46e5; color: #fff; border-color: #4f46e5; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
code { background: #eef2ff; padding: 1px 5px; border-radius: 4px; }
</style>
<script>
  window.jimo = [];
  window.JIMO_PROJECT_ID = "{{KEY}}";
</script>
<script async src="{{API}}/sdk.js"></script>
</head>
<body>
<header>
  <strong>Acme Analytics</strong>
  <a href="/" data-view="home">Home</a>
  <a href="/reports" id="nav-reports" data-view="reports">Reports</a>
  <a href="/pricing" id="nav-pricing" data-view="pricing">Pricing</a>
  <a href="/settings" id="settings-link" data-view="settings">Settings</a>
</header>
<main>
  <section class="card" data-for="home">
    <h1>Welcome back</h1>
    <p>This pretend product runs Waymark's widget from <code>{{API}}</code>, a different
    origin, exactly as a customer's site would. A welcome modal greets you once; the
    launcher at the bottom right opens the changelog and its badge counts unread posts.</p>
  </section>
  <section class="card" data-for="reports" hidden>
    <h1>Reports</h1>
    <p>Your numbers load… the export button arrives a moment later, and its tooltip waits
    for it.</p>
    <div class="row" id="report-tools"></div>
  </section>
  <section class="card" data-for="pricing" hidden>
    <h1>Pricing</h1>
    <p>A banner shows on this page only: the URL changed without a reload, and the widget
    noticed.</p>
  </section>
  <section class="card" data-for="settings" hidden>
    <h1>Settings</h1>
    <p>A snippet shows on this page; the hotspot on the Settings link shows everywhere.</p>
  </section>
  <section class="card">
    <h2>Try the SDK's commands</h2>
    <div class="row">
      <button class="primary" data-command='["do","widget:open",[]]'>Open the changelog</button>
      <button data-command='["do","boosted:trigger",[{"interactionId":"{{TOUR}}","ignoreRecurrence":true}]]'>Take the tour</button>
      <button data-command='["do","widget:reset-last-open",[]]'>Mark all unread</button>
      <button data-command='["do","storage:reset",[]]'>Forget what I saw</button>
    </div>
  </section>
</main>
<script>
  function show(view) {
    document.querySelectorAll("[data-for]").forEach(function (section) {
      section.hidden = section.getAttribute("data-for") !== view;
    });
    document.querySelectorAll("header a").forEach(function (link) {
      if (link.getAttribute("data-view") === view) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    });
    var tools = document.getElementById("report-tools");
    tools.textContent = "";
    if (view === "reports") {
      setTimeout(function () {
        var button = document.createElement("button");
        button.id = "export-button";
        button.textContent = "Export";
        tools.appendChild(button);
      }, 1500);
    }
  }
  function viewOf(path) { return path.replace(/^\/+/, "").split("/")[0] || "home"; }
  document.querySelectorAll("header a").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      history.pushState({}, "", link.getAttribute("href"));
      show(viewOf(location.pathname));
    });
  });
  window.addEventListener("popstate", function () { show(viewOf(location.pathname)); });
  document.querySelectorAll("[data-command]").forEach(function (button) {
    button.addEventListener("click", function () {
      window.jimo.push(JSON.parse(button.getAttribute("data-command")));
    });
  });
  show(viewOf(location.pathname));
</script>
</body>
</html>
)html";

void Replace(std::string& text, std::string_view marker, std::string_view value) {
  for (std::size_t at = text.find(marker); at != std::string::npos;
       at = text.find(marker, at + value.size())) {
    text.replace(at, marker.size(), value);
  }
}

}  // namespace

std::string DemoPage(std::string_view api_url, const DemoProject& demo) {
  std::string page(kTemplate);
  Replace(page, "{{API}}", markup::EscapeHtml(api_url));
  Replace(page, "{{KEY}}", markup::EscapeHtml(demo.public_key));
  Replace(page, "{{TOUR}}", markup::EscapeHtml(demo.tour_id));
  return page;
}

void AddDemoRoutes(http::Router& router, const std::string& page, std::string_view api_url) {
  // The page's own inline scripts and styles, the SDK from the API's origin, and nothing
  // else: the same policy a careful customer would set.
  const std::string policy = "default-src 'self'; script-src 'self' 'unsafe-inline' " +
                             std::string(api_url) + "; connect-src " + std::string(api_url) +
                             "; style-src 'self' 'unsafe-inline'; img-src * data:";
  http::Handler serve = [&page, policy](http::Request&) -> boost::asio::awaitable<http::Response> {
    http::Response response = http::Response::Text(page);
    response.SetHeader("Content-Type", "text/html; charset=utf-8");
    response.SetHeader("Content-Security-Policy", policy);
    co_return response;
  };
  for (std::string_view path : {"/", "/reports", "/pricing", "/settings"}) {
    router.Add(http::Verb::get, std::string(path), serve);
  }
  // Browsers ask for it on every first visit; an empty answer keeps their consoles clean.
  router.Add(http::Verb::get, "/favicon.ico",
             [](http::Request&) -> boost::asio::awaitable<http::Response> {
               co_return http::Response::Empty();
             });
}

}  // namespace waymark::demo
