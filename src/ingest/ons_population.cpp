#include "ingest/ons_population.h"

#include "core/csv.h"
#include "core/errors.h"
#include "core/numbers.h"
#include "ingest/cell_parsing.h"
#include "ingest/ingest_common.h"

namespace ics::ingest {

phm::AgeSexDistribution read_ons_population(const std::string& path, const std::string& area_code) {
  const CsvTable table = read_csv_file(path);
  const auto columns = table.require_columns({"sex", "Code", "age", "count"});
  const size_t c_sex = columns[0], c_code = columns[1], c_age = columns[2], c_count = columns[3];

  phm::AgeSexDistribution distribution;
  std::array<std::array<int, 91>, phm::kSexCount> line_of{};  // where each age-sex cell was given
  ProblemList problems;
  for (const auto& row : table.rows) {
    RowProblems p(problems, table, row);
    // Every row is checked, not just the area's: a damaged file should be noticed whoever reads it.
    const std::string sex_text = lowercase(row.cells[c_sex]);
    int sex = -1;
    if (sex_text == "females") sex = static_cast<int>(phm::Sex::Female);
    else if (sex_text == "males") sex = static_cast<int>(phm::Sex::Male);
    else p.add(c_sex, "sex \"" + row.cells[c_sex] + "\" is not females or males");

    const std::string& age_text = row.cells[c_age];
    int age = -1;
    if (age_text == "90+") age = 90;
    else if (auto n = parse_integer(age_text); n && *n >= 0 && *n <= 89) age = static_cast<int>(*n);
    else p.add(c_age, "age \"" + age_text + "\" is not 0 to 89 or 90+");

    const auto count = parse_integer(row.cells[c_count]);
    if (!count || *count < 0) p.add(c_count, "count \"" + row.cells[c_count] + "\" is not a whole number of persons");

    if (p.any() || row.cells[c_code] != area_code) continue;
    int& seen = line_of[sex][age];
    if (seen != 0) {
      p.add(c_age, "age " + age_text + " for " + sex_text + " repeats line " + std::to_string(seen));
      continue;
    }
    seen = row.line;
    distribution.persons[sex][age] = static_cast<double>(*count);
  }
  problems.throw_if_any();

  bool any = false;
  for (const auto& by_age : line_of)
    for (int line : by_age) any = any || line != 0;
  if (!any) throw InputError(InputProblem{path, 0, 0, "no rows for area " + area_code});
  for (int sex = 0; sex < phm::kSexCount; ++sex)
    for (int age = 0; age <= 90; ++age)
      if (line_of[sex][age] == 0)
        problems.add(path, 0, 0,
                     "area " + area_code + " has no row for " + (sex == 0 ? "females" : "males") + " aged " +
                         (age == 90 ? std::string("90+") : std::to_string(age)));
  problems.throw_if_any();
  return distribution;
}

}  // namespace ics::ingest
