// analysis_json: the one place disclosure control is applied to the analysis; the CSV files are written
// from this same document (phm_output.cpp), so the two can never disagree about what is hidden.
//
// The document (counts are disclosed counts or null; money is integer pence; rates are per 100,000):
//   at, extract {start, end}, disclosure_control {suppressed_counts, rounded_to_nearest, note, money}, persons
//   segments {definitions [{key, label}], ics [cell], by_pcn [{pcn, place, segments [cell]}],
//             by_place [{place, segments [cell]}], by_age_sex [{age_band, sex, segments [cell]}]}
//     cell = {segment, persons, events {setting: n}, bed_days, cost_pence, cost_per_person_pence}
//   risk_model {outcome, trained_at, at, converged, iterations, training_persons, test_persons,
//               training_events, test_events, test_auc, coefficients [{feature, label, coefficient,
//               standard_error, odds_ratio, training_mean}], calibration [{decile, persons, mean_predicted,
//               observed_events, observed_rate}], tiers [{tier, label, persons, min_probability,
//               mean_probability}]}
//   inequalities {rows [{measure, dimension, group, events, population, rate, lower, upper}],
//                 slopes [{measure, sii, sii_lower, sii_upper, rii, rii_lower, rii_upper, core20_rate_ratio}]}
//   value_opportunities {rows [{pcn, place, setting, persons, observed, expected, ratio, lower, upper,
//                         funnel {lower95, upper95, lower998, upper998}, outside_998, cost_pence,
//                         benchmark_ratio, excess_events, opportunity_pence}],
//                        by_setting [{setting, benchmark_ratio, events, cost_pence, opportunity_pence,
//                                     rows_withheld}],
//                        total_opportunity_pence, rows_withheld}
//     (by_setting's cost and opportunity and the total are sums of the rows shown, never of hidden ones)
#include <cmath>

#include "phm/disclosure.h"
#include "phm/phm_output.h"

