#pragma once

#include <boost/asio/awaitable.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/interaction.hpp"
#include "core/status.hpp"
#include "http/page.hpp"
#include "store/database.hpp"

// Interactions as stored; every statement names the project beside the interaction.
namespace waymark::content {

inline constexpr std::string_view kInteractionColumns =
    "i.id, i.project_id, i.name, i.status, i.format, i.content, i.targeting, i.post_id, "
    "i.starts_at, i.ends_at, i.version, i.created_at, i.updated_at";
Interaction InteractionOf(const std::vector<store::Value>& row);

Result<Interaction> InsertInteraction(store::Transaction& tx, std::string_view project_id,
                                      InteractionDraft draft, std::int64_t now);
// nullopt when the interaction is no longer at current.version.
Result<std::optional<Interaction>> UpdateInteraction(store::Transaction& tx,
                                                     const Interaction& current,
                                                     InteractionDraft draft, std::int64_t now);
Status DeleteInteraction(store::Transaction& tx, std::string_view project_id, std::string_view id);

boost::asio::awaitable<Result<Interaction>> FindInteraction(store::Database& db,
                                                            std::string project_id, std::string id);
// A page of the project's interactions, newest first; `limit` rows at most.
boost::asio::awaitable<Result<std::vector<Interaction>>> ListInteractions(
    store::Database& db, std::string project_id, std::optional<std::string> status,
    std::optional<http::Cursor> after, int limit);

// The names of the project's interactions that boost the post or have a button opening it.
boost::asio::awaitable<Result<std::vector<std::string>>> InteractionsLinking(store::Database& db,
                                                                             std::string project_id,
                                                                             std::string post_id);

// The ids among `post_ids` that are not posts of the project.
boost::asio::awaitable<Result<std::vector<std::string>>> MissingPosts(
    store::Database& db, std::string project_id, std::vector<std::string> post_ids);

}  // namespace waymark::content
