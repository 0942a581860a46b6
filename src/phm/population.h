#pragma once
// A whole ICS's patient-level population, held column by column: persons, their long-term conditions and
// their events (service contacts). Engines read it through spans, whether the columns live in vectors
// (built by the generator or the CSV reader) or in a snapshot file mapped into memory (phm/snapshot.h).
#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.h"
#include "domain/enum_names.h"

namespace ics::phm {

// Days since 1970-01-01, as Date::days; kNoDay marks "no date" (alive: no date of death).
using Day = int32_t;
inline constexpr Day kNoDay = std::numeric_limits<int32_t>::max();

// Persons' ids are pseudonyms of at most this many characters, held fixed-width (NUL padded).
inline constexpr size_t kPersonIdWidth = 16;

enum class Sex : uint8_t { Female, Male };
inline constexpr int kSexCount = 2;

// ONS 2021 census high-level ethnic groups, and "not known" (not stated or not recorded).
enum class EthnicGroup : uint8_t { Asian, Black, Mixed, White, Other, NotKnown };
inline constexpr int kEthnicGroupCount = 6;

// Where a contact happened. Admissions carry a length of stay; every event carries a cost.
enum class Setting : uint8_t {
  GpAppointment,
  AeAttendance,
  EmergencyAdmission,
  ElectiveAdmission,
  OutpatientAttendance,
  CommunityContact,
  MentalHealthContact,
  SocialCarePackage,
};
inline constexpr int kSettingCount = 8;

// Long-term conditions (after the Cambridge Multimorbidity Score's list), then two registers that are
// not long-term conditions but drive segmentation: pregnancy and the palliative care register.
enum class Condition : uint8_t {
  Hypertension,
  Depression,
  Anxiety,
  Asthma,
  Copd,
  Diabetes,
  CoronaryHeartDisease,
  HeartFailure,
  AtrialFibrillation,
  StrokeTia,
  ChronicKidneyDisease,
  Cancer,
  Dementia,
  Epilepsy,
  Hypothyroidism,
  RheumatoidArthritis,
  Osteoporosis,
  Parkinsons,
  SeriousMentalIllness,
  LearningDisability,
  ChronicLiverDisease,
  PeripheralVascularDisease,
  ChronicPain,
  AlcoholProblems,
  SubstanceMisuse,
  Pregnancy,
  PalliativeCare,
};
inline constexpr int kConditionCount = 27;
inline constexpr int kLongTermConditionCount = 25;  // the conditions before Pregnancy
inline bool is_long_term(Condition c) { return static_cast<int>(c) < kLongTermConditionCount; }
inline uint32_t condition_bit(Condition c) { return 1u << static_cast<int>(c); }

// Age bands of the European Standard Population 2013: 0-4, 5-9, ..., 85-89, 90+.
inline constexpr int kAgeBandCount = 19;
inline int age_band_of(int age) { return age >= 90 ? 18 : (age < 0 ? 0 : age / 5); }
std::string age_band_label(int band);  // "0-4", ..., "85-89", "90+"

// Completed years at `on` for someone born in the (first day of the) month birth_month (Month::index()).
int age_on(int32_t birth_month, Date on);

// The same day one year earlier / later (29 February -> 28 February).
Date one_year_before(Date d);
Date one_year_after(Date d);

// The organisation hierarchy the persons are registered in: practice -> PCN -> place.
struct PopulationGeography {
  std::vector<std::string> practice_codes;
  std::vector<uint16_t> practice_pcn;  // index into pcn_codes, one per practice
  std::vector<std::string> pcn_codes;
  std::vector<uint16_t> pcn_place;  // index into place_codes, one per PCN
  std::vector<std::string> place_codes;
  std::vector<std::string> lsoa_codes;  // LSOA 2011 codes, indexed by the persons' lsoa column
};

// Read-only columns over the whole population. Persons are indexed 0..person_count()-1; each person's
// conditions are [condition_start[p], condition_start[p+1]) and events [event_start[p], event_start[p+1]),
// events in date order. All spans stay valid while `storage` (or a copy of this struct) lives.
struct Population {
  PopulationGeography geography;
  Date extract_start;  // first day events cover
  Date extract_end;    // last day events cover (inclusive)

  std::span<const char> person_id;  // person_count() * kPersonIdWidth, NUL padded
  std::span<const int32_t> birth_month;  // Month::index() of the month of birth
  std::span<const uint8_t> sex;          // Sex
  std::span<const uint8_t> ethnic_group; // EthnicGroup
  std::span<const uint32_t> lsoa;        // index into geography.lsoa_codes
  std::span<const uint8_t> imd_decile;   // 1 = most deprived 10% of LSOAs in England, 10 = least
  std::span<const uint16_t> practice;    // index into geography.practice_codes
  std::span<const Day> death_day;        // kNoDay when alive at extract_end

  std::span<const uint32_t> condition_start;  // person_count() + 1
  std::span<const uint8_t> condition;         // Condition
  std::span<const Day> diagnosed_day;

