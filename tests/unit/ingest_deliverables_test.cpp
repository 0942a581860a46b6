#include <gtest/gtest.h>

#include "core/errors.h"
#include "ingest/deliverables_csv.h"
#include "store/store.h"

namespace ics {
namespace {

const std::string kHeader =
    "ref,type,description,overseeing_group,plan_year,stocktake,brag,progress,superseded_by,superseded_from\n";
const Month kJun{2024, 6}, kSep{2024, 9}, kDec{2024, 12};

std::vector<Committee> committees() {
  Committee board, pog, quality;
  board.id = 1, board.code = "ICSB", board.name = "Integrated Care Board";
  pog.id = 2, pog.code = "POG", pog.name = "Performance Oversight Group";
  quality.id = 3, quality.code = "QG", quality.name = "Quality Group";
  return {board, pog, quality};
}

Priority priority(int64_t id, std::string ref, PriorityType type, std::string description, int64_t committee,
                  std::vector<StocktakeRating> ratings) {
  Priority p;
  p.id = id;
  p.ref = std::move(ref);
  p.type = type;
  p.description = std::move(description);
  p.overseeing_committee_id = committee;
  p.plan_year = "2024/25";
  p.ratings = std::move(ratings);
  return p;
}

std::vector<std::string> problems_of(const std::string& csv, const std::vector<Priority>& existing = {}) {
  try {
    read_deliverables_csv(parse_csv(kHeader + csv, "deliverables.csv"), existing, committees());
  } catch (const InputError& e) {
    std::vector<std::string> got;
    for (const auto& p : e.problems()) got.push_back(p.to_string());
    return got;
  }
  ADD_FAILURE() << "expected InputError";
  return {};
}

TEST(DeliverablesCsv, ReadsPrioritiesWithTheirRatings) {
  const auto got = read_deliverables_csv(
      parse_csv(kHeader +
                    "NO4.4,national,Reduce 12-hour waits in A&E,POG,2024/25,2024-06,R,Recovery plan agreed,,\n"
                    "NO10.1,Local,Expand virtual wards,quality group,2024/25,2024-09,g,On plan,,\n"
                    "NO4.4,national,Reduce 12-hour waits in A&E,performance oversight group,2024/25,2024-09,Amber,"
                    "\"Improving, not yet at target\",,\n",
                "deliverables.csv"),
      {}, committees());
  EXPECT_EQ(got, (std::vector<Priority>{
                     priority(0, "NO4.4", PriorityType::National, "Reduce 12-hour waits in A&E", 2,
                              {{kJun, Brag::Red, "Recovery plan agreed"},
                               {kSep, Brag::Amber, "Improving, not yet at target"}}),
                     priority(0, "NO10.1", PriorityType::Local, "Expand virtual wards", 3,
                              {{kSep, Brag::Green, "On plan"}}),
                 }));
}

TEST(DeliverablesCsv, ReadsSupersession) {
  const auto got = read_deliverables_csv(
      parse_csv(kHeader +
                    "NO3.1,oversight,Old target,ICSB,2024/25,2024-09,A,,NO3.2,2024-12\n"
                    "NO3.2,integrating care,New target,ICSB,2024/25,2024-12,B,Delivered,,\n",
                "deliverables.csv"),
      {}, committees());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].superseded_by, "NO3.2");
  EXPECT_EQ(got[0].superseded_from, kDec);
  EXPECT_EQ(got[0].type, PriorityType::Oversight);
  EXPECT_EQ(got[1].type, PriorityType::IntegratingCare);
  EXPECT_EQ(got[1].ratings, (std::vector<StocktakeRating>{{kDec, Brag::Blue, "Delivered"}}));
}

