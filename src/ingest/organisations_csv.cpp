#include "ingest/organisations_csv.h"

#include <set>

#include "core/errors.h"
#include "ingest/ingest_common.h"

namespace ics {

std::vector<Organisation> read_organisations_csv(const CsvTable& table, const std::vector<Organisation>& known) {
  // Every missing column is named, not just the first.
  const auto columns = table.require_columns({"code", "name", "type", "parent_code"});
  const size_t c_code = columns[0];
  const size_t c_name = columns[1];
  const size_t c_type = columns[2];
  const size_t c_parent = columns[3];

  std::set<std::string> codes;
  for (const auto& o : known) codes.insert(o.code);
  for (const auto& row : table.rows) codes.insert(row.cells[c_code]);

  ProblemList problems;
  ingest::DuplicateTracker seen(table.rows.size());
  std::vector<Organisation> out;
  for (const auto& row : table.rows) {
    ingest::RowProblems p(problems, table, row);
    Organisation o;
    o.code = row.cells[c_code];
    o.name = row.cells[c_name];
    o.parent_code = row.cells[c_parent];
    if (o.code.empty()) p.add(c_code, "empty org code");
    else if (int first = seen.seen_before(o.code, row.line))
      p.add(c_code, "duplicate org code \"" + o.code + "\" (first on line " + std::to_string(first) + ")");
    if (o.name.empty()) p.add(c_name, "empty name");
    if (auto type = parse_organisation_type(row.cells[c_type])) o.type = *type;
    else
      p.add(c_type, "type \"" + row.cells[c_type] +
                        "\" is not one of ics, place, pcn, practice, trust, commissioner, council, voluntary");
    if (!o.parent_code.empty() && o.parent_code == o.code) p.add(c_parent, "organisation is its own parent");
    else if (!o.parent_code.empty() && !codes.count(o.parent_code))
      p.add(c_parent, "unknown parent code \"" + o.parent_code + "\"");
    if (!p.any()) out.push_back(std::move(o));
  }
  problems.throw_if_any();
  return out;
}

size_t import_organisations_csv(const CsvTable& table, Store& store) {
  auto orgs = read_organisations_csv(table, store.organisations());
  store.upsert_organisations(orgs);
  return orgs.size();
}

}  // namespace ics
