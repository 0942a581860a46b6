#include "domain/governance_json.h"

#include <cstdint>

#include "domain/json_fields.h"

namespace ics {
namespace {

using nlohmann::json;
using namespace json_fields;

void read_member(const Fields& f, CommitteeMember& v) {
  f.get("person_id", v.person_id);
  f.get("role", v.role);
  f.get("from", v.from);
  f.get("to", v.to);
}

void read_quorum(const Fields& f, QuorumRule& v) {
  f.get("min_members", v.min_members);
  f.get("min_organisations", v.min_organisations);
  f.get("chair_or_vice_required", v.chair_or_vice_required);
  f.get("deputies_count", v.deputies_count);
}

void read_paper_cycle(const Fields& f, PaperCycle& v) {
  f.get("items_agreed_before", v.items_agreed_before);
  f.get("papers_out_before", v.papers_out_before);
  f.get("draft_minutes_after", v.draft_minutes_after);
}

void read_agenda_item(const Fields& f, AgendaItem& v) {
  f.get("number", v.number);
  f.get("time", v.time);
  f.get("section", v.section);
  f.get("title", v.title);
  f.get("paper_ref", v.paper_ref);
  f.get("leads", v.leads);
  f.get("action", v.action);
  f.get("format", v.format);
  f.get("part", v.part);
}

void read_attendance(const Fields& f, AttendanceRecord& v) {
  f.get("person_id", v.person_id);
  f.get("status", v.status);
  f.get("deputy_name", v.deputy_name);
}

void read_declaration(const Fields& f, Declaration& v) {
  f.get("person_id", v.person_id);
  f.get("item_number", v.item_number);
  f.get("interest_id", v.interest_id);
  f.get("description", v.description);
  f.get("decision", v.decision);
}

void read_minute(const Fields& f, MinuteEntry& v) {
  f.get("item_number", v.item_number);
  f.get("text", v.text);
  f.get("resolutions", v.resolutions);
}

void read_prior_forum(const Fields& f, PriorForum& v) {
  f.get("forum", v.forum);
  f.get("date", v.date);
  f.get("outcome", v.outcome);
}

void read_implications(const Fields& f, Implications& v) {
  f.get("finance", v.finance);
  f.get("value_for_money", v.value_for_money);
  f.get("risk", v.risk);
  f.get("legal", v.legal);
  f.get("workforce", v.workforce);
  f.get("quality", v.quality);
  f.get("equality", v.equality);
  f.get("privacy", v.privacy);
  f.get("engagement", v.engagement);
}

void read_paper_file(const Fields& f, PaperFile& v) {
  f.get("name", v.name);
  f.get("content_type", v.content_type);
  f.get("size", v.size);
  f.get("sha256", v.sha256);
}

void read_action_update(const Fields& f, ActionUpdate& v) {
  f.get("date", v.date);
  f.get("by", v.by);
  f.get("text", v.text);
}

}  // namespace

void to_json(json& j, const Person& v) {
  j = json{{"id", v.id}, {"name", v.name}, {"job_title", v.job_title}, {"org_code", v.org_code}};
}

void from_json(const json& j, Person& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("name", v.name);
  f.get("job_title", v.job_title);
  f.get("org_code", v.org_code);
}

void to_json(json& j, const Committee& v) {
  json members = json::array();
  for (const auto& m : v.members)
    members.push_back(
        {{"person_id", m.person_id}, {"role", name_of(m.role)}, {"from", date_json(m.from)}, {"to", date_json(m.to)}});
  j = json{{"id", v.id},
           {"name", v.name},
           {"code", v.code},
           {"reports_to", id_json(v.reports_to)},
           {"purpose", v.purpose},
           {"frequency", v.frequency},
           {"meets_in_public", v.meets_in_public},
           {"quorum",
            {{"min_members", v.quorum.min_members},
             {"min_organisations", v.quorum.min_organisations},
             {"chair_or_vice_required", v.quorum.chair_or_vice_required},
             {"deputies_count", v.quorum.deputies_count}}},
           {"required_attendance", v.required_attendance},
           {"paper_cycle",
            {{"items_agreed_before", v.paper_cycle.items_agreed_before},
             {"papers_out_before", v.paper_cycle.papers_out_before},
             {"draft_minutes_after", v.paper_cycle.draft_minutes_after}}},
           {"action_prefix", v.action_prefix},
           {"decision_prefix", v.decision_prefix},
           {"members", std::move(members)}};
}

void from_json(const json& j, Committee& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("name", v.name);
  f.get("code", v.code);
  f.get("reports_to", v.reports_to);
  f.get("purpose", v.purpose);
  f.get("frequency", v.frequency);
  f.get("meets_in_public", v.meets_in_public);
  f.get_object("quorum", v.quorum, read_quorum);
  f.get("required_attendance", v.required_attendance);
  f.get_object("paper_cycle", v.paper_cycle, read_paper_cycle);
  f.get("action_prefix", v.action_prefix);
  f.get("decision_prefix", v.decision_prefix);
  f.get_list("members", v.members, read_member);
}

void to_json(json& j, const Meeting& v) {
  json agenda = json::array();
  for (const auto& a : v.agenda)
    agenda.push_back({{"number", a.number},
                      {"time", a.time},
                      {"section", a.section},
                      {"title", a.title},
                      {"paper_ref", a.paper_ref},
                      {"leads", a.leads},
                      {"action", name_of(a.action)},
                      {"format", name_of(a.format)},
                      {"part", name_of(a.part)}});
  json attendance = json::array();
  for (const auto& a : v.attendance)
    attendance.push_back({{"person_id", a.person_id}, {"status", name_of(a.status)}, {"deputy_name", a.deputy_name}});
  json declarations = json::array();
  for (const auto& d : v.declarations)
    declarations.push_back({{"person_id", d.person_id},
                            {"item_number", d.item_number},
                            {"interest_id", id_json(d.interest_id)},
                            {"description", d.description},
                            {"decision", name_of(d.decision)}});
  json minutes = json::array();
  for (const auto& m : v.minutes)
    minutes.push_back({{"item_number", m.item_number}, {"text", m.text}, {"resolutions", m.resolutions}});
  j = json{{"id", v.id},
           {"committee_id", v.committee_id},
           {"date", v.date.to_string()},
           {"start_time", v.start_time},
           {"end_time", v.end_time},
           {"location", v.location},
           {"video_link", v.video_link},
           {"cancelled", v.cancelled},
           {"agenda", std::move(agenda)},
           {"attendance", std::move(attendance)},
           {"declarations", std::move(declarations)},
           {"minutes", std::move(minutes)},
           {"minutes_status", name_of(v.minutes_status)},
           {"minutes_approved_at", id_json(v.minutes_approved_at)}};
}

void from_json(const json& j, Meeting& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("committee_id", v.committee_id);
  f.get("date", v.date);
  f.get("start_time", v.start_time);
  f.get("end_time", v.end_time);
  f.get("location", v.location);
  f.get("video_link", v.video_link);
  f.get("cancelled", v.cancelled);
  f.get_list("agenda", v.agenda, read_agenda_item);
  f.get_list("attendance", v.attendance, read_attendance);
  f.get_list("declarations", v.declarations, read_declaration);
  f.get_list("minutes", v.minutes, read_minute);
  f.get("minutes_status", v.minutes_status);
  f.get("minutes_approved_at", v.minutes_approved_at);
}

void to_json(json& j, const Paper& v) {
  json forums = json::array();
  for (const auto& p : v.prior_forums)
    forums.push_back({{"forum", p.forum}, {"date", date_json(p.date)}, {"outcome", p.outcome}});
  const Implications& im = v.implications;
  json file = nullptr;
  if (v.file)
    file = {{"name", v.file->name},
            {"content_type", v.file->content_type},
            {"size", v.file->size},
            {"sha256", v.file->sha256}};
  j = json{{"id", v.id},
           {"meeting_id", id_json(v.meeting_id)},
           {"item_number", v.item_number},
           {"enclosure_ref", v.enclosure_ref},
           {"title", v.title},
           {"sponsor", v.sponsor},
           {"author", v.author},
           {"presenter", v.presenter},
           {"purpose", name_of(v.purpose)},
           {"summary", v.summary},
           {"recommendations", v.recommendations},
           {"prior_forums", std::move(forums)},
           {"implications",
            {{"finance", im.finance},
             {"value_for_money", im.value_for_money},
             {"risk", im.risk},
             {"legal", im.legal},
             {"workforce", im.workforce},
             {"quality", im.quality},
             {"equality", im.equality},
             {"privacy", im.privacy},
             {"engagement", im.engagement}}},
           {"conflicts_of_interest", v.conflicts_of_interest},
           {"confidential", v.confidential},
           {"confidential_reason", v.confidential_reason},
           {"draft", v.draft},
           {"file", std::move(file)}};
}

void from_json(const json& j, Paper& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("meeting_id", v.meeting_id);
  f.get("item_number", v.item_number);
  f.get("enclosure_ref", v.enclosure_ref);
  f.get("title", v.title);
  f.get("sponsor", v.sponsor);
  f.get("author", v.author);
  f.get("presenter", v.presenter);
  f.get("purpose", v.purpose);
  f.get("summary", v.summary);
  f.get("recommendations", v.recommendations);
  f.get_list("prior_forums", v.prior_forums, read_prior_forum);
  f.get_object("implications", v.implications, read_implications);
  f.get("conflicts_of_interest", v.conflicts_of_interest);
  f.get("confidential", v.confidential);
  f.get("confidential_reason", v.confidential_reason);
  f.get("draft", v.draft);
  if (const json* file = f.find("file")) {
    if (file->is_null()) {
      v.file.reset();
    } else {
      PaperFile pf;
      read_paper_file(Fields(*file, f.name("file")), pf);
      v.file = std::move(pf);
    }
  }
}

void to_json(json& j, const Action& v) {
  json updates = json::array();
  for (const auto& u : v.updates) updates.push_back({{"date", u.date.to_string()}, {"by", u.by}, {"text", u.text}});
  j = json{{"id", v.id},
           {"ref", v.ref},
           {"committee_id", v.committee_id},
           {"meeting_id", id_json(v.meeting_id)},
           {"item_number", v.item_number},
           {"description", v.description},
           {"owner_id", id_json(v.owner_id)},
           {"raised_on", v.raised_on.to_string()},
           {"due", date_json(v.due)},
           {"status", name_of(v.status)},
           {"status_target", v.status_target},
           {"closed_on", date_json(v.closed_on)},
           {"confidential", v.confidential},
           {"updates", std::move(updates)}};
}

void from_json(const json& j, Action& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("ref", v.ref);
  f.get("committee_id", v.committee_id);
  f.get("meeting_id", v.meeting_id);
  f.get("item_number", v.item_number);
  f.get("description", v.description);
  f.get("owner_id", v.owner_id);
  f.get("raised_on", v.raised_on);
  f.get("due", v.due);
  f.get("status", v.status);
  f.get("status_target", v.status_target);
  f.get("closed_on", v.closed_on);
  f.get("confidential", v.confidential);
  f.get_list("updates", v.updates, read_action_update);
}

void to_json(json& j, const Decision& v) {
  j = json{{"id", v.id},
           {"ref", v.ref},
           {"committee_id", v.committee_id},
           {"meeting_id", id_json(v.meeting_id)},
           {"item_number", v.item_number},
           {"date", v.date.to_string()},
           {"title", v.title},
           {"decision", v.decision},
           {"confidential", v.confidential}};
}

void from_json(const json& j, Decision& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("ref", v.ref);
  f.get("committee_id", v.committee_id);
  f.get("meeting_id", v.meeting_id);
  f.get("item_number", v.item_number);
  f.get("date", v.date);
  f.get("title", v.title);
  f.get("decision", v.decision);
  f.get("confidential", v.confidential);
}

void to_json(json& j, const Interest& v) {
  j = json{{"id", v.id},
           {"person_id", v.person_id},
           {"type", name_of(v.type)},
           {"description", v.description},
           {"from", date_json(v.from)},
           {"to", date_json(v.to)},
           {"declared_on", v.declared_on.to_string()},
           {"last_confirmed", date_json(v.last_confirmed)}};
}

void from_json(const json& j, Interest& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("person_id", v.person_id);
  f.get("type", v.type);
  f.get("description", v.description);
  f.get("from", v.from);
  f.get("to", v.to);
  f.get("declared_on", v.declared_on);
  f.get("last_confirmed", v.last_confirmed);
}

void to_json(json& j, const Account& v) {
  j = json{{"id", v.id},
           {"name", v.name},
           {"role", name_of(v.role)},
           {"person_id", id_json(v.person_id)},
           {"disabled", v.disabled}};
}

}  // namespace ics
