#pragma once

#include <string_view>

// The demo's posts and interactions, as a maker would write them to the API. Interactions
// name the tour by its name, so the page can start it.
namespace waymark::demo {

inline constexpr std::string_view kTourName = "Product tour";

// JSON arrays of post and interaction bodies.
std::string_view DemoPosts();
std::string_view DemoInteractions();

}  // namespace waymark::demo
