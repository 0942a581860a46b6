// `ics report ipr`: writes the self-contained page, refuses unknown organisations and empty months with
// exit code 2, and never leaves a partial or stale output file behind.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.h"
#include "performance/metric_catalogue.h"
#include "store/store.h"

namespace ics {
namespace {

using testing::run_ics;
using testing::ScratchDir;

// RX1 and RK5 report A&E 4-hour performance for Jan-Mar 2019 (with numerators) and attendances.
std::string make_store(const ScratchDir& dir) {
  const std::string db = dir.file("ics.db");
  auto store = Store::open(db);
  store->upsert_metrics(standard_metric_catalogue());
  store->upsert_organisations({{"RX1", "Nottingham University Hospitals NHS Trust", OrganisationType::Trust, ""},
                               {"RK5", "Sherwood Forest Hospitals <NHS> & Co", OrganisationType::Trust, ""}});
  std::vector<Observation> rows;
  for (int month = 1; month <= 3; ++month) {
    rows.push_back({"ae_4hr", "RX1", Month{2019, month}, 800.0 + month, 1000, (800.0 + month) / 1000});
    rows.push_back({"ae_4hr", "RK5", Month{2019, month}, 900.0 + month, 1000, (900.0 + month) / 1000});
    rows.push_back({"ae_attendances", "RX1", Month{2019, month}, std::nullopt, std::nullopt, 1000});
  }
  store->put_observations(rows);
  return db;
}

TEST(ReportCli, WritesTheIprPage) {
  ScratchDir dir;
  const std::string db = make_store(dir);
  const std::string out = dir.file("ipr.html");
  const auto r = run_ics("report ipr --orgs RX1,RK5 --month 2019-03 --db '" + db + "' --output '" + out + "'", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Wrote " + out), std::string::npos);
  std::ifstream in(out);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("A&amp;E 4-hour performance (all types)"), std::string::npos);
  EXPECT_NE(html.find("A&amp;E attendances (all types)"), std::string::npos);
  // RX1 March: 803/1000 = 80.3%; the combined line (803+903)/2000 = 85.3%.
  EXPECT_NE(html.find(">80.3%<"), std::string::npos);
  EXPECT_NE(html.find(">85.3%<"), std::string::npos);
  EXPECT_NE(html.find("Sherwood Forest Hospitals &lt;NHS&gt; &amp; Co (RK5)"), std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\">Service Area</th>"), std::string::npos);
  // Nothing else is left in the folder: the temporary file was renamed into place.
  for (const auto& entry : std::filesystem::directory_iterator(dir.file("")))
    EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos) << entry.path();
}

TEST(ReportCli, DashWritesToStandardOutput) {
  ScratchDir dir;
  const std::string db = make_store(dir);
  const auto r = run_ics("report ipr --orgs RX1 --month 2019-03 --db '" + db + "' --output -", dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(r.out.find("</html>"), std::string::npos);
}

TEST(ReportCli, UnknownOrganisationExitsTwoAndWritesNothing) {
  ScratchDir dir;
  const std::string db = make_store(dir);
  const std::string out = dir.file("ipr.html");
  const auto r = run_ics("report ipr --orgs RX1,XX9 --month 2019-03 --db '" + db + "' --output '" + out + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown organisation \"XX9\""), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(ReportCli, MonthWithoutDataExitsTwoAndKeepsAnEarlierReport) {
  ScratchDir dir;
  const std::string db = make_store(dir);
  const std::string out = dir.write("ipr.html", "earlier report");
  const auto r = run_ics("report ipr --orgs RX1 --month 2019-07 --db '" + db + "' --output '" + out + "'", dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no data for 2019-07"), std::string::npos) << r.err;
  std::ifstream in(out);
  EXPECT_EQ(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), "earlier report");
}

TEST(ReportCli, BadMonthAndMissingOptionsAreUsageErrors) {
  ScratchDir dir;
  const std::string db = make_store(dir);
  EXPECT_EQ(run_ics("report ipr --orgs RX1 --month March --db '" + db + "' --output -", dir).exit_code, 2);
  EXPECT_EQ(run_ics("report ipr --orgs RX1 --db '" + db + "' --output -", dir).exit_code, 2);
  EXPECT_EQ(run_ics("report ipr --orgs , --month 2019-03 --db '" + db + "' --output -", dir).exit_code, 2);
  const auto help = run_ics("report ipr --help", dir);
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--orgs"), std::string::npos);
}

}  // namespace
}  // namespace ics
