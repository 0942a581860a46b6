#include "phm/person_facts.h"

#include <algorithm>

namespace ics::phm {

PersonFacts person_facts(const Population& population, size_t person, Date at) {
  PersonFacts f;
  const Day year_ago = one_year_before(at).days;
  const Day death = population.death_day[person];
  int age = age_on(population.birth_month[person], at);
  f.died_last_year = death != kNoDay && death >= year_ago && death < at.days;
  f.in_population = age >= 0 && (death == kNoDay || death >= at.days);
  age = std::clamp(age, 0, 120);
  f.age = static_cast<uint8_t>(age);
  f.age_band = static_cast<uint8_t>(age_band_of(age));

  for (uint32_t i = population.condition_start[person]; i < population.condition_start[person + 1]; ++i) {
    Day diagnosed = population.diagnosed_day[i];
    if (diagnosed > at.days) continue;
    auto c = static_cast<Condition>(population.condition[i]);
    if (c == Condition::Pregnancy) {
      if (diagnosed >= year_ago && diagnosed < at.days) f.pregnant_last_year = true;
      continue;
    }
    uint32_t bit = condition_bit(c);
    if (is_long_term(c) && !(f.conditions & bit)) ++f.long_term_condition_count;
    f.conditions |= bit;
  }

  // Events are in date order: skip to the window, stop at its end.
  const Day* days = population.event_day.data();
  uint32_t begin = population.event_start[person], end = population.event_start[person + 1];
  const Day* first = std::lower_bound(days + begin, days + end, year_ago);
  for (uint32_t i = static_cast<uint32_t>(first - days); i < end && days[i] < at.days; ++i) {
    int s = population.event_setting[i];
    if (f.events_last_year[s] < UINT16_MAX) ++f.events_last_year[s];
    f.bed_days_last_year += population.length_of_stay[i];
    f.cost_last_year_pence += population.cost_pence[i];
  }
  return f;
}

std::vector<PersonFacts> all_person_facts(const Population& population, Date at, unsigned threads) {
  std::vector<PersonFacts> facts(population.person_count());
  parallel_ranges(facts.size(), threads, [&](size_t begin, size_t end) {
    for (size_t p = begin; p < end; ++p) facts[p] = person_facts(population, p, at);
  });
  return facts;
}

uint32_t count_events(const Population& population, size_t person, Setting setting, Date from, Date to) {
  const Day* days = population.event_day.data();
  uint32_t begin = population.event_start[person], end = population.event_start[person + 1];
  const Day* first = std::lower_bound(days + begin, days + end, from.days);
  uint32_t n = 0;
  for (uint32_t i = static_cast<uint32_t>(first - days); i < end && days[i] < to.days; ++i)
    if (population.event_setting[i] == static_cast<uint8_t>(setting)) ++n;
  return n;
}

}  // namespace ics::phm
