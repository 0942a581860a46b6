#include "ingest/cell_parsing.h"

#include <algorithm>
#include <cctype>

namespace ics::ingest {

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const Committee* find_committee(const std::vector<Committee>& committees, std::string_view code_or_name) {
  if (code_or_name.empty()) return nullptr;
  for (const auto& c : committees)
    if (c.code == code_or_name) return &c;
  // Codes first: a code is what references use, so it wins over a name that happens to match it.
  const std::string wanted = lowercase(code_or_name);
  for (const auto& c : committees)
    if (lowercase(c.code) == wanted) return &c;
  for (const auto& c : committees)
    if (lowercase(c.name) == wanted) return &c;
  return nullptr;
}

void throw_in_file_order(const ProblemList& problems) {
  try {
    problems.throw_if_any();
  } catch (const InputError& e) {
    auto ordered = e.problems();
    std::stable_sort(ordered.begin(), ordered.end(), [](const InputProblem& a, const InputProblem& b) {
      return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    throw InputError(std::move(ordered));
  }
}

}  // namespace ics::ingest
