#include "ingest/deliverables_csv.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>

#include "assurance/brag.h"
#include "core/errors.h"
#include "ingest/cell_parsing.h"
#include "ingest/ingest_common.h"
#include "store/store.h"

namespace ics {
namespace {

struct Columns {
  size_t ref, type, description, group, plan_year, stocktake, brag, progress, superseded_by, superseded_from;
};

// The columns that describe the priority itself, which every row of a ref must repeat alike.
constexpr std::array<const char*, 6> kOwnColumnNames = {"type",      "description",   "overseeing_group",
                                                        "plan_year", "superseded_by", "superseded_from"};
std::array<size_t, 6> own_columns(const Columns& c) {
  return {c.type, c.description, c.group, c.plan_year, c.superseded_by, c.superseded_from};
}

// A ref's rows as read so far.
struct Draft {
  Priority priority;  // its own columns from the first good row, and the ratings the file gives
  int first_line = 0;
  std::array<std::string, 6> own_keys;  // what its first row's own columns mean, to compare later rows
  std::map<Month, int> rating_lines;    // the line each stocktake was rated on
  bool bad = false;                     // a row had a problem: reported already, not validated again
  bool own_columns_set = false;
};

std::optional<Brag> parse_brag(const std::string& cell) {
  const std::string text = ingest::lowercase(cell);
  if (text == "b" || text == "blue") return Brag::Blue;
  if (text == "r" || text == "red") return Brag::Red;
  if (text == "a" || text == "amber") return Brag::Amber;
  if (text == "g" || text == "green") return Brag::Green;
  return std::nullopt;
}

std::optional<Month> parse_stocktake(const std::string& cell) {
  return cell.size() == 7 ? parse_month(cell) : std::nullopt;
}

// "2024/25": a financial year, the second year following the first.
bool valid_plan_year(const std::string& text) {
  if (text.size() != 7 || text[4] != '/') return false;
  for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
    if (text[i] < '0' || text[i] > '9') return false;
  const int first = std::stoi(text.substr(0, 4));
  return std::stoi(text.substr(5, 2)) == (first + 1) % 100;
}

// The meaning of an own column's cell, so "POG" and "Performance Oversight Group" agree.
std::string own_key(size_t own_index, const std::string& cell, const Committee* committee) {
  switch (own_index) {
    case 0: return ingest::lowercase(cell);
    case 2: return committee ? std::string("#") + std::to_string(committee->id) : cell;
    case 5:
      if (auto m = parse_stocktake(cell)) return m->to_string();
      return cell;
    default: return cell;
  }
}

// The CSV column a field of priority_errors belongs to.
size_t column_of_field(const std::string& field, const Columns& c) {
  if (field == "description") return c.description;
  if (field == "overseeing_committee_id") return c.group;
  if (field == "superseded_by") return c.superseded_by;
  if (field == "superseded_from") return c.superseded_from;
  if (field.rfind("rating-", 0) == 0) return c.stocktake;
  return c.ref;
}

// The line a field error belongs on: a rating's own row when the file gave it, else the ref's first row.
int line_of_field(const std::string& field, const Draft& draft, const Priority& merged) {
  if (field.rfind("rating-", 0) == 0) {
    const size_t index = std::stoul(field.substr(7));
    if (index < merged.ratings.size()) {
      auto it = draft.rating_lines.find(merged.ratings[index].stocktake);
      if (it != draft.rating_lines.end()) return it->second;
    }
  }
  return draft.first_line;
}

// The file's own columns replace the stored ones; its ratings replace those at the same stocktake.
Priority merge(const Draft& draft, const Priority* stored) {
  Priority merged = draft.priority;
  if (!stored) return merged;
  merged.id = stored->id;
  merged.ratings = stored->ratings;
  for (const auto& rating : draft.priority.ratings) {
    auto same = std::find_if(merged.ratings.begin(), merged.ratings.end(),
                             [&](const StocktakeRating& r) { return r.stocktake == rating.stocktake; });
    if (same != merged.ratings.end()) *same = rating;
    else merged.ratings.push_back(rating);
  }
  std::stable_sort(merged.ratings.begin(), merged.ratings.end(),
                   [](const StocktakeRating& a, const StocktakeRating& b) { return a.stocktake < b.stocktake; });
  return merged;
}

}  // namespace

std::vector<Priority> read_deliverables_csv(const CsvTable& table, const std::vector<Priority>& existing,
                                            const std::vector<Committee>& committees) {
  // Every missing column is named, not just the first.
  const auto columns = table.require_columns({"ref", "type", "description", "overseeing_group", "plan_year",
                                              "stocktake", "brag", "progress", "superseded_by", "superseded_from"});
  const Columns c{columns[0], columns[1], columns[2], columns[3], columns[4],
                  columns[5], columns[6], columns[7], columns[8], columns[9]};
  const auto own = own_columns(c);

  std::unordered_map<std::string, const Priority*> stored;
  for (const auto& p : existing) stored.emplace(p.ref, &p);
  std::set<std::string> refs;
  for (const auto& p : existing) refs.insert(p.ref);
  for (const auto& row : table.rows) refs.insert(row.cells[c.ref]);

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<Draft> drafts;
  std::unordered_map<std::string, size_t> draft_of_ref;
  for (const auto& row : table.rows) {
    ingest::RowProblems p(problems, table, row);
    const std::string& ref = row.cells[c.ref];
    if (ref.empty()) {
      p.add(c.ref, "empty ref");
      continue;
    }

    Priority read;
    read.ref = ref;
    const std::string& type_text = row.cells[c.type];
    if (auto type = ingest::parse_enum_any_case<PriorityType>(type_text)) read.type = *type;
    else p.add(c.type, "type \"" + type_text + "\" is not one of " + enum_choices<PriorityType>());
    read.description = row.cells[c.description];
    const std::string& group_text = row.cells[c.group];
    const Committee* committee = ingest::find_committee(committees, group_text);
    if (committee) read.overseeing_committee_id = committee->id;
    else if (group_text.empty()) p.add(c.group, "empty overseeing group (give a committee's code or name)");
    else p.add(c.group, "unknown overseeing group \"" + group_text + "\" (give a committee's code or name)");
    read.plan_year = row.cells[c.plan_year];
    if (!read.plan_year.empty() && !valid_plan_year(read.plan_year))
      p.add(c.plan_year, "plan year \"" + read.plan_year + "\" is not a financial year like 2024/25");
    read.superseded_by = row.cells[c.superseded_by];
    if (!read.superseded_by.empty() && read.superseded_by != ref && !refs.count(read.superseded_by))
      p.add(c.superseded_by, "superseded_by \"" + read.superseded_by + "\" is not a priority in the file or the store");
    const std::string& from_text = row.cells[c.superseded_from];
    if (!from_text.empty()) {
      if (auto from = parse_stocktake(from_text)) read.superseded_from = *from;
      else p.add(c.superseded_from, "superseded_from \"" + from_text + "\" is not a month (YYYY-MM)");
    }

    StocktakeRating rating;
    const std::string& stocktake_text = row.cells[c.stocktake];
    const auto stocktake = parse_stocktake(stocktake_text);
    if (stocktake) rating.stocktake = *stocktake;
    else p.add(c.stocktake, "stocktake \"" + stocktake_text + "\" is not a month (YYYY-MM)");
    const std::string& brag_text = row.cells[c.brag];
    if (auto brag = parse_brag(brag_text)) rating.rating = *brag;
    else p.add(c.brag, "BRAG rating \"" + brag_text + "\" is not one of B, R, A, G");
    rating.progress = row.cells[c.progress];

    std::array<std::string, 6> keys;
    for (size_t i = 0; i < own.size(); ++i) keys[i] = own_key(i, row.cells[own[i]], committee);
    auto [slot, is_new] = draft_of_ref.emplace(ref, drafts.size());
    if (is_new) {
      drafts.push_back({});
      drafts.back().first_line = row.line;
      drafts.back().own_keys = keys;
    }
    Draft& draft = drafts[slot->second];
    if (!is_new) {
      for (size_t i = 0; i < own.size(); ++i)
        if (keys[i] != draft.own_keys[i])
          p.add(own[i], std::string(kOwnColumnNames[i]) + " \"" + row.cells[own[i]] + "\" disagrees with line " +
                            std::to_string(draft.first_line) + " for " + ref);
    }
    if (stocktake) {
      if (int first = seen.seen_before(ref + '\x1f' + stocktake->to_string(), row.line))
        p.add(c.stocktake, "duplicate rating for " + ref + " at stocktake " + stocktake->to_string() +
                               " (first on line " + std::to_string(first) + ")");
    }

    if (p.any()) {
      draft.bad = true;
      continue;
    }
    if (!draft.own_columns_set) {
      draft.priority = read;
      draft.own_columns_set = true;
    }
    draft.priority.ratings.push_back(rating);
    draft.rating_lines.emplace(rating.stocktake, row.line);
  }

  // Rules about the whole record (a rating after it was superseded, ...) apply once merged.
  std::vector<Priority> out;
  for (const auto& draft : drafts) {
    if (draft.bad) continue;
    auto it = stored.find(draft.priority.ref);
    Priority merged = merge(draft, it == stored.end() ? nullptr : it->second);
    for (const auto& error : assurance::priority_errors(merged))
      problems.add(table.source, line_of_field(error.field, draft, merged),
                   static_cast<int>(column_of_field(error.field, c)) + 1,
                   "priority " + merged.ref + ": " + error.message);
    out.push_back(std::move(merged));
  }
  ingest::throw_in_file_order(problems);
  return out;
}

RecordImportSummary import_deliverables_csv(const CsvTable& table, Store& store, const std::string& actor) {
  const auto priorities =
      read_deliverables_csv(table, store.assurance().priorities(), store.governance().committees());
  RecordImportSummary summary;
  for (const auto& p : priorities) ++(p.id == 0 ? summary.created : summary.updated);
  store.assurance().save_priorities(priorities, actor);
  return summary;
}

}  // namespace ics
