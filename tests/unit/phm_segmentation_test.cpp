// Bridges to Health segmentation: each rule, each precedence pair, and the summary's totals on a
// hand-built population (tests/unit/phm_small_population.h).
#include <gtest/gtest.h>

#include <initializer_list>
#include <set>

#include "phm/person_facts.h"
#include "phm/segmentation.h"
#include "phm_small_population.h"

namespace ics::phm {
namespace {

PersonFacts person(int age, std::initializer_list<Condition> conditions = {}) {
  PersonFacts f;
  f.in_population = true;
  f.age = static_cast<uint8_t>(age);
  f.age_band = static_cast<uint8_t>(age_band_of(age));
  for (Condition c : conditions) {
    f.conditions |= condition_bit(c);
    if (is_long_term(c)) ++f.long_term_condition_count;
  }
  return f;
}

PersonFacts with_events(PersonFacts f, Setting s, uint16_t n) {
  f.events_last_year[static_cast<int>(s)] = n;
  return f;
}

PersonFacts pregnant(PersonFacts f) {
  f.pregnant_last_year = true;
  return f;
}

TEST(PhmSegmentation, EachRuleAlone) {
  EXPECT_EQ(segment_of(person(50, {Condition::PalliativeCare})), Segment::ShortDeclineBeforeDying);
  EXPECT_EQ(segment_of(person(60, {Condition::Dementia})), Segment::LongDeclineFrailty);
  EXPECT_EQ(segment_of(person(80, {Condition::Hypertension, Condition::Asthma, Condition::Diabetes,
                                   Condition::Osteoporosis})),
            Segment::LongDeclineFrailty);
  EXPECT_EQ(segment_of(with_events(person(70), Setting::SocialCarePackage, 1)), Segment::LongDeclineFrailty);
  for (Condition c : {Condition::HeartFailure, Condition::Copd, Condition::ChronicKidneyDisease,
                      Condition::ChronicLiverDisease})
    EXPECT_EQ(segment_of(person(55, {c})), Segment::LimitedReserveExacerbations) << enum_name(c);
  for (Condition c : {Condition::LearningDisability, Condition::StrokeTia, Condition::Parkinsons})
    EXPECT_EQ(segment_of(person(40, {c})), Segment::StableSeriousDisability) << enum_name(c);
  for (Condition c : {Condition::Hypertension, Condition::Depression, Condition::Asthma, Condition::SubstanceMisuse})
    EXPECT_EQ(segment_of(person(30, {c})), Segment::ChronicConditions) << enum_name(c);
  EXPECT_EQ(segment_of(person(0)), Segment::MaternalInfantHealth);
  EXPECT_EQ(segment_of(pregnant(person(28))), Segment::MaternalInfantHealth);
  EXPECT_EQ(segment_of(with_events(person(20), Setting::AeAttendance, 1)), Segment::AcutelyIllCurable);
  EXPECT_EQ(segment_of(with_events(person(20), Setting::EmergencyAdmission, 1)), Segment::AcutelyIllCurable);
  EXPECT_EQ(segment_of(person(20)), Segment::Healthy);
}

TEST(PhmSegmentation, OtherUseDoesNotMakeSomeoneAcutelyIll) {
  for (Setting s : {Setting::GpAppointment, Setting::ElectiveAdmission, Setting::OutpatientAttendance,
                    Setting::CommunityContact, Setting::MentalHealthContact, Setting::SocialCarePackage})
    EXPECT_EQ(segment_of(with_events(person(30), s, 3)), Segment::Healthy) << enum_name(s);
}

TEST(PhmSegmentation, PrecedencePairs) {
  // Palliative care beats frailty.
  EXPECT_EQ(segment_of(person(90, {Condition::PalliativeCare, Condition::Dementia})), Segment::ShortDeclineBeforeDying);
  // Dementia beats COPD; social care at 65+ beats heart failure.
  EXPECT_EQ(segment_of(person(70, {Condition::Dementia, Condition::Copd})), Segment::LongDeclineFrailty);
  EXPECT_EQ(segment_of(with_events(person(66, {Condition::HeartFailure}), Setting::SocialCarePackage, 1)),
            Segment::LongDeclineFrailty);
  // Heart failure beats learning disability.
  EXPECT_EQ(segment_of(person(45, {Condition::HeartFailure, Condition::LearningDisability})),
            Segment::LimitedReserveExacerbations);
  // Stroke beats other long-term conditions.
  EXPECT_EQ(segment_of(person(60, {Condition::StrokeTia, Condition::Hypertension})), Segment::StableSeriousDisability);
  // Any long-term condition beats pregnancy, and beats being under 1.
  EXPECT_EQ(segment_of(pregnant(person(30, {Condition::Asthma}))), Segment::ChronicConditions);
  EXPECT_EQ(segment_of(person(0, {Condition::Epilepsy})), Segment::ChronicConditions);
  // Pregnancy (and infancy) beat an A&E attendance.
  EXPECT_EQ(segment_of(with_events(pregnant(person(25)), Setting::AeAttendance, 2)), Segment::MaternalInfantHealth);
  EXPECT_EQ(segment_of(with_events(person(0), Setting::EmergencyAdmission, 1)), Segment::MaternalInfantHealth);
  // A long-term condition beats an emergency admission.
  EXPECT_EQ(segment_of(with_events(person(50, {Condition::Diabetes}), Setting::EmergencyAdmission, 1)),
            Segment::ChronicConditions);
}

TEST(PhmSegmentation, AgeBoundaries) {
  const auto five = {Condition::Hypertension, Condition::Asthma, Condition::Diabetes, Condition::Osteoporosis,
                     Condition::Anxiety};
  EXPECT_EQ(segment_of(person(74, five)), Segment::ChronicConditions);
  EXPECT_EQ(segment_of(person(75, five)), Segment::LongDeclineFrailty);
  // 75 with only three conditions is not frail.
  EXPECT_EQ(segment_of(person(75, {Condition::Hypertension, Condition::Asthma, Condition::Diabetes})),
            Segment::ChronicConditions);
  EXPECT_EQ(segment_of(with_events(person(64), Setting::SocialCarePackage, 1)), Segment::Healthy);
  EXPECT_EQ(segment_of(with_events(person(65), Setting::SocialCarePackage, 1)), Segment::LongDeclineFrailty);
  EXPECT_EQ(segment_of(person(0)), Segment::MaternalInfantHealth);
  EXPECT_EQ(segment_of(person(1)), Segment::Healthy);
}

TEST(PhmSegmentation, LabelsAndKeysAreDistinct) {
  std::set<std::string> labels;
  std::set<std::string_view> keys;
  for (int s = 0; s < kSegmentCount; ++s) {
    labels.insert(segment_label(static_cast<Segment>(s)));
    keys.insert(segment_key(static_cast<Segment>(s)));
  }
  EXPECT_EQ(labels.size(), 8u);
  EXPECT_EQ(keys.size(), 8u);
  EXPECT_EQ(segment_label(Segment::Healthy), "Healthy");
  EXPECT_EQ(segment_label(Segment::MaternalInfantHealth), "Maternal and infant health");
  EXPECT_EQ(segment_key(Segment::Healthy), "healthy");
  EXPECT_EQ(segment_key(Segment::MaternalInfantHealth), "maternal_infant");
}

TEST(PhmSegmentation, PeopleOutsideThePopulationAreLeftHealthy) {
  std::vector<PersonFacts> facts{person(90, {Condition::Dementia}), person(90, {Condition::Dementia})};
  facts[1].in_population = false;
  const auto segments = segment_population(facts);
  EXPECT_EQ(segments[0], Segment::LongDeclineFrailty);
  EXPECT_EQ(segments[1], Segment::Healthy);
}

class PhmSegmentSummary : public ::testing::Test {
 protected:
  Population population = testing::small_population();
  Date at = testing::kSmallPopulationAt;
  std::vector<PersonFacts> facts = all_person_facts(population, at, 1);
  std::vector<Segment> segments = segment_population(facts);
  SegmentSummary summary = summarise_segments(population, facts, segments, at);

