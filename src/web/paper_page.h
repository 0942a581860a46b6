#pragma once
// A board paper: its cover sheet laid out as boards print it, and the secretariat's form to add one
// with its file (PDF, DOCX, XLSX or PPTX, up to 20 MB).
#include <httplib.h>

#include <optional>
#include <string>

#include "core/field_errors.h"
#include "domain/committee.h"
#include "domain/meeting.h"
#include "domain/paper.h"
#include "web/auth.h"

namespace ics::web {

inline constexpr size_t kMaxPaperFileBytes = 20 * 1024 * 1024;

// The cover sheet: enclosure, title, meeting, sponsor/author/presenter, purpose, summary,
// recommendations, prior forums, implications, conflicts, confidentiality and the file link.
std::string paper_cover_sheet_body(const Paper& paper, const std::optional<Meeting>& meeting,
                                   const std::optional<Committee>& committee);

// The form for a new paper on `meeting`, showing `paper`'s values and the errors beside their fields.
std::string paper_form_body(const Meeting& meeting, const Committee& committee, const Paper& paper,
                            const FieldErrors& errors, const Principal& principal);

// Reads POST /papers (multipart) into a paper for `meeting`, adding a FieldError for every bad field;
// file_bytes gets the uploaded file, when one was chosen and it is acceptable (paper.file describes it).
Paper read_paper_form(const httplib::Request& req, const Meeting& meeting, std::optional<std::string>& file_bytes,
                      FieldErrors& errors);

// The content type for an allowed paper file name ("x.pdf" -> "application/pdf"); "" when not allowed.
std::string paper_content_type(const std::string& file_name);

// The file's base name with anything but letters, digits, '.', '-' and '_' replaced by '-', so it is
// safe in a Content-Disposition header ("../Board plan.pdf" -> "Board-plan.pdf").
std::string safe_file_name(const std::string& name);

}  // namespace ics::web
