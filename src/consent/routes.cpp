#include "consent/routes.hpp"

#include <boost/json/serialize.hpp>
#include <memory>

#include "access/csrf.hpp"
#include "consent/choice.hpp"
#include "consent/consent_cookie.hpp"
#include "consent/consent_store.hpp"
#include "cookies/cookie_header.hpp"
#include "cookies/set_cookie.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "http/problem.hpp"
#include "weblog/client_address.hpp"
#include "weblog/ip_anonymize.hpp"

namespace waymark::consent {
namespace {

using boost::asio::awaitable;
using cookies::CookieId;
using http::Request;
using http::Response;

constexpr std::size_t kUserAgentLimit = 256;
constexpr int kExportPage = 500;

// What one request says about its visitor.
struct Visitor {
  PresentedConsent consent;
  std::string address;  // in full: only the flood guard sees it
};

Visitor VisitorOf(const ConsentContext& context, const Request& request) {
  auto cookie = cookies::FindCookie(request.Header(http::Field::cookie), context.cookie_name);
  return {ReadConsentCookie(cookie, context.cookie_key),
          std::string(weblog::ClientAddress(request.peer_address, request.Header("X-Forwarded-For"),
                                            context.options.proxies))};
}

// A bad consent cookie: 400 naming it, and the cookie dropped so the next visit starts clean.
Response BadCookie(const ConsentContext& context, const PresentedConsent& consent) {
  Response response = http::BadRequest(consent.problem, context.cookie_name);
  response.SetHeader("Set-Cookie", cookies::ExpireCookie(context.cookie_name));
  return response;
}

Response Answer(const std::optional<ConsentRecord>& latest) {
  Response response = Response::Json(ConsentAnswer(latest, cookies::CurrentPolicy().version));
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

awaitable<Response> Show(ConsentContext& context, Request& request) {
  Visitor visitor = VisitorOf(context, request);
  if (!visitor.consent.problem.empty()) co_return BadCookie(context, visitor.consent);
  if (!visitor.consent.consent_id) co_return Answer(std::nullopt);
  auto latest = co_await LatestRecord(context.db, *visitor.consent.consent_id);
  if (!latest.ok()) co_return http::ServerFailure(latest.status());
  co_return Answer(*latest);
}

// Records a choice (or, with `withdrawn`, a withdrawal) for the request's visitor.
awaitable<Response> Record(ConsentContext& context, Request& request, Choice choice,
                           bool withdrawn) {
  if (!access::OriginAllowed(request.Header(http::Field::origin), request.Header(http::Field::host),
                             context.options.public_origin)) {
    co_return http::Forbidden("Consent is recorded from this site's own pages (Origin refused).");
  }
  Visitor visitor = VisitorOf(context, request);
  if (!visitor.consent.problem.empty()) co_return BadCookie(context, visitor.consent);
  const std::int64_t now = UnixNowMs();
  if (std::int64_t wait = context.guard.Take(visitor.address, now); wait > 0) {
    co_return http::TooManyRequests("Too many consent choices from this address.", wait);
  }
  ConsentRecord record{.id = crypto::NewId(),
                       .consent_id = visitor.consent.consent_id.value_or(NewConsentId()),
                       .at_ms = now,
                       .policy_version = cookies::CurrentPolicy().version,
                       .functionality = choice.functionality && !withdrawn,
                       .withdrawn = withdrawn,
                       .ip = weblog::AnonymizeIp(visitor.address),
                       .user_agent = std::string(
                           request.Header(http::Field::user_agent).substr(0, kUserAgentLimit))};
  Status written = co_await context.db.Write(
      [&record](store::Transaction& tx) { return AppendRecord(tx, record); });
  if (!written.ok()) co_return http::ServerFailure(written);

  Response response = Answer(record);
  const cookies::CookieSpec& spec = cookies::Spec(CookieId::kConsent);
  response.SetHeader(
      "Set-Cookie",
      cookies::SetCookie(context.cookie_name, SealConsentId(record.consent_id, context.cookie_key),
                         spec.max_age));
  if (!record.functionality) {
    for (const cookies::CookieSpec& cookie : cookies::AllCookies()) {
      if (cookie.category != cookies::Category::kFunctionality) continue;
      response.SetHeader("Set-Cookie",
                         cookies::ExpireCookie(context.options.cookie_names.Name(cookie.id),
                                               cookies::Writer::kScript));
    }
  }
  co_return response;
}

awaitable<Response> Choose(ConsentContext& context, Request& request) {
  auto choice = ReadChoice(request.body());
  if (auto* problem = std::get_if<http::Problem>(&choice)) {
    co_return http::ProblemResponse(*problem);
  }
  co_return co_await Record(context, request, std::get<Choice>(choice), false);
}

awaitable<Response> Withdraw(ConsentContext& context, Request& request) {
  co_return co_await Record(context, request, Choice{.functionality = false}, true);
}

// Streams every record as CSV, a page at a time, newest first.
class CsvExport {
 public:
  explicit CsvExport(store::Database& db) : db_(db) {}

  awaitable<Result<std::string>> Next() {
    if (!header_sent_) {
      header_sent_ = true;
      co_return RecordsCsvHeader();
    }
    if (done_) co_return std::string();
    auto page = co_await RecordsPage(db_, after_, kExportPage);
    if (!page.ok()) co_return page.status();
    if (page->size() < static_cast<std::size_t>(kExportPage)) done_ = true;
    std::string piece;
    for (const ConsentRecord& record : *page) piece += RecordCsvLine(record);
    if (!page->empty()) after_ = CursorAfter(page->back());
    co_return piece;
  }

 private:
  store::Database& db_;
  std::optional<http::Cursor> after_;
  bool header_sent_ = false;
  bool done_ = false;
};

awaitable<Response> Export(ConsentContext& context, Request& request, const access::Caller&) {
  const std::string format = request.QueryParam("format").value_or("json");
  if (format == "csv") {
    auto stream = std::make_shared<CsvExport>(context.db);
    Response response(http::StatusCode::ok, "text/csv; charset=utf-8", "");
    response.SetHeader("Content-Disposition", "attachment; filename=\"consent-records.csv\"");
    response.SetStream([stream]() { return stream->Next(); });
    co_return response;
  }
  if (format != "json") co_return http::BadRequest("format must be json or csv.", "format");
  auto page_request = http::ReadPageRequest(request);
  if (auto* refused = std::get_if<Response>(&page_request)) co_return std::move(*refused);
  const auto& wanted = std::get<http::PageRequest>(page_request);
  auto page = co_await RecordsPage(context.db, wanted.after, wanted.limit);
  if (!page.ok()) co_return http::ServerFailure(page.status());
  boost::json::array items;
  for (const ConsentRecord& record : *page) items.push_back(RecordJson(record));
  boost::json::object body{{"items", std::move(items)}};
  body["nextCursor"] = page->size() == static_cast<std::size_t>(wanted.limit)
                           ? boost::json::value(http::FormatCursor(CursorAfter(page->back())))
                           : nullptr;
  co_return Response::Json(boost::json::serialize(body));
}

}  // namespace

ConsentContext::ConsentContext(store::Database& db, ConsentOptions options)
    : db(db),
      options(std::move(options)),
      cookie_key(CookieKey(this->options.server_key)),
      cookie_name(this->options.cookie_names.Name(CookieId::kConsent)),
      guard(this->options.flood) {}

void AddConsentRoutes(http::Router& router, ConsentContext& context) {
  router.Add(http::Verb::get, "/consent",
             [&context](Request& request) { return Show(context, request); });
  router.Add(http::Verb::post, "/consent",
             [&context](Request& request) { return Choose(context, request); });
  router.Add(http::Verb::delete_, "/consent",
             [&context](Request& request) { return Withdraw(context, request); });
}

void AddConsentExportRoute(access::ApiRouter& api, ConsentContext& context) {
  // Owners only: the records name visitors (address, user agent).
  api.Add(http::Verb::get, "/api/v1/consents",
          {.scope = access::Scope::kInstance, .role = access::Role::kOwner},
          access::Bind(context, Export));
}

}  // namespace waymark::consent
