// The population extract reader: persons first (ids, geography, dates), then conditions and events
// checked against them (population_csv_activity.cpp), then checks that need the extract period, then
// grouping by person. Every problem is collected; columns are returned only when there are none.
#include "ingest/population_csv.h"

#include <algorithm>
#include <numeric>

#include "ingest/population_csv_parts.h"

namespace ics::ingest {
using namespace population_csv;

namespace {

constexpr std::array<std::string_view, 10> kPersonColumns = {
    "person_id", "birth_month", "sex", "ethnic_group", "lsoa", "imd_decile", "practice", "pcn", "place", "date_of_death"};
enum PersonColumn { kId, kBirth, kSex, kEthnic, kLsoa, kDecile, kPractice, kPcn, kPlace, kDeath };

constexpr uint32_t kUnset = UINT32_MAX;

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// One level of the geography (practices, PCNs, places or LSOAs): its codes in first-seen order, and the
// one parent (PCN, place, or IMD decile for an LSOA) each must always have, with the line that set it.
struct CodeLevel {
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> index;
  std::vector<std::string> codes;
  std::vector<uint32_t> parent;
  std::vector<int> parent_line;

  uint32_t add(std::string_view code) {
    const auto it = index.find(code);
    if (it != index.end()) return it->second;
    const auto i = static_cast<uint32_t>(codes.size());
    index.emplace(std::string(code), i);
    codes.emplace_back(code);
    parent.push_back(kUnset);
    parent_line.push_back(0);
    return i;
  }
  // Records code i's parent, or returns the line that gave it a different one (0 if consistent).
  int check_parent(uint32_t i, uint32_t p, int line) {
    if (parent[i] == kUnset) {
      parent[i] = p;
      parent_line[i] = line;
      return 0;
    }
    return parent[i] == p ? 0 : parent_line[i];
  }
  // Codes sorted, and for each old index its new one.
  std::vector<uint32_t> sort() {
    std::vector<uint32_t> order(codes.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return codes[a] < codes[b]; });
    std::vector<uint32_t> new_index(codes.size());
    std::vector<std::string> sorted(codes.size());
    std::vector<uint32_t> sorted_parent(codes.size());
    for (uint32_t n = 0; n < order.size(); ++n) {
      new_index[order[n]] = n;
      sorted[n] = std::move(codes[order[n]]);
      sorted_parent[n] = parent[order[n]];
    }
    codes = std::move(sorted);
    parent = std::move(sorted_parent);
    return new_index;
  }
};

bool is_code(std::string_view code) { return is_pseudonym(code); }  // the same alphabet and length

bool is_lsoa_code(std::string_view code) {
  if (code.size() != 9 || !code.starts_with("E01")) return false;
  return std::all_of(code.begin() + 3, code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct PersonsRead {
  Header header;
  std::vector<int> line;  // persons.csv line of each person
  CodeLevel practices, pcns, places, lsoas;
  std::unordered_map<std::string, uint32_t> by_nhs_digits;
  size_t pseudonymised = 0;
};

void read_persons(std::string_view text, const PopulationImportOptions& options, phm::PopulationColumns& c,
                  PersonIdIndex& index, PersonsRead& out, FileProblems& problems) {
  CsvLines lines(text);
  out.header = read_header(lines, kPersonColumns, problems);
  if (!out.header.ok) return;
  const Header& h = out.header;
  while (lines.next()) {
    const int line = lines.line();
    if (!row_is_usable(lines, h, problems, line)) continue;
    const auto cells = lines.cells();
    auto cell = [&](PersonColumn k) { return cells[h.position[k]]; };
    auto problem = [&](PersonColumn k, std::string message) { problems.add(line, h.column(k), std::move(message)); };

    std::string id(cell(kId));
    std::optional<std::string> nhs_digits;
    bool id_ok = true;
    if (auto digits = ten_digits_of(id)) {
      if (!options.pseudonymisation_key) {
        problem(kId, "person_id " + quoted(id) +
                         (has_nhs_check_digit(*digits) ? " looks like an NHS number"
                                                       : " is 10 digits, like an NHS number with a wrong check digit") +
                         ": refused (give a pseudonymisation key to replace such ids)");
        id_ok = false;
      } else {
        id = keyed_pseudonym(*options.pseudonymisation_key, *digits);
        nhs_digits = std::move(digits);
      }
    } else if (!is_pseudonym(id)) {
      problem(kId, "person_id " + quoted(id) + " is not a pseudonym of 1-16 characters A-Z a-z 0-9 _ -");
      id_ok = false;
    }

    int32_t birth = 0;
    const auto birth_cell = cell(kBirth);
    const auto month = birth_cell.size() == 7 ? parse_month(birth_cell) : std::nullopt;
    if (!month) problem(kBirth, "birth_month " + quoted(birth_cell) + " is not a month (YYYY-MM)");
    else if (month->year < 1900) problem(kBirth, "birth_month " + quoted(birth_cell) + " is before 1900");
    else birth = month->index();

    const auto sex = parse_enum<phm::Sex>(cell(kSex));
    if (!sex) problem(kSex, "sex " + quoted(cell(kSex)) + " is not F or M");
    const auto ethnic = parse_enum<phm::EthnicGroup>(cell(kEthnic));
    if (!ethnic)
      problem(kEthnic, "ethnic_group " + quoted(cell(kEthnic)) + " is not one of " + enum_choices<phm::EthnicGroup>());

    const auto decile = parse_whole(cell(kDecile), 10);
    if (!decile || *decile < 1) problem(kDecile, "imd_decile " + quoted(cell(kDecile)) + " is not a whole number from 1 to 10");
    uint32_t lsoa = 0;
    if (!is_lsoa_code(cell(kLsoa))) {
      problem(kLsoa, "lsoa " + quoted(cell(kLsoa)) + " is not an LSOA code (E01 and 6 digits)");
    } else {
      lsoa = out.lsoas.add(cell(kLsoa));
      if (decile && *decile >= 1)
        if (int first = out.lsoas.check_parent(lsoa, static_cast<uint32_t>(*decile), line))
          problem(kDecile, "LSOA " + quoted(cell(kLsoa)) + " has IMD decile " + std::to_string(out.lsoas.parent[lsoa]) +
                               " on line " + std::to_string(first) + ", not " + std::to_string(*decile));
    }

    // practice -> PCN -> place: each code valid, then each link the same as wherever it was first seen.
    std::array<uint32_t, 3> org{kUnset, kUnset, kUnset};
    const std::array<PersonColumn, 3> org_columns{kPractice, kPcn, kPlace};
    const std::array<CodeLevel*, 3> levels{&out.practices, &out.pcns, &out.places};
    for (int k = 0; k < 3; ++k) {
      const auto code = cell(org_columns[k]);
      if (!is_code(code))
        problem(org_columns[k], std::string(kPersonColumns[org_columns[k]]) + " " + quoted(code) +
                                    " is not an organisation code of 1-16 characters A-Z a-z 0-9 _ -");
      else if (k < 2 && levels[k]->codes.size() >= 65535 && !levels[k]->index.contains(code))
        problem(org_columns[k], std::string("more than 65,535 ") + (k == 0 ? "practices" : "PCNs") + " in one extract");
      else
        org[k] = levels[k]->add(code);
    }
    for (int k = 0; k < 2; ++k) {
      if (org[k] == kUnset || org[k + 1] == kUnset) continue;
      if (int first = levels[k]->check_parent(org[k], org[k + 1], line))
        problem(org_columns[k + 1], std::string(k == 0 ? "practice " : "PCN ") + quoted(levels[k]->codes[org[k]]) +
                                        " is in " + (k == 0 ? "PCN " : "place ") +
                                        quoted(levels[k + 1]->codes[levels[k]->parent[org[k]]]) + " on line " +
                                        std::to_string(first) + ", not " + quoted(cell(org_columns[k + 1])));
    }

    phm::Day death = phm::kNoDay;
    const auto death_cell = cell(kDeath);
    if (!death_cell.empty()) {
      const auto d = parse_day(death_cell);
      if (!d) problem(kDeath, "date_of_death " + quoted(death_cell) + " is not empty or a date (YYYY-MM-DD)");
      else if (month && *d < month->first_day().days)
        problem(kDeath, "date_of_death " + quoted(death_cell) + " is before the month of birth (" + month->to_string() + ")");
      else death = *d;
    }

    if (!id_ok) continue;
    // A person with a good id is kept even when other cells are bad, so their conditions and events
    // are still checked (the import fails anyway).
    const auto person = static_cast<uint32_t>(c.birth_month.size());
    c.person_id.resize(c.person_id.size() + phm::kPersonIdWidth, '\0');
    std::copy(id.begin(), id.end(), c.person_id.end() - phm::kPersonIdWidth);
    if (auto earlier = index.insert(c.person_id.data(), person)) {
      problem(kId, "person_id " + quoted(cell(kId)) + " appears twice (first on line " +
                       std::to_string(out.line[*earlier]) + ")");
      c.person_id.resize(c.person_id.size() - phm::kPersonIdWidth);
      continue;
    }
    if (nhs_digits) {
      out.by_nhs_digits.emplace(std::move(*nhs_digits), person);
      ++out.pseudonymised;
    }
    out.line.push_back(line);
    c.birth_month.push_back(birth);
    c.sex.push_back(static_cast<uint8_t>(sex.value_or(phm::Sex::Female)));
    c.ethnic_group.push_back(static_cast<uint8_t>(ethnic.value_or(phm::EthnicGroup::NotKnown)));
    c.lsoa.push_back(lsoa);
    c.imd_decile.push_back(static_cast<uint8_t>(decile.value_or(1)));
    c.practice.push_back(static_cast<uint16_t>(org[0] == kUnset ? 0 : org[0]));
    c.death_day.push_back(death);
  }
  if (out.line.empty() && problems.total == 0) problems.add(0, 0, "no persons: the file has a header but no rows");
}

// Sorts each geography level's codes and renumbers the persons' columns and the links to match, so the
// snapshot does not depend on the order rows arrived in.
void build_geography(PersonsRead& read, phm::PopulationColumns& c) {
  const auto practice_new = read.practices.sort();
  const auto pcn_new = read.pcns.sort();
  const auto place_new = read.places.sort();
  const auto lsoa_new = read.lsoas.sort();
  for (auto& p : c.practice) p = static_cast<uint16_t>(practice_new[p]);
  for (auto& l : c.lsoa) l = lsoa_new[l];
  auto& g = c.geography;
  g.practice_codes = read.practices.codes;
  g.pcn_codes = read.pcns.codes;
  g.place_codes = read.places.codes;
  g.lsoa_codes = read.lsoas.codes;
  g.practice_pcn.clear();
  for (uint32_t p : read.practices.parent) g.practice_pcn.push_back(static_cast<uint16_t>(pcn_new[p]));
  g.pcn_place.clear();
  for (uint32_t p : read.pcns.parent) g.pcn_place.push_back(static_cast<uint16_t>(place_new[p]));
}

// Opens each file, collecting a problem for each that cannot be opened.
std::optional<MappedFile> open_file(const std::string& path, FileProblems& problems) {
  try {
    return std::optional<MappedFile>(std::in_place, path);
  } catch (const InputError& e) {
    for (const auto& p : e.problems()) problems.add(0, 0, p.message);
    return std::nullopt;
  }
}

// Every file's problems in file then line order, at most max; the last says how many more were found.
[[noreturn]] void throw_problems(std::vector<FileProblems*> files, size_t max) {
  std::vector<InputProblem> all;
  size_t total = 0;
  for (auto* f : files) {
    std::stable_sort(f->kept.begin(), f->kept.end(),
                     [](const InputProblem& a, const InputProblem& b) {
                       return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    total += f->total;
    for (auto& p : f->kept) all.push_back(std::move(p));
  }
  if (all.size() > max) all.resize(max);
  if (total > all.size())
    all.push_back({"", 0, 0,
                   "... and " + std::to_string(total - all.size()) + " more problems (listing stopped after " +
                       std::to_string(all.size()) + ")"});
  throw InputError(std::move(all));
}

size_t total_of(const std::vector<FileProblems*>& files) {
  size_t n = 0;
  for (auto* f : files) n += f->total;
  return n;
}

}  // namespace

bool looks_like_nhs_number(std::string_view id) {
  const auto digits = ten_digits_of(id);
  return digits && has_nhs_check_digit(*digits);
}

phm::PopulationColumns read_population_csv(const std::string& directory, const PopulationImportOptions& options,
                                           PopulationImportStats* stats) {
  if (options.extract_start && options.extract_end && *options.extract_start > *options.extract_end)
    throw InputError("the extract start " + options.extract_start->to_string() + " is after its end " +
                     options.extract_end->to_string());
  const std::string dir = directory.empty() || directory.back() == '/' ? directory : directory + "/";
  const size_t cap = std::max<size_t>(1, options.max_problems);
  FileProblems persons_problems{dir + "persons.csv", cap, 0, {}};
  FileProblems conditions_problems{dir + "conditions.csv", cap, 0, {}};
  FileProblems events_problems{dir + "events.csv", cap, 0, {}};
  std::vector<FileProblems*> files{&persons_problems, &conditions_problems, &events_problems};

  auto persons_file = open_file(persons_problems.source, persons_problems);
  auto conditions_file = open_file(conditions_problems.source, conditions_problems);
  auto events_file = open_file(events_problems.source, events_problems);
  if (total_of(files) > 0) throw_problems(files, cap);

  phm::PopulationColumns c;
  const std::string_view persons_text = persons_file->text();
  PersonIdIndex index(static_cast<size_t>(std::count(persons_text.begin(), persons_text.end(), '\n')) + 1);
  PersonsRead persons;
  read_persons(persons_text, options, c, index, persons, persons_problems);
  persons_file.reset();
  if (!persons.header.ok) throw_problems(files, cap);  // without persons nothing else can be checked

  const PersonTable table{c.person_id.data(), &index, &persons.by_nhs_digits,
                          options.pseudonymisation_key.has_value(), c.birth_month.data(), c.death_day.data()};
  ExtractBounds bounds;
  if (options.extract_start) bounds.start = options.extract_start->days;
  if (options.extract_end) bounds.end = options.extract_end->days;
  ConditionRows conditions = read_conditions(conditions_file->text(), table, conditions_problems);
  conditions_file.reset();
  auto parts = read_events(events_file->text(), table, bounds, std::max(1u, options.threads), events_problems.source,
                           cap, events_problems);
  events_file.reset();
  for (auto& part : parts) files.push_back(&part.problems);

  // The extract period: as given, else the whole months the events span.
  phm::Day min_day = phm::kNoDay, max_day = phm::kNoDay;
  for (const auto& part : parts) {
    if (part.min_day != phm::kNoDay && (min_day == phm::kNoDay || part.min_day < min_day)) min_day = part.min_day;
    if (part.max_day != phm::kNoDay && (max_day == phm::kNoDay || part.max_day > max_day)) max_day = part.max_day;
  }
  if (min_day == phm::kNoDay && (!bounds.start || !bounds.end)) {
    if (total_of(files) == 0)
      events_problems.add(0, 0, "no events, so the extract period is unknown: give the extract's start and end");
    throw_problems(files, cap);
  }
  c.extract_start = bounds.start ? Date{*bounds.start} : Month::of(Date{min_day}).first_day();
  c.extract_end = bounds.end ? Date{*bounds.end} : Date{Month::of(Date{max_day}).next().first_day().days - 1};
  if (c.extract_start > c.extract_end) {
    events_problems.add(0, 0, "the extract would start on " + c.extract_start.to_string() + ", after its end " +
                                  c.extract_end.to_string());
    throw_problems(files, cap);
  }

  // Checks that needed the extract's end.
  const std::string end_text = c.extract_end.to_string();
  const int end_month = Month::of(c.extract_end).index();
  const Header& ph = persons.header;
  for (size_t p = 0; p < c.birth_month.size(); ++p) {
    if (c.birth_month[p] > end_month)
      persons_problems.add(persons.line[p], ph.column(kBirth),
                           "birth_month " + Month{c.birth_month[p] / 12, c.birth_month[p] % 12 + 1}.to_string() +
                               " is after the extract's end (" + end_text + ")");
    if (c.death_day[p] != phm::kNoDay && c.death_day[p] > c.extract_end.days)
      persons_problems.add(persons.line[p], ph.column(kDeath),
                           "date_of_death " + Date{c.death_day[p]}.to_string() + " is after the extract's end (" +
                               end_text + ")");
  }
  for (size_t i = 0; i < conditions.diagnosed.size(); ++i)
    if (conditions.diagnosed[i] > c.extract_end.days)
      conditions_problems.add(conditions.line[i], conditions.header.column(2),
                              "diagnosed " + Date{conditions.diagnosed[i]}.to_string() +
                                  " is after the extract's end (" + end_text + ")");
  if (conditions.header.ok) group_conditions(conditions, c, conditions_problems);
  if (total_of(files) > 0) throw_problems(files, cap);

  group_events(parts, c);
  build_geography(persons, c);
  if (stats) stats->ids_pseudonymised = persons.pseudonymised;
  return c;
}

}  // namespace ics::ingest
