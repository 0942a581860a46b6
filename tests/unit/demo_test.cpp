#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "demo/demo_organisations.h"
#include "demo/demo_profiles.h"
#include "demo/demo_series.h"
#include "ingest/ae_attendances.h"
#include "performance/metric_catalogue.h"

namespace ics {
namespace {

bool same(const Observation& a, const Observation& b) {
  return a.metric_id == b.metric_id && a.org_code == b.org_code && a.month == b.month && a.value == b.value &&
         a.numerator == b.numerator && a.denominator == b.denominator;
}

TEST(Demo, TheSameSeedGivesTheSameSeries) {
  const auto catalogue = standard_metric_catalogue();
  const auto a = demo::generate_demo_observations(catalogue, 42);
  const auto b = demo::generate_demo_observations(catalogue, 42);
  const auto c = demo::generate_demo_observations(catalogue, 43);
  ASSERT_EQ(a.size(), b.size());
  ASSERT_EQ(a.size(), c.size());
  size_t differ = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_TRUE(same(a[i], b[i])) << a[i].metric_id << ' ' << a[i].org_code << ' ' << a[i].month.to_string();
    differ += !same(a[i], c[i]);
  }
  EXPECT_GT(differ, a.size() / 2) << "another seed should give other values";
}

// Every catalogue metric has a March 2019 value for a demo provider: generated, or (for the A&E
// metrics) from the real NHS England file when it is present.
TEST(Demo, EveryCatalogueMetricHasDataForMarch2019) {
  const auto catalogue = standard_metric_catalogue();
  auto all = demo::generate_demo_observations(catalogue);
  const std::string ae = std::string(ICS_SHARED_DATA_DIR) + "/ae_attendances.csv";
  const bool have_ae = std::filesystem::exists(ae);
  if (have_ae) {
    auto real = read_ae_attendances_csv(read_csv_file(ae));
    all.insert(all.end(), real.begin(), real.end());
  }
  std::map<std::string, std::set<std::string>> orgs_in_march;
  for (const auto& o : all)
    if (o.month == demo::kLastMonth) orgs_in_march[o.metric_id].insert(o.org_code);
  for (const auto& m : catalogue) {
    if (!have_ae && m.source == "NHS England A&E Attendances and Emergency Admissions" && m.id != "ae_12hr_trolley")
      continue;
    const auto& orgs = orgs_in_march[m.id];
    const bool acute = orgs.count("RX1") || orgs.count("RK5");
    // Ambulance response times belong to the ambulance trust, mental health to the mental health
    // trust, and primary care to the ICB; everything else to the acute trusts.
    std::string owner = "RX1 or RK5";
    if (m.id.rfind("amb_cat", 0) == 0) owner = "RX9";
    else if (m.service_area == "Mental health") owner = "RHA";
    else if (m.service_area == "Primary and community care") owner = demo::kIcbCode;
    EXPECT_TRUE(owner == "RX1 or RK5" ? acute : orgs.count(owner) > 0) << m.id << " has no data for " << owner;
  }
}

TEST(Demo, ValuesArePlausibleForTheirUnit) {
  const auto catalogue = standard_metric_catalogue();
  std::map<std::string, Metric> by_id;
  for (const auto& m : catalogue) by_id[m.id] = m;
  std::map<std::pair<std::string, std::string>, double> levels;
  for (const auto& p : demo::demo_profiles())
    for (const auto& org : p.orgs) levels[{p.metric_id, org.org_code}] = org.level;

  for (const auto& o : demo::generate_demo_observations(catalogue)) {
    const Metric& m = by_id.at(o.metric_id);
    const std::string where = o.metric_id + " " + o.org_code + " " + o.month.to_string();
    EXPECT_GE(o.month, demo::kFirstMonth) << where;
    EXPECT_LE(o.month, demo::kLastMonth) << where;
    switch (m.unit) {
      case MetricUnit::Percent:
        EXPECT_GE(o.value, 0.0) << where;
        EXPECT_LE(o.value, 1.0) << where;
        if (o.denominator) {
          EXPECT_GT(*o.denominator, 0) << where;
          EXPECT_LE(*o.numerator, *o.denominator) << where;
          EXPECT_DOUBLE_EQ(o.value, *o.numerator / *o.denominator) << where;
        }
        break;
      case MetricUnit::Count:
        EXPECT_GE(o.value, 0.0) << where;
        EXPECT_EQ(o.value, std::round(o.value)) << where;
        break;
      case MetricUnit::Minutes:
        EXPECT_GT(o.value, 0.0) << where;
        EXPECT_LT(o.value, 600.0) << where;
        break;
      case MetricUnit::Rate:
      case MetricUnit::Ratio:
        EXPECT_GT(o.value, 0.0) << where;
        EXPECT_LT(o.value, 3.0) << where;
        break;
    }
    // No large count wanders absurdly far from its level, winter peaks and trends included.
    const double level = levels.at({o.metric_id, o.org_code});
    if (m.unit == MetricUnit::Count && level >= 30) {
      EXPECT_GT(o.value, level * 0.25) << where;
      EXPECT_LT(o.value, level * 3) << where;
    }
  }
}

TEST(Demo, SomeSeriesMeetTheirStandardAndSomeFail) {
  const auto catalogue = standard_metric_catalogue();
  std::map<std::string, Metric> by_id;
  for (const auto& m : catalogue) by_id[m.id] = m;
  int met = 0, failed = 0;
  for (const auto& o : demo::generate_demo_observations(catalogue))
    if (o.month == demo::kLastMonth) {
      if (auto ok = meets_standard(by_id.at(o.metric_id), o.value)) *ok ? ++met : ++failed;
    }
  EXPECT_GT(met, 10);
  EXPECT_GT(failed, 10);
}

TEST(Demo, OrganisationsFormOneHierarchyUnderTheIcb) {
  const auto orgs = demo::demo_organisations();
  std::set<std::string> codes;
  for (const auto& o : orgs) EXPECT_TRUE(codes.insert(o.code).second) << "duplicate " << o.code;
  int top = 0;
  for (const auto& o : orgs) {
    if (o.parent_code.empty()) {
      ++top;
    } else {
      EXPECT_TRUE(codes.count(o.parent_code)) << o.code;
    }
  }
  EXPECT_EQ(top, 1);
  for (const char* code : {"QT1", "RX1", "RK5", "RHA", "RX9", "RP5"}) EXPECT_TRUE(codes.count(code)) << code;
  std::map<OrganisationType, int> by_type;
  for (const auto& o : orgs) ++by_type[o.type];
  EXPECT_EQ(by_type[OrganisationType::Place], 4);
  EXPECT_EQ(by_type[OrganisationType::Council], 2);
  EXPECT_GE(by_type[OrganisationType::Pcn], 4);
  EXPECT_GE(by_type[OrganisationType::Practice], 8);
}

TEST(Demo, EveryProfileNamesACatalogueMetricOutsideTheAeFile) {
  std::set<std::string> ids;
  for (const auto& m : standard_metric_catalogue()) ids.insert(m.id);
  std::set<std::string> from_file{"ae_4hr", "ae_4hr_type1", "ae_4hr_type2", "ae_4hr_other", "ae_attendances",
                                  "ae_admissions"};
  std::set<std::string> profiled;
  for (const auto& p : demo::demo_profiles()) {
    EXPECT_TRUE(ids.count(p.metric_id)) << p.metric_id;
    EXPECT_FALSE(from_file.count(p.metric_id)) << p.metric_id;
    EXPECT_TRUE(profiled.insert(p.metric_id).second) << "two profiles for " << p.metric_id;
  }
  for (const auto& id : ids) {
    if (!from_file.count(id)) {
      EXPECT_TRUE(profiled.count(id)) << "no demo series for " << id;
    }
  }
}

}  // namespace
}  // namespace ics
