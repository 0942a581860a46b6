#pragma once
// Organisations of the system, keyed by their ODS code, in a hierarchy (ICS -> place -> PCN -> practice).
#include <optional>
#include <string>
#include <string_view>

namespace ics {

enum class OrganisationType { Ics, Place, Pcn, Practice, Trust, Commissioner, Council, Voluntary };

std::string_view to_string(OrganisationType t);  // "ics" | "place" | "pcn" | "practice" | "trust" | "commissioner" | "council" | "voluntary"
std::optional<OrganisationType> parse_organisation_type(std::string_view);

struct Organisation {
  std::string code;         // ODS code, e.g. "RX1"
  std::string name;         // "Nottingham University Hospitals NHS Trust"
  OrganisationType type = OrganisationType::Trust;
  std::string parent_code;  // empty at the top of the hierarchy
};

}  // namespace ics
