#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "content/post.hpp"

// How posts are written in the API and in their stored JSON columns.
namespace waymark::content {

// The post as the API answers it, with its reaction counts.
boost::json::object PostJson(const Post& post,
                             const std::map<std::string, std::int64_t>& reactions);

// The fields a maker writes, as ReadPostDraft reads them: a patch is laid over these.
boost::json::object EditableJson(const PostDraft& draft);

// The stored forms of variants ({"fr": {"title", "body"}}) and labels (["a", "b"]).
std::string VariantsText(const std::vector<Variant>& variants);
std::vector<Variant> VariantsFromText(std::string_view text);
std::string LabelsText(const std::vector<std::string>& labels);
std::vector<std::string> LabelsFromText(std::string_view text);

}  // namespace waymark::content
