#include "performance/ipr_query.h"

#include <algorithm>
#include <set>

#include "core/errors.h"
#include "performance/metric_catalogue.h"

namespace ics::performance {
namespace {
size_t position(const std::vector<std::string>& list, const std::string& item) {
  return static_cast<size_t>(std::find(list.begin(), list.end(), item) - list.begin());
}
}  // namespace

std::vector<Metric> in_board_order(std::vector<Metric> metrics) {
  const std::vector<std::string> areas = standard_service_areas();
  std::vector<std::string> ids;
  for (const auto& m : standard_metric_catalogue()) ids.push_back(m.id);
  std::stable_sort(metrics.begin(), metrics.end(), [&](const Metric& a, const Metric& b) {
    const size_t area_a = position(areas, a.service_area), area_b = position(areas, b.service_area);
    if (area_a != area_b) return area_a < area_b;
    return position(ids, a.id) < position(ids, b.id);
  });
  return metrics;
}

std::vector<std::string> organisations_with_data(Store& store) {
  std::set<std::string> with_data;
  for (const auto& o : store.observations(ObservationQuery{})) with_data.insert(o.org_code);
  std::vector<std::string> trusts, all(with_data.begin(), with_data.end());
  for (const auto& code : all) {
    const auto org = store.organisation(code);
    if (org && org->type == OrganisationType::Trust) trusts.push_back(code);
  }
  return trusts.empty() ? all : trusts;
}

std::optional<Month> latest_month_with_data(Store& store, const std::vector<std::string>& orgs) {
  ObservationQuery query;
  query.org_codes = orgs;
  std::optional<Month> latest;
  for (const auto& o : store.observations(query))
    if (!latest || o.month > *latest) latest = o.month;
  return latest;
}

std::vector<Month> months_with_data(Store& store, const std::vector<std::string>& orgs) {
  ObservationQuery query;
  query.org_codes = orgs;
  std::set<Month> months;
  for (const auto& o : store.observations(query)) months.insert(o.month);
  return {months.rbegin(), months.rend()};
}

void require_known_organisations(Store& store, const std::vector<std::string>& orgs) {
  ProblemList problems;
  for (const auto& code : orgs) {
    if (store.organisation(code)) continue;
    ObservationQuery query;
    query.org_codes = {code};
    if (store.count_observations(query) == 0) problems.add("", 0, 0, "unknown organisation \"" + code + "\"");
  }
  problems.throw_if_any();
}

Ipr load_ipr(Store& store, const IprRequest& request) {
  if (request.orgs.empty()) throw InputError("no organisations selected");
  ObservationQuery query;
  query.org_codes = request.orgs;
  query.to = request.month;
  const std::vector<Observation> observations = store.observations(query);

  require_known_organisations(store, request.orgs);
  const bool month_has_data = std::any_of(observations.begin(), observations.end(),
                                          [&](const Observation& o) { return o.month == request.month; });
  if (!month_has_data) {
    std::string codes;
    for (const auto& c : request.orgs) codes += (codes.empty() ? "" : ",") + c;
    throw InputError("no data for " + request.month.to_string() + " for " + codes);
  }
  return build_ipr(in_board_order(store.metrics()), observations, request);
}

std::map<std::string, std::string> organisation_names(Store& store) {
  std::map<std::string, std::string> names;
  for (const auto& org : store.organisations()) names[org.code] = org.name;
  return names;
}

std::vector<std::string> split_org_codes(const std::string& text) {
  std::vector<std::string> out;
  std::string item;
  auto flush = [&] {
    const auto b = item.find_first_not_of(" \t");
    const auto e = item.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
    item.clear();
  };
  for (char c : text) {
    if (c == ',') flush();
    else item += c;
  }
  flush();
  return out;
}

}  // namespace ics::performance
