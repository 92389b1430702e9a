#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "access/access.hpp"
#include "core/status.hpp"
#include "store/database.hpp"

// The record of security events: sign-ins that worked and that failed, sessions revoked,
// keys and tokens created and revoked, role changes. Written in the same transaction as
// the change it records, so the log never misses a change nor tells of one undone.
namespace waymark::audit {

struct AuditEvent {
  std::string action;  // "login.succeeded", "key.created", ...
  std::string target;  // what it acted on: "session:ID", "key:ID", "user:ID"
  // Set for events inside a workspace; account events (sign-in, password) leave it unset
  // and name the account in subject_id instead.
  std::optional<std::string> workspace_id;
  std::optional<std::string> actor_id;    // who did it, when known
  std::optional<std::string> subject_id;  // whose account it concerns
  std::string ip;                         // anonymized
  boost::json::object details;
};

Status Record(store::Transaction& tx, const AuditEvent& event, std::int64_t now);

// An event done by `caller` (actor and IP filled in).
AuditEvent By(const access::Caller& caller, std::string action, std::string target);

}  // namespace waymark::audit
