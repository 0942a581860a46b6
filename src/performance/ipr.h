#pragma once
// The integrated performance report (IPR): for chosen organisations and a month, every metric's latest
// value against its standard with Making Data Count SPC, and the board's roll-up by service area.
// A pure function of the catalogue and the observations: no store, no I/O.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/metric.h"
#include "domain/observation.h"
#include "spc/spc.h"

namespace ics::performance {

// Delivery RAG thresholds on "% Achieved" (the share of KPIs meeting their standard), as boards
// commonly set them: green from three quarters met, amber from half, red below half.
inline constexpr double kDeliveryGreenFrom = 0.75;
inline constexpr double kDeliveryAmberFrom = 0.50;

enum class DeliveryRag { Green, Amber, Red };
std::string_view letter(DeliveryRag rag);  // "G" | "A" | "R"

struct IprRequest {
  std::vector<std::string> orgs;  // ODS codes, in the order the report lists them
  Month month;                    // the report month
};

// One month of a line's series with its SPC result, ready to draw.
struct IprPoint {
  Month month;
  double value = 0;
  double mean = 0, lpl = 0, upl = 0;  // NaN where SPC leaves them undefined
  spc::SpecialCause special_cause = spc::SpecialCause::CommonCause;
  spc::PointType point_type = spc::PointType::CommonCause;
};

// One organisation's (or the selected organisations' combined) position on one metric.
struct IprLine {
  std::string org_code;                // ODS code; empty for the combined line
  bool combined = false;               // sum of the selected organisations
  bool headline = false;               // counted in the roll-up (combined where present, else each organisation)
  Month month;                         // month of the latest value: the report month, or the last earlier one
  bool stale = false;                  // month is before the report month
  double value = 0;                    // the latest value, in the metric's unit
  std::optional<double> standard;      // copied from the metric, the SPC target
  std::optional<bool> met;             // meets_standard(metric, value); nullopt without a standard or direction
  spc::PointType variation = spc::PointType::CommonCause;
  spc::Assurance assurance = spc::Assurance::None;
  std::vector<IprPoint> points;        // the series up to and including month, oldest first
  std::vector<std::string> warnings;   // from SPC, e.g. trial limits
};

struct IprMetric {
  Metric metric;
  std::vector<IprLine> lines;  // organisations in request order, then the combined line if any
};

// A row of the board's table: Service Area | No. KPIs | % Achieved | Delivery RAG.
struct ServiceAreaRollup {
  std::string service_area;
  int kpis = 0;                             // headline lines whose "met" is known (a standard, a direction, a value)
  int achieved = 0;                         // of those, the ones meeting the standard
  std::optional<double> percent_achieved;   // achieved / kpis as a proportion; nullopt when kpis == 0
  std::optional<DeliveryRag> rag;           // nullopt when kpis == 0
};

struct Ipr {
  Month month;
  std::vector<std::string> orgs;
  std::vector<IprMetric> metrics;          // catalogue order; only metrics with data for the selection
  std::vector<ServiceAreaRollup> rollup;   // service areas in catalogue order of first appearance
};

// Builds the report. Observations may be in any order and may include other organisations, metrics and
// later months; they are filtered here. A metric appears when at least one selected organisation has an
// observation of it on or before the report month. With two or more organisations and additive data
// (every selected observation has numerator and denominator, or the unit is a count) a combined line
// sums them, over the months every selected organisation reports.
Ipr build_ipr(const std::vector<Metric>& catalogue, const std::vector<Observation>& observations,
              const IprRequest& request);

// The RAG for a share of KPIs achieved, by the thresholds above.
DeliveryRag delivery_rag(double percent_achieved);

}  // namespace ics::performance
