#pragma once
// Orders references the way people read them: runs of digits compare as numbers, so "NO2.1" < "NO10.1"
// and "SR9" < "SR10"; other characters compare as bytes.
#include <string_view>

namespace ics {

bool natural_less(std::string_view a, std::string_view b);

}  // namespace ics
