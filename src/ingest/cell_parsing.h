#pragma once
// Reading the cells the assurance feeds share: names of enums in any case, and committees named by
// code or name; and reporting their problems in file order.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.h"
#include "domain/committee.h"
#include "domain/enum_names.h"

namespace ics::ingest {

// text with ASCII letters lower-cased.
std::string lowercase(std::string_view text);

// The enum a cell names, in any case ("In Progress" -> in progress); nullopt if none.
template <class E>
std::optional<E> parse_enum_any_case(std::string_view text) {
  return parse_enum<E>(lowercase(text));
}

// The committee a cell names: its code (exact, then in any case) or its name (in any case); nullptr
// if none does. Points into `committees`.
const Committee* find_committee(const std::vector<Committee>& committees, std::string_view code_or_name);

// Throws every problem collected, ordered by line then column (rules checked on whole records are
// found after the rows they belong to); nothing if there are none.
void throw_in_file_order(const ProblemList& problems);

}  // namespace ics::ingest
