#include "assurance/programme_schedule.h"

#include <algorithm>
#include <tuple>

#include "core/natural_order.h"
#include "core/text.h"

namespace ics::assurance {
namespace {

// The years the working-day calendar knows; a date outside them is a typing slip.
bool plausible_date(Date d) { return d.year() >= 1971 && d.year() <= 2100; }

bool outcome_fits(ProductPurpose purpose, ProductOutcome outcome) {
  switch (outcome) {
    case ProductOutcome::Deferred: return true;
    case ProductOutcome::Rejected: return purpose != ProductPurpose::Noting;
    case ProductOutcome::Approved: return purpose == ProductPurpose::Approval;
    case ProductOutcome::Endorsed: return purpose == ProductPurpose::Endorsement;
    case ProductOutcome::Noted: return purpose == ProductPurpose::Noting;
  }
  return false;
}

std::string outcomes_for(ProductPurpose purpose) {
  switch (purpose) {
    case ProductPurpose::Approval: return "approved, deferred or rejected";
    case ProductPurpose::Endorsement: return "endorsed, deferred or rejected";
    case ProductPurpose::Noting: return "noted or deferred";
  }
  return {};
}

// Products by planned date then name, so reasons and schedules read in the order meetings happen.
std::vector<const ProgrammeProduct*> by_planned_date(const std::vector<ProgrammeProduct>& products) {
  std::vector<const ProgrammeProduct*> sorted;
  sorted.reserve(products.size());
  for (const auto& p : products) sorted.push_back(&p);
  std::stable_sort(sorted.begin(), sorted.end(), [](const ProgrammeProduct* a, const ProgrammeProduct* b) {
    return std::tie(a->planned_date, a->product) < std::tie(b->planned_date, b->product);
  });
  return sorted;
}

}  // namespace

std::vector<std::string> off_track_reasons(const Programme& programme, Date today) {
  std::vector<std::string> reasons;
  if (programme.status == ProgrammeStatus::Closed) return reasons;
  if (programme.status == ProgrammeStatus::Delayed || programme.status == ProgrammeStatus::Paused) {
    std::string reason("status: ");
    reason += enum_name(programme.status);
    if (!is_blank(programme.status_reason)) reason += " - " + programme.status_reason;
    reasons.push_back(std::move(reason));
  }
  for (const ProgrammeProduct* p : by_planned_date(programme.products)) {
    if (p->outcome == ProductOutcome::Deferred || p->outcome == ProductOutcome::Rejected) {
      std::string reason = p->product;
      reason += ' ';
      reason += enum_name(*p->outcome);
      reason += " at " + p->planned_date.long_label();
      if (!is_blank(p->outcome_detail)) reason += ": " + p->outcome_detail;
      reasons.push_back(std::move(reason));
    } else if (!p->outcome && p->planned_date < today) {
      reasons.push_back(p->product + " was due at committee on " + p->planned_date.long_label() +
                        " with no outcome recorded");
    }
  }
  return reasons;
}

std::vector<ProgrammeException> programme_exceptions(const std::vector<Programme>& programmes, Date today) {
  std::vector<ProgrammeException> exceptions;
  for (const auto& programme : programmes) {
    auto reasons = off_track_reasons(programme, today);
    if (!reasons.empty()) exceptions.push_back({&programme, std::move(reasons)});
  }
  std::stable_sort(exceptions.begin(), exceptions.end(), [](const ProgrammeException& a, const ProgrammeException& b) {
    return natural_less(a.programme->ref, b.programme->ref);
  });
  return exceptions;
}

std::vector<ScheduledProduct> product_schedule(const std::vector<Programme>& programmes, Date from, Date to,
                                               Date today) {
  std::vector<ScheduledProduct> schedule;
  for (const auto& programme : programmes)
    for (const auto& product : programme.products)
      if (product.planned_date >= from && product.planned_date <= to)
        schedule.push_back({&programme, &product, product.planned_date < today && !product.outcome});
  std::stable_sort(schedule.begin(), schedule.end(), [](const ScheduledProduct& a, const ScheduledProduct& b) {
    if (a.product->planned_date != b.product->planned_date) return a.product->planned_date < b.product->planned_date;
    if (a.programme->ref != b.programme->ref) return natural_less(a.programme->ref, b.programme->ref);
    return a.product->product < b.product->product;
  });
  return schedule;
}

FieldErrors programme_errors(const Programme& programme) {
  FieldErrors errors;
  if (is_blank(programme.ref)) errors.push_back({"ref", "Enter a reference, like P01"});
  if (is_blank(programme.name)) errors.push_back({"name", "Enter the programme's name"});
  if (programme.funding_pence < 0) errors.push_back({"funding_m", "Funding must be £0m or more"});
  for (size_t i = 0; i < programme.products.size(); ++i) {
    const ProgrammeProduct& p = programme.products[i];
    const std::string field = "product-" + std::to_string(i) + "-";
    if (is_blank(p.product)) errors.push_back({field + "product", "Enter the product's name"});
    if (p.committee_id <= 0) errors.push_back({field + "committee_id", "Choose the committee that receives it"});
    if (p.planned_date == Date{}) errors.push_back({field + "planned_date", "Enter the planned date"});
    else if (!plausible_date(p.planned_date))
      errors.push_back({field + "planned_date", "Date must be between 1971 and 2100"});
    if (p.outcome && !outcome_fits(p.purpose, *p.outcome)) {
      std::string message("A product for ");
      message += enum_name(p.purpose);
      message += " cannot be ";
      message += enum_name(*p.outcome);
      message += ": choose " + outcomes_for(p.purpose);
      errors.push_back({field + "outcome", std::move(message)});
    }
  }
  return errors;
}

}  // namespace ics::assurance
