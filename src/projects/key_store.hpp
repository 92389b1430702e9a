#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "store/database.hpp"

// A project's secret keys, for servers calling the API. Only the key's digest and hint are
// stored; the secret itself exists once, in the answer that creates it.
namespace waymark::projects {

struct SecretKey {
  std::string id;
  std::string name;
  std::string hint;  // "wm_sk_Ab3d…", so people can tell their keys apart
  std::int64_t created_at = 0;
  std::optional<std::int64_t> last_used_at;
  std::optional<std::string> created_by;  // unset once that user is deleted
};

struct IssuedKey {
  SecretKey key;
  std::string secret;  // shown to the caller once, never stored
};

// The columns KeyOf reads, from `api_keys` aliased as `k`.
inline constexpr std::string_view kKeyColumns =
    "k.id, k.name, k.hint, k.created_at, k.last_used_at, k.created_by";
// Reads the kKeyColumns that start at `first`.
SecretKey KeyOf(const std::vector<store::Value>& row, std::size_t first = 0);

// A new key of the project; NotFound when `workspace_id` has no project `project_id`.
Result<IssuedKey> CreateKey(store::Transaction& tx, std::string_view project_id,
                            std::string_view workspace_id, std::string name,
                            std::optional<std::string> created_by, std::int64_t now);

// Revokes the key; NotFound unless it is a live key of that project of that workspace.
Status RevokeKey(store::Transaction& tx, std::string_view key_id, std::string_view project_id,
                 std::string_view workspace_id, std::int64_t now);

}  // namespace waymark::projects
