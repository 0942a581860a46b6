#pragma once
// What every PHM engine needs to know of one person on one date, computed in one pass over the
// population: age, conditions diagnosed by then, and service use in the 12 months before.
#include <array>
#include <cstdint>
#include <vector>

#include "phm/population.h"

namespace ics::phm {

struct PersonFacts {
  bool in_population = false;  // born before `at` and alive on `at` (no death before it)
  uint8_t age = 0;             // completed years on `at`, capped at 120
  uint8_t age_band = 0;        // ESP 2013 band, 0..18
  uint32_t conditions = 0;     // condition_bit() of every condition diagnosed on or before `at`
  uint8_t long_term_condition_count = 0;
  bool pregnant_last_year = false;  // a pregnancy recorded in [at - 1 year, at)
  std::array<uint16_t, kSettingCount> events_last_year{};  // events in [at - 1 year, at), by setting
  uint32_t bed_days_last_year = 0;
  uint64_t cost_last_year_pence = 0;
  bool died_last_year = false;  // died in [at - 1 year, at) (then in_population is false)

  bool has(Condition c) const { return (conditions & condition_bit(c)) != 0; }
  uint16_t last_year(Setting s) const { return events_last_year[static_cast<int>(s)]; }
};

// The facts of one person on `at`.
PersonFacts person_facts(const Population& population, size_t person, Date at);

// The facts of every person on `at`, computed on `threads` threads (0 = the machine's cores).
std::vector<PersonFacts> all_person_facts(const Population& population, Date at, unsigned threads = 0);

// Events of the given setting in [from, to) for one person.
uint32_t count_events(const Population& population, size_t person, Setting setting, Date from, Date to);

// Runs body(begin, end) over [0, count) split into contiguous chunks on `threads` threads
// (0 = the machine's cores, at most 2 chunks per thread); returns when all are done.
template <class Body>
void parallel_ranges(size_t count, unsigned threads, Body body);

}  // namespace ics::phm

#include "phm/parallel_ranges.h"
