#include "phm/synthetic_population.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <thread>

#include "phm/synthetic_person.h"
#include "phm/synthetic_random.h"

namespace ics::phm {

// In feature order (risk_features.h). About 7% of the population has an emergency admission a year.
const RiskFeatures kTrueEmergencyAdmissionCoefficients{
    -3.6,   // intercept
    0.35,   // age_over_50_per_decade
    0.5,    // under_5
    0.1,    // male
    0.5,    // deprivation
    0.15,   // long_term_conditions
    0.6,    // heart_failure
    0.5,    // copd
    0.5,    // dementia
    0.4,    // cancer
    0.15,   // diabetes
    0.3,    // serious_mental_illness
    0.25,   // ae_attendances_last_year
    0.45,   // emergency_admissions_last_year
    0.3,    // social_care_last_year
    0.8,    // palliative_care
};

namespace {

constexpr double kPersonsPerLsoa = 1600;
constexpr double kPersonsPerPcn = 50000;
constexpr double kPersonsPerPractice = 8000;
constexpr size_t kPersonsPerChunk = 8192;

std::string numbered(const char* prefix, size_t number, int digits) {
  char text[32];
  std::snprintf(text, sizeof text, "%s%0*zu", prefix, digits, number);
  return text;
}

// Ethnic mix of a place: the most deprived (urban) places are the most diverse; about 80% white overall.
std::array<double, kEthnicGroupCount> ethnic_mix(double mean_imd_decile) {
  const double diverse = std::clamp((8.0 - mean_imd_decile) / 5.0, 0.0, 1.0);  // 1 at decile 3, 0 at 8
  // asian, black, mixed, white, other, not_known
  const std::array<double, kEthnicGroupCount> least{0.02, 0.007, 0.013, 0.93, 0.005, 0.025};
  const std::array<double, kEthnicGroupCount> most{0.15, 0.07, 0.04, 0.68, 0.025, 0.035};
  std::array<double, kEthnicGroupCount> cumulative{};
  double total = 0;
  for (int g = 0; g < kEthnicGroupCount; ++g) {
    total += least[g] + (most[g] - least[g]) * diverse;
    cumulative[g] = total;
  }
  for (auto& c : cumulative) c /= total;
  return cumulative;
}

std::vector<double> normalised_cumulative(const std::vector<double>& weights) {
  std::vector<double> cumulative(weights.size());
  double total = 0;
  for (size_t i = 0; i < weights.size(); ++i) cumulative[i] = total += weights[i];
  for (auto& c : cumulative) c = total > 0 ? c / total : 1.0;
  return cumulative;
}

// The geography and the shared tables persons are drawn from.
SynthesisPlan make_plan(const SynthOptions& options, const AgeSexDistribution& distribution,
                        const std::vector<SyntheticPlace>& places, PopulationGeography& geography) {
  SynthesisPlan plan;
  plan.seed = options.seed;
  plan.extract_end = options.end_date;
  plan.coefficients = kTrueEmergencyAdmissionCoefficients;
  std::vector<Date> starts{Date{options.end_date.days + 1}};
  for (int y = 0; y <= options.years; ++y) starts.push_back(one_year_before(starts.back()));
  plan.year_starts.assign(starts.rbegin(), starts.rend());

  double total = 0;
  for (int sex = 0; sex < kSexCount; ++sex)
    for (int age = 0; age < 91; ++age) plan.age_sex_cumulative[sex * 91 + age] = total += distribution.persons[sex][age];
  for (auto& c : plan.age_sex_cumulative) c /= total;

  RandomStream rng(options.seed, 0);
  std::vector<double> place_shares;
  double share_total = 0;
  for (const auto& p : places) share_total += p.share;
  for (const auto& p : places) {
    const uint16_t place_index = static_cast<uint16_t>(geography.place_codes.size());
    geography.place_codes.push_back(p.code);
    place_shares.push_back(p.share);
    SynthesisPlan::Place planned;
    planned.ethnic_cumulative = ethnic_mix(p.mean_imd_decile);
    std::vector<double> list_sizes;
    for (size_t n = 0; n < p.pcn_codes.size(); ++n) {
      const uint16_t pcn_index = static_cast<uint16_t>(geography.pcn_codes.size());
      geography.pcn_codes.push_back(p.pcn_codes[n]);
      geography.pcn_place.push_back(place_index);
      for (const auto& practice : p.practice_codes.at(n)) {
        planned.practices.push_back(static_cast<uint16_t>(geography.practice_codes.size()));
        geography.practice_codes.push_back(practice);
        geography.practice_pcn.push_back(pcn_index);
        list_sizes.push_back(0.5 + rng.uniform());  // practices differ in list size
      }
    }
    planned.practice_cumulative = normalised_cumulative(list_sizes);
    const double expected = static_cast<double>(options.persons) * p.share / share_total;
    const size_t lsoas = std::max<size_t>(1, static_cast<size_t>(std::ceil(expected / kPersonsPerLsoa)));
    for (size_t i = 0; i < lsoas; ++i) {
      const auto lsoa = static_cast<uint32_t>(geography.lsoa_codes.size());
      planned.lsoas.push_back(lsoa);
      geography.lsoa_codes.push_back(numbered("E01", lsoa + 1, 6));
      const double decile = std::round(p.mean_imd_decile + 1.8 * rng.normal());
      plan.lsoa_decile.push_back(static_cast<uint8_t>(std::clamp(decile, 1.0, 10.0)));
    }
    plan.places.push_back(std::move(planned));
  }
  plan.place_cumulative = normalised_cumulative(place_shares);
  return plan;
}

void validate(const SynthOptions& options, const AgeSexDistribution& distribution,
              const std::vector<SyntheticPlace>& places) {
  if (options.persons < 1) throw std::invalid_argument("persons must be at least 1");
  if (options.persons > 999'999'999) throw std::invalid_argument("persons must be at most 999,999,999");
  if (options.years < 2 || options.years > 10) throw std::invalid_argument("years must be 2 to 10");
  double total = 0;
  for (const auto& by_age : distribution.persons)
    for (double n : by_age) {
      if (!(n >= 0)) throw std::invalid_argument("the age-sex distribution has a negative count");
      total += n;
    }
  if (!(total > 0)) throw std::invalid_argument("the age-sex distribution is empty");
  if (places.empty()) throw std::invalid_argument("no places");
  for (const auto& p : places) {
    if (p.pcn_codes.empty() || p.practice_codes.size() != p.pcn_codes.size())
      throw std::invalid_argument("place " + p.code + " needs PCNs, each with practices");
    for (const auto& practices : p.practice_codes)
      if (practices.empty()) throw std::invalid_argument("place " + p.code + " has a PCN without practices");
    if (!(p.share > 0)) throw std::invalid_argument("place " + p.code + " needs a positive share");
  }
}

template <class T>
void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

}  // namespace

std::vector<SyntheticPlace> default_places(int64_t persons) {
  struct Shape {
    const char* code;
    double mean_imd_decile;
    double share;
  };
  // A deprived city, former industrial towns, a mixed coast, a prosperous rural west.
  const std::array<Shape, 4> shapes{{{"CITY", 3.0, 0.34}, {"NORTH_TOWNS", 4.6, 0.24}, {"EAST_COAST", 6.2, 0.2},
                                     {"WEST_RURAL", 7.8, 0.22}}};
  std::vector<SyntheticPlace> places;
  size_t pcn_number = 0, practice_number = 0;
  for (const auto& shape : shapes) {
    SyntheticPlace place;
    place.code = shape.code;
    place.mean_imd_decile = shape.mean_imd_decile;
    place.share = shape.share;
    const double expected = static_cast<double>(std::max<int64_t>(persons, 1)) * shape.share;
    const size_t pcns = std::max<size_t>(1, static_cast<size_t>(std::lround(expected / kPersonsPerPcn)));
    const size_t practices_per_pcn =
        std::max<size_t>(1, static_cast<size_t>(std::lround(expected / static_cast<double>(pcns) / kPersonsPerPractice)));
    for (size_t n = 0; n < pcns; ++n) {
      place.pcn_codes.push_back(numbered("PCN", ++pcn_number, 3));
      std::vector<std::string> practices;
      for (size_t k = 0; k < practices_per_pcn; ++k) practices.push_back(numbered("GP", ++practice_number, 4));
      place.practice_codes.push_back(std::move(practices));
    }
    places.push_back(std::move(place));
  }
  return places;
}

PopulationColumns generate_population(const SynthOptions& options, const AgeSexDistribution& distribution) {
  const std::vector<SyntheticPlace> places = options.places.empty() ? default_places(options.persons) : options.places;
  validate(options, distribution, places);
  PopulationColumns columns;
  const SynthesisPlan plan = make_plan(options, distribution, places, columns.geography);
  if (columns.geography.practice_codes.size() > 65535) throw std::invalid_argument("too many practices");
  columns.extract_start = plan.year_starts[1];
  columns.extract_end = options.end_date;

  // Fixed chunks of persons, each with its own columns, so the result does not depend on threads.
  const auto persons = static_cast<size_t>(options.persons);
  const size_t chunk_count = (persons + kPersonsPerChunk - 1) / kPersonsPerChunk;
  std::vector<PopulationColumns> chunks(chunk_count);
  std::atomic<size_t> next_chunk{0};
  auto work = [&] {
    for (size_t c; (c = next_chunk.fetch_add(1)) < chunk_count;) {
      const size_t begin = c * kPersonsPerChunk, end = std::min(persons, begin + kPersonsPerChunk);
      PopulationColumns& out = chunks[c];
      const size_t n = end - begin;
      out.person_id.reserve(n * kPersonIdWidth);
      out.event_day.reserve(n * 24);
      out.event_setting.reserve(n * 24);
      out.length_of_stay.reserve(n * 24);
      out.cost_pence.reserve(n * 24);
      for (size_t p = begin; p < end; ++p) simulate_person(plan, p, out);
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(chunk_count, 1)));
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (auto& w : workers) w.join();

  // Concatenate in person order, shifting each chunk's offsets.
  size_t condition_total = 0, event_total = 0;
  for (const auto& c : chunks) condition_total += c.condition.size(), event_total += c.event_day.size();
  if (event_total > UINT32_MAX || condition_total > UINT32_MAX) throw std::invalid_argument("too many events");
  columns.person_id.reserve(persons * kPersonIdWidth);
  columns.condition.reserve(condition_total);
  columns.diagnosed_day.reserve(condition_total);
  columns.event_day.reserve(event_total);
  columns.event_setting.reserve(event_total);
  columns.length_of_stay.reserve(event_total);
  columns.cost_pence.reserve(event_total);
  columns.condition_start.reserve(persons + 1);
  columns.event_start.reserve(persons + 1);
  for (auto& c : chunks) {
    const auto condition_offset = static_cast<uint32_t>(columns.condition.size());
    const auto event_offset = static_cast<uint32_t>(columns.event_day.size());
    append(columns.person_id, c.person_id);
    append(columns.birth_month, c.birth_month);
    append(columns.sex, c.sex);
    append(columns.ethnic_group, c.ethnic_group);
    append(columns.lsoa, c.lsoa);
    append(columns.imd_decile, c.imd_decile);
    append(columns.practice, c.practice);
    append(columns.death_day, c.death_day);
    append(columns.condition, c.condition);
    append(columns.diagnosed_day, c.diagnosed_day);
    append(columns.event_day, c.event_day);
    append(columns.event_setting, c.event_setting);
    append(columns.length_of_stay, c.length_of_stay);
    append(columns.cost_pence, c.cost_pence);
    for (size_t i = 1; i < c.condition_start.size(); ++i) columns.condition_start.push_back(condition_offset + c.condition_start[i]);
    for (size_t i = 1; i < c.event_start.size(); ++i) columns.event_start.push_back(event_offset + c.event_start[i]);
    c = PopulationColumns{};  // free as we go
  }
  return columns;
}

}  // namespace ics::phm
