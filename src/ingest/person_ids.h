#pragma once
// Person identifiers in a population extract: telling pseudonyms from NHS numbers, replacing NHS numbers
// by keyed pseudonyms, and finding a person's row by id fast enough for tens of millions of events.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ics::ingest {

// True for 1-16 characters of A-Z a-z 0-9 _ - (the extract's pseudonym alphabet).
bool is_pseudonym(std::string_view id);

// The 10 digits of an id made only of 10 digits and spaces or hyphens ("943 476 5919"), whatever its
// check digit; nullopt for anything else. Such ids are NHS numbers, or mistyped ones, and never pass as
// pseudonyms.
std::optional<std::string> ten_digits_of(std::string_view id);

// True when the 10 digits carry a valid NHS number modulus 11 check digit.
bool has_nhs_check_digit(std::string_view ten_digits);

// "K" + the first 15 hex digits (lower case) of HMAC-SHA256(key, ten_digits): 16 characters.
std::string keyed_pseudonym(std::string_view key, std::string_view ten_digits);

// Open-addressing table from an id (at most 16 characters) to its person's index, the ids themselves
// held in the persons' fixed-width id column (16 bytes each, NUL padded), so the table is 4 bytes a slot.
class PersonIdIndex {
 public:
  // Sized once for up to `capacity` persons; more are not supported.
  explicit PersonIdIndex(size_t capacity);
  // Records person `index`, whose id is at ids + index * 16; returns the earlier index with that id, if any.
  std::optional<uint32_t> insert(const char* ids, uint32_t index);
  // The index of the person with this id, or -1. Safe to call from several threads once filled.
  int64_t find(const char* ids, std::string_view id) const;

 private:
  std::vector<uint32_t> slots_;  // person index + 1; 0 = empty
  size_t mask_ = 0;
};

}  // namespace ics::ingest
