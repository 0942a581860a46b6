#include <gtest/gtest.h>

#include "assurance/programme_schedule.h"

namespace ics::assurance {
namespace {

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

ProgrammeProduct product(std::string name, Date planned, ProductPurpose purpose = ProductPurpose::Approval,
                         std::optional<ProductOutcome> outcome = std::nullopt, std::string detail = "") {
  ProgrammeProduct p;
  p.product = std::move(name);
  p.committee_id = 2;
  p.purpose = purpose;
  p.planned_date = planned;
  p.outcome = outcome;
  p.outcome_detail = std::move(detail);
  return p;
}

Programme programme(std::string ref, ProgrammeStatus status = ProgrammeStatus::InProgress,
                    std::vector<ProgrammeProduct> products = {}) {
  Programme p;
  p.ref = std::move(ref);
  p.name = "Urgent and emergency care";
  p.status = status;
  p.products = std::move(products);
  return p;
}

TEST(ProgrammeScheduleOffTrack, OnTrackProgrammeHasNoReasons) {
  const auto p = programme("P01", ProgrammeStatus::Accelerated,
                           {product("Outline business case", d(2026, 1, 14), ProductPurpose::Approval,
                                    ProductOutcome::Approved),
                            product("Full business case", d(2026, 4, 1))});
  EXPECT_TRUE(off_track_reasons(p, d(2026, 3, 3)).empty());
}

TEST(ProgrammeScheduleOffTrack, DelayedOrPausedStatusWithItsReason) {
  auto delayed = programme("P01", ProgrammeStatus::Delayed);
  delayed.status_reason = "Estates survey late";
  EXPECT_EQ(off_track_reasons(delayed, d(2026, 3, 3)),
            (std::vector<std::string>{"status: delayed - Estates survey late"}));
  auto paused = programme("P02", ProgrammeStatus::Paused);
  EXPECT_EQ(off_track_reasons(paused, d(2026, 3, 3)), (std::vector<std::string>{"status: paused"}));
  EXPECT_TRUE(off_track_reasons(programme("P03", ProgrammeStatus::New), d(2026, 3, 3)).empty());
}

TEST(ProgrammeScheduleOffTrack, DeferredAndRejectedProductsWithDatesInWords) {
  const auto p = programme(
      "P01", ProgrammeStatus::InProgress,
      {product("Capital bid", d(2026, 3, 3), ProductPurpose::Approval, ProductOutcome::Deferred,
               "Deferred to April: costs pending"),
       product("Workforce model", d(2026, 1, 21), ProductPurpose::Endorsement, ProductOutcome::Rejected)});
  EXPECT_EQ(off_track_reasons(p, d(2026, 3, 10)),
            (std::vector<std::string>{"Workforce model rejected at 21 January 2026",
                                      "Capital bid deferred at 3 March 2026: Deferred to April: costs pending"}));
}

TEST(ProgrammeScheduleOffTrack, OverdueOnlyAfterThePlannedDate) {
  const auto p = programme("P01", ProgrammeStatus::InProgress, {product("Evaluation", d(2026, 3, 3))});
  EXPECT_TRUE(off_track_reasons(p, d(2026, 3, 3)).empty());
  EXPECT_EQ(off_track_reasons(p, d(2026, 3, 4)),
            (std::vector<std::string>{"Evaluation was due at committee on 3 March 2026 with no outcome recorded"}));
}

TEST(ProgrammeScheduleOffTrack, ClosedProgrammeIsNeverOffTrack) {
  auto p = programme("P01", ProgrammeStatus::Closed,
                     {product("Closure report", d(2025, 6, 1)),
                      product("Benefits case", d(2025, 5, 1), ProductPurpose::Approval, ProductOutcome::Rejected)});
  p.status_reason = "Merged into P04";
  EXPECT_TRUE(off_track_reasons(p, d(2026, 3, 3)).empty());
}

TEST(ProgrammeScheduleExceptions, EveryOffTrackProgrammeByRef) {
  auto delayed = programme("P10", ProgrammeStatus::Delayed);
  delayed.status_reason = "Recruitment";
  const std::vector<Programme> ps{
      delayed,
      programme("P01"),  // on track
      programme("P2", ProgrammeStatus::InProgress, {product("Strategy", d(2026, 2, 1), ProductPurpose::Noting)}),
      programme("P03", ProgrammeStatus::Closed, {product("Old", d(2025, 1, 1))}),
  };
  const auto exceptions = programme_exceptions(ps, d(2026, 3, 3));
  ASSERT_EQ(exceptions.size(), 2u);
  EXPECT_EQ(exceptions[0].programme->ref, "P2");
  EXPECT_EQ(exceptions[0].reasons,
            (std::vector<std::string>{"Strategy was due at committee on 1 February 2026 with no outcome recorded"}));
  EXPECT_EQ(exceptions[1].programme, &ps[0]);
  EXPECT_EQ(exceptions[1].reasons, (std::vector<std::string>{"status: delayed - Recruitment"}));
}

TEST(ProgrammeScheduleProducts, WindowInclusiveOrderedByDateRefAndName) {
  const std::vector<Programme> ps{
      programme("P10", ProgrammeStatus::InProgress,
                {product("Zeta case", d(2026, 3, 1)), product("Before window", d(2026, 2, 28))}),
      programme("P2", ProgrammeStatus::InProgress,
                {product("Beta case", d(2026, 3, 31)), product("Alpha case", d(2026, 3, 31)),
                 product("Zeta case", d(2026, 3, 1), ProductPurpose::Noting, ProductOutcome::Noted),
                 product("After window", d(2026, 4, 1))}),
  };
  const auto schedule = product_schedule(ps, d(2026, 3, 1), d(2026, 3, 31), d(2026, 3, 15));
  std::vector<std::string> got;
  for (const auto& s : schedule) got.push_back(s.programme->ref + " " + s.product->product);
  EXPECT_EQ(got, (std::vector<std::string>{"P2 Zeta case", "P10 Zeta case", "P2 Alpha case", "P2 Beta case"}));
  EXPECT_FALSE(schedule[0].overdue);  // past, but has its outcome
  EXPECT_TRUE(schedule[1].overdue);   // past with no outcome
  EXPECT_FALSE(schedule[2].overdue);  // not yet due
}

TEST(ProgrammeScheduleProducts, OverdueStartsTheDayAfterThePlannedDate) {
  const std::vector<Programme> ps{programme("P01", ProgrammeStatus::InProgress, {product("Case", d(2026, 3, 3))})};
  EXPECT_FALSE(product_schedule(ps, d(2026, 1, 1), d(2026, 12, 31), d(2026, 3, 3))[0].overdue);
  EXPECT_TRUE(product_schedule(ps, d(2026, 1, 1), d(2026, 12, 31), d(2026, 3, 4))[0].overdue);
}

TEST(ProgrammeScheduleValidation, AValidProgrammeHasNoErrors) {
  auto p = programme("P01", ProgrammeStatus::InProgress,
                     {product("A", d(2026, 1, 1), ProductPurpose::Approval, ProductOutcome::Approved),
                      product("B", d(2026, 1, 1), ProductPurpose::Endorsement, ProductOutcome::Endorsed),
                      product("C", d(2026, 1, 1), ProductPurpose::Noting, ProductOutcome::Noted),
                      product("D", d(2026, 1, 1), ProductPurpose::Noting, ProductOutcome::Deferred),
                      product("E", d(2026, 1, 1), ProductPurpose::Endorsement, ProductOutcome::Rejected)});
  p.funding_pence = 0;
  EXPECT_TRUE(programme_errors(p).empty());
}

TEST(ProgrammeScheduleValidation, RequiredFieldsAndFunding) {
  Programme p;
  p.funding_pence = -1;
  ProgrammeProduct unnamed;
  p.products = {unnamed};
  EXPECT_EQ(programme_errors(p), (FieldErrors{{"ref", "Enter a reference, like P01"},
                                              {"name", "Enter the programme's name"},
                                              {"funding_m", "Funding must be £0m or more"},
                                              {"product-0-product", "Enter the product's name"},
                                              {"product-0-committee_id", "Choose the committee that receives it"},
                                              {"product-0-planned_date", "Enter the planned date"}}));
}

TEST(ProgrammeScheduleValidation, OutcomeMustFitPurpose) {
  const auto p = programme("P01", ProgrammeStatus::InProgress,
                           {product("A", d(2026, 1, 1), ProductPurpose::Approval, ProductOutcome::Endorsed),
                            product("B", d(2026, 1, 1), ProductPurpose::Endorsement, ProductOutcome::Approved),
                            product("C", d(2026, 1, 1), ProductPurpose::Noting, ProductOutcome::Rejected),
                            product("D", d(2026, 1, 1), ProductPurpose::Approval, ProductOutcome::Noted)});
  EXPECT_EQ(programme_errors(p),
            (FieldErrors{
                {"product-0-outcome",
                 "A product for approval cannot be endorsed: choose approved, deferred or rejected"},
                {"product-1-outcome",
                 "A product for endorsement cannot be approved: choose endorsed, deferred or rejected"},
                {"product-2-outcome", "A product for noting cannot be rejected: choose noted or deferred"},
                {"product-3-outcome",
                 "A product for approval cannot be noted: choose approved, deferred or rejected"}}));
}

}  // namespace
}  // namespace ics::assurance
