#pragma once
// The secretariat's deadlines around a meeting, counted in working days.
#include "core/calendar.h"
#include "domain/committee.h"

namespace ics::governance {

struct PaperCycleDates {
  Date items_agreed_by;
  Date papers_out_by;
  Date draft_minutes_by;
};

PaperCycleDates paper_cycle_dates(const PaperCycle& cycle, Date meeting_date);

}  // namespace ics::governance
