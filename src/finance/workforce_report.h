#pragma once
// Workforce against plan in a month: substantive, bank and agency WTE and sickness and vacancy rates,
// by organisation and for the system (WTE summed; rates averaged weighted by substantive WTE, or plain
// average when WTE is missing).
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/finance.h"

namespace ics::finance {

struct WorkforceRow {
  std::string org_code;  // "" for the system
  WorkforceMeasure measure = WorkforceMeasure::SubstantiveWte;
  std::optional<double> plan, actual;
  std::optional<double> variance;  // actual - plan, when both are present
  // Whether the variance is adverse: over plan on bank, agency, sickness and vacancy; under plan on
  // substantive WTE.
  bool adverse = false;
};

// System rows first, by measure, then each organisation by code and measure.
std::vector<WorkforceRow> workforce_report(const std::vector<WorkforceEntry>& entries, Month month);

}  // namespace ics::finance
