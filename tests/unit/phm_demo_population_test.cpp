// The demo ICS's synthetic places (derived from demo_organisations()), the generator options `ics demo`
// uses, and the pcn-lead account with patient-level access to Nottingham City's PCNs.
#include "demo/demo_population.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "demo/demo_governance.h"
#include "demo/demo_organisations.h"
#include "store/store.h"
#include "web/password_hash.h"

namespace ics {
namespace {

using Codes = std::vector<std::string>;

const phm::SyntheticPlace& place(const std::vector<phm::SyntheticPlace>& places, const std::string& code) {
  for (const auto& p : places)
    if (p.code == code) return p;
  throw std::runtime_error("no place " + code);
}

TEST(PhmDemoPopulation, PlacesPcnsAndPracticesAreTheDemoOrganisations) {
  const auto places = demo::demo_synthetic_places();
  std::map<std::string, Organisation> orgs;
  size_t org_places = 0, org_pcns = 0, org_practices = 0;
  for (const auto& o : demo::demo_organisations()) {
    orgs[o.code] = o;
    org_places += o.type == OrganisationType::Place;
    org_pcns += o.type == OrganisationType::Pcn;
    org_practices += o.type == OrganisationType::Practice;
  }
  ASSERT_EQ(places.size(), 4u);
  EXPECT_EQ(org_places, 4u);
  size_t pcns = 0, practices = 0;
  for (const auto& p : places) {
    ASSERT_TRUE(orgs.count(p.code)) << p.code;
    EXPECT_EQ(orgs[p.code].type, OrganisationType::Place);
    ASSERT_EQ(p.practice_codes.size(), p.pcn_codes.size()) << p.code;
    for (size_t n = 0; n < p.pcn_codes.size(); ++n) {
      EXPECT_EQ(orgs[p.pcn_codes[n]].type, OrganisationType::Pcn);
      EXPECT_EQ(orgs[p.pcn_codes[n]].parent_code, p.code);
      for (const auto& practice : p.practice_codes[n]) {
        EXPECT_EQ(orgs[practice].type, OrganisationType::Practice);
        EXPECT_EQ(orgs[practice].parent_code, p.pcn_codes[n]);
      }
      practices += p.practice_codes[n].size();
    }
    pcns += p.pcn_codes.size();
  }
  EXPECT_EQ(pcns, 8u);
  EXPECT_EQ(practices, 24u);
  EXPECT_EQ(pcns, org_pcns);
  EXPECT_EQ(practices, org_practices);
  const auto& city = place(places, "QT1-NC");
  EXPECT_EQ(city.pcn_codes, (Codes{"PCN-NC1", "PCN-NC2"}));
  EXPECT_EQ(city.practice_codes[1], (Codes{"PCN-NC2-A", "PCN-NC2-B", "PCN-NC2-C"}));
}

TEST(PhmDemoPopulation, DeprivationAndSizeDifferByPlace) {
  const auto places = demo::demo_synthetic_places();
  const auto& city = place(places, "QT1-NC");
  const auto& south = place(places, "QT1-SN");
  const auto& mid = place(places, "QT1-MN");
  const auto& bassetlaw = place(places, "QT1-BA");
  EXPECT_DOUBLE_EQ(city.mean_imd_decile, 3.0);
  EXPECT_DOUBLE_EQ(mid.mean_imd_decile, 4.5);
  EXPECT_DOUBLE_EQ(bassetlaw.mean_imd_decile, 5.0);
  EXPECT_DOUBLE_EQ(south.mean_imd_decile, 7.5);
  // Bassetlaw is about a third the size of each of the other three.
  for (const auto* p : {&city, &south, &mid}) {
    EXPECT_GT(p->share, 2.5 * bassetlaw.share) << p->code;
    EXPECT_LT(p->share, 3.5 * bassetlaw.share) << p->code;
  }
}

TEST(PhmDemoPopulation, TheExtractEndsTheDayBeforeTodaysMonthStarts) {
  const auto options = demo::demo_synth_options(Date::from_ymd(2026, 11, 23), 5000, 9);
  EXPECT_EQ(options.persons, 5000);
  EXPECT_EQ(options.seed, 9u);
  EXPECT_EQ(options.years, 2);
  EXPECT_EQ(options.end_date, Date::from_ymd(2026, 10, 31));
  EXPECT_EQ(options.places.size(), 4u);
  EXPECT_EQ(demo::demo_synth_options(Date::from_ymd(2024, 3, 1), 1, 1).end_date, Date::from_ymd(2024, 2, 29));
  EXPECT_EQ(demo::demo_synth_options(Date::from_ymd(2026, 1, 31), 1, 1).end_date, Date::from_ymd(2025, 12, 31));
}

TEST(PhmDemoPopulation, ThePcnLeadSeesNottinghamCitysPcnsWithTheDemoPassword) {
  EXPECT_EQ(demo::demo_pcn_lead_pcns(), (Codes{"PCN-NC1", "PCN-NC2"}));
  auto store = Store::open(":memory:");
  demo::load_demo_patient_access(*store);
  auto lead = store->accounts().account_by_name(demo::kPcnLeadAccount);
  ASSERT_TRUE(lead);
  EXPECT_EQ(lead->role, Role::Analyst);
  EXPECT_TRUE(web::verify_password(lead->password_hash, demo::kDemoPassword));
  EXPECT_EQ(store->accounts().patient_level_pcns(lead->id), (Codes{"PCN-NC1", "PCN-NC2"}));

  // Loading again (ics demo --force) resets a changed account rather than adding a second one.
  lead->role = Role::Admin;
  store->accounts().update_account(*lead, "test");
  store->accounts().set_patient_level_pcns(lead->id, {"PCN-BA1"}, "test");
  demo::load_demo_patient_access(*store);
  ASSERT_EQ(store->accounts().accounts().size(), 1u);
  EXPECT_EQ(store->accounts().account(lead->id)->role, Role::Analyst);
  EXPECT_EQ(store->accounts().patient_level_pcns(lead->id), (Codes{"PCN-NC1", "PCN-NC2"}));
  const auto audit = store->governance().audit_trail("patient-level access", lead->id);
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_EQ(audit[0].actor, "ics demo");
}

}  // namespace
}  // namespace ics
