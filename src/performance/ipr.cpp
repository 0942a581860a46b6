#include "performance/ipr.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace ics::performance {
namespace {

// month index -> observation, for one (metric, organisation).
using Series = std::map<int, const Observation*>;
// metric id -> organisation -> series, holding only the selected organisations up to the report month.
using SeriesIndex = std::map<std::string, std::map<std::string, Series>>;

SeriesIndex index_observations(const std::vector<Observation>& observations, const std::set<std::string>& orgs,
                               Month last) {
  SeriesIndex index;
  for (const auto& o : observations) {
    if (o.month > last || !orgs.contains(o.org_code)) continue;
    index[o.metric_id][o.org_code][o.month.index()] = &o;
  }
  return index;
}

std::vector<std::string> unique_in_order(const std::vector<std::string>& codes) {
  std::vector<std::string> out;
  for (const auto& c : codes)
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  return out;
}

IprLine make_line(const Metric& metric, const std::vector<std::pair<Month, double>>& series, Month report_month) {
  std::vector<int32_t> dates;
  std::vector<double> values;
  dates.reserve(series.size());
  values.reserve(series.size());
  for (const auto& [month, value] : series) {
    dates.push_back(month.first_day().days);
    values.push_back(value);
  }
  spc::Options options;
  options.improvement = metric.improvement;
  options.target = metric.standard;
  const spc::SeriesResult spc = spc::analyse(dates, values, options);

  IprLine line;
  line.points.reserve(series.size());
  for (size_t i = 0; i < series.size(); ++i) {
    line.points.push_back(IprPoint{series[i].first, series[i].second, spc.mean[i], spc.lpl[i], spc.upl[i],
                                   spc.special_cause[i], spc.point_type[i]});
  }
  line.month = series.back().first;
  line.stale = line.month < report_month;
  line.value = series.back().second;
  line.standard = metric.standard;
  line.met = meets_standard(metric, line.value);
  line.variation = spc.variation;
  line.assurance = spc.assurance;
  line.warnings = spc.warnings;
  return line;
}

// Rates are often numerator/denominator scaled (per 1,000 or per 100,000); a combined rate must use the
// same scale, which the observations themselves show. The nearest power of ten absorbs rounding in values.
double value_scale(const std::map<std::string, Series>& by_org) {
  for (const auto& [org, series] : by_org) {
    for (const auto& [month, o] : series) {
      if (*o->numerator == 0 || *o->denominator == 0 || o->value == 0) continue;
      const double ratio = o->value / (*o->numerator / *o->denominator);
      if (!(ratio > 0) || !std::isfinite(ratio)) continue;
      return std::pow(10.0, std::round(std::log10(ratio)));
    }
  }
  return 1.0;
}

// The selected organisations summed, or nullopt when the data does not add up (rates without their
// numerator and denominator cannot be combined) or no month has every organisation reporting.
std::optional<IprLine> combined_line(const Metric& metric, const std::vector<std::string>& orgs,
                                     const std::map<std::string, Series>& by_org, Month report_month) {
  if (orgs.size() < 2 || by_org.size() != orgs.size()) return std::nullopt;
  const bool counts = metric.unit == MetricUnit::Count;
  if (!counts) {
    for (const auto& [org, series] : by_org)
      for (const auto& [month, o] : series)
        if (!o->numerator || !o->denominator) return std::nullopt;
  }
  const double scale = counts ? 1.0 : value_scale(by_org);

  std::vector<std::pair<Month, double>> combined;
  const Series& first = by_org.begin()->second;
  for (const auto& [month_index, first_obs] : first) {
    double value_sum = 0, numerator_sum = 0, denominator_sum = 0;
    bool everyone = true;
    for (const auto& [org, series] : by_org) {
      const auto it = series.find(month_index);
      if (it == series.end()) {
        everyone = false;
        break;
      }
      value_sum += it->second->value;
      if (!counts) {
        numerator_sum += *it->second->numerator;
        denominator_sum += *it->second->denominator;
      }
    }
    if (!everyone) continue;
    if (counts) {
      combined.emplace_back(first_obs->month, value_sum);
    } else if (denominator_sum != 0) {
      combined.emplace_back(first_obs->month, numerator_sum / denominator_sum * scale);
    }
  }
  if (combined.empty()) return std::nullopt;
  IprLine line = make_line(metric, combined, report_month);
  line.combined = true;
  return line;
}

ServiceAreaRollup& rollup_for(std::vector<ServiceAreaRollup>& rollup, const std::string& area) {
  for (auto& r : rollup)
    if (r.service_area == area) return r;
  ServiceAreaRollup row;
  row.service_area = area;
  rollup.push_back(row);
  return rollup.back();
}

}  // namespace

std::string_view letter(DeliveryRag rag) {
  switch (rag) {
    case DeliveryRag::Green: return "G";
    case DeliveryRag::Amber: return "A";
    case DeliveryRag::Red: return "R";
  }
  return "R";
}

DeliveryRag delivery_rag(double percent_achieved) {
  if (percent_achieved >= kDeliveryGreenFrom) return DeliveryRag::Green;
  if (percent_achieved >= kDeliveryAmberFrom) return DeliveryRag::Amber;
  return DeliveryRag::Red;
}

Ipr build_ipr(const std::vector<Metric>& catalogue, const std::vector<Observation>& observations,
              const IprRequest& request) {
  Ipr ipr;
  ipr.month = request.month;
  ipr.orgs = unique_in_order(request.orgs);
  const std::set<std::string> selected(ipr.orgs.begin(), ipr.orgs.end());
  const SeriesIndex index = index_observations(observations, selected, request.month);

  for (const Metric& metric : catalogue) {
    const auto found = index.find(metric.id);
    if (found == index.end()) continue;
    const auto& by_org = found->second;

    IprMetric entry{metric, {}};
    for (const auto& org : ipr.orgs) {
      const auto series = by_org.find(org);
      if (series == by_org.end() || series->second.empty()) continue;
      std::vector<std::pair<Month, double>> values;
      for (const auto& [month_index, o] : series->second) values.emplace_back(o->month, o->value);
      IprLine line = make_line(metric, values, request.month);
      line.org_code = org;
      entry.lines.push_back(std::move(line));
    }
    if (entry.lines.empty()) continue;
    if (auto combined = combined_line(metric, ipr.orgs, by_org, request.month)) {
      entry.lines.push_back(std::move(*combined));
      entry.lines.back().headline = true;
    } else {
      for (auto& line : entry.lines) line.headline = true;
    }
    ipr.metrics.push_back(std::move(entry));
  }

  for (const auto& m : ipr.metrics) {
    ServiceAreaRollup& row = rollup_for(ipr.rollup, m.metric.service_area);
    for (const auto& line : m.lines) {
      if (!line.headline || !line.met) continue;
      ++row.kpis;
      if (*line.met) ++row.achieved;
    }
  }
  for (auto& row : ipr.rollup) {
    if (row.kpis == 0) continue;
    row.percent_achieved = static_cast<double>(row.achieved) / row.kpis;
    row.rag = delivery_rag(*row.percent_achieved);
  }
  return ipr;
}

}  // namespace ics::performance
