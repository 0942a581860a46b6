#include "phm/population.h"

#include <cstring>

namespace ics::phm {

std::string age_band_label(int band) {
  if (band >= kAgeBandCount - 1) return "90+";
  return std::to_string(band * 5) + "-" + std::to_string(band * 5 + 4);
}

int age_on(int32_t birth_month, Date on) {
  int months = Month::of(on).index() - birth_month;
  // Born on the first of the month, so the birthday month itself counts as reached.
  return months < 0 ? -1 : months / 12;
}

namespace {
Date shift_years(Date d, int years) {
  int day = d.day();
  if (d.month() == 2 && day == 29) day = 28;
  return Date::from_ymd(d.year() + years, d.month(), day);
}
}  // namespace

Date one_year_before(Date d) { return shift_years(d, -1); }
Date one_year_after(Date d) { return shift_years(d, 1); }

std::string_view Population::id_of(size_t person) const {
  const char* start = person_id.data() + person * kPersonIdWidth;
  return {start, strnlen(start, kPersonIdWidth)};
}

Population view_of(std::shared_ptr<const PopulationColumns> columns) {
  const PopulationColumns& c = *columns;
  Population p;
  p.geography = c.geography;
  p.extract_start = c.extract_start;
  p.extract_end = c.extract_end;
  p.person_id = c.person_id;
  p.birth_month = c.birth_month;
  p.sex = c.sex;
  p.ethnic_group = c.ethnic_group;
  p.lsoa = c.lsoa;
  p.imd_decile = c.imd_decile;
  p.practice = c.practice;
  p.death_day = c.death_day;
  p.condition_start = c.condition_start;
  p.condition = c.condition;
  p.diagnosed_day = c.diagnosed_day;
  p.event_start = c.event_start;
  p.event_day = c.event_day;
  p.event_setting = c.event_setting;
  p.length_of_stay = c.length_of_stay;
  p.cost_pence = c.cost_pence;
  p.storage = std::move(columns);
  return p;
}

}  // namespace ics::phm
