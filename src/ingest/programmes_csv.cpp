#include "ingest/programmes_csv.h"

#include <algorithm>
#include <unordered_map>

#include "assurance/programme_schedule.h"
#include "core/errors.h"
#include "core/money.h"
#include "core/text.h"
#include "ingest/cell_parsing.h"
#include "ingest/ingest_common.h"
#include "store/store.h"

namespace ics {
namespace {

std::unordered_map<std::string, const Programme*> by_ref(const std::vector<Programme>& programmes) {
  std::unordered_map<std::string, const Programme*> map;
  for (const auto& p : programmes) map.emplace(p.ref, &p);
  return map;
}

// "product-3-outcome" -> {3, "outcome"}; nullopt for a field of the programme itself.
std::optional<std::pair<size_t, std::string>> product_field(const std::string& field) {
  if (field.rfind("product-", 0) != 0) return std::nullopt;
  const size_t dash = field.find('-', 8);
  if (dash == std::string::npos) return std::nullopt;
  return std::make_pair(static_cast<size_t>(std::stoul(field.substr(8, dash - 8))), field.substr(dash + 1));
}

}  // namespace

std::vector<Programme> read_programmes_csv(const CsvTable& table, const std::vector<Programme>& existing,
                                           const std::set<std::string>& metric_ids) {
  // Every missing column is named, not just the first.
  const auto columns = table.require_columns({"ref", "name", "pillar", "sro", "clinical_lead", "finance_lead",
                                              "status", "status_reason", "kpis", "funding_m"});
  const size_t c_ref = columns[0], c_name = columns[1], c_pillar = columns[2], c_sro = columns[3];
  const size_t c_clinical = columns[4], c_finance = columns[5], c_status = columns[6], c_reason = columns[7];
  const size_t c_kpis = columns[8], c_funding = columns[9];

  const auto stored = by_ref(existing);
  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<Programme> out;
  for (const auto& row : table.rows) {
    ingest::RowProblems p(problems, table, row);
    Programme programme;
    programme.ref = row.cells[c_ref];
    if (programme.ref.empty()) p.add(c_ref, "empty ref");
    else if (int first = seen.seen_before(programme.ref, row.line))
      p.add(c_ref, "duplicate programme ref \"" + programme.ref + "\" (first on line " + std::to_string(first) + ")");
    programme.name = row.cells[c_name];
    programme.pillar = row.cells[c_pillar];
    programme.sro = row.cells[c_sro];
    programme.clinical_lead = row.cells[c_clinical];
    programme.finance_lead = row.cells[c_finance];
    const std::string& status_text = row.cells[c_status];
    if (auto status = ingest::parse_enum_any_case<ProgrammeStatus>(status_text)) programme.status = *status;
    else p.add(c_status, "status \"" + status_text + "\" is not one of " + enum_choices<ProgrammeStatus>());
    programme.status_reason = row.cells[c_reason];

    size_t start = 0;
    const std::string& kpis = row.cells[c_kpis];
    while (start <= kpis.size()) {
      size_t end = kpis.find(';', start);
      if (end == std::string::npos) end = kpis.size();
      const std::string id = trim(std::string_view(kpis).substr(start, end - start));
      start = end + 1;
      if (id.empty()) continue;
      if (!metric_ids.count(id)) p.add(c_kpis, "unknown metric id \"" + id + "\"");
      else if (std::count(programme.metric_ids.begin(), programme.metric_ids.end(), id))
        p.add(c_kpis, "metric id \"" + id + "\" is listed twice");
      else programme.metric_ids.push_back(id);
    }

    const std::string& funding_text = row.cells[c_funding];
    if (!funding_text.empty()) {
      if (auto pence = parse_millions(funding_text)) programme.funding_pence = *pence;
      else p.add(c_funding, "funding \"" + funding_text + "\" is not an amount in £m like 12.40");
    }
    if (p.any()) continue;

    // An existing programme keeps its id and its product schedule.
    if (auto it = stored.find(programme.ref); it != stored.end()) {
      programme.id = it->second->id;
      programme.products = it->second->products;
    }
    for (const auto& error : assurance::programme_errors(programme)) {
      size_t column = c_ref;
      if (error.field == "name") column = c_name;
      else if (error.field == "funding_m") column = c_funding;
      p.add(column, "programme " + programme.ref + ": " + error.message);
    }
    if (!p.any()) out.push_back(std::move(programme));
  }
  problems.throw_if_any();
  return out;
}

std::vector<Programme> read_programme_products_csv(const CsvTable& table, const std::vector<Programme>& existing,
                                                   const std::vector<Committee>& committees) {
  // Every missing column is named, not just the first.
  const auto columns = table.require_columns({"programme_ref", "product", "details", "committee", "purpose",
                                              "planned_date", "outcome", "outcome_detail"});
  const size_t c_ref = columns[0], c_product = columns[1], c_details = columns[2], c_committee = columns[3];
  const size_t c_purpose = columns[4], c_planned = columns[5], c_outcome = columns[6], c_detail = columns[7];

  // The products a programme's rows give, with their lines.
  struct Draft {
    const Programme* stored = nullptr;
    int first_line = 0;
    std::vector<std::pair<ProgrammeProduct, int>> products;
    bool bad = false;  // a row had a problem: reported already, not validated again
  };
  const auto stored = by_ref(existing);
  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<Draft> drafts;
  std::unordered_map<std::string, size_t> draft_of_ref;
  for (const auto& row : table.rows) {
    ingest::RowProblems p(problems, table, row);
    const std::string& ref = row.cells[c_ref];
    const Programme* programme = nullptr;
    if (ref.empty()) p.add(c_ref, "empty programme ref");
    else if (auto it = stored.find(ref); it != stored.end()) programme = it->second;
    else p.add(c_ref, "unknown programme \"" + ref + "\" (import it with the programmes file first)");

    ProgrammeProduct product;
    product.product = row.cells[c_product];
    if (product.product.empty()) p.add(c_product, "empty product");
    else if (!ref.empty()) {
      if (int first = seen.seen_before(ref + '\x1f' + product.product, row.line))
        p.add(c_product, "duplicate product \"" + product.product + "\" for " + ref + " (first on line " +
                             std::to_string(first) + ")");
    }
    product.details = row.cells[c_details];
    const std::string& committee_text = row.cells[c_committee];
    if (const Committee* committee = ingest::find_committee(committees, committee_text))
      product.committee_id = committee->id;
    else if (committee_text.empty()) p.add(c_committee, "empty committee (give a committee's code or name)");
    else p.add(c_committee, "unknown committee \"" + committee_text + "\" (give a committee's code or name)");
    const std::string& purpose_text = row.cells[c_purpose];
    if (auto purpose = ingest::parse_enum_any_case<ProductPurpose>(purpose_text)) product.purpose = *purpose;
    else p.add(c_purpose, "purpose \"" + purpose_text + "\" is not one of " + enum_choices<ProductPurpose>());
    const std::string& planned_text = row.cells[c_planned];
    const auto planned = planned_text.size() == 10 ? parse_date(planned_text) : std::nullopt;
    if (planned) product.planned_date = *planned;
    else p.add(c_planned, "planned date \"" + planned_text + "\" is not a date (YYYY-MM-DD)");
    const std::string& outcome_text = row.cells[c_outcome];
    if (!outcome_text.empty()) {
      if (auto outcome = ingest::parse_enum_any_case<ProductOutcome>(outcome_text)) product.outcome = *outcome;
      else p.add(c_outcome, "outcome \"" + outcome_text + "\" is not one of " + enum_choices<ProductOutcome>());
    }
    product.outcome_detail = row.cells[c_detail];

    if (!programme) continue;
    auto [slot, is_new] = draft_of_ref.emplace(ref, drafts.size());
    if (is_new) drafts.push_back({programme, row.line, {}, false});
    Draft& draft = drafts[slot->second];
    if (p.any()) draft.bad = true;
    else draft.products.emplace_back(std::move(product), row.line);
  }

  // A product replaces the one of the same name; then the schedule is checked whole, by planned date.
  std::vector<Programme> out;
  for (const auto& draft : drafts) {
    if (draft.bad) continue;
    std::vector<std::pair<ProgrammeProduct, int>> merged;
    for (const auto& product : draft.stored->products) merged.emplace_back(product, 0);
    for (const auto& [product, line] : draft.products) {
      auto same = std::find_if(merged.begin(), merged.end(),
                               [&](const auto& m) { return m.first.product == product.product; });
      if (same != merged.end()) *same = {product, line};
      else merged.emplace_back(product, line);
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const auto& a, const auto& b) { return a.first.planned_date < b.first.planned_date; });
    Programme programme = *draft.stored;
    programme.products.clear();
    for (const auto& m : merged) programme.products.push_back(m.first);

    for (const auto& error : assurance::programme_errors(programme)) {
      int line = draft.first_line;
      size_t column = c_ref;
      if (auto field = product_field(error.field); field && field->first < merged.size()) {
        if (merged[field->first].second) line = merged[field->first].second;
        const std::string& name = field->second;
        if (name == "product") column = c_product;
        else if (name == "committee_id") column = c_committee;
        else if (name == "planned_date") column = c_planned;
        else if (name == "outcome") column = c_outcome;
      }
      problems.add(table.source, line, static_cast<int>(column) + 1,
                   "programme " + programme.ref + ": " + error.message);
    }
    out.push_back(std::move(programme));
  }
  ingest::throw_in_file_order(problems);
  return out;
}

RecordImportSummary import_programmes_csv(const CsvTable& table, Store& store, const std::string& actor) {
  const auto programmes = read_programmes_csv(table, store.assurance().programmes(), ingest::metric_ids(store));
  RecordImportSummary summary;
  for (const auto& p : programmes) ++(p.id == 0 ? summary.created : summary.updated);
  store.assurance().save_programmes(programmes, actor);
  return summary;
}

RecordImportSummary import_programme_products_csv(const CsvTable& table, Store& store, const std::string& actor) {
  const auto programmes =
      read_programme_products_csv(table, store.assurance().programmes(), store.governance().committees());
  RecordImportSummary summary;
  summary.updated = programmes.size();  // products only join programmes the store already holds
  store.assurance().save_programmes(programmes, actor);
  return summary;
}

}  // namespace ics
