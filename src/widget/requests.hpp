#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "http/json_fields.hpp"
#include "widget/state.hpp"

// The bodies of the widget API's requests (docs/sdk.md), read and checked. Each reader
// records an error per field at fault in `fields`; the caller answers fields.Problem() when
// there is any.
namespace waymark::widget {

inline constexpr std::size_t kMaxAttributes = 100;
inline constexpr std::size_t kMaxAttributesBytes = 16 * 1024;  // serialized

struct Profile {
  std::optional<std::string> email;
  std::optional<std::string> name;
  std::optional<boost::json::object> attributes;
  bool remove_unspecified = false;  // attributes replace, rather than merge into, the stored
};

struct Identity {
  std::string id;    // the product's own user id
  std::string hash;  // hex HMAC of id, when the project verifies identities
  Profile profile;
};

struct BootRequest {
  std::string project_key;
  std::string anonymous_id;
  std::string token;  // a session from an earlier boot; empty: none
  std::optional<Identity> user;
  std::string language;
  std::string url;
  State state;
};

// What every request after boot names: the project and the end-user's session.
struct SessionRef {
  std::string project_key;
  std::string token;
};

struct Trigger {
  std::string interaction_id;
  bool ignore_recurrence = false;
};

struct InteractionsRequest {
  SessionRef session;
  std::string url;
  State state;
  std::optional<Trigger> trigger;
};

// What storage:reset (everything) and widget:reset-last-open forget.
enum class Forget { kNothing, kLastOpened, kEverything };

struct StateRequest {
  SessionRef session;
  State state;
  Forget forget = Forget::kNothing;  // what the server forgets before applying `state`
};

struct UserRequest {
  SessionRef session;
  Profile profile;
};

struct ReactionRequest {
  SessionRef session;
  std::string post_id;
  std::string reaction;
  bool on = true;
};

BootRequest ReadBoot(http::JsonFields& fields);
InteractionsRequest ReadInteractions(http::JsonFields& fields);
StateRequest ReadStateChange(http::JsonFields& fields);
UserRequest ReadUser(http::JsonFields& fields);
ReactionRequest ReadReaction(http::JsonFields& fields);

}  // namespace waymark::widget
