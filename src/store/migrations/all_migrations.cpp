#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

#include "store/migration.hpp"

// The schema, one migration per step, never edited once released: a change is a new
// migration. SQL here runs on SQLite and PostgreSQL alike.
namespace waymark::store {
namespace {

constexpr std::string_view kInstanceSql = R"sql(
CREATE TABLE instance (
  id TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL
);
)sql";

// Accounts and access control. Secrets (passwords, session tokens, keys, invitation and
// reset tokens) are stored only as hashes; times are Unix seconds.
constexpr std::string_view kAccountsSql = R"sql(
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  instance_owner INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  password_changed_at BIGINT NOT NULL
);
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  remember INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  revoked_at BIGINT,
  ip TEXT NOT NULL,
  user_agent TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE memberships (
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'viewer')),
  created_at BIGINT NOT NULL,
  PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships(user_id);
CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'viewer')),
  email TEXT,
  invited_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  accepted_at BIGINT,
  accepted_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  revoked_at BIGINT
);
CREATE INDEX invitations_by_workspace ON invitations(workspace_id);
CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  public_key TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
CREATE INDEX projects_by_workspace ON projects(workspace_id);
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  hint TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT
);
CREATE INDEX api_keys_by_project ON api_keys(project_id);
CREATE TABLE extension_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  hint TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT
);
CREATE INDEX extension_tokens_by_user ON extension_tokens(user_id);
CREATE TABLE audit_events (
  id TEXT PRIMARY KEY,
  at BIGINT NOT NULL,
  workspace_id TEXT REFERENCES workspaces(id) ON DELETE CASCADE,
  actor_id TEXT,
  subject_id TEXT,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  ip TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE INDEX audit_events_by_workspace ON audit_events(workspace_id, at);
CREATE INDEX audit_events_by_subject ON audit_events(subject_id, at);
)sql";

// What makers publish and whom it is for. Markdown is stored as written and rendered when a
// project's snapshot is built; structured parts (labels, variants, content, targeting,
// conditions, attributes) are JSON text in their canonical form. `version` counts the
// writes of a row, for optimistic concurrency (ETag / If-Match).
constexpr std::string_view kContentSql = R"sql(
ALTER TABLE projects ADD COLUMN default_language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE projects ADD COLUMN rate_limit_shows INTEGER NOT NULL DEFAULT 1;
ALTER TABLE projects ADD COLUMN rate_limit_window_s BIGINT NOT NULL DEFAULT 14400;
CREATE TABLE retired_slugs (
  slug TEXT PRIMARY KEY,
  retired_at BIGINT NOT NULL
);
CREATE TABLE posts (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  slug TEXT NOT NULL,
  status TEXT NOT NULL,
  publish_at BIGINT,
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  variants TEXT NOT NULL,
  category TEXT NOT NULL,
  labels TEXT NOT NULL,
  cover_image_url TEXT NOT NULL,
  version BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (project_id, slug)
);
CREATE INDEX posts_by_project ON posts(project_id, created_at);
CREATE INDEX posts_by_publish_at ON posts(status, publish_at);
CREATE TABLE interactions (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  status TEXT NOT NULL,
  format TEXT NOT NULL,
  content TEXT NOT NULL,
  targeting TEXT NOT NULL,
  post_id TEXT REFERENCES posts(id) ON DELETE SET NULL,
  starts_at BIGINT,
  ends_at BIGINT,
  version BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX interactions_by_project ON interactions(project_id, created_at);
CREATE TABLE segments (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  conditions TEXT NOT NULL,
  version BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (project_id, name)
);
CREATE INDEX segments_by_project ON segments(project_id, created_at);
CREATE TABLE end_users (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  external_id TEXT,
  anonymous_id TEXT,
  attributes TEXT NOT NULL,
  language TEXT NOT NULL,
  first_seen BIGINT NOT NULL,
  last_seen BIGINT NOT NULL,
  session_count BIGINT NOT NULL
);
CREATE UNIQUE INDEX end_users_by_external_id ON end_users(project_id, external_id);
CREATE UNIQUE INDEX end_users_by_anonymous_id ON end_users(project_id, anonymous_id);
CREATE TABLE end_user_events (
  end_user_id TEXT NOT NULL REFERENCES end_users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  times BIGINT NOT NULL,
  last_at BIGINT NOT NULL,
  PRIMARY KEY (end_user_id, name)
);
CREATE TABLE post_reactions (
  post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  end_user_id TEXT NOT NULL REFERENCES end_users(id) ON DELETE CASCADE,
  reaction TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (post_id, end_user_id, reaction)
);
)sql";

