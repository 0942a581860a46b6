#pragma once
// Builds small hand-made populations for the PHM engines' tests: a few persons, each with the attributes
// and events a test needs spelled out, and a geography of practices (one per PCN) in places.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "phm/population.h"

namespace ics::phm::testing {

struct EventSpec {
  Date day;
  Setting setting = Setting::GpAppointment;
  uint32_t cost_pence = 0;
};

struct PersonSpec {
  Month born;
  Sex sex = Sex::Female;
  EthnicGroup ethnic = EthnicGroup::White;
  uint8_t imd_decile = 5;
  uint16_t practice = 0;
  std::optional<Date> died;
  std::vector<EventSpec> events;
};

// One practice per PCN ("P0", "P1", ... in PCNs "PCN0", "PCN1", ...); pcn_place gives each PCN's place
// ("PLACE0", ...).
inline Population build_population(const std::vector<PersonSpec>& persons, const std::vector<uint16_t>& pcn_place,
                                   Date extract_start, Date extract_end) {
  auto c = std::make_shared<PopulationColumns>();
  uint16_t places = 0;
  for (size_t i = 0; i < pcn_place.size(); ++i) {
    c->geography.practice_codes.push_back("P" + std::to_string(i));
    c->geography.practice_pcn.push_back(static_cast<uint16_t>(i));
    c->geography.pcn_codes.push_back("PCN" + std::to_string(i));
    c->geography.pcn_place.push_back(pcn_place[i]);
    places = std::max<uint16_t>(places, static_cast<uint16_t>(pcn_place[i] + 1));
  }
  for (uint16_t i = 0; i < places; ++i) c->geography.place_codes.push_back("PLACE" + std::to_string(i));
  c->geography.lsoa_codes = {"E01000001"};
  c->extract_start = extract_start;
  c->extract_end = extract_end;
  for (size_t p = 0; p < persons.size(); ++p) {
    const PersonSpec& s = persons[p];
    std::string id = "X" + std::to_string(p);
    id.resize(kPersonIdWidth, '\0');
    c->person_id.insert(c->person_id.end(), id.begin(), id.end());
    c->birth_month.push_back(s.born.index());
    c->sex.push_back(static_cast<uint8_t>(s.sex));
    c->ethnic_group.push_back(static_cast<uint8_t>(s.ethnic));
    c->lsoa.push_back(0);
    c->imd_decile.push_back(s.imd_decile);
    c->practice.push_back(s.practice);
    c->death_day.push_back(s.died ? s.died->days : kNoDay);
    c->condition_start.push_back(0);
    std::vector<EventSpec> events = s.events;
    std::stable_sort(events.begin(), events.end(),
                     [](const EventSpec& a, const EventSpec& b) { return a.day < b.day; });
    for (const EventSpec& e : events) {
      c->event_day.push_back(e.day.days);
      c->event_setting.push_back(static_cast<uint8_t>(e.setting));
      c->length_of_stay.push_back(0);
      c->cost_pence.push_back(e.cost_pence);
    }
    c->event_start.push_back(static_cast<uint32_t>(c->event_day.size()));
  }
  return view_of(c);
}

inline Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

}  // namespace ics::phm::testing
