#pragma once
// The KPIs an ICS board tracks: NHS constitutional and Long Term Plan standards, shipped in code,
// and a reader for extending them from a CSV.
#include <string>
#include <vector>

#include "core/csv.h"
#include "domain/metric.h"

namespace ics {

// The standard catalogue, grouped by service area in board order (see standard_service_areas()).
// Percent standards are proportions (95% -> 0.95). Ids are stable keys used by importers and reports.
std::vector<Metric> standard_metric_catalogue();

// The service areas of an integrated performance report, in the order a board pack presents them.
std::vector<std::string> standard_service_areas();

// Reads metrics from a table with header id,name,service_area,unit,improvement,standard,source.
// standard may be empty; percent standards must lie in [0, 1]. Checks every cell and throws one
// InputError listing every problem as file:line:column (also duplicate ids, naming the first line).
std::vector<Metric> read_metric_catalogue_csv(const CsvTable& table);

}  // namespace ics
