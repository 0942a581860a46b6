// The value page on the hand-built analysis (phm_hand_built_analysis.h): its totals are of the rows it
// shows, and it says so whenever a row is hidden.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "phm_hand_built_analysis.h"
#include "web/phm_pages.h"
#include "web/phm_view.h"

namespace ics::web {
namespace {

std::shared_ptr<PhmPopulation> analysed(bool hide_the_small_row) {
  auto p = std::make_shared<PhmPopulation>();
  p->population = phm::testing::small_population();
  p->analysis = phm::testing::hand_built_analysis(p->population);
  p->today = p->analysis.at;
  if (!hide_the_small_row) p->analysis.value.rows[0].ratio.observed = 60;  // well above the suppression limit
  return p;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(PhmValuePage, TotalsLeaveOutTheHiddenRowAndSaySo) {
  const std::string body = phm_value_body(*analysed(true));
  // £13,200 shown, not the engine's £14,700 that includes PCN_A's hidden £1,500.
  EXPECT_TRUE(contains(body, "<strong class=\"phm-total-opportunity\">" + money_text(Pence{1'320'000}) + "</strong>"))
      << body.substr(0, 3000);
  EXPECT_FALSE(contains(body, money_text(Pence{1'470'000})));
  EXPECT_FALSE(contains(body, money_text(Pence{150'000})));
  EXPECT_TRUE(contains(body, "1 PCN row with small numbers, hidden below, is left out of them."));
}

TEST(PhmValuePage, NoNoteWhenEveryRowIsShown) {
  const std::string body = phm_value_body(*analysed(false));
  EXPECT_TRUE(contains(body, "<strong class=\"phm-total-opportunity\">" + money_text(Pence{1'470'000}) + "</strong>"));
  EXPECT_FALSE(contains(body, "phm-rows-withheld"));
}

}  // namespace
}  // namespace ics::web
