#include "assurance/brag.h"

#include <algorithm>
#include <set>

#include "core/natural_order.h"
#include "core/text.h"

namespace ics::assurance {
namespace {

BragMovement movement_between(const std::optional<StocktakeRating>& previous, const StocktakeRating& current) {
  if (!previous) return BragMovement::New;
  const int before = brag_rank(previous->rating), now = brag_rank(current.rating);
  if (now > before) return BragMovement::Improved;
  if (now < before) return BragMovement::Deteriorated;
  return BragMovement::Unchanged;
}

std::string rating_field(size_t index) { return "rating-" + std::to_string(index) + "-stocktake"; }

}  // namespace

int brag_rank(Brag rating) {
  switch (rating) {
    case Brag::Red: return 0;
    case Brag::Amber: return 1;
    case Brag::Green: return 2;
    case Brag::Blue: return 3;
  }
  return 0;
}

std::string_view brag_word(Brag rating) {
  switch (rating) {
    case Brag::Blue: return "Blue";
    case Brag::Red: return "Red";
    case Brag::Amber: return "Amber";
    case Brag::Green: return "Green";
  }
  return {};
}

std::string_view brag_meaning(Brag rating) {
  switch (rating) {
    case Brag::Blue: return "Delivered";
    case Brag::Red: return "Off track";
    case Brag::Amber: return "At risk";
    case Brag::Green: return "On track";
  }
  return {};
}

std::optional<StocktakeRating> rating_at(const Priority& priority, Month stocktake) {
  for (const auto& r : priority.ratings)
    if (r.stocktake == stocktake) return r;
  return std::nullopt;
}

std::vector<Month> stocktakes(const std::vector<Priority>& priorities) {
  std::set<Month> months;
  for (const auto& p : priorities)
    for (const auto& r : p.ratings) months.insert(r.stocktake);
  return {months.begin(), months.end()};
}

BragSummary brag_summary(const std::vector<Priority>& priorities, Month stocktake) {
  BragSummary summary;
  summary.stocktake = stocktake;
  // The latest stocktake any priority was rated at before this one, so a priority that missed it
  // shows as new rather than compared with an older rating.
  for (const Month m : stocktakes(priorities))
    if (m < stocktake) summary.previous_stocktake = m;

  for (const auto& p : priorities) {
    PriorityRow row;
    row.priority = &p;
    if (summary.previous_stocktake) row.previous = rating_at(p, *summary.previous_stocktake);
    if (p.superseded_from && *p.superseded_from == stocktake) {
      row.movement = BragMovement::Superseded;
    } else if (auto current = rating_at(p, stocktake)) {
      row.movement = movement_between(row.previous, *current);
      row.current = std::move(current);
    } else {
      continue;
    }
    summary.rows.push_back(std::move(row));
  }
  std::stable_sort(summary.rows.begin(), summary.rows.end(), [](const PriorityRow& a, const PriorityRow& b) {
    return natural_less(a.priority->ref, b.priority->ref);
  });

  for (const auto& row : summary.rows) {
    if (row.current) ++summary.counts[static_cast<size_t>(brag_rank(row.current->rating))];
    if (row.movement == BragMovement::Improved) ++summary.improved;
    if (row.movement == BragMovement::Deteriorated) ++summary.deteriorated;
  }
  return summary;
}

FieldErrors priority_errors(const Priority& priority) {
  FieldErrors errors;
  if (is_blank(priority.ref)) errors.push_back({"ref", "Enter a reference, like NO4.4"});
  if (is_blank(priority.description)) errors.push_back({"description", "Enter a description of the priority"});
  if (priority.overseeing_committee_id <= 0)
    errors.push_back({"overseeing_committee_id", "Choose the overseeing group"});

  std::set<Month> rated;
  for (size_t i = 0; i < priority.ratings.size(); ++i) {
    const Month m = priority.ratings[i].stocktake;
    if (!rated.insert(m).second)
      errors.push_back({rating_field(i), "Stocktake " + m.long_label() + " is rated more than once"});
    else if (i > 0 && m < priority.ratings[i - 1].stocktake)
      errors.push_back({rating_field(i), "Ratings must be in stocktake order: " + m.long_label() + " comes after " +
                                             priority.ratings[i - 1].stocktake.long_label()});
  }

  const bool has_successor = !is_blank(priority.superseded_by);
  if (has_successor && priority.superseded_by == priority.ref)
    errors.push_back({"superseded_by", "A priority cannot be superseded by itself"});
  if (has_successor && !priority.superseded_from)
    errors.push_back({"superseded_from", "Enter the first stocktake it no longer appears in"});
  if (!has_successor && priority.superseded_from)
    errors.push_back({"superseded_by", "Enter the reference of the priority that supersedes it"});
  if (priority.superseded_from) {
    for (size_t i = 0; i < priority.ratings.size(); ++i) {
      const Month m = priority.ratings[i].stocktake;
      if (m >= *priority.superseded_from)
        errors.push_back({rating_field(i), "Rated at " + m.long_label() + ", when it was superseded from " +
                                               priority.superseded_from->long_label()});
    }
  }
  return errors;
}

}  // namespace ics::assurance
