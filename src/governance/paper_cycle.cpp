#include "governance/paper_cycle.h"

#include "core/working_days.h"

namespace ics::governance {

PaperCycleDates paper_cycle_dates(const PaperCycle& cycle, Date meeting_date) {
  return PaperCycleDates{
      .items_agreed_by = add_working_days(meeting_date, -cycle.items_agreed_before),
      .papers_out_by = add_working_days(meeting_date, -cycle.papers_out_before),
      .draft_minutes_by = add_working_days(meeting_date, cycle.draft_minutes_after),
  };
}

}  // namespace ics::governance
