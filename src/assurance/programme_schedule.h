#pragma once
// Transformation programmes: which are off track (for exception reports) and the rolling schedule of
// products going to committees.
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/field_errors.h"
#include "domain/programme.h"

namespace ics::assurance {

// Why a programme is off track on `today`, in plain words, empty when on track: its status is delayed
// or paused ("status: delayed - <status_reason>"); a product was deferred or rejected ("<product>
// deferred at <date>: <detail>"); a product's planned date has passed with no outcome ("<product> was
// due at committee on <date> with no outcome recorded"). Closed programmes are never off track.
std::vector<std::string> off_track_reasons(const Programme& programme, Date today);

struct ProgrammeException {
  const Programme* programme = nullptr;
  std::vector<std::string> reasons;
};
// Every off-track programme with its reasons, ordered by ref.
std::vector<ProgrammeException> programme_exceptions(const std::vector<Programme>& programmes, Date today);

struct ScheduledProduct {
  const Programme* programme = nullptr;
  const ProgrammeProduct* product = nullptr;
  bool overdue = false;  // planned date before today and no outcome
};
// The rolling schedule: products planned from..to inclusive, ordered by planned date then programme ref
// then product name.
std::vector<ScheduledProduct> product_schedule(const std::vector<Programme>& programmes, Date from, Date to,
                                               Date today);

// Field errors for a programme before it is stored: ref and name required; funding not negative;
// every product named with a committee and a planned date; an outcome that fits its purpose (approval
// -> approved/deferred/rejected; endorsement -> endorsed/deferred/rejected; noting -> noted/deferred).
FieldErrors programme_errors(const Programme& programme);

}  // namespace ics::assurance