// The widget: each project's allowed origins, identity verification, consent mode and look
// (JSON text, canonical); what the server keeps of each end-user's state with the
// interactions so that it follows them across devices; and end-user sessions, of which
// only the token's digest is stored. Times of end-user state are epoch milliseconds, as the
// SDK counts them.
constexpr std::string_view kWidgetSql = R"sql(
ALTER TABLE projects ADD COLUMN allowed_origins TEXT NOT NULL DEFAULT '[]';
ALTER TABLE projects ADD COLUMN identity_required INTEGER NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN identity_generation BIGINT NOT NULL DEFAULT 1;
ALTER TABLE projects ADD COLUMN consent_mode TEXT NOT NULL DEFAULT 'always';
ALTER TABLE projects ADD COLUMN look TEXT NOT NULL DEFAULT '{}';
ALTER TABLE end_users ADD COLUMN email TEXT;
ALTER TABLE end_users ADD COLUMN name TEXT;
ALTER TABLE end_users ADD COLUMN last_opened_at BIGINT;
CREATE TABLE end_user_interactions (
  end_user_id TEXT NOT NULL REFERENCES end_users(id) ON DELETE CASCADE,
  interaction_id TEXT NOT NULL,
  times BIGINT NOT NULL,
  last_shown_at BIGINT NOT NULL,
  forbidden INTEGER NOT NULL,
  PRIMARY KEY (end_user_id, interaction_id)
);
CREATE TABLE widget_sessions (
  token_digest TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  end_user_id TEXT NOT NULL REFERENCES end_users(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX widget_sessions_by_expiry ON widget_sessions(expires_at);
)sql";

// Analytics. Raw events, unique per project and event id (a resent event is stored once),
// kept in the order of that key alone: one B-tree to write per event, the ingestion's whole
// cost. `ts` is the event's time (clamped at ingestion) and `received_at` the server's, both
// epoch milliseconds. Rollups are kept per project, UTC day, subject ('' for the project,
// 'i:<id>' an interaction, 'p:<id>' a post) and metric (an event type or a custom event's
// name), in the same transaction as the events they count, so they never drift from a
// recount. event_rollup_users remembers who was counted in a period ('d<day>' or
// 'm<yyyymm>'), so that unique users are counted once. (`WITHOUT ROWID` is SQLite's: the
// table is its primary key's B-tree, which PostgreSQL's tables are not to begin with.)
constexpr std::string_view kAnalyticsSql = R"sql(
CREATE TABLE events (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT,
  user_key TEXT NOT NULL,
  interaction_id TEXT,
  post_id TEXT,
  ts BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  props TEXT,
  PRIMARY KEY (project_id, event_id)
) WITHOUT ROWID;
CREATE TABLE event_rollups (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  day BIGINT NOT NULL,
  subject TEXT NOT NULL,
  metric TEXT NOT NULL,
  events BIGINT NOT NULL,
  users BIGINT NOT NULL,
  PRIMARY KEY (project_id, day, subject, metric)
) WITHOUT ROWID;
CREATE TABLE event_rollup_users (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  subject TEXT NOT NULL,
  metric TEXT NOT NULL,
  user_key TEXT NOT NULL,
  PRIMARY KEY (project_id, period, subject, metric, user_key)
) WITHOUT ROWID;
CREATE TABLE monthly_active_users (
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  month BIGINT NOT NULL,
  users BIGINT NOT NULL,
  PRIMARY KEY (project_id, month)
);
)sql";

