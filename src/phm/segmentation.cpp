#include "phm/segmentation.h"

#include <memory>
#include <mutex>

#include "phm/parallel_ranges.h"

namespace ics::phm {

namespace {

constexpr uint32_t bits(std::initializer_list<Condition> conditions) {
  uint32_t b = 0;
  for (Condition c : conditions) b |= 1u << static_cast<int>(c);
  return b;
}

constexpr uint32_t kOrganFailure =
    bits({Condition::HeartFailure, Condition::Copd, Condition::ChronicKidneyDisease, Condition::ChronicLiverDisease});
constexpr uint32_t kSeriousDisability =
    bits({Condition::LearningDisability, Condition::StrokeTia, Condition::Parkinsons});

constexpr int kFrailtyAge = 75, kFrailtyConditions = 4, kSocialCareFrailtyAge = 65;

void add_person(SegmentCell& cell, const PersonFacts& f) {
  ++cell.persons;
  for (int s = 0; s < kSettingCount; ++s) cell.events[s] += f.events_last_year[s];
  cell.bed_days += f.bed_days_last_year;
  cell.cost_pence += static_cast<int64_t>(f.cost_last_year_pence);
}

void add_cell(SegmentCell& into, const SegmentCell& from) {
  into.persons += from.persons;
  for (int s = 0; s < kSettingCount; ++s) into.events[s] += from.events[s];
  into.bed_days += from.bed_days;
  into.cost_pence += from.cost_pence;
}

using SegmentRow = std::array<SegmentCell, kSegmentCount>;

void add_row(SegmentRow& into, const SegmentRow& from) {
  for (int s = 0; s < kSegmentCount; ++s) add_cell(into[s], from[s]);
}

}  // namespace

Segment segment_of(const PersonFacts& f) {
  if (f.has(Condition::PalliativeCare)) return Segment::ShortDeclineBeforeDying;
  const bool social_care = f.last_year(Setting::SocialCarePackage) > 0;
  if (f.has(Condition::Dementia) || (f.age >= kFrailtyAge && f.long_term_condition_count >= kFrailtyConditions) ||
      (f.age >= kSocialCareFrailtyAge && social_care))
    return Segment::LongDeclineFrailty;
  if (f.conditions & kOrganFailure) return Segment::LimitedReserveExacerbations;
  if (f.conditions & kSeriousDisability) return Segment::StableSeriousDisability;
  if (f.long_term_condition_count > 0) return Segment::ChronicConditions;
  if (f.age < 1 || f.pregnant_last_year) return Segment::MaternalInfantHealth;
  if (f.last_year(Setting::AeAttendance) > 0 || f.last_year(Setting::EmergencyAdmission) > 0)
    return Segment::AcutelyIllCurable;
  return Segment::Healthy;
}

std::string segment_label(Segment s) {
  switch (s) {
    case Segment::ShortDeclineBeforeDying: return "Short period of decline before dying";
    case Segment::LongDeclineFrailty: return "Long period of decline (frailty)";
    case Segment::LimitedReserveExacerbations: return "Limited reserve and exacerbations";
    case Segment::StableSeriousDisability: return "Stable but serious disability";
    case Segment::ChronicConditions: return "Chronic conditions, normal function";
    case Segment::MaternalInfantHealth: return "Maternal and infant health";
    case Segment::AcutelyIllCurable: return "Acutely ill, mostly curable";
    case Segment::Healthy: return "Healthy";
  }
  return "Unknown";
}

std::string_view segment_key(Segment s) {
  switch (s) {
    case Segment::ShortDeclineBeforeDying: return "short_decline";
    case Segment::LongDeclineFrailty: return "frailty";
    case Segment::LimitedReserveExacerbations: return "limited_reserve";
    case Segment::StableSeriousDisability: return "serious_disability";
    case Segment::ChronicConditions: return "chronic_conditions";
    case Segment::MaternalInfantHealth: return "maternal_infant";
    case Segment::AcutelyIllCurable: return "acutely_ill";
    case Segment::Healthy: return "healthy";
  }
  return "unknown";
}

std::vector<Segment> segment_population(const std::vector<PersonFacts>& facts) {
  std::vector<Segment> segments(facts.size(), Segment::Healthy);
  for (size_t p = 0; p < facts.size(); ++p)
    if (facts[p].in_population) segments[p] = segment_of(facts[p]);
  return segments;
}

SegmentSummary summarise_segments(const Population& population, const std::vector<PersonFacts>& facts,
                                  const std::vector<Segment>& segments, Date at) {
  const size_t pcn_count = population.geography.pcn_codes.size();
  const size_t place_count = population.geography.place_codes.size();
  SegmentSummary total;
  total.at = at;
  total.by_pcn.assign(pcn_count, {});
  total.by_place.assign(place_count, {});

  // Each chunk sums into its own partial (PCN rows only; places and the ICS roll up from PCNs at the end),
  // then merges under a lock: a handful of merges, no sharing in the loop.
  std::mutex merge;
  parallel_ranges(population.person_count(), 0, [&](size_t begin, size_t end) {
    std::vector<SegmentRow> by_pcn(pcn_count);
    auto by_age_sex = std::make_unique<decltype(SegmentSummary::by_age_sex)>();
    for (size_t p = begin; p < end; ++p) {
      const PersonFacts& f = facts[p];
      if (!f.in_population) continue;
      const int s = static_cast<int>(segments[p]);
      add_person(by_pcn[population.pcn_of(p)][s], f);
      add_person((*by_age_sex)[f.age_band][population.sex[p] & 1][s], f);
    }
    std::lock_guard lock(merge);
    for (size_t i = 0; i < pcn_count; ++i) add_row(total.by_pcn[i], by_pcn[i]);
    for (int band = 0; band < kAgeBandCount; ++band)
      for (int sex = 0; sex < kSexCount; ++sex) add_row(total.by_age_sex[band][sex], (*by_age_sex)[band][sex]);
  });
  for (size_t i = 0; i < pcn_count; ++i) {
    add_row(total.by_place[population.geography.pcn_place[i]], total.by_pcn[i]);
    add_row(total.ics, total.by_pcn[i]);
  }
  return total;
}

}  // namespace ics::phm
