#pragma once
// BRAG ratings of plan and MOU priorities at each stocktake, their movement since the last stocktake,
// and the board's summary table (Priority # | Description of priority | Overseeing Group | BRAG rating).
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/field_errors.h"
#include "domain/deliverable.h"

namespace ics::assurance {

// Order of delivery confidence: Red 0 < Amber 1 < Green 2 < Blue 3 (delivered).
int brag_rank(Brag rating);
// "Blue", "Red", "Amber", "Green"; and what each means ("Delivered", "Off track", "At risk", "On track").
std::string_view brag_word(Brag rating);
std::string_view brag_meaning(Brag rating);

enum class BragMovement { Improved, Deteriorated, Unchanged, New, Superseded };

// The rating recorded at exactly this stocktake; nullopt if none.
std::optional<StocktakeRating> rating_at(const Priority& priority, Month stocktake);

// Every stocktake any priority was rated at, oldest first, without repeats.
std::vector<Month> stocktakes(const std::vector<Priority>& priorities);

// One row of the board's table for a stocktake.
struct PriorityRow {
  const Priority* priority = nullptr;
  std::optional<StocktakeRating> current;   // at the stocktake (absent for a row shown as superseded)
  std::optional<StocktakeRating> previous;  // at the stocktake before it
  BragMovement movement = BragMovement::Unchanged;
};

struct BragSummary {
  Month stocktake;
  std::optional<Month> previous_stocktake;
  // Priorities rated at the stocktake, and those superseded from it (shown once, as superseded), ordered
  // by ref naturally (core/natural_order.h).
  std::vector<PriorityRow> rows;
  std::array<int, 4> counts{};  // rows by rating, indexed by brag_rank
  int improved = 0, deteriorated = 0;
};

// The summary at a stocktake; movement compares with the stocktake before it in `stocktakes(priorities)`:
// New when the priority had no rating then; Superseded when superseded_from == stocktake.
BragSummary brag_summary(const std::vector<Priority>& priorities, Month stocktake);

// Field errors for a priority before it is stored: ref, description and overseeing committee required;
// ratings in stocktake order with no stocktake twice; superseded_by names another ref and comes with
// superseded_from (and vice versa); no rating at or after superseded_from.
FieldErrors priority_errors(const Priority& priority);

}  // namespace ics::assurance
