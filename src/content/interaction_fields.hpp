#pragma once

#include "content/interaction.hpp"
#include "http/json_fields.hpp"

namespace waymark::content {

// Reads an interaction as a maker writes it (the body of a create, or a stored interaction
// with a patch laid over it), recording an error per field at fault in `fields`: the
// content of its format, and its targeting compiled (targeting/rules.hpp) so that a rule
// that would not compile is refused here, not discovered when serving.
InteractionDraft ReadInteractionDraft(http::JsonFields& fields);

}  // namespace waymark::content