  static int gp() { return static_cast<int>(Setting::GpAppointment); }
  static int index(Segment s) { return static_cast<int>(s); }
};

TEST_F(PhmSegmentSummary, SegmentsOfTheHandBuiltPersons) {
  ASSERT_EQ(at, testing::ymd(2026, 4, 1));
  EXPECT_EQ(segments[0], Segment::LongDeclineFrailty);
  EXPECT_EQ(segments[1], Segment::AcutelyIllCurable);
  EXPECT_EQ(segments[2], Segment::MaternalInfantHealth);
  EXPECT_FALSE(facts[3].in_population);
  EXPECT_EQ(segments[4], Segment::ChronicConditions);
}

TEST_F(PhmSegmentSummary, IcsTotals) {
  EXPECT_EQ(summary.at, at);
  const auto& ics = summary.ics;
  int64_t persons = 0, cost = 0;
  for (const auto& cell : ics) persons += cell.persons, cost += cell.cost_pence;
  EXPECT_EQ(persons, 4);  // D4 died before the date
  EXPECT_EQ(cost, 303000 + 20000 + 15000 + 6000);

  const SegmentCell& frail = ics[index(Segment::LongDeclineFrailty)];
  EXPECT_EQ(frail.persons, 1);
  EXPECT_EQ(frail.events[static_cast<int>(Setting::EmergencyAdmission)], 1);
  EXPECT_EQ(frail.events[gp()], 1);  // the 2024 appointment is before the year
  EXPECT_EQ(frail.bed_days, 5);
  EXPECT_EQ(frail.cost_pence, 303000);

  const SegmentCell& chronic = ics[index(Segment::ChronicConditions)];
  EXPECT_EQ(chronic.persons, 1);
  EXPECT_EQ(chronic.events[gp()], 2);  // includes the year's last day
  EXPECT_EQ(chronic.cost_pence, 6000);

  EXPECT_EQ(ics[index(Segment::AcutelyIllCurable)].events[static_cast<int>(Setting::AeAttendance)], 1);
  EXPECT_EQ(ics[index(Segment::MaternalInfantHealth)].events[static_cast<int>(Setting::OutpatientAttendance)], 1);
  EXPECT_EQ(ics[index(Segment::Healthy)].persons, 0);
  EXPECT_EQ(ics[index(Segment::ShortDeclineBeforeDying)].persons, 0);
}

TEST_F(PhmSegmentSummary, ByPcnAndPlace) {
  ASSERT_EQ(summary.by_pcn.size(), 2u);
  ASSERT_EQ(summary.by_place.size(), 2u);
  // PCN_A: A1 (frailty); D4 has died. PCN_B: B2, C3, E5.
  EXPECT_EQ(summary.by_pcn[0][index(Segment::LongDeclineFrailty)].persons, 1);
  EXPECT_EQ(summary.by_pcn[0][index(Segment::LongDeclineFrailty)].bed_days, 5);
  int64_t a = 0, b = 0, b_cost = 0;
  for (const auto& cell : summary.by_pcn[0]) a += cell.persons;
  for (const auto& cell : summary.by_pcn[1]) b += cell.persons, b_cost += cell.cost_pence;
  EXPECT_EQ(a, 1);
  EXPECT_EQ(b, 3);
  EXPECT_EQ(b_cost, 20000 + 15000 + 6000);
  for (int s = 0; s < kSegmentCount; ++s) {
    EXPECT_EQ(summary.by_place[0][s].persons, summary.by_pcn[0][s].persons);
    EXPECT_EQ(summary.by_place[1][s].cost_pence, summary.by_pcn[1][s].cost_pence);
  }
}

TEST_F(PhmSegmentSummary, ByAgeBandAndSex) {
  const int female = static_cast<int>(Sex::Female), male = static_cast<int>(Sex::Male);
  EXPECT_EQ(summary.by_age_sex[17][female][index(Segment::LongDeclineFrailty)].persons, 1);   // 86
  EXPECT_EQ(summary.by_age_sex[7][male][index(Segment::AcutelyIllCurable)].persons, 1);       // 35
  EXPECT_EQ(summary.by_age_sex[5][female][index(Segment::MaternalInfantHealth)].persons, 1);  // 26
  EXPECT_EQ(summary.by_age_sex[9][male][index(Segment::ChronicConditions)].cost_pence, 6000);  // 46
  int64_t persons = 0;
  for (const auto& band : summary.by_age_sex)
    for (const auto& sex : band)
      for (const auto& cell : sex) persons += cell.persons;
  EXPECT_EQ(persons, 4);
}

TEST(PhmSegmentSummaryParallel, ManyPersonsSumTheSameOnAnyChunking) {
  // 10,000 copies of the small population's persons (parallel_ranges only splits from 4,096 persons).
  PopulationColumns small = testing::small_population_columns();
  PopulationColumns big = small;
  std::vector<PersonFacts> facts;
  const Population one = view_of(std::make_shared<const PopulationColumns>(small));
  const auto base = all_person_facts(one, testing::kSmallPopulationAt, 1);
  big.practice.clear();
  for (int copy = 0; copy < 2000; ++copy)
    for (size_t p = 0; p < base.size(); ++p) {
      facts.push_back(base[p]);
      big.practice.push_back(small.practice[p]);
    }
  big.birth_month.assign(facts.size(), 0);
  big.sex.assign(facts.size(), 0);
  for (size_t p = 0; p < facts.size(); ++p) big.sex[p] = small.sex[p % base.size()];
  const Population population = view_of(std::make_shared<const PopulationColumns>(big));
  const auto summary = summarise_segments(population, facts, segment_population(facts), testing::kSmallPopulationAt);
  EXPECT_EQ(summary.ics[static_cast<int>(Segment::LongDeclineFrailty)].persons, 2000);
  EXPECT_EQ(summary.ics[static_cast<int>(Segment::LongDeclineFrailty)].cost_pence, 2000 * 303000);
  EXPECT_EQ(summary.by_pcn[1][static_cast<int>(Segment::ChronicConditions)].events[0], 4000);
}

}  // namespace
}  // namespace ics::phm
