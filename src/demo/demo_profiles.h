#pragma once
// How each generated demo KPI behaves: which organisations report it, at what level, how noisy,
// and where it trends or shifts (so SPC charts show special causes). Plain data, no randomness.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/calendar.h"

namespace ics::demo {

// One organisation's series of a metric.
struct OrgLevel {
  OrgLevel(std::string org, double first_level, double typical_volume = 0)
      : org_code(std::move(org)), level(first_level), volume(typical_volume) {}
  std::string org_code;
  double level;        // April 2016 value before trend, step and winter (percent: a proportion)
  double volume = 0;   // percent metrics: the typical monthly denominator
};

// For count metrics noise, trend, shift and winter are fractions of the level (counts under 30 are
// drawn from a Poisson distribution instead of noise); for every other unit they are in the metric's unit.
struct SeriesProfile {
  SeriesProfile(std::string id, std::vector<OrgLevel> levels, double noise_sd = 0, double trend = 0,
                std::optional<Month> step_from = {}, double step = 0, double winter_effect = 0,
                std::optional<Month> collection_start = {})
      : metric_id(std::move(id)), orgs(std::move(levels)), noise(noise_sd), trend_per_year(trend),
        shift_from(step_from), shift(step), winter(winter_effect), first_month(collection_start) {}
  std::string metric_id;
  std::vector<OrgLevel> orgs;
  double noise = 0;                  // standard deviation of month-to-month variation
  double trend_per_year = 0;         // steady drift
  std::optional<Month> shift_from;   // a step change from this month on (a new service, a new policy)
  double shift = 0;                  // size of the step
  double winter = 0;                 // added in December to February, half in November and March
  std::optional<Month> first_month;  // when the collection began, if after the demo window opens
};

// Every generated metric's profile (all catalogue metrics except those the A&E file provides).
const std::vector<SeriesProfile>& demo_profiles();

// The demo window: April 2016 to March 2019, the span of the shared A&E file.
inline constexpr Month kFirstMonth{2016, 4};
inline constexpr Month kLastMonth{2019, 3};

}  // namespace ics::demo
