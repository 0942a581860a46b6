#pragma once
// One month's value of one metric for one organisation, as a KPI return reports it.
#include <optional>
#include <string>

#include "core/calendar.h"

namespace ics {

struct Observation {
  std::string metric_id;
  std::string org_code;
  Month month;
  std::optional<double> numerator;    // e.g. attendances seen within 4 hours
  std::optional<double> denominator;  // e.g. all attendances
  double value = 0;                   // in the metric's unit (a proportion for percent metrics)
};

}  // namespace ics
