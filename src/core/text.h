#pragma once
// Whitespace handling shared by forms, CSV readers and validation: spaces, tabs and line ends.
#include <string>
#include <string_view>

namespace ics {

// The text without leading and trailing spaces, tabs, CR and LF.
inline std::string trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(kSpace) - first + 1));
}

// True when the text is empty or only spaces, tabs, CR and LF.
inline bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace ics
