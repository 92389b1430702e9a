#pragma once

#include <string>
#include <string_view>

// The random secrets handed to callers: a recognisable prefix says what a token is (and
// lets secret scanners spot a leaked one); only the digest is ever stored.
namespace waymark::access {

inline constexpr std::string_view kPublicKeyPrefix = "wm_pk_";
inline constexpr std::string_view kSecretKeyPrefix = "wm_sk_";
inline constexpr std::string_view kExtensionTokenPrefix = "wm_ext_";
// An end-user's widget session, which the SDK keeps under the same cookie name as a maker's
// session (the registry's one TOKEN cookie): on a page of this server with the widget, the
// management API must not take one for the other.
inline constexpr std::string_view kEndUserTokenPrefix = "wm_es_";

struct IssuedSecret {
  std::string token;   // shown to the caller once
  std::string digest;  // stored
  std::string hint;    // stored and listed, so people can tell their keys apart: "wm_sk_Ab3d…"
};

// 256 random bits behind `prefix`.
IssuedSecret IssueSecret(std::string_view prefix);

// The digest under which a presented secret is looked up.
std::string SecretDigest(std::string_view token);

}  // namespace waymark::access
