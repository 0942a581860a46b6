#include "ingest/risks_csv.h"

#include <algorithm>
#include <map>
#include <optional>

#include "assurance/risk_scoring.h"
#include "core/errors.h"
#include "core/numbers.h"
#include "core/text.h"
#include "ingest/cell_parsing.h"
#include "ingest/ingest_common.h"
#include "store/store.h"

namespace ics {
namespace {

// "a; b;; c" -> {"a", "b", "c"}: items trimmed, empty ones dropped.
std::vector<std::string> split_list(const std::string& cell) {
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find(';', start);
    if (end == std::string::npos) end = cell.size();
    if (auto item = trim(std::string_view(cell).substr(start, end - start)); !item.empty())
      items.push_back(std::move(item));
    start = end + 1;
  }
  return items;
}

// One row's problems, remembering which cells already have one so that the checks on the merged risk
// (assurance::risk_errors) do not report a cell twice.
class CellProblems {
 public:
  CellProblems(ProblemList& list, const CsvTable& table, const CsvRow& row) : row_(list, table, row) {}
  void add(size_t column, std::string message) {
    bad_.push_back(column);
    row_.add(column, std::move(message));
  }
  bool bad(size_t column) const { return std::find(bad_.begin(), bad_.end(), column) != bad_.end(); }
  bool any() const { return row_.any(); }

 private:
  ingest::RowProblems row_;
  std::vector<size_t> bad_;
};

std::optional<Date> required_date(CellProblems& p, const std::string& cell, size_t column, const char* name) {
  const auto date = cell.size() == 10 ? parse_date(cell) : std::nullopt;
  if (!date) p.add(column, std::string(name) + " \"" + cell + "\" is not a date (YYYY-MM-DD)");
  return date;
}

std::optional<Date> optional_date(CellProblems& p, const std::string& cell, size_t column, const char* name) {
  if (cell.empty()) return std::nullopt;
  return required_date(p, cell, column, name);
}

// A likelihood or consequence must be a whole number; its range is risk_errors' to check. A cell that is
// not one reads as 0, so risk_errors finds that rating invalid (at the cell already reported) rather
// than comparing a made-up score with the others.
int whole_number(CellProblems& p, const std::string& cell, size_t column, const char* name) {
  const auto n = parse_integer(cell);
  if (!n) {
    p.add(column, std::string(name) + " \"" + cell + "\" is not a whole number from 1 to 5");
    return 0;
  }
  // Clamped so that a huge number fits an int and is still outside 1..5.
  return static_cast<int>(std::clamp<long long>(*n, -1, 99));
}

// "second line: Internal audit of the winter plan [ae_4hr]" -> {description, "second", "ae_4hr"}.
std::optional<AssuranceSource> parse_assurance(CellProblems& p, const std::string& item, size_t column,
                                               const std::set<std::string>& metric_ids) {
  AssuranceSource source;
  std::string text = item;
  for (const char* line : {"first", "second", "third"}) {
    const std::string prefix = std::string(line) + " line:";
    if (ingest::lowercase(text).starts_with(prefix)) {
      source.line = line;
      text = trim(std::string_view(text).substr(prefix.size()));
      break;
    }
  }
  if (!text.empty() && text.back() == ']') {
    const size_t open = text.rfind('[');
    if (open == std::string::npos) {
      p.add(column, "assurance \"" + item + "\" ends \"]\" without a \"[\" before the metric id");
      return std::nullopt;
    }
    source.metric_id = trim(std::string_view(text).substr(open + 1, text.size() - open - 2));
    text = trim(std::string_view(text).substr(0, open));
    if (!metric_ids.count(source.metric_id)) {
      p.add(column, "unknown metric id \"" + source.metric_id + "\" in assurance \"" + item + "\"");
      return std::nullopt;
    }
  }
  if (text.empty()) {
    p.add(column, "assurance \"" + item + "\" has no description");
    return std::nullopt;
  }
  source.description = std::move(text);
  return source;
}

// Adds or replaces the scoring on entry.date, keeping the history in date order.
void record_scoring(std::vector<RiskScoreEntry>& history, RiskScoreEntry entry) {
  auto at = std::lower_bound(history.begin(), history.end(), entry.date,
                             [](const RiskScoreEntry& e, Date d) { return e.date < d; });
  if (at != history.end() && at->date == entry.date) *at = std::move(entry);
  else history.insert(at, std::move(entry));
}

}  // namespace

