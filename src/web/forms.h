#pragma once
// NHS.UK design-system form controls that show a field's error beside it, the error summary at the
// top of a page, and reading submitted values. Every value is escaped here; labels are plain text.
// Works without JavaScript: plain <form method="post"> with a hidden csrf_token (web/auth.h).
#include <httplib.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/calendar.h"
#include "core/field_errors.h"

namespace ics::web {

// The message for a field, or nullptr.
const FieldError* find_error(const FieldErrors& errors, const std::string& field);

// "There is a problem" box linking to each field (href="#field"); "" when there are no errors.
std::string error_summary(const FieldErrors& errors);

struct Choice {
  std::string value;
  std::string label;
};

// Each control renders nhsuk-form-group (with --error and the nhsuk-error-message when `errors` has the
// field), a label, an optional hint, and the input with id = name = field.
std::string text_input(const std::string& field, const std::string& label, const std::string& value,
                       const FieldErrors& errors, const std::string& hint = "", const std::string& type = "text");
std::string textarea(const std::string& field, const std::string& label, const std::string& value,
                     const FieldErrors& errors, const std::string& hint = "", int rows = 4);
std::string select(const std::string& field, const std::string& label, const std::vector<Choice>& choices,
                   const std::string& selected, const FieldErrors& errors, const std::string& hint = "");
// A single checkbox (value "yes").
std::string checkbox(const std::string& field, const std::string& label, bool checked, const FieldErrors& errors,
                     const std::string& hint = "");
// type="date" input (YYYY-MM-DD), which browsers without date support still accept as text.
std::string date_input(const std::string& field, const std::string& label, const std::optional<Date>& value,
                       const FieldErrors& errors, const std::string& hint = "");
std::string submit_button(const std::string& label);

// The submitted value of a form field (url-encoded or multipart), trimmed; "" when absent.
std::string form_value(const httplib::Request& req, const std::string& field);
bool form_checked(const httplib::Request& req, const std::string& field);  // "yes"/"on"/"true"

// Readers that add a FieldError (with a message a user can act on) when the text is present but bad,
// or absent but required, and return nullopt then.
std::optional<Date> read_date(const httplib::Request& req, const std::string& field, const std::string& label,
                              bool required, FieldErrors& errors);
std::optional<long long> read_integer(const httplib::Request& req, const std::string& field, const std::string& label,
                                      bool required, FieldErrors& errors);
std::string read_text(const httplib::Request& req, const std::string& field, const std::string& label, bool required,
                      FieldErrors& errors);

}  // namespace ics::web