// Webhooks: where a project's events are POSTed, and the delivery of each event to each
// webhook, whose state (retries included) lives here so that it survives restarts. A
// webhook's signing secret is derived from the server key, its id and secret_generation
// (webhooks/signature.hpp), never stored. `events` is a JSON list of event names; `data`
// the event's data as JSON text, from which the body is built at each attempt. Times are
// epoch milliseconds: retries may be a fraction of a second apart in tests.
constexpr std::string_view kWebhooksSql = R"sql(
CREATE TABLE webhooks (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  events TEXT NOT NULL,
  active INTEGER NOT NULL,
  secret_generation BIGINT NOT NULL,
  created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX webhooks_by_project ON webhooks(project_id, active);
CREATE TABLE webhook_deliveries (
  id TEXT PRIMARY KEY,
  webhook_id TEXT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  project_id TEXT NOT NULL,
  event TEXT NOT NULL,
  data TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts BIGINT NOT NULL,
  next_attempt_at BIGINT,
  last_attempt_at BIGINT,
  last_status BIGINT,
  last_error TEXT,
  last_response TEXT,
  created_at BIGINT NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries(webhook_id, created_at);
)sql";

// The site's consent records, the proof of each visitor's cookie choice (consent/). A
// visitor is a consent id, kept in their consent cookie; each choice is a row, and only
// the newest few rows of one visitor are kept. `seq` orders one visitor's rows: two choices
// can share a millisecond.
constexpr std::string_view kConsentSql = R"sql(
CREATE TABLE consent_records (
  id TEXT PRIMARY KEY,
  consent_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL,
  policy_version BIGINT NOT NULL,
  functionality INTEGER NOT NULL,
  withdrawn INTEGER NOT NULL,
  ip TEXT NOT NULL,
  user_agent TEXT NOT NULL
);
CREATE UNIQUE INDEX consent_records_by_visitor ON consent_records(consent_id, seq);
CREATE INDEX consent_records_by_time ON consent_records(recorded_at, id);
)sql";

// Whether the widget has been seen on a project's site: when it last booted from a page of
// an allowed origin, and that origin (widget/sightings.hpp). Boots keep it in memory and
// write it at most once a minute per project, so NULL means never seen.
constexpr std::string_view kSdkSeenSql = R"sql(
ALTER TABLE projects ADD COLUMN sdk_seen_at BIGINT;
ALTER TABLE projects ADD COLUMN sdk_seen_origin TEXT;
)sql";

// Ingestion answers once a request's events are durable in the analytics journal
// (<data_dir>/journal, store/journal.hpp); the applier stores them here later, each record
// in the same transaction as `applied`, the last record's sequence stored, so that a
// record is stored exactly once whatever the crashes.
constexpr std::string_view kAnalyticsJournalSql = R"sql(
CREATE TABLE analytics_journal (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  applied BIGINT NOT NULL
);
INSERT INTO analytics_journal (id, applied) VALUES (1, 0);
)sql";

// 128 random bits as hex: unique across installations without a coordinating service.
std::string RandomInstanceId() {
  std::random_device entropy;
  std::string id;
  for (int i = 0; i < 4; ++i) {
    char chunk[9];
    std::snprintf(chunk, sizeof chunk, "%08x", static_cast<unsigned>(entropy()));
    id += chunk;
  }
  return id;
}

Status SeedInstance(Transaction& tx) {
  const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count();
  const std::array<Value, 2> row{RandomInstanceId(), now};
  return tx.Execute("INSERT INTO instance (id, created_at) VALUES (?, ?)", row).status();
}

constexpr std::array kMigrations{
    Migration{1, "instance", kInstanceSql, &SeedInstance},
    Migration{2, "accounts", kAccountsSql},
    Migration{3, "content", kContentSql},
    Migration{4, "widget", kWidgetSql},
    Migration{5, "analytics", kAnalyticsSql},
    Migration{6, "webhooks", kWebhooksSql},
    Migration{7, "consent", kConsentSql},
    Migration{8, "sdk_seen", kSdkSeenSql},
    Migration{9, "analytics_journal", kAnalyticsJournalSql},
};

}  // namespace

std::span<const Migration> AllMigrations() {
  return kMigrations;
}

}  // namespace waymark::store
