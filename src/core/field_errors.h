#pragma once
// Problems with named fields of a record, as forms show them beside the field and the API returns
// them ({"errors": {"field": "message"}}). Field names are the form's input names.
#include <string>
#include <vector>

namespace ics {

struct FieldError {
  std::string field;    // "due", "agenda-3-title"
  std::string message;  // "Enter a due date on or after the date raised"
  bool operator==(const FieldError&) const = default;
};
using FieldErrors = std::vector<FieldError>;

}  // namespace ics