std::vector<StrategicObjective> read_objectives_csv(const CsvTable& table,
                                                    const std::vector<StrategicObjective>& existing) {
  const auto columns = table.require_columns({"ref", "title", "description"});
  const size_t c_ref = columns[0];
  const size_t c_title = columns[1];
  const size_t c_description = columns[2];

  std::map<std::string, int64_t> stored_ids;
  for (const auto& o : existing) stored_ids[o.ref] = o.id;

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<StrategicObjective> out;
  for (const auto& row : table.rows) {
    ingest::RowProblems p(problems, table, row);
    StrategicObjective o;
    o.ref = trim(row.cells[c_ref]);
    o.title = trim(row.cells[c_title]);
    o.description = trim(row.cells[c_description]);
    if (o.ref.empty()) p.add(c_ref, "empty ref");
    else if (int first = seen.seen_before(o.ref, row.line))
      p.add(c_ref, "duplicate ref \"" + o.ref + "\" (first on line " + std::to_string(first) + ")");
    if (o.title.empty()) p.add(c_title, "empty title");
    if (auto it = stored_ids.find(o.ref); it != stored_ids.end()) o.id = it->second;
    if (!p.any()) out.push_back(std::move(o));
  }
  problems.throw_if_any();
  return out;
}

std::vector<Risk> read_risks_csv(const CsvTable& table, const RiskImportContext& context) {
  // Every missing column is named, not just the first.
  const auto columns = table.require_columns(
      {"ref", "title", "cause", "event", "effect", "category", "objective_ref", "owner", "org_code", "level",
       "confidential", "confidential_reason", "status", "opened_on", "initial_likelihood", "initial_consequence",
       "current_likelihood", "current_consequence", "assessed_on", "target_likelihood", "target_consequence",
       "target_date", "controls", "gaps_in_control", "assurances", "gaps_in_assurance", "review_date", "note"});
  const size_t c_ref = columns[0], c_title = columns[1], c_cause = columns[2], c_event = columns[3];
  const size_t c_effect = columns[4], c_category = columns[5], c_objective = columns[6], c_owner = columns[7];
  const size_t c_org = columns[8], c_level = columns[9], c_confidential = columns[10];
  const size_t c_confidential_reason = columns[11], c_status = columns[12], c_opened = columns[13];
  const size_t c_initial_l = columns[14], c_initial_c = columns[15], c_current_l = columns[16];
  const size_t c_current_c = columns[17], c_assessed = columns[18], c_target_l = columns[19];
  const size_t c_target_c = columns[20], c_target_date = columns[21], c_controls = columns[22];
  const size_t c_gaps_control = columns[23], c_assurances = columns[24], c_gaps_assurance = columns[25];
  const size_t c_review = columns[26], c_note = columns[27];

  std::map<std::string, const Risk*> stored;
  for (const auto& r : context.existing) stored[r.ref] = &r;
  std::map<std::string, int64_t> objective_ids;
  for (const auto& o : context.objectives) objective_ids[o.ref] = o.id;

  // The column where a field of assurance::risk_errors is reported: its namesake, the assessment date
  // for the order of the history, else the ref.
  auto column_of = [&](const std::string& field) {
    if (field.rfind("history-", 0) == 0 && field.ends_with("likelihood")) return c_current_l;
    if (field.rfind("history-", 0) == 0 && field.ends_with("consequence")) return c_current_c;
    if (field.rfind("history", 0) == 0) return c_assessed;
    if (auto c = table.column(field)) return *c;
    return c_ref;
  };

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<Risk> out;
  for (const auto& row : table.rows) {
    CellProblems p(problems, table, row);
    auto cell = [&row](size_t c) { return trim(row.cells[c]); };
    Risk r;
    r.ref = cell(c_ref);
    if (!r.ref.empty())
      if (int first = seen.seen_before(r.ref, row.line))
        p.add(c_ref, "duplicate ref \"" + r.ref + "\" (first on line " + std::to_string(first) + ")");
    r.title = cell(c_title);
    r.cause = cell(c_cause);
    r.event = cell(c_event);
    r.effect = cell(c_effect);
    r.category = cell(c_category);
    if (const auto objective_ref = cell(c_objective); !objective_ref.empty()) {
      if (auto it = objective_ids.find(objective_ref); it != objective_ids.end()) r.objective_id = it->second;
      else p.add(c_objective, "unknown objective \"" + objective_ref + "\"");
    }
    r.owner = cell(c_owner);
    r.org_code = cell(c_org);
    if (auto level = ingest::parse_enum_any_case<RiskLevel>(cell(c_level))) r.level = *level;
    else p.add(c_level, "level \"" + cell(c_level) + "\" is not one of " + enum_choices<RiskLevel>());
    if (const auto yes_no = ingest::lowercase(cell(c_confidential)); yes_no == "yes" || yes_no == "no")
      r.confidential = yes_no == "yes";
    else p.add(c_confidential, "confidential \"" + cell(c_confidential) + "\" is not yes or no");
    r.confidential_reason = cell(c_confidential_reason);
    if (auto status = ingest::parse_enum_any_case<RiskStatus>(cell(c_status))) r.status = *status;
    else p.add(c_status, "status \"" + cell(c_status) + "\" is not one of " + enum_choices<RiskStatus>());
    if (auto opened = required_date(p, cell(c_opened), c_opened, "opened_on")) r.opened_on = *opened;
    r.initial = {whole_number(p, cell(c_initial_l), c_initial_l, "initial_likelihood"),
                 whole_number(p, cell(c_initial_c), c_initial_c, "initial_consequence")};
    r.target = {whole_number(p, cell(c_target_l), c_target_l, "target_likelihood"),
                whole_number(p, cell(c_target_c), c_target_c, "target_consequence")};
    r.target_date = optional_date(p, cell(c_target_date), c_target_date, "target_date");
    r.controls = split_list(row.cells[c_controls]);
    r.gaps_in_control = cell(c_gaps_control);
    for (const auto& item : split_list(row.cells[c_assurances]))
      if (auto source = parse_assurance(p, item, c_assurances, context.metric_ids))
        r.assurances.push_back(std::move(*source));
    r.gaps_in_assurance = cell(c_gaps_assurance);
    r.review_date = optional_date(p, cell(c_review), c_review, "review_date");

    RiskScoreEntry scoring;
    scoring.rating = {whole_number(p, cell(c_current_l), c_current_l, "current_likelihood"),
                      whole_number(p, cell(c_current_c), c_current_c, "current_consequence")};
    scoring.note = cell(c_note);
    scoring.by = context.by;
    const auto assessed = required_date(p, cell(c_assessed), c_assessed, "assessed_on");
    if (assessed) scoring.date = *assessed;

    // Merge with the register: the stored id and earlier scorings stay; this one is added or replaces
    // the scoring on the same day.
    if (auto it = stored.find(r.ref); it != stored.end()) {
      r.id = it->second->id;
      r.history = it->second->history;
    }
    if (assessed) record_scoring(r.history, scoring);

    // Without a date the scoring is not recorded, but its rating is still checked.
    auto errors = assurance::risk_errors(r);
    if (!assessed)
      for (auto& error : assurance::rating_errors(scoring.rating, "current_")) errors.push_back(std::move(error));
    for (const auto& error : errors) {
      const size_t column = column_of(error.field);
      if (!p.bad(column)) p.add(column, error.message);
    }
    if (!p.any()) out.push_back(std::move(r));
  }
  // risk_errors' problems come after the row's cell problems; the user reads them in file order.
  ingest::throw_in_file_order(problems);
  return out;
}

namespace {

template <class Record>
RecordImportSummary summarise(const std::vector<Record>& records) {
  RecordImportSummary summary;
  for (const auto& r : records) ++(r.id == 0 ? summary.created : summary.updated);
  return summary;
}

}  // namespace

RecordImportSummary import_objectives_csv(const CsvTable& table, Store& store, const std::string& actor) {
  AssuranceStore& assurance = store.assurance();
  const auto objectives = read_objectives_csv(table, assurance.objectives());
  assurance.save_objectives(objectives, actor);
  return summarise(objectives);
}

RecordImportSummary import_risks_csv(const CsvTable& table, Store& store, const std::string& actor) {
  AssuranceStore& assurance = store.assurance();
  RiskImportContext context;
  context.existing = assurance.risks();
  context.objectives = assurance.objectives();
  context.metric_ids = ingest::metric_ids(store);
  context.by = actor;
  const auto risks = read_risks_csv(table, context);
  assurance.save_risks(risks, actor);
  return summarise(risks);
}

}  // namespace ics
