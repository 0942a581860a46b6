#include "domain/organisation.h"

#include <array>
#include <utility>

namespace ics {
namespace {
constexpr std::array<std::pair<OrganisationType, std::string_view>, 8> kNames{{
    {OrganisationType::Ics, "ics"},
    {OrganisationType::Place, "place"},
    {OrganisationType::Pcn, "pcn"},
    {OrganisationType::Practice, "practice"},
    {OrganisationType::Trust, "trust"},
    {OrganisationType::Commissioner, "commissioner"},
    {OrganisationType::Council, "council"},
    {OrganisationType::Voluntary, "voluntary"},
}};
}  // namespace

std::string_view to_string(OrganisationType t) {
  for (const auto& [type, name] : kNames)
    if (type == t) return name;
  return "trust";
}

std::optional<OrganisationType> parse_organisation_type(std::string_view s) {
  for (const auto& [type, name] : kNames)
    if (name == s) return type;
  return std::nullopt;
}

}  // namespace ics
