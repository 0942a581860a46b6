#include "demo/demo_organisations.h"

#include <string>

namespace ics::demo {
namespace {

struct Place {
  const char* code;
  const char* name;
  const char* short_code;  // used to build the illustrative PCN and practice codes
};

// Places have no ODS codes. PCN and practice codes here are ILLUSTRATIVE, not real ODS codes
// (real PCNs are U-codes and practices are like C84001): the demo must not be mistaken for a
// statement about a real practice's performance.
constexpr Place kPlaces[] = {
    {"QT1-NC", "Nottingham City", "NC"},
    {"QT1-SN", "South Nottinghamshire", "SN"},
    {"QT1-MN", "Mid-Nottinghamshire", "MN"},
    {"QT1-BA", "Bassetlaw", "BA"},
};
constexpr int kPcnsPerPlace = 2;
constexpr int kPracticesPerPcn = 3;

}  // namespace

std::vector<Organisation> demo_organisations() {
  using T = OrganisationType;
  std::vector<Organisation> out{
      {kIcbCode, "NHS Nottingham and Nottinghamshire Integrated Care Board", T::Ics, ""},
  };
  for (const auto& place : kPlaces) {
    out.push_back({place.code, place.name, T::Place, kIcbCode});
    for (int p = 1; p <= kPcnsPerPlace; ++p) {
      const std::string pcn_code = std::string("PCN-") + place.short_code + std::to_string(p);
      const std::string pcn_base = std::string(place.name) + " PCN " + std::to_string(p);
      out.push_back({pcn_code, pcn_base + " (illustrative)", T::Pcn, place.code});
      for (int g = 0; g < kPracticesPerPcn; ++g) {
        const char letter = static_cast<char>('A' + g);
        out.push_back({pcn_code + "-" + letter, pcn_base + " practice " + letter + " (illustrative)", T::Practice,
                       pcn_code});
      }
    }
  }
  const Organisation providers[] = {
      {"RX1", "Nottingham University Hospitals NHS Trust", T::Trust, kIcbCode},
      {"RK5", "Sherwood Forest Hospitals NHS Foundation Trust", T::Trust, kIcbCode},
      {"RHA", "Nottinghamshire Healthcare NHS Foundation Trust", T::Trust, kIcbCode},
      {"RX9", "East Midlands Ambulance Service NHS Trust", T::Trust, kIcbCode},
      {"RP5", "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust", T::Trust, kIcbCode},
      {"E06000018", "Nottingham City Council", T::Council, kIcbCode},
      {"E10000024", "Nottinghamshire County Council", T::Council, kIcbCode},
  };
  out.insert(out.end(), std::begin(providers), std::end(providers));
  return out;
}

}  // namespace ics::demo
