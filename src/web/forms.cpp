#include "web/forms.h"

#include <cctype>
#include <charconv>

#include "core/text.h"
#include "report/html_escape.h"

namespace ics::web {
namespace {

using report::html_escape;

// The pieces every control shares: the group's class, the hint and error message, and the
// aria-describedby that ties them to the input so screen readers announce them.
struct Decoration {
  const FieldError* error = nullptr;
  std::string group_open;
  std::string hint_and_error;
  std::string described_by;  // ` aria-describedby="..."` or ""
};

Decoration decorate(const std::string& field, const std::string& hint, const FieldErrors& errors) {
  Decoration d;
  d.error = find_error(errors, field);
  const std::string id = html_escape(field);
  d.group_open = d.error ? "<div class=\"nhsuk-form-group nhsuk-form-group--error\">" : "<div class=\"nhsuk-form-group\">";
  std::string ids;
  if (!hint.empty()) {
    d.hint_and_error += "<div class=\"nhsuk-hint\" id=\"" + id + "-hint\">" + html_escape(hint) + "</div>";
    ids += id + "-hint";
  }
  if (d.error) {
    d.hint_and_error += "<span class=\"nhsuk-error-message\" id=\"" + id +
                        "-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> " +
                        html_escape(d.error->message) + "</span>";
    if (!ids.empty()) ids += ' ';
    ids += id + "-error";
  }
  if (!ids.empty()) d.described_by = " aria-describedby=\"" + ids + "\"";
  return d;
}

std::string label_for(const std::string& field, const std::string& label) {
  return "<label class=\"nhsuk-label\" for=\"" + html_escape(field) + "\">" + html_escape(label) + "</label>";
}

// "Meeting date" -> "meeting date" for "Enter meeting date"; acronyms ("ODS code") keep their case.
std::string in_sentence(const std::string& label) {
  std::string out = label;
  if (out.size() >= 2 && std::isupper(static_cast<unsigned char>(out[0])) &&
      !std::isupper(static_cast<unsigned char>(out[1])))
    out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

// The raw submitted value: url-encoded body or query string first, then multipart parts.
std::optional<std::string> raw_value(const httplib::Request& req, const std::string& field) {
  if (req.has_param(field)) return req.get_param_value(field);
  const auto part = req.files.find(field);
  if (part != req.files.end()) return part->second.content;
  return std::nullopt;
}

}  // namespace

const FieldError* find_error(const FieldErrors& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field == field) return &e;
  return nullptr;
}

std::string error_summary(const FieldErrors& errors) {
  if (errors.empty()) return "";
  std::string out =
      "<div class=\"nhsuk-error-summary\" data-module=\"nhsuk-error-summary\" aria-labelledby=\"error-summary-title\" "
      "role=\"alert\" tabindex=\"-1\"><h2 class=\"nhsuk-error-summary__title\" id=\"error-summary-title\">There is a "
      "problem</h2><div class=\"nhsuk-error-summary__body\"><ul class=\"nhsuk-list nhsuk-error-summary__list\">";
  for (const auto& e : errors)
    out += "<li><a href=\"#" + html_escape(e.field) + "\">" + html_escape(e.message) + "</a></li>";
  out += "</ul></div></div>";
  return out;
}

std::string text_input(const std::string& field, const std::string& label, const std::string& value,
                       const FieldErrors& errors, const std::string& hint, const std::string& type) {
  const Decoration d = decorate(field, hint, errors);
  const std::string id = html_escape(field);
  return d.group_open + label_for(field, label) + d.hint_and_error + "<input class=\"nhsuk-input" +
         (d.error ? " nhsuk-input--error" : "") + "\" id=\"" + id + "\" name=\"" + id + "\" type=\"" + html_escape(type) +
         "\" value=\"" + html_escape(value) + "\"" + d.described_by + "></div>";
}

std::string textarea(const std::string& field, const std::string& label, const std::string& value,
                     const FieldErrors& errors, const std::string& hint, int rows) {
  const Decoration d = decorate(field, hint, errors);
  const std::string id = html_escape(field);
  return d.group_open + label_for(field, label) + d.hint_and_error + "<textarea class=\"nhsuk-textarea" +
         (d.error ? " nhsuk-textarea--error" : "") + "\" id=\"" + id + "\" name=\"" + id + "\" rows=\"" +
         std::to_string(rows) + "\"" + d.described_by + ">" + html_escape(value) + "</textarea></div>";
}

std::string select(const std::string& field, const std::string& label, const std::vector<Choice>& choices,
                   const std::string& selected, const FieldErrors& errors, const std::string& hint) {
  const Decoration d = decorate(field, hint, errors);
  const std::string id = html_escape(field);
  std::string out = d.group_open + label_for(field, label) + d.hint_and_error + "<select class=\"nhsuk-select" +
                    (d.error ? " nhsuk-select--error" : "") + "\" id=\"" + id + "\" name=\"" + id + "\"" +
                    d.described_by + ">";
  for (const auto& c : choices)
    out += "<option value=\"" + html_escape(c.value) + "\"" + (c.value == selected ? " selected" : "") + ">" +
           html_escape(c.label) + "</option>";
  out += "</select></div>";
  return out;
}

std::string checkbox(const std::string& field, const std::string& label, bool checked, const FieldErrors& errors,
                     const std::string& hint) {
  const FieldError* error = find_error(errors, field);
  const std::string id = html_escape(field);
  std::string out = error ? "<div class=\"nhsuk-form-group nhsuk-form-group--error\">" : "<div class=\"nhsuk-form-group\">";
  if (error)
    out += "<span class=\"nhsuk-error-message\" id=\"" + id +
           "-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> " + html_escape(error->message) + "</span>";
  out += "<div class=\"nhsuk-checkboxes\" data-module=\"nhsuk-checkboxes\"><div class=\"nhsuk-checkboxes__item\">"
         "<input class=\"nhsuk-checkboxes__input\" id=\"" +
         id + "\" name=\"" + id + "\" type=\"checkbox\" value=\"yes\"" + (checked ? " checked" : "");
  if (!hint.empty()) out += " aria-describedby=\"" + id + "-hint\"";
  out += "><label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"" + id + "\">" + html_escape(label) + "</label>";
  if (!hint.empty())
    out += "<div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"" + id + "-hint\">" + html_escape(hint) + "</div>";
  out += "</div></div></div>";
  return out;
}

std::string date_input(const std::string& field, const std::string& label, const std::optional<Date>& value,
                       const FieldErrors& errors, const std::string& hint) {
  return text_input(field, label, value ? value->to_string() : "", errors, hint.empty() ? "For example, 2026-03-17" : hint,
                    "date");
}

std::string submit_button(const std::string& label) {
  return "<button class=\"nhsuk-button\" data-module=\"nhsuk-button\" type=\"submit\">" + html_escape(label) +
         "</button>";
}

std::string form_value(const httplib::Request& req, const std::string& field) {
  return trim(raw_value(req, field).value_or(""));
}

bool form_checked(const httplib::Request& req, const std::string& field) {
  const std::string v = form_value(req, field);
  return v == "yes" || v == "on" || v == "true";
}

std::optional<Date> read_date(const httplib::Request& req, const std::string& field, const std::string& label,
                              bool required, FieldErrors& errors) {
  const std::string text = form_value(req, field);
  if (text.empty()) {
    if (required) errors.push_back({field, "Enter " + in_sentence(label)});
    return std::nullopt;
  }
  // parse_date also takes "YYYY-MM"; a form's date must name the day.
  const auto date = text.size() == 10 ? parse_date(text) : std::nullopt;
  if (!date) {
    errors.push_back({field, label + " must be a real date, like 2026-03-17 (\"" + text + "\" is not)"});
    return std::nullopt;
  }
  return date;
}

std::optional<long long> read_integer(const httplib::Request& req, const std::string& field, const std::string& label,
                                      bool required, FieldErrors& errors) {
  const std::string text = form_value(req, field);
  if (text.empty()) {
    if (required) errors.push_back({field, "Enter " + in_sentence(label)});
    return std::nullopt;
  }
  long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    errors.push_back({field, label + " must be a whole number (\"" + text + "\" is not)"});
    return std::nullopt;
  }
  return value;
}

std::string read_text(const httplib::Request& req, const std::string& field, const std::string& label, bool required,
                      FieldErrors& errors) {
  std::string text = form_value(req, field);
  if (text.empty() && required) errors.push_back({field, "Enter " + in_sentence(label)});
  return text;
}

}  // namespace ics::web
