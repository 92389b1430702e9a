#include "access/role.hpp"

#include <array>
#include <utility>

namespace waymark::access {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 4> kNames{{
    {Role::kViewer, "viewer"},
    {Role::kEditor, "editor"},
    {Role::kAdmin, "admin"},
    {Role::kOwner, "owner"},
}};

}  // namespace

std::optional<Role> ParseRole(std::string_view name) {
  for (const auto& [role, text] : kNames) {
    if (text == name) return role;
  }
  return std::nullopt;
}

std::string_view RoleName(Role role) {
  for (const auto& [candidate, text] : kNames) {
    if (candidate == role) return text;
  }
  return "viewer";  // unreachable: every enumerator is in kNames
}

}  // namespace waymark::access
