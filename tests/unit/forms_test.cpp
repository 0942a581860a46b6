// The NHS.UK form controls: markup with and without a field error, escaping of every value, the
// error summary, and the readers that turn submitted text into values or field errors.
#include <gtest/gtest.h>

#include "web/forms.h"

namespace ics::web {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

httplib::Request form(std::initializer_list<std::pair<std::string, std::string>> fields) {
  httplib::Request req;
  for (const auto& [k, v] : fields) req.params.emplace(k, v);
  return req;
}

TEST(Forms, TextInputWithoutErrorHasNoErrorMarkup) {
  const std::string html = text_input("title", "Title", "Finance report", {}, "As on the cover sheet");
  EXPECT_TRUE(contains(html, "<div class=\"nhsuk-form-group\">"));
  EXPECT_TRUE(contains(html, "<label class=\"nhsuk-label\" for=\"title\">Title</label>"));
  EXPECT_TRUE(contains(html, "<div class=\"nhsuk-hint\" id=\"title-hint\">As on the cover sheet</div>"));
  EXPECT_TRUE(contains(html, "class=\"nhsuk-input\" id=\"title\" name=\"title\" type=\"text\" value=\"Finance report\""));
  EXPECT_TRUE(contains(html, "aria-describedby=\"title-hint\""));
  EXPECT_FALSE(contains(html, "error"));
}

TEST(Forms, TextInputWithErrorShowsMessageBesideField) {
  const FieldErrors errors{{"other", "Not this one"}, {"title", "Enter a title"}};
  const std::string html = text_input("title", "Title", "", errors);
  EXPECT_TRUE(contains(html, "nhsuk-form-group nhsuk-form-group--error"));
  EXPECT_TRUE(contains(html, "<span class=\"nhsuk-error-message\" id=\"title-error\">"
                             "<span class=\"nhsuk-u-visually-hidden\">Error:</span> Enter a title</span>"));
  EXPECT_TRUE(contains(html, "nhsuk-input nhsuk-input--error"));
  EXPECT_TRUE(contains(html, "aria-describedby=\"title-error\""));
  EXPECT_FALSE(contains(html, "Not this one"));
}

TEST(Forms, EveryValueIsEscaped) {
  const std::string evil = "\"><script>alert(1)</script>";
  const FieldErrors errors{{"f", evil}};
  for (const std::string& html :
       {text_input("f", evil, evil, errors, evil), textarea("f", evil, evil, errors, evil),
        select("f", evil, {{evil, evil}}, evil, errors, evil), checkbox("f", evil, true, errors, evil),
        error_summary(errors), submit_button(evil)}) {
    EXPECT_FALSE(contains(html, "<script>")) << html;
    EXPECT_TRUE(contains(html, "&lt;script&gt;")) << html;
  }
}

TEST(Forms, TextareaSelectAndCheckboxMarkup) {
  const std::string area = textarea("summary", "Summary", "a & b", {{"summary", "Too long"}}, "", 6);
  EXPECT_TRUE(contains(area, "class=\"nhsuk-textarea nhsuk-textarea--error\" id=\"summary\" name=\"summary\" rows=\"6\""));
  EXPECT_TRUE(contains(area, ">a &amp; b</textarea>"));

  const std::string sel = select("part", "Part", {{"public", "Public"}, {"private", "Private"}}, "private", {});
  EXPECT_TRUE(contains(sel, "<select class=\"nhsuk-select\" id=\"part\" name=\"part\">"));
  EXPECT_TRUE(contains(sel, "<option value=\"private\" selected>Private</option>"));
  EXPECT_TRUE(contains(sel, "<option value=\"public\">Public</option>"));

  const std::string box = checkbox("confidential", "Confidential", true, {});
  EXPECT_TRUE(contains(box, "nhsuk-checkboxes"));
  EXPECT_TRUE(contains(box, "type=\"checkbox\" value=\"yes\" checked"));
  EXPECT_FALSE(contains(checkbox("confidential", "Confidential", false, {}), "checked"));
}

TEST(Forms, DateInputShowsIsoDate) {
  const std::string html = date_input("date", "Date", Date::from_ymd(2026, 3, 3), {});
  EXPECT_TRUE(contains(html, "type=\"date\" value=\"2026-03-03\""));
  EXPECT_TRUE(contains(date_input("date", "Date", std::nullopt, {}), "value=\"\""));
}

TEST(Forms, ErrorSummaryLinksToEachField) {
  EXPECT_EQ(error_summary({}), "");
  const std::string html = error_summary({{"date", "Enter a date"}, {"agenda-2-title", "Enter a title"}});
  EXPECT_TRUE(contains(html, "class=\"nhsuk-error-summary\""));
  EXPECT_TRUE(contains(html, "role=\"alert\""));
  EXPECT_TRUE(contains(html, "There is a problem"));
  EXPECT_TRUE(contains(html, "<a href=\"#date\">Enter a date</a>"));
  EXPECT_TRUE(contains(html, "<a href=\"#agenda-2-title\">Enter a title</a>"));
}

TEST(Forms, ReadDateRejectsImpossibleAndPartialDates) {
  FieldErrors errors;
  const auto req = form({{"good", " 2026-03-03 "}, {"bad", "2026-02-30"}, {"month", "2026-02"}});
  EXPECT_EQ(read_date(req, "good", "Date", true, errors), Date::from_ymd(2026, 3, 3));
  EXPECT_TRUE(errors.empty());
  EXPECT_FALSE(read_date(req, "bad", "Date", true, errors));
  EXPECT_FALSE(read_date(req, "month", "Date", true, errors));
  EXPECT_FALSE(read_date(req, "missing", "Meeting date", true, errors));
  EXPECT_FALSE(read_date(req, "missing", "Optional", false, errors));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "bad");
  EXPECT_TRUE(contains(errors[0].message, "2026-02-30"));
  EXPECT_EQ(errors[1].field, "month");
  EXPECT_EQ(errors[2].field, "missing");
  EXPECT_EQ(errors[2].message, "Enter meeting date");
}

TEST(Forms, ReadIntegerAndText) {
  FieldErrors errors;
  const auto req = form({{"n", "42"}, {"x", "4x"}, {"t", "  hello "}, {"blank", "   "}});
  EXPECT_EQ(read_integer(req, "n", "Number", true, errors), 42);
  EXPECT_FALSE(read_integer(req, "x", "Number", true, errors));
  EXPECT_EQ(read_text(req, "t", "Title", true, errors), "hello");
  EXPECT_EQ(read_text(req, "blank", "Title", true, errors), "");
  EXPECT_EQ(read_text(req, "blank", "Notes", false, errors), "");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "x");
  EXPECT_EQ(errors[1], (FieldError{"blank", "Enter title"}));
}

TEST(Forms, ReadsMultipartFieldsAndCheckboxes) {
  httplib::Request req;
  req.files.emplace("title", httplib::MultipartFormData{"title", "Board paper", "", ""});
  req.params.emplace("confidential", "yes");
  req.params.emplace("draft", "no");
  EXPECT_EQ(form_value(req, "title"), "Board paper");
  EXPECT_EQ(form_value(req, "absent"), "");
  EXPECT_TRUE(form_checked(req, "confidential"));
  EXPECT_FALSE(form_checked(req, "draft"));
  EXPECT_FALSE(form_checked(req, "absent"));
}

}  // namespace
}  // namespace ics::web
