#include <gtest/gtest.h>

#include "cli_runner.h"
#include "store/store.h"

namespace ics {
namespace {

using testing::run_ics;
using testing::ScratchDir;

constexpr const char* kKpiHeader = "metric_id,org_code,month,numerator,denominator,value\n";

size_t observations_in(const std::string& db) { return Store::open(db)->count_observations({}); }

TEST(ImportCli, ImportsAKpiFileAndSummarises) {
  ScratchDir dir;
  const std::string db = dir.file("var/ics.db");  // the parent folder does not exist yet
  const std::string kpi = dir.write("kpi.csv", std::string(kKpiHeader) +
                                                   "ae_4hr,RX1,2019-03,750,1000,\n"
                                                   "ae_4hr,RX1,2019-02,,,0.8\n"
                                                   "rtt_52wk,RK5,2019-03,,,2\n");
  auto r = run_ics("import kpi '" + kpi + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 3 observations (3 new, 0 revised) from " + kpi + "\n");
  EXPECT_EQ(observations_in(db), 3u);

  const std::string revised = dir.write("kpi2.csv", std::string(kKpiHeader) +
                                                        "ae_4hr,RX1,2019-03,760,1000,\n"
                                                        "ae_4hr,RX1,2019-02,,,0.8\n");
  r = run_ics("import kpi '" + revised + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 2 observations (0 new, 1 revised, 1 unchanged) from " + revised + "\n");
}

TEST(ImportCli, ABadKpiFileExitsTwoListsEveryProblemAndChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string good = dir.write("good.csv", std::string(kKpiHeader) + "ae_4hr,RX1,2019-01,,,0.9\n");
  ASSERT_EQ(run_ics("import kpi '" + good + "' --db '" + db + "'", dir).exit_code, 0);
  const std::string bad = dir.write("bad.csv", std::string(kKpiHeader) +
                                                   "ae_4hr,RX1,2019-01,,,0.5\n"  // would revise the stored row
                                                   "ae_4hr,RX1,2019-02,,,n/a\n"
                                                   "ae_5hr,RX1,2019-02,,,1\n"
                                                   "ae_4hr,RX1,Feb 2019,,,1\n"
                                                   "ae_4hr,RX1,2019-01,,,0.6\n");
  auto r = run_ics("import kpi '" + bad + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, bad + ":3:6: value \"n/a\" is not a number\n" +
                       bad + ":4:1: unknown metric id \"ae_5hr\"\n" +
                       bad + ":5:3: month \"Feb 2019\" is not a month (YYYY-MM)\n" +
                       bad +
                       ":6:1: duplicate row for metric \"ae_4hr\", org \"RX1\", month 2019-01 (first on line 2)\n");
  auto stored = Store::open(db)->observations({});
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].value, 0.9);
}

TEST(ImportCli, AMissingColumnOrFileExitsTwo) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string bad = dir.write("cols.csv", "metric_id,org_code,numerator,denominator,value\n");
  auto r = run_ics("import kpi '" + bad + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, bad + ":1: missing column \"month\"\n");
  r = run_ics("import kpi '" + dir.file("absent.csv") + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, dir.file("absent.csv") + ": cannot open file\n");
  r = run_ics("import kpi --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
}

TEST(ImportCli, ImportsAnAeFileAsDerivedObservations) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string ae = dir.write("ae.csv",
                                   "period,org_code,type,attendances,breaches,admissions\n"
                                   "2019-03-01,RX1,1,1000,200,300\n"
                                   "2019-03-01,RX1,other,500,5,0\n");
  auto r = run_ics("import ae '" + ae + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 5 observations (5 new, 0 revised) from " + ae + "\n");
  auto four = Store::open(db)->observations({"ae_4hr", {"RX1"}, {}, {}});
  ASSERT_EQ(four.size(), 1u);
  EXPECT_DOUBLE_EQ(four[0].value, 1295.0 / 1500);

  const std::string bad = dir.write("bad.csv",
                                    "period,org_code,type,attendances,breaches,admissions\n"
                                    "2019-04-01,RX1,1,100,200,3\n");
  r = run_ics("import ae '" + bad + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, bad + ":2:5: breaches 200 exceed attendances 100\n");
  EXPECT_EQ(observations_in(db), 5u);
}

TEST(ImportCli, ImportsMetricsAndListsThem) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string metrics = dir.write("metrics.csv",
                                        "id,name,service_area,unit,improvement,standard,source\n"
                                        "falls_rate,Inpatient falls per 1000 bed days,Quality and safety,rate,"
                                        "decrease,,Local incident reporting\n");
  auto r = run_ics("import metrics '" + metrics + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 1 metrics from " + metrics + "\n");
  r = run_ics("metrics --format csv --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("id,name,service_area,unit,improvement,standard,source\n", 0), 0u);
  EXPECT_NE(r.out.find("falls_rate,Inpatient falls per 1000 bed days,Quality and safety,rate,decrease,,Local"),
            std::string::npos);
  EXPECT_NE(r.out.find("ae_4hr,A&E 4-hour performance (all types),Urgent and emergency care,percent,increase,0.95,"),
            std::string::npos);
  r = run_ics("metrics --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Urgent and emergency care\n"), std::string::npos);
  EXPECT_NE(r.out.find("95%"), std::string::npos);
  r = run_ics("metrics --format xml --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
}

TEST(ImportCli, ABadOrganisationsFileChangesNothing) {
  ScratchDir dir;
  const std::string db = dir.file("ics.db");
  const std::string good = dir.write("orgs.csv",
                                     "code,name,type,parent_code\n"
                                     "QT1,NHS Nottingham and Nottinghamshire ICB,ics,\n"
                                     "RX1,Nottingham University Hospitals NHS Trust,trust,QT1\n");
  auto r = run_ics("import organisations '" + good + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "imported 2 organisations from " + good + "\n");
  const std::string bad = dir.write("bad.csv",
                                    "code,name,type,parent_code\n"
                                    "RK5,Sherwood Forest Hospitals NHS Foundation Trust,trust,QT1\n"
                                    "RHA,Nottinghamshire Healthcare NHS Foundation Trust,hospital,QT1\n");
  r = run_ics("import organisations '" + bad + "' --db '" + db + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, bad + ":3:3: type \"hospital\" is not one of ics, place, pcn, practice, trust, commissioner, "
                         "council, voluntary\n");
  EXPECT_EQ(Store::open(db)->organisations().size(), 2u);
}

}  // namespace
}  // namespace ics