TEST(DeliverablesCsv, ReportsEveryProblemWithItsPlace) {
  EXPECT_EQ(problems_of(",national,Reduce waits,POG,2024/25,2024-06,R,,,\n"
                        "NO1.1,regional,Reduce waits,POG,24/25,2024-6,P,,,\n"
                        "NO1.2,national,Reduce waits,FDG,2024/25,2024-06,R,,NO9.9,2024-09\n"
                        "NO1.3,national,Cut cancer waits,POG,2024/25,2024-06,G,,,\n"
                        "NO1.3,national,Cut cancer waits,POG,2024/25,2024-06,A,,,\n"
                        "NO1.4,national,,POG,2024/25,2024-06,G,,,\n"
                        "NO1.5,national,Old target,POG,2024/25,2024-06,G,,NO1.4,2024-06\n"
                        "NO1.6,national,Old target,,2024/25,2024-06,G,,,2024-13\n"
                        "NO1.7,national,Old target,POG,2024/25,2024-06,G,,,2024-09\n"),
            (std::vector<std::string>{
                "deliverables.csv:2:1: empty ref",
                "deliverables.csv:3:2: type \"regional\" is not one of national, integrating care, oversight, local",
                "deliverables.csv:3:5: plan year \"24/25\" is not a financial year like 2024/25",
                "deliverables.csv:3:6: stocktake \"2024-6\" is not a month (YYYY-MM)",
                "deliverables.csv:3:7: BRAG rating \"P\" is not one of B, R, A, G",
                "deliverables.csv:4:4: unknown overseeing group \"FDG\" (give a committee's code or name)",
                "deliverables.csv:4:9: superseded_by \"NO9.9\" is not a priority in the file or the store",
                "deliverables.csv:6:6: duplicate rating for NO1.3 at stocktake 2024-06 (first on line 5)",
                "deliverables.csv:7:3: priority NO1.4: Enter a description of the priority",
                "deliverables.csv:8:6: priority NO1.5: Rated at June 2024, when it was superseded from June 2024",
                "deliverables.csv:9:4: empty overseeing group (give a committee's code or name)",
                "deliverables.csv:9:10: superseded_from \"2024-13\" is not a month (YYYY-MM)",
                "deliverables.csv:10:9: priority NO1.7: Enter the reference of the priority that supersedes it",
            }));
}

TEST(DeliverablesCsv, RowsOfOneRefMustAgreeOnItsOwnColumns) {
  // A committee named by code on one row and by name on another is the same group, so agrees.
  EXPECT_EQ(problems_of("NO4.4,national,Reduce waits,POG,2024/25,2024-06,R,,,\n"
                        "NO4.4,local,Reduce waits,Performance Oversight Group,2024/25,2024-09,A,,,\n"
                        "NO4.4,national,Reduce 12-hour waits,QG,2023/24,2024-12,A,,NO4.5,2025-03\n"
                        "NO4.5,national,Reduce 12-hour waits,QG,2024/25,2025-03,A,,,\n"),
            (std::vector<std::string>{
                "deliverables.csv:3:2: type \"local\" disagrees with line 2 for NO4.4",
                "deliverables.csv:4:3: description \"Reduce 12-hour waits\" disagrees with line 2 for NO4.4",
                "deliverables.csv:4:4: overseeing_group \"QG\" disagrees with line 2 for NO4.4",
                "deliverables.csv:4:5: plan_year \"2023/24\" disagrees with line 2 for NO4.4",
                "deliverables.csv:4:9: superseded_by \"NO4.5\" disagrees with line 2 for NO4.4",
                "deliverables.csv:4:10: superseded_from \"2025-03\" disagrees with line 2 for NO4.4",
            }));
}

TEST(DeliverablesCsv, NamesEveryMissingColumn) {
  try {
    read_deliverables_csv(
        parse_csv("ref,type,description,overseeing_group,plan_year,stocktake,progress\n", "d.csv"), {},
        committees());
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.problems().size(), 3u);
    EXPECT_NE(std::string(e.what()).find("\"brag\""), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("\"superseded_from\""), std::string::npos);
  }
}

