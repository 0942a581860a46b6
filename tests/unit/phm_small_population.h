#pragma once
// A hand-built population of five persons for the PHM segmentation and output tests, with totals worked by
// hand. Extract 2024-04-01 .. 2026-03-31; analysed on 2026-04-01 (last year = 2025-04-01 .. 2026-03-31).
//   0 "A1" F born 1940-01 (86, band 85-89), practice P1 (PCN_A, PLACE_X): dementia -> frailty;
//     emergency admission 2025-06-01 (5 bed days, £3,000), GP 2025-07-01 (£30); GP 2024-06-01 (before the year)
//   1 "B2" M born 1990-05 (35, band 35-39), practice P2 (PCN_B, PLACE_Y): A&E 2026-01-10 (£200) -> acutely ill
//   2 "C3" F born 2000-01 (26, band 25-29), practice P3 (PCN_B): pregnancy 2025-09-01 -> maternal;
//     outpatient 2025-10-01 (£150)
//   3 "D4" M born 1950-03, practice P1 (PCN_A): died 2025-12-01, so not in the population; emergency
//     admission 2025-11-01 (10 bed days, £5,000) counts nowhere
//   4 "E5" M born 1980-01 (46, band 45-49), practice P3 (PCN_B): hypertension 2015 -> chronic conditions;
//     GP 2025-05-01 (£30) and GP 2026-03-31 (£30, the year's last day)
#include <memory>
#include <string>
#include <vector>

#include "phm/population.h"

namespace ics::phm::testing {

inline Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

inline PopulationColumns small_population_columns() {
  PopulationColumns c;
  c.geography.practice_codes = {"P1", "P2", "P3"};
  c.geography.practice_pcn = {0, 1, 1};
  c.geography.pcn_codes = {"PCN_A", "PCN_B"};
  c.geography.pcn_place = {0, 1};
  c.geography.place_codes = {"PLACE_X", "PLACE_Y"};
  c.geography.lsoa_codes = {"E01000001"};
  c.extract_start = ymd(2024, 4, 1);
  c.extract_end = ymd(2026, 3, 31);
  struct Event {
    Date day;
    Setting setting;
    uint16_t stay;
    uint32_t pence;
  };
  struct Person {
    std::string id;
    Sex sex;
    Month born;
    uint16_t practice;
    Day death;
    std::vector<std::pair<Condition, Date>> conditions;
    std::vector<Event> events;
  };
  const std::vector<Person> persons{
      {"A1", Sex::Female, {1940, 1}, 0, kNoDay, {{Condition::Dementia, ymd(2020, 1, 1)}},
       {{ymd(2024, 6, 1), Setting::GpAppointment, 0, 3000},
        {ymd(2025, 6, 1), Setting::EmergencyAdmission, 5, 300000},
        {ymd(2025, 7, 1), Setting::GpAppointment, 0, 3000}}},
      {"B2", Sex::Male, {1990, 5}, 1, kNoDay, {}, {{ymd(2026, 1, 10), Setting::AeAttendance, 0, 20000}}},
      {"C3", Sex::Female, {2000, 1}, 2, kNoDay, {{Condition::Pregnancy, ymd(2025, 9, 1)}},
       {{ymd(2025, 10, 1), Setting::OutpatientAttendance, 0, 15000}}},
      {"D4", Sex::Male, {1950, 3}, 0, ymd(2025, 12, 1).days, {},
       {{ymd(2025, 11, 1), Setting::EmergencyAdmission, 10, 500000}}},
      {"E5", Sex::Male, {1980, 1}, 2, kNoDay, {{Condition::Hypertension, ymd(2015, 1, 1)}},
       {{ymd(2025, 5, 1), Setting::GpAppointment, 0, 3000}, {ymd(2026, 3, 31), Setting::GpAppointment, 0, 3000}}},
  };
  for (const Person& p : persons) {
    std::string id = p.id;
    id.resize(kPersonIdWidth, '\0');
    c.person_id.insert(c.person_id.end(), id.begin(), id.end());
    c.birth_month.push_back(p.born.index());
    c.sex.push_back(static_cast<uint8_t>(p.sex));
    c.ethnic_group.push_back(static_cast<uint8_t>(EthnicGroup::White));
    c.lsoa.push_back(0);
    c.imd_decile.push_back(3);
    c.practice.push_back(p.practice);
    c.death_day.push_back(p.death);
    for (const auto& [condition, day] : p.conditions) {
      c.condition.push_back(static_cast<uint8_t>(condition));
      c.diagnosed_day.push_back(day.days);
    }
    c.condition_start.push_back(static_cast<uint32_t>(c.condition.size()));
    for (const Event& e : p.events) {
      c.event_day.push_back(e.day.days);
      c.event_setting.push_back(static_cast<uint8_t>(e.setting));
      c.length_of_stay.push_back(e.stay);
      c.cost_pence.push_back(e.pence);
    }
    c.event_start.push_back(static_cast<uint32_t>(c.event_day.size()));
  }
  return c;
}

inline Population small_population() {
  return view_of(std::make_shared<const PopulationColumns>(small_population_columns()));
}

inline constexpr Date kSmallPopulationAt{20544};  // 2026-04-01, checked in the tests

}  // namespace ics::phm::testing