  std::span<const uint32_t> event_start;  // person_count() + 1
  std::span<const Day> event_day;
  std::span<const uint8_t> event_setting;     // Setting
  std::span<const uint16_t> length_of_stay;   // days; 0 for non-admissions and day cases
  std::span<const uint32_t> cost_pence;

  std::shared_ptr<const void> storage;  // owns what the spans point into

  size_t person_count() const { return birth_month.size(); }
  size_t event_count() const { return event_day.size(); }
  std::string_view id_of(size_t person) const;  // the pseudonym without padding
  uint16_t pcn_of(size_t person) const { return geography.practice_pcn[practice[person]]; }
  uint16_t place_of(size_t person) const { return geography.pcn_place[pcn_of(person)]; }
};

// Owning columns, filled by the generator or the CSV reader, then viewed as a Population.
struct PopulationColumns {
  PopulationGeography geography;
  Date extract_start, extract_end;
  std::vector<char> person_id;
  std::vector<int32_t> birth_month;
  std::vector<uint8_t> sex, ethnic_group;
  std::vector<uint32_t> lsoa;
  std::vector<uint8_t> imd_decile;
  std::vector<uint16_t> practice;
  std::vector<Day> death_day;
  std::vector<uint32_t> condition_start{0};
  std::vector<uint8_t> condition;
  std::vector<Day> diagnosed_day;
  std::vector<uint32_t> event_start{0};
  std::vector<Day> event_day;
  std::vector<uint8_t> event_setting;
  std::vector<uint16_t> length_of_stay;
  std::vector<uint32_t> cost_pence;
};

// A Population whose spans point into the given columns (which it keeps alive).
Population view_of(std::shared_ptr<const PopulationColumns> columns);

}  // namespace ics::phm

namespace ics {
template <>
struct EnumNames<phm::Sex> {
  static constexpr std::array<std::pair<phm::Sex, std::string_view>, 2> values{{
      {phm::Sex::Female, "F"},
      {phm::Sex::Male, "M"},
  }};
};
template <>
struct EnumNames<phm::EthnicGroup> {
  static constexpr std::array<std::pair<phm::EthnicGroup, std::string_view>, 6> values{{
      {phm::EthnicGroup::Asian, "asian"},
      {phm::EthnicGroup::Black, "black"},
      {phm::EthnicGroup::Mixed, "mixed"},
      {phm::EthnicGroup::White, "white"},
      {phm::EthnicGroup::Other, "other"},
      {phm::EthnicGroup::NotKnown, "not_known"},
  }};
};
template <>
struct EnumNames<phm::Setting> {
  static constexpr std::array<std::pair<phm::Setting, std::string_view>, 8> values{{
      {phm::Setting::GpAppointment, "gp_appointment"},
      {phm::Setting::AeAttendance, "ae_attendance"},
      {phm::Setting::EmergencyAdmission, "emergency_admission"},
      {phm::Setting::ElectiveAdmission, "elective_admission"},
      {phm::Setting::OutpatientAttendance, "outpatient_attendance"},
      {phm::Setting::CommunityContact, "community_contact"},
      {phm::Setting::MentalHealthContact, "mental_health_contact"},
      {phm::Setting::SocialCarePackage, "social_care_package"},
  }};
};
template <>
struct EnumNames<phm::Condition> {
  static constexpr std::array<std::pair<phm::Condition, std::string_view>, 27> values{{
      {phm::Condition::Hypertension, "hypertension"},
      {phm::Condition::Depression, "depression"},
      {phm::Condition::Anxiety, "anxiety"},
      {phm::Condition::Asthma, "asthma"},
      {phm::Condition::Copd, "copd"},
      {phm::Condition::Diabetes, "diabetes"},
      {phm::Condition::CoronaryHeartDisease, "coronary_heart_disease"},
      {phm::Condition::HeartFailure, "heart_failure"},
      {phm::Condition::AtrialFibrillation, "atrial_fibrillation"},
      {phm::Condition::StrokeTia, "stroke_tia"},
      {phm::Condition::ChronicKidneyDisease, "chronic_kidney_disease"},
      {phm::Condition::Cancer, "cancer"},
      {phm::Condition::Dementia, "dementia"},
      {phm::Condition::Epilepsy, "epilepsy"},
      {phm::Condition::Hypothyroidism, "hypothyroidism"},
      {phm::Condition::RheumatoidArthritis, "rheumatoid_arthritis"},
      {phm::Condition::Osteoporosis, "osteoporosis"},
      {phm::Condition::Parkinsons, "parkinsons"},
      {phm::Condition::SeriousMentalIllness, "serious_mental_illness"},
      {phm::Condition::LearningDisability, "learning_disability"},
      {phm::Condition::ChronicLiverDisease, "chronic_liver_disease"},
      {phm::Condition::PeripheralVascularDisease, "peripheral_vascular_disease"},
      {phm::Condition::ChronicPain, "chronic_pain"},
      {phm::Condition::AlcoholProblems, "alcohol_problems"},
      {phm::Condition::SubstanceMisuse, "substance_misuse"},
      {phm::Condition::Pregnancy, "pregnancy"},
      {phm::Condition::PalliativeCare, "palliative_care"},
  }};
};
}  // namespace ics
