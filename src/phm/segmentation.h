#pragma once
// Bridges to Health segmentation (Lynn et al. 2007, as used by NHS England's PHM programme): every person
// in the population on a date falls in exactly one segment, decided by priority rules on their facts.
// The rules, highest priority first, are documented in docs/phm-data.md and the enum below. "Last year" is
// [at - 1 year, at); a condition counts when diagnosed on or before `at`; age is completed years on `at`;
// "long-term conditions" are the 25 before Pregnancy (population.h), not the two registers.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "phm/person_facts.h"
#include "phm/population.h"

namespace ics::phm {

enum class Segment : uint8_t {
  ShortDeclineBeforeDying,     // 1. on the palliative care register
  LongDeclineFrailty,          // 2. dementia; or age 75+ with 4+ long-term conditions; or age 65+ with 1+ social
                               //    care package in the last year
  LimitedReserveExacerbations, // 3. heart failure, COPD, chronic kidney disease or chronic liver disease
  StableSeriousDisability,     // 4. learning disability, stroke/TIA or Parkinson's
  ChronicConditions,           // 5. any other long-term condition (1+)
  MaternalInfantHealth,        // 6. under 1 (age 0), or a pregnancy recorded in the last year
  AcutelyIllCurable,           // 7. 1+ A&E attendance or emergency admission in the last year
  Healthy,                     // 8. none of the above
};
inline constexpr int kSegmentCount = 8;

// The segment of a person in the population (facts.in_population must be true).
Segment segment_of(const PersonFacts& facts);

// The Bridges to Health name: "Short period of decline before dying", "Long period of decline (frailty)",
// "Limited reserve and exacerbations", "Stable but serious disability", "Chronic conditions, normal function",
// "Maternal and infant health", "Acutely ill, mostly curable", "Healthy".
std::string segment_label(Segment s);
// For CSV and JSON: "short_decline", "frailty", "limited_reserve", "serious_disability", "chronic_conditions",
// "maternal_infant", "acutely_ill", "healthy".
std::string_view segment_key(Segment s);

// One row of the segment tables: persons in a segment within a group, and their last year's use.
struct SegmentCell {
  int64_t persons = 0;
  std::array<int64_t, kSettingCount> events{};  // in the 12 months before `at`
  int64_t bed_days = 0;
  int64_t cost_pence = 0;
};

// Counts by segment for the ICS, each PCN, each place, and each age band (and sex, for the pyramid).
struct SegmentSummary {
  Date at;
  std::array<SegmentCell, kSegmentCount> ics;
  std::vector<std::array<SegmentCell, kSegmentCount>> by_pcn;    // indexed like geography.pcn_codes
  std::vector<std::array<SegmentCell, kSegmentCount>> by_place;  // indexed like geography.place_codes
  // [age band][sex][segment], for the population pyramid coloured by segment.
  std::array<std::array<std::array<SegmentCell, kSegmentCount>, kSexCount>, kAgeBandCount> by_age_sex;
};

// Segments each person (Healthy for people not in the population; check facts[p].in_population).
std::vector<Segment> segment_population(const std::vector<PersonFacts>& facts);

// Sums persons and last year's use by segment and group over persons in the population (people outside it
// count nowhere). facts and segments are indexed by person. Runs on the machine's cores.
SegmentSummary summarise_segments(const Population& population, const std::vector<PersonFacts>& facts,
                                  const std::vector<Segment>& segments, Date at);

}  // namespace ics::phm