TEST(DeliverablesCsv, MergesASecondStocktakeIntoStoredPriorities) {
  const std::vector<Priority> stored{
      priority(7, "NO4.4", PriorityType::National, "Reduce waits", 2,
               {{kJun, Brag::Red, "Plan agreed"}, {kSep, Brag::Red, "No change"}}),
      priority(8, "NO3.1", PriorityType::Oversight, "Old target", 1, {{kSep, Brag::Amber, "Slipping"}}),
      priority(9, "NO5.1", PriorityType::Local, "Untouched", 3, {{kSep, Brag::Green, ""}}),
  };
  const auto got = read_deliverables_csv(
      parse_csv(kHeader +
                    "NO4.4,national,Reduce 12-hour waits,POG,2024/25,2024-09,A,Revised: improving,,\n"
                    "NO4.4,national,Reduce 12-hour waits,POG,2024/25,2024-12,G,On track,,\n"
                    "NO3.1,oversight,Old target,ICSB,2024/25,2024-09,A,Slipping,NO3.2,2024-12\n"
                    "NO3.2,oversight,New target,ICSB,2024/25,2024-12,G,Started,,\n",
                "deliverables.csv"),
      stored, committees());
  auto superseded = stored[1];
  superseded.superseded_by = "NO3.2";
  superseded.superseded_from = kDec;
  EXPECT_EQ(got, (std::vector<Priority>{
                     priority(7, "NO4.4", PriorityType::National, "Reduce 12-hour waits", 2,
                              {{kJun, Brag::Red, "Plan agreed"},
                               {kSep, Brag::Amber, "Revised: improving"},
                               {kDec, Brag::Green, "On track"}}),
                     superseded,
                     priority(0, "NO3.2", PriorityType::Oversight, "New target", 1, {{kDec, Brag::Green, "Started"}}),
                 }));
}

TEST(DeliverablesCsv, MergedRatingsAreCheckedAgainstStoredSupersession) {
  auto old = priority(8, "NO3.1", PriorityType::Oversight, "Old target", 1, {{kSep, Brag::Amber, ""}});
  old.superseded_by = "NO3.2";
  old.superseded_from = kDec;
  EXPECT_EQ(problems_of("NO3.1,oversight,Old target,ICSB,2024/25,2025-03,R,,NO3.2,2024-12\n",
                        {old, priority(9, "NO3.2", PriorityType::Oversight, "New", 1, {{kDec, Brag::Green, ""}})}),
            (std::vector<std::string>{"deliverables.csv:2:6: priority NO3.1: Rated at March 2025, when it was "
                                      "superseded from December 2024"}));
}

class DeliverablesCsvImport : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(":memory:");
    for (auto c : committees()) {
      c.id = 0;
      store_->governance().save_committee(c, "setup");
    }
  }
  std::unique_ptr<Store> store_;
};

TEST_F(DeliverablesCsvImport, CreatesThenUpdatesByRef) {
  auto first = import_deliverables_csv(
      parse_csv(kHeader +
                    "NO4.4,national,Reduce waits,POG,2024/25,2024-06,R,Plan agreed,,\n"
                    "NO2.1,local,Virtual wards,QG,2024/25,2024-06,G,,,\n",
                "d.csv"),
      *store_, "analyst");
  EXPECT_EQ(first.created, 2u);
  EXPECT_EQ(first.updated, 0u);
  auto second = import_deliverables_csv(
      parse_csv(kHeader + "NO4.4,national,Reduce waits,POG,2024/25,2024-09,A,Improving,,\n", "d.csv"), *store_,
      "analyst");
  EXPECT_EQ(second.created, 0u);
  EXPECT_EQ(second.updated, 1u);
  const auto stored = store_->assurance().priorities();
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].ref, "NO2.1");
  EXPECT_EQ(stored[1].ref, "NO4.4");
  EXPECT_EQ(stored[1].ratings, (std::vector<StocktakeRating>{{kJun, Brag::Red, "Plan agreed"},
                                                             {kSep, Brag::Amber, "Improving"}}));
}

TEST_F(DeliverablesCsvImport, ABadFileLeavesTheStoreUnchanged) {
  import_deliverables_csv(parse_csv(kHeader + "NO4.4,national,Reduce waits,POG,2024/25,2024-06,R,,,\n", "d.csv"),
                          *store_, "analyst");
  const auto before = store_->assurance().priorities();
  EXPECT_THROW(import_deliverables_csv(parse_csv(kHeader +
                                                     "NO4.4,national,Reduce waits,POG,2024/25,2024-09,G,,,\n"
                                                     "NO4.5,national,New,NOPE,2024/25,2024-09,G,,,\n",
                                                 "d.csv"),
                                       *store_, "analyst"),
               InputError);
  EXPECT_EQ(store_->assurance().priorities(), before);
}

}  // namespace
}  // namespace ics
