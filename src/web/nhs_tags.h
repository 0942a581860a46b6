#pragma once
// NHS.UK frontend tags for the IPR's judgements, so every page colours them the same way.
#include <optional>
#include <string>

#include "performance/ipr.h"

namespace ics::web {

// "Met" green, "Not met" red, "–" without a standard.
std::string met_tag(const std::optional<bool>& met);
// "G" green, "A" yellow (the design system's amber), "R" red; "No KPIs" grey when there is none.
std::string rag_tag(const std::optional<performance::DeliveryRag>& rag);

}  // namespace ics::web
