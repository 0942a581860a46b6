#include "web/paper_page.h"

#include <algorithm>
#include <cctype>

#include "governance/validation.h"
#include "report/html_escape.h"
#include "web/forms.h"
#include "web/governance_view_helpers.h"
#include "web/meeting_page.h"

namespace ics::web {
namespace {

using report::html_escape;

struct ImplicationField {
  const char* field;
  const char* label;
  std::string Implications::*member;
};

const std::vector<ImplicationField>& implication_fields() {
  static const std::vector<ImplicationField> fields{
      {"implication_finance", "Finance", &Implications::finance},
      {"implication_value_for_money", "Value for money", &Implications::value_for_money},
      {"implication_risk", "Risk", &Implications::risk},
      {"implication_legal", "Legal", &Implications::legal},
      {"implication_workforce", "Workforce", &Implications::workforce},
      {"implication_quality", "Quality", &Implications::quality},
      {"implication_equality", "Equality and inclusion", &Implications::equality},
      {"implication_privacy", "Privacy and data protection", &Implications::privacy},
      {"implication_engagement", "Citizen and clinical engagement", &Implications::engagement},
  };
  return fields;
}

std::string or_none(const std::string& text) { return text.empty() ? "<p>None identified.</p>" : paragraphs(text); }

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string human_size(int64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  if (bytes < 1024 * 1024) return std::to_string((bytes + 512) / 1024) + " KB";
  const int64_t tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

std::vector<Choice> purpose_choices() {
  std::vector<Choice> out;
  for (const auto& [value, name] : EnumNames<ActionRequested>::values) {
    std::string label(name);
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    out.push_back({std::string(name), label});
  }
  return out;
}

}  // namespace

std::string safe_file_name(const std::string& name) {
  const auto slash = name.find_last_of("/\\");
  std::string base = name.substr(slash == std::string::npos ? 0 : slash + 1);
  for (auto& c : base)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_') c = '-';
  return base.empty() ? "paper" : base;
}

std::string paper_content_type(const std::string& file_name) {
  const std::string name = lower(file_name);
  const auto ends_with = [&](const std::string& ext) {
    return name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
  };
  if (ends_with(".pdf")) return "application/pdf";
  if (ends_with(".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (ends_with(".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (ends_with(".pptx")) return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  return "";
}

std::string paper_cover_sheet_body(const Paper& p, const std::optional<Meeting>& meeting,
                                   const std::optional<Committee>& committee) {
  std::string out;
  if (meeting) out += back_link("/meetings/" + std::to_string(meeting->id), "Back to the meeting");
  out += "<span class=\"nhsuk-caption-l\">" + html_escape(p.enclosure_ref) + "</span><h1>" + html_escape(p.title) + "</h1>";
  std::string tags;
  if (p.confidential) tags += nhs_tag("Confidential", "red") + " ";
  if (p.draft) tags += nhs_tag("Draft", "grey");
  if (!tags.empty()) out += "<p>" + tags + "</p>";

  std::string rows;
  if (meeting && committee)
    rows += summary_row("Meeting", "<a class=\"nhsuk-link\" href=\"/meetings/" + std::to_string(meeting->id) + "\">" +
                                       html_escape(meeting_title(*committee, *meeting)) + "</a>");
  if (!p.item_number.empty()) rows += summary_row("Agenda item", html_escape(p.item_number));
  rows += summary_row("Sponsor", html_escape(p.sponsor.empty() ? "–" : p.sponsor));
  rows += summary_row("Author", html_escape(p.author.empty() ? "–" : p.author));
  rows += summary_row("Presenter", html_escape(p.presenter.empty() ? "–" : p.presenter));
  rows += summary_row("Purpose", "For the committee to " + html_escape(std::string(enum_name(p.purpose))));
  if (p.confidential)
    rows += summary_row("Confidential", "Yes: " + html_escape(p.confidential_reason));
  if (p.file)
    rows += summary_row("Paper", "<a class=\"nhsuk-link\" href=\"/papers/" + std::to_string(p.id) + "/file\">" +
                                     html_escape(p.file->name) + "</a> (" + html_escape(human_size(p.file->size)) + ")");
  out += summary_list(rows);

  out += "<h2>Executive summary</h2>" + or_none(p.summary);
  out += "<h2>Recommendations</h2>" + or_none(p.recommendations);

  std::vector<std::vector<std::string>> forums;
  for (const auto& f : p.prior_forums)
    forums.push_back({html_escape(f.forum), f.date ? html_escape(nhs_short_date(*f.date)) : "–", html_escape(f.outcome)});
  out += "<h2>Previously considered by</h2>" + nhs_table("", {"Forum", "Date", "Outcome"}, forums, "Not considered elsewhere.");

  std::string implications;
  for (const auto& f : implication_fields())
    implications += summary_row(f.label, (p.implications.*f.member).empty() ? "None identified"
                                                                            : html_escape(p.implications.*f.member));
  out += "<h2>Implications</h2>" + summary_list(implications);
  out += "<h2>Conflicts of interest</h2>" + or_none(p.conflicts_of_interest);
  return out;
}

std::string paper_form_body(const Meeting& meeting, const Committee& committee, const Paper& p,
                            const FieldErrors& errors, const Principal& principal) {
  std::vector<Choice> items{{"", "Not on a particular item"}};
  for (const auto& item : meeting.agenda) items.push_back({item.number, item.number + ". " + item.title});
  const PriorForum forum = p.prior_forums.empty() ? PriorForum{} : p.prior_forums.front();

  std::string out = back_link("/meetings/" + std::to_string(meeting.id), "Back to the meeting") + error_summary(errors) +
                    "<span class=\"nhsuk-caption-l\">" + html_escape(meeting_title(committee, meeting)) +
                    "</span><h1>Add a paper</h1>"
                    "<form method=\"post\" action=\"/papers\" enctype=\"multipart/form-data\" novalidate>" +
                    csrf_field(principal) + "<input type=\"hidden\" name=\"meeting\" value=\"" +
                    std::to_string(meeting.id) + "\">";
  out += text_input("enclosure_ref", "Enclosure reference", p.enclosure_ref, errors, "For example, Enc B");
  out += text_input("title", "Title", p.title, errors);
  out += select("item_number", "Agenda item", items, p.item_number, errors);
  out += text_input("sponsor", "Sponsor", p.sponsor, errors, "The executive who owns the paper");
  out += text_input("author", "Author", p.author, errors);
  out += text_input("presenter", "Presenter", p.presenter, errors);
  out += select("purpose", "The committee is asked to", purpose_choices(), std::string(enum_name(p.purpose)), errors);
  out += textarea("summary", "Executive summary", p.summary, errors, "", 6);
  out += textarea("recommendations", "Recommendations", p.recommendations, errors);
  out += "<h2>Previously considered by</h2>";
  out += text_input("prior_forum", "Forum", forum.forum, errors, "Leave blank if it has not been anywhere else");
  out += date_input("prior_date", "Date considered", forum.date, errors);
  out += text_input("prior_outcome", "Outcome", forum.outcome, errors);
  out += "<h2>Implications</h2><p>Leave blank where none are identified.</p>";
  for (const auto& f : implication_fields()) out += textarea(f.field, f.label, p.implications.*f.member, errors, "", 2);
  out += textarea("conflicts_of_interest", "Conflicts of interest", p.conflicts_of_interest, errors, "", 2);
  out += "<h2>Publication</h2>";
  out += checkbox("confidential", "Confidential (Freedom of Information Act section 36)", p.confidential, errors,
                  "Confidential papers are never shown to the public");
  out += textarea("confidential_reason", "Reason it is confidential", p.confidential_reason, errors, "", 2);
  out += checkbox("draft", "Draft (not yet published)", p.draft, errors);
  out += "<div class=\"nhsuk-form-group" + std::string(find_error(errors, "file") ? " nhsuk-form-group--error" : "") +
         "\"><label class=\"nhsuk-label\" for=\"file\">Paper file (optional)</label><div class=\"nhsuk-hint\" "
         "id=\"file-hint\">PDF, Word (DOCX), Excel (XLSX) or PowerPoint (PPTX), up to 20 MB</div>";
  if (const FieldError* e = find_error(errors, "file"))
    out += "<span class=\"nhsuk-error-message\" id=\"file-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> " +
           html_escape(e->message) + "</span>";
  out += "<input class=\"nhsuk-file-upload\" id=\"file\" name=\"file\" type=\"file\" "
         "accept=\".pdf,.docx,.xlsx,.pptx\" aria-describedby=\"file-hint\"></div>";
  out += submit_button("Save paper") + "</form>";
  return out;
}

Paper read_paper_form(const httplib::Request& req, const Meeting& meeting, std::optional<std::string>& file_bytes,
                      FieldErrors& errors) {
  Paper p;
  p.meeting_id = meeting.id;
  p.enclosure_ref = read_text(req, "enclosure_ref", "Enclosure reference", true, errors);
  p.title = read_text(req, "title", "Title", true, errors);
  p.item_number = form_value(req, "item_number");
  if (!p.item_number.empty() &&
      std::none_of(meeting.agenda.begin(), meeting.agenda.end(),
                   [&](const AgendaItem& item) { return item.number == p.item_number; }))
    errors.push_back({"item_number", "Choose an item on this meeting's agenda"});
  p.sponsor = form_value(req, "sponsor");
  p.author = form_value(req, "author");
  p.presenter = form_value(req, "presenter");
  const std::string purpose = form_value(req, "purpose");
  if (auto parsed = parse_enum<ActionRequested>(purpose)) p.purpose = *parsed;
  else errors.push_back({"purpose", "Choose what the committee is asked to do: " + enum_choices<ActionRequested>()});
  p.summary = form_value(req, "summary");
  p.recommendations = form_value(req, "recommendations");

  PriorForum forum;
  forum.forum = form_value(req, "prior_forum");
  forum.date = read_date(req, "prior_date", "Date considered", false, errors);
  forum.outcome = form_value(req, "prior_outcome");
  if (forum.forum.empty() && (forum.date || !forum.outcome.empty()))
    errors.push_back({"prior_forum", "Enter the forum that considered the paper"});
  if (!forum.forum.empty()) p.prior_forums.push_back(forum);

  for (const auto& f : implication_fields()) p.implications.*f.member = form_value(req, f.field);
  p.conflicts_of_interest = form_value(req, "conflicts_of_interest");
  p.confidential = form_checked(req, "confidential");
  p.confidential_reason = form_value(req, "confidential_reason");
  p.draft = form_checked(req, "draft");

  for (auto& e : governance::validate_paper(p))
    if (!find_error(errors, e.field)) errors.push_back(e);

  const auto upload = req.files.find("file");
  if (upload != req.files.end() && !upload->second.filename.empty()) {
    const auto& part = upload->second;
    const std::string type = paper_content_type(part.filename);
    // The type comes from the name; the first bytes must agree, so a renamed file is refused.
    const bool pdf = type == "application/pdf";
    const bool looks_right = pdf ? part.content.rfind("%PDF-", 0) == 0 : part.content.rfind("PK\x03\x04", 0) == 0;
    if (type.empty())
      errors.push_back({"file", "The file must be a PDF, DOCX, XLSX or PPTX"});
    else if (part.content.size() > kMaxPaperFileBytes)
      errors.push_back({"file", "The file must be 20 MB or smaller"});
    else if (part.content.empty())
      errors.push_back({"file", "The selected file is empty"});
    else if (!looks_right)
      errors.push_back({"file", "The file's contents do not match its type (" + std::string(pdf ? "PDF" : "Office document") + ")"});
    else {
      p.file = PaperFile{safe_file_name(part.filename), type, static_cast<int64_t>(part.content.size()), ""};
      file_bytes = part.content;
    }
  }
  return p;
}

}  // namespace ics::web
