#pragma once
// Reading the delivery pages' and API's query strings the same way: which stocktake and filters the
// BRAG summary shows, and which window of the programmes' product schedule. Each reader returns the
// values or a message saying what was wrong (the page answers 400 with it, the API 400 JSON).
#include <httplib.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "assurance/brag.h"
#include "core/calendar.h"
#include "domain/deliverable.h"

namespace ics::web {

struct DeliverablesFilter {
  std::optional<PriorityType> type;      // ?type=national | integrating care | oversight | local
  std::optional<int64_t> group_id;       // ?group=ID, the overseeing committee
};

struct DeliverablesQuery {
  // The stocktake asked for, else the latest of `stocktakes`; absent when none is recorded and none asked for.
  std::optional<Month> stocktake;
  DeliverablesFilter filter;
  std::string error;  // "" when every value was good
};

// ?stocktake=YYYY-MM (one of `stocktakes`), ?type=, ?group=. Empty values mean "not given". A
// well-formed group id that is no committee simply matches nothing, as in the governance API.
DeliverablesQuery read_deliverables_query(const httplib::Request& req, const std::vector<Month>& stocktakes);

// The summary's rows that pass the filter, with its counts and movement totals worked out again for them.
assurance::BragSummary filter_summary(const assurance::BragSummary& summary, const DeliverablesFilter& filter);

// The rolling schedule's window: from..to inclusive.
struct ScheduleWindow {
  Date from, to;
  std::string error;  // "" when both dates were good
};

// ?from=YYYY-MM-DD&to=YYYY-MM-DD; each defaults to one month before `today` and three months after it.
// A date that is not a real date, or from after to, is an error.
ScheduleWindow read_schedule_window(const httplib::Request& req, Date today);

// The same day `months` calendar months later (earlier when negative), on the month's last day when it
// is shorter: 31 May 2026 + 1 -> 30 June 2026.
Date add_months(Date date, int months);

}  // namespace ics::web
