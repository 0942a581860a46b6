#include "performance/metric_catalogue.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/errors.h"

namespace ics {
namespace {

const Metric& get(const std::vector<Metric>& all, const std::string& id) {
  auto it = std::find_if(all.begin(), all.end(), [&](const Metric& m) { return m.id == id; });
  if (it == all.end()) throw std::runtime_error("no metric " + id);
  return *it;
}

TEST(MetricCatalogue, IdsAreUniqueAndEveryMetricIsComplete) {
  const auto all = standard_metric_catalogue();
  const auto areas = standard_service_areas();
  std::set<std::string> ids;
  for (const auto& m : all) {
    EXPECT_TRUE(ids.insert(m.id).second) << "duplicate " << m.id;
    EXPECT_FALSE(m.name.empty()) << m.id;
    EXPECT_FALSE(m.source.empty()) << m.id;
    EXPECT_NE(std::find(areas.begin(), areas.end(), m.service_area), areas.end()) << m.id;
    if (m.unit == MetricUnit::Percent && m.standard) {
      EXPECT_GE(*m.standard, 0) << m.id;
      EXPECT_LE(*m.standard, 1) << m.id;
    }
  }
  // Every service area has metrics.
  for (const auto& area : areas)
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [&](const Metric& m) { return m.service_area == area; })) << area;
}

TEST(MetricCatalogue, CarriesTheConstitutionalStandards) {
  const auto all = standard_metric_catalogue();
  EXPECT_EQ(*get(all, "ae_4hr").standard, 0.95);
  EXPECT_EQ(get(all, "ae_4hr").improvement, Improvement::Increase);
  EXPECT_EQ(get(all, "ae_attendances").improvement, Improvement::Neutral);
  EXPECT_EQ(get(all, "ae_admissions").unit, MetricUnit::Count);
  EXPECT_EQ(*get(all, "rtt_18wk").standard, 0.92);
  EXPECT_EQ(*get(all, "diag_6wk").standard, 0.01);
  EXPECT_EQ(get(all, "diag_6wk").improvement, Improvement::Decrease);
  EXPECT_EQ(*get(all, "cancer_62day").standard, 0.85);
  EXPECT_EQ(*get(all, "cancer_fds_28day").standard, 0.75);
  EXPECT_EQ(get(all, "amb_cat2_mean").unit, MetricUnit::Minutes);
  EXPECT_EQ(*get(all, "amb_cat2_mean").standard, 18);
  EXPECT_EQ(*get(all, "amb_cat1_90th").standard, 15);
  EXPECT_EQ(*get(all, "dementia_diagnosis").standard, 0.667);
  EXPECT_EQ(*get(all, "staff_sickness").standard, 0.035);
  EXPECT_EQ(*get(all, "mrsa_bacteraemia").standard, 0);
  EXPECT_EQ(get(all, "shmi").unit, MetricUnit::Ratio);
  for (const char* id : {"ae_4hr", "ae_4hr_type1", "ae_4hr_type2", "ae_4hr_other", "ae_attendances", "ae_admissions"})
    EXPECT_EQ(get(all, id).source, "NHS England A&E Attendances and Emergency Admissions") << id;
}

TEST(MetricCatalogue, ReadsACsvExtension) {
  auto metrics = read_metric_catalogue_csv(parse_csv(
      "id,name,service_area,unit,improvement,standard,source\n"
      "falls_per_1000,Inpatient falls per 1000 bed days,Quality and safety,rate,decrease,,Local incident system\n"
      "local_pct,\"Local, percent\",Planned care,percent,increase,0.9,Local\n",
      "metrics.csv"));
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[0].unit, MetricUnit::Rate);
  EXPECT_FALSE(metrics[0].standard);
  EXPECT_EQ(metrics[1].name, "Local, percent");
  EXPECT_EQ(*metrics[1].standard, 0.9);
}

TEST(MetricCatalogue, CsvReportsEveryProblemWithItsPlace) {
  try {
    read_metric_catalogue_csv(parse_csv("id,name,service_area,unit,improvement,standard,source\n"
                                        "a,A,Cancer,percent,increase,95,S\n"
                                        "b,B,Cancer,percentage,up,x,S\n"
                                        ",,Cancer,count,neutral,,\n"
                                        "a,A again,Cancer,count,neutral,,S\n"
                                        "Bad Id,C,Cancer,count,neutral,,S\n",
                                        "metrics.csv"));
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    std::vector<std::string> got;
    for (const auto& p : e.problems()) got.push_back(p.to_string());
    EXPECT_EQ(got, (std::vector<std::string>{
                       "metrics.csv:2:6: standard \"95\" for a percent metric must be a proportion between 0 and 1 "
                       "(95% is 0.95)",
                       "metrics.csv:3:4: unit \"percentage\" is not one of percent, count, minutes, rate, ratio",
                       "metrics.csv:3:5: improvement \"up\" is not one of increase, decrease, neutral",
                       "metrics.csv:3:6: standard \"x\" is not a number",
                       "metrics.csv:4:1: empty metric id",
                       "metrics.csv:4:2: empty name",
                       "metrics.csv:4:7: empty source",
                       "metrics.csv:5:1: duplicate metric id \"a\" (first on line 2)",
                       "metrics.csv:6:1: metric id \"Bad Id\" may hold only a-z, 0-9 and _",
                   }));
  }
}

TEST(MetricCatalogue, CsvNamesAMissingColumn) {
  try {
    read_metric_catalogue_csv(parse_csv("id,name,service_area,unit,improvement,source\n", "m.csv"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "m.csv:1: missing column \"standard\"");
  }
}

}  // namespace
}  // namespace ics
