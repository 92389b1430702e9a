#pragma once

#include <memory>

#include "access/api_router.hpp"
#include "access/gatekeeper.hpp"
#include "analytics/report_routes.hpp"
#include "auth/auth.hpp"
#include "consent/routes.hpp"
#include "content/publishing.hpp"
#include "core/config.hpp"
#include "http/router.hpp"
#include "projects/routes.hpp"
#include "store/database.hpp"
#include "traffic/routes.hpp"
#include "webhooks/routes.hpp"
#include "weblog/access_log.hpp"
#include "weblog/trusted_proxies.hpp"

namespace waymark::app {

// The management API under /api/v1: the Gatekeeper in front, and every module's routes
// behind it. Owns what those routes share; must outlive the server that calls them.
class ManagementApi {
 public:
  // `access_log`, when the server writes one, is flushed before the traffic statistics
  // read it.
  // `ingestor`, when the server ingests, is waited for by the analytics reports.
  ManagementApi(const Config& config, store::Database& db, http::Router& router,
                weblog::TrustedProxies proxies, weblog::AccessLog* access_log = nullptr,
                analytics::Ingestor* ingestor = nullptr);

  const std::vector<access::DeclaredRoute>& routes() const { return api_.declared(); }
  // What serves published content outside the API: the changelog and the widget.
  content::Publishing& publishing() { return publishing_; }
  // What the site's /consent routes share with the consent export.
  consent::ConsentContext& consent() { return consent_; }

 private:
  access::Gatekeeper gate_;
  access::ApiRouter api_;
  auth::Auth auth_;
  content::Publishing publishing_;
  projects::ProjectContext projects_;
  webhooks::WebhookContext webhooks_;
  analytics::ReportContext reports_;
  consent::ConsentContext consent_;
  traffic::TrafficContext traffic_;
};

}  // namespace waymark::app
