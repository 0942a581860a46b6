#pragma once
// Bridges to Health segmentation (Lynn et al. 2007, as used by NHS England's PHM programme): every person
// in the population on a date falls in exactly one segment, decided by priority rules on their facts.
// The rules, highest priority first, are documented in docs/phm-data.md and segment_of() below.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "phm/person_facts.h"
#include "phm/population.h"

namespace ics::phm {

enum class Segment : uint8_t {
  ShortDeclineBeforeDying,     // end of life: on the palliative care register
  LongDeclineFrailty,          // dementia; or 75+ with 4+ long-term conditions; or 65+ with social care
  LimitedReserveExacerbations, // organ failure: heart failure, COPD, CKD or chronic liver disease
  StableSeriousDisability,     // learning disability, or stroke/TIA, or Parkinson's
  ChronicConditions,           // any other long-term condition
  MaternalInfantHealth,        // under 1, or a pregnancy in the last year
  AcutelyIllCurable,           // an A&E attendance or emergency admission in the last year
  Healthy,                     // none of the above
};
inline constexpr int kSegmentCount = 8;

// The segment of a person in the population (facts.in_population must be true).
Segment segment_of(const PersonFacts& facts);

// "Healthy", "Maternal and infant health", ... as the Bridges to Health model names them.
std::string segment_label(Segment s);
std::string_view segment_key(Segment s);  // "healthy", "maternal_infant", ... for CSV and JSON

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

// Sums persons and last year's use by segment and group. facts and segments are indexed by person.
SegmentSummary summarise_segments(const Population& population, const std::vector<PersonFacts>& facts,
                                  const std::vector<Segment>& segments, Date at);

}  // namespace ics::phm
