#include "audit/audit_log.hpp"

#include <array>
#include <boost/json/serialize.hpp>

#include "core/crypto.hpp"

namespace waymark::audit {

Status Record(store::Transaction& tx, const AuditEvent& event, std::int64_t now) {
  using store::TextOrNull;
  const std::array<store::Value, 9> row{crypto::NewId(),
                                        now,
                                        TextOrNull(event.workspace_id),
                                        TextOrNull(event.actor_id),
                                        TextOrNull(event.subject_id),
                                        event.action,
                                        event.target,
                                        event.ip,
                                        boost::json::serialize(event.details)};
  return tx
      .Execute(
          "INSERT INTO audit_events (id, at, workspace_id, actor_id, subject_id, action, target, "
          "ip, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row)
      .status();
}

AuditEvent By(const access::Caller& caller, std::string action, std::string target) {
  AuditEvent event;
  event.action = std::move(action);
  event.target = std::move(target);
  if (!caller.workspace_id.empty()) event.workspace_id = caller.workspace_id;
  if (!caller.user_id.empty()) event.actor_id = caller.user_id;
  event.ip = caller.ip;
  return event;
}

}  // namespace waymark::audit
