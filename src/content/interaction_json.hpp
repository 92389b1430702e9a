#pragma once

#include <boost/json/object.hpp>

#include "content/interaction.hpp"

// How interactions are written in the API and to the widget.
namespace waymark::content {

// The fields a maker writes, as ReadInteractionDraft reads them: a patch is laid over these.
boost::json::object EditableJson(const InteractionDraft& draft);
// The same, for a patch that changes the format to `new_format`: the fields only the old
// format has are left out, so the patch need not clear them.
boost::json::object EditableJson(const InteractionDraft& draft, std::string_view new_format);

// The interaction as the API answers it.
boost::json::object InteractionJson(const Interaction& interaction);

// What the widget receives: the content with every Markdown body rendered safe (bodyHtml),
// the trigger and priority; never the audience rules, which stay on the server.
boost::json::object WidgetJson(const Interaction& interaction);

}  // namespace waymark::content