namespace ics::phm {

using nlohmann::json;

namespace {

json count_json(int64_t count) {
  const auto shown = disclosed_count(count);
  return shown ? json(*shown) : json(nullptr);
}

json count_json(double count) { return count_json(static_cast<int64_t>(std::llround(count))); }

// A derived figure: null when what it comes from is hidden, or when it is not a number.
json derived(double value, bool hidden = false) {
  return hidden || !std::isfinite(value) ? json(nullptr) : json(value);
}

json money(int64_t pence, bool hidden) { return hidden ? json(nullptr) : json(pence); }

std::string_view tier_key(RiskTier t) {
  switch (t) {
    case RiskTier::Top0_5: return "top_0_5";
    case RiskTier::Top2: return "top_2";
    case RiskTier::Top5: return "top_5";
    case RiskTier::Rest: return "rest";
  }
  return "rest";
}

json cell_json(Segment segment, const SegmentCell& cell) {
  const bool hidden = is_suppressed(cell.persons);
  json events = json::object();
  for (int s = 0; s < kSettingCount; ++s)
    events[std::string(enum_name(static_cast<Setting>(s)))] = count_json(cell.events[s]);
  json per_person = hidden || cell.persons == 0
                        ? json(nullptr)
                        : json(static_cast<int64_t>(std::llround(static_cast<double>(cell.cost_pence) / cell.persons)));
  return {{"segment", segment_key(segment)}, {"persons", count_json(cell.persons)},  {"events", std::move(events)},
          {"bed_days", count_json(cell.bed_days)}, {"cost_pence", money(cell.cost_pence, hidden)},
          {"cost_per_person_pence", std::move(per_person)}};
}

json segment_row_json(const std::array<SegmentCell, kSegmentCount>& row) {
  json cells = json::array();
  for (int s = 0; s < kSegmentCount; ++s) cells.push_back(cell_json(static_cast<Segment>(s), row[s]));
  return cells;
}

json segments_json(const Population& population, const SegmentSummary& summary) {
  const PopulationGeography& g = population.geography;
  json definitions = json::array();
  for (int s = 0; s < kSegmentCount; ++s)
    definitions.push_back(
        {{"key", segment_key(static_cast<Segment>(s))}, {"label", segment_label(static_cast<Segment>(s))}});
  json by_pcn = json::array(), by_place = json::array(), by_age_sex = json::array();
  for (size_t i = 0; i < summary.by_pcn.size(); ++i)
    by_pcn.push_back({{"pcn", g.pcn_codes[i]}, {"place", g.place_codes[g.pcn_place[i]]},
                      {"segments", segment_row_json(summary.by_pcn[i])}});
  for (size_t i = 0; i < summary.by_place.size(); ++i)
    by_place.push_back({{"place", g.place_codes[i]}, {"segments", segment_row_json(summary.by_place[i])}});
  for (int band = 0; band < kAgeBandCount; ++band)
    for (int sex = 0; sex < kSexCount; ++sex)
      by_age_sex.push_back({{"age_band", age_band_label(band)}, {"sex", enum_name(static_cast<Sex>(sex))},
                            {"segments", segment_row_json(summary.by_age_sex[band][sex])}});
  return {{"definitions", std::move(definitions)}, {"ics", segment_row_json(summary.ics)},
          {"by_pcn", std::move(by_pcn)}, {"by_place", std::move(by_place)}, {"by_age_sex", std::move(by_age_sex)}};
}

json risk_json(const RiskModelReport& risk) {
  json coefficients = json::array();
  for (size_t i = 0; i < risk.fit.coefficients.size() && i < size_t{kRiskFeatureCount}; ++i) {
    const double b = risk.fit.coefficients[i];
    const double se = i < risk.fit.standard_errors.size() ? risk.fit.standard_errors[i] : NAN;
    coefficients.push_back({{"feature", kRiskFeatureNames[i]}, {"label", kRiskFeatureLabels[i]},
                            {"coefficient", derived(b)}, {"standard_error", derived(se)},
                            {"odds_ratio", derived(std::exp(b))}, {"training_mean", derived(risk.feature_means[i])}});
  }
  json calibration = json::array();
  for (const CalibrationDecile& d : risk.test_calibration) {
    const bool rate_hidden = is_suppressed(d.observed_events) || is_suppressed(d.persons);
    calibration.push_back({{"decile", d.decile}, {"persons", count_json(d.persons)},
                           {"mean_predicted", derived(d.mean_predicted, is_suppressed(d.persons))},
                           {"observed_events", count_json(d.observed_events)},
                           {"observed_rate", derived(d.observed_rate, rate_hidden)}});
  }
  json tiers = json::array();
  for (int t = 0; t < 4; ++t) {
    const bool hidden = is_suppressed(risk.tier_persons[t]) || risk.tier_persons[t] == 0;
    tiers.push_back({{"tier", tier_key(static_cast<RiskTier>(t))}, {"label", risk_tier_label(static_cast<RiskTier>(t))},
                     {"persons", count_json(risk.tier_persons[t])},
                     {"min_probability", derived(risk.tier_min_probability[t], hidden)},
                     {"mean_probability", derived(risk.tier_mean_probability[t], hidden)}});
  }
  const bool auc_hidden = is_suppressed(risk.test_events) || is_suppressed(risk.test_persons - risk.test_events);
  return {{"outcome", "at least one emergency admission in the next 12 months"},
          {"trained_at", risk.trained_at.to_string()}, {"at", risk.at.to_string()},
          {"converged", risk.fit.converged}, {"iterations", risk.fit.iterations},
          {"training_persons", count_json(risk.training_persons)}, {"test_persons", count_json(risk.test_persons)},
          {"training_events", count_json(risk.training_events)}, {"test_events", count_json(risk.test_events)},
          {"test_auc", derived(risk.test_auc, auc_hidden)}, {"coefficients", std::move(coefficients)},
          {"calibration", std::move(calibration)}, {"tiers", std::move(tiers)}};
}

bool rate_hidden(const StandardisedRate& r) {
  return is_suppressed(std::llround(r.events)) || is_suppressed(std::llround(r.population)) || !r.valid;
}

json inequalities_json(const InequalityReport& report) {
  json rows = json::array();
  std::array<bool, kInequalityMeasureCount> decile_hidden{};  // any IMD group of the measure hidden
  std::array<bool, kInequalityMeasureCount> core20_hidden{};
  for (const InequalityRow& row : report.rows) {
    const bool hidden = rate_hidden(row.rate);
    const int m = static_cast<int>(row.measure);
    if (hidden && row.dimension == InequalityDimension::ImdQuintile) decile_hidden[m] = true;
    if (hidden && row.dimension == InequalityDimension::Core20) core20_hidden[m] = true;
    rows.push_back({{"measure", measure_key(row.measure)}, {"dimension", dimension_key(row.dimension)},
                    {"group", row.group}, {"events", count_json(row.rate.events)},
                    {"population", count_json(row.rate.population)}, {"rate", derived(row.rate.rate, hidden)},
                    {"lower", derived(row.rate.lower, hidden)}, {"upper", derived(row.rate.upper, hidden)}});
  }
  json slopes = json::array();
  for (const SlopeIndex& s : report.slopes) {
    const int m = static_cast<int>(s.measure);
    // The slope is fitted through every decile's rate, so it hides with any deprivation group it rests on.
    const bool hidden = decile_hidden[m];
    slopes.push_back({{"measure", measure_key(s.measure)}, {"sii", derived(s.sii, hidden)},
                      {"sii_lower", derived(s.sii_lower, hidden)}, {"sii_upper", derived(s.sii_upper, hidden)},
                      {"rii", derived(s.rii, hidden)}, {"rii_lower", derived(s.rii_lower, hidden)},
                      {"rii_upper", derived(s.rii_upper, hidden)},
                      {"core20_rate_ratio", derived(report.core20_rate_ratio[m], core20_hidden[m])}});
  }
  return {{"rows", std::move(rows)}, {"slopes", std::move(slopes)}};
}

json value_json(const Population& population, const ValueReport& report) {
  const PopulationGeography& g = population.geography;
  json rows = json::array();
  for (const OpportunityRow& r : report.rows) {
    const int64_t observed = std::llround(r.ratio.observed);
    const bool hidden = value_row_hidden(r);
    const bool outside = r.ratio.ratio > r.limits.upper998 || r.ratio.ratio < r.limits.lower998;
    rows.push_back({{"pcn", g.pcn_codes[r.pcn]}, {"place", g.place_codes[g.pcn_place[r.pcn]]},
                    {"setting", enum_name(r.setting)}, {"persons", count_json(r.persons)},
                    {"observed", count_json(observed)}, {"expected", derived(r.ratio.expected)},
                    {"ratio", derived(r.ratio.ratio, hidden)}, {"lower", derived(r.ratio.lower, hidden)},
                    {"upper", derived(r.ratio.upper, hidden)},
                    {"funnel", {{"lower95", derived(r.limits.lower95)}, {"upper95", derived(r.limits.upper95)},
                                {"lower998", derived(r.limits.lower998)}, {"upper998", derived(r.limits.upper998)}}},
                    {"outside_998", hidden ? json(nullptr) : json(outside)},
                    {"cost_pence", money(r.cost_pence, hidden)}, {"benchmark_ratio", derived(r.benchmark_ratio)},
                    {"excess_events", derived(r.excess_events, hidden)},
                    {"opportunity_pence", money(r.opportunity_pence, hidden)}});
  }
  // Event counts stay whole-ICS totals (rounding to 5 protects them); money is of the rows shown.
  const DisclosedValueTotals shown = disclosed_value_totals(report);
  json by_setting = json::array();
  for (const SettingOpportunity& setting : report.by_setting) {
    const auto s = static_cast<size_t>(setting.setting);
    by_setting.push_back({{"setting", enum_name(setting.setting)},
                          {"benchmark_ratio", derived(setting.benchmark_ratio)},
                          {"events", count_json(setting.events)},
                          {"cost_pence", shown.cost_pence[s]},
                          {"opportunity_pence", shown.opportunity_pence[s]},
                          {"rows_withheld", shown.rows_withheld[s]}});
  }
  return {{"rows", std::move(rows)}, {"by_setting", std::move(by_setting)},
          {"total_opportunity_pence", shown.total_opportunity_pence}, {"rows_withheld", shown.total_rows_withheld}};
}

}  // namespace

bool value_row_hidden(const OpportunityRow& row) {
  return is_suppressed(std::llround(row.ratio.observed)) || is_suppressed(row.persons);
}

DisclosedValueTotals disclosed_value_totals(const ValueReport& report) {
  DisclosedValueTotals totals;
  for (const OpportunityRow& row : report.rows) {
    const auto s = static_cast<size_t>(row.setting);
    if (value_row_hidden(row)) {
      ++totals.rows_withheld[s];
      ++totals.total_rows_withheld;
    } else {
      totals.cost_pence[s] += row.cost_pence;
      totals.opportunity_pence[s] += row.opportunity_pence;
      totals.total_opportunity_pence += row.opportunity_pence;
    }
  }
  return totals;
}

json analysis_json(const Population& population, const PhmAnalysis& analysis) {
  return {{"at", analysis.at.to_string()},
          {"extract", {{"start", population.extract_start.to_string()}, {"end", population.extract_end.to_string()}}},
          {"disclosure_control",
           {{"suppressed_counts", "1-" + std::to_string(kLargestSuppressedCount)},
            {"rounded_to_nearest", 5},
            {"note", "suppressed counts, and rates, ratios and costs derived from them, are null"},
            {"money", "integer pence"}}},
          {"persons", count_json(analysis.persons_in_population)},
          {"segments", segments_json(population, analysis.segments)},
          {"risk_model", risk_json(analysis.risk)},
          {"inequalities", inequalities_json(analysis.inequalities)},
          {"value_opportunities", value_json(population, analysis.value)}};
}

}  // namespace ics::phm
