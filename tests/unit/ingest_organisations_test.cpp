#include <gtest/gtest.h>

#include "core/errors.h"
#include "ingest/organisations_csv.h"
#include "store/store.h"

namespace ics {
namespace {

TEST(OrganisationsImport, ReadsAHierarchy) {
  auto store = Store::open(":memory:");
  const size_t n = import_organisations_csv(parse_csv("code,name,type,parent_code\n"
                                                      "RX1,Nottingham University Hospitals NHS Trust,trust,QT1\n"
                                                      "QT1,NHS Nottingham and Nottinghamshire ICB,ics,\n",
                                                      "orgs.csv"),
                                            *store);
  EXPECT_EQ(n, 2u);
  auto rx1 = store->organisation("RX1");
  ASSERT_TRUE(rx1);
  EXPECT_EQ(rx1->type, OrganisationType::Trust);
  EXPECT_EQ(rx1->parent_code, "QT1");
}

TEST(OrganisationsImport, AParentMayAlreadyBeInTheStore) {
  auto store = Store::open(":memory:");
  store->upsert_organisations({{"QT1", "ICB", OrganisationType::Ics, ""}});
  import_organisations_csv(parse_csv("code,name,type,parent_code\nRK5,Sherwood,trust,QT1\n", "o.csv"), *store);
  EXPECT_EQ(store->organisations().size(), 2u);
}

TEST(OrganisationsImport, ReportsEveryProblemAndStoresNothing) {
  auto store = Store::open(":memory:");
  try {
    import_organisations_csv(parse_csv("code,name,type,parent_code\n"
                                       "RX1,NUH,trust,\n"
                                       "RX1,NUH again,trust,\n"
                                       ",No code,trust,\n"
                                       "RK5,,hospital,ZZZ\n"
                                       "RHA,Notts Healthcare,trust,RHA\n",
                                       "orgs.csv"),
                             *store);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    std::vector<std::string> got;
    for (const auto& p : e.problems()) got.push_back(p.to_string());
    EXPECT_EQ(got, (std::vector<std::string>{
                       "orgs.csv:3:1: duplicate org code \"RX1\" (first on line 2)",
                       "orgs.csv:4:1: empty org code",
                       "orgs.csv:5:2: empty name",
                       "orgs.csv:5:3: type \"hospital\" is not one of ics, place, pcn, practice, trust, commissioner, "
                       "council, voluntary",
                       "orgs.csv:5:4: unknown parent code \"ZZZ\"",
                       "orgs.csv:6:4: organisation is its own parent",
                   }));
  }
  EXPECT_TRUE(store->organisations().empty());
}

TEST(OrganisationsImport, NamesTheMissingColumn) {
  try {
    read_organisations_csv(parse_csv("code,name,type\nRX1,NUH,trust\n", "o.csv"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "o.csv:1: missing column \"parent_code\"");
  }
}

}  // namespace
}  // namespace ics
