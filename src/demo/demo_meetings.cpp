// A year of meetings for every demo committee: agendas (standing items, then business), attendance
// (a couple of meetings inquorate), declarations, minutes with resolutions, papers with cover sheets and
// PDFs, decisions, and the actions the minutes record.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/working_days.h"
#include "demo/demo_governance_parts.h"
#include "governance/agenda.h"
#include "governance/interest_review.h"
#include "governance/quorum.h"

namespace ics::demo::detail {
namespace {

struct Slot {
  size_t committee = 0;  // index into the committees
  Date date;
  int64_t id = 0;        // placeholder meeting id
};

// Meetings that the demo makes inquorate: (committee, index among its held meetings).
const std::set<std::pair<int64_t, int>> kInquorate{{kPog, 3}, {kCityPlace, 1}};
// A meeting called off (index among the committee's past meetings).
const std::pair<int64_t, int> kCancelled{kSystemExecutive, 5};

Date nth_weekday(Month month, int wanted_weekday, int nth) {
  const Date first = month.first_day();
  return add_days(first, (wanted_weekday - weekday(first) + 7) % 7 + 7 * (nth - 1));
}

std::vector<Slot> schedule(const std::vector<DemoCommittee>& committees, Date today) {
  const Date from = add_days(today, -365);
  const Date to = add_days(today, 61);
  std::vector<Slot> slots;
  for (size_t c = 0; c < committees.size(); ++c) {
    const MeetingPattern& p = committees[c].pattern;
    for (Month m = Month::of(from); m <= Month::of(to); m = m.next()) {
      if (p.every_months == 2 && (m.month - p.first_month + 12) % 2 != 0) continue;
      if (p.skips_august && m.month == 8) continue;
      Date date = nth_weekday(m, p.weekday, p.nth);
      while (!is_working_day(date)) date = add_days(date, 1);
      if (date <= from || date > to) continue;
      slots.push_back({c, date, 0});
    }
  }
  std::stable_sort(slots.begin(), slots.end(), [&](const Slot& a, const Slot& b) {
    if (a.date != b.date) return a.date < b.date;
    return std::string(committees[a.committee].pattern.start) < committees[b.committee].pattern.start;
  });
  for (size_t i = 0; i < slots.size(); ++i) slots[i].id = static_cast<int64_t>(i + 1);
  return slots;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::string clock_plus(const std::string& hhmm, int minutes) {
  const int total = std::min(23 * 60 + 59, std::stoi(hhmm.substr(0, 2)) * 60 + std::stoi(hhmm.substr(3, 2)) + minutes);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", total / 60, total % 60);
  return buffer;
}

std::string enclosure(int n) {
  std::string letters;
  for (++n; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return "Enc " + letters;
}

std::string lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

class MeetingWriter {
 public:
  MeetingWriter(const std::vector<DemoCommittee>& committees, const std::vector<Person>& people,
                const std::vector<DemoInterest>& interests, Date today, DemoRandom& random)
      : committees_(committees), people_(people), interests_(interests), today_(today), random_(random),
        slots_(schedule(committees, today)) {
    for (const auto& p : people_) reliability_[p.id] = 0.72 + random_.below(26) / 100.0;
    for (const auto& c : committees_)
      for (const auto& m : c.committee.members)
        if (m.role == MemberRole::Chair) reliability_[m.person_id] = 0.97;
  }

  DemoMeetings write() {
    out_.meetings.resize(slots_.size());
    for (size_t c = 0; c < committees_.size(); ++c) write_committee(c);
    return std::move(out_);
  }

 private:
  void write_committee(size_t c) {
    const Committee& committee = committees_[c].committee;
    std::vector<const Slot*> mine;
    for (const auto& s : slots_)
      if (s.committee == c) mine.push_back(&s);
    std::optional<Meeting> previous;
    int held_index = 0, past_index = 0;
    bool drafts_written = false;
    std::vector<std::pair<size_t, bool>> held;  // (meeting index, quorate) for the minutes' approval
    for (size_t k = 0; k < mine.size(); ++k) {
      const Slot& slot = *mine[k];
      const std::optional<Date> next_date = k + 1 < mine.size() ? std::optional<Date>(mine[k + 1]->date) : std::nullopt;
      Meeting& meeting = out_.meetings[static_cast<size_t>(slot.id - 1)];
      const bool past = slot.date < today_;
      meeting = scheduled(committees_[c], slot, previous);
      if (past && std::pair<int64_t, int>{committee.id, past_index++} == kCancelled) {
        meeting.cancelled = true;
        continue;
      }
      if (past) {
        const bool quorate = record_attendance(committee, meeting, kInquorate.count({committee.id, held_index}) > 0);
        write_business(committee, meeting, previous, quorate, next_date);
        held.emplace_back(static_cast<size_t>(slot.id - 1), quorate);
        ++held_index;
      }
      const bool papers_out = add_working_days(slot.date, -committee.paper_cycle.papers_out_before) <= today_;
      if (past || papers_out) {
        write_papers(committee, meeting, previous, 0);
      } else if (committee.id == kBoard && !drafts_written) {
        write_papers(committee, meeting, previous, 2);  // the next board's first papers, still in draft
        drafts_written = true;
      }
      previous = meeting;
    }
    // Minutes are approved at the next quorate meeting; the latest are still draft.
    for (size_t i = 0; i < held.size(); ++i) {
      Meeting& meeting = out_.meetings[held[i].first];
      meeting.minutes_status = MinutesStatus::Draft;
      for (size_t j = i + 1; j < held.size(); ++j)
        if (held[j].second) {
          meeting.minutes_status = MinutesStatus::Approved;
          meeting.minutes_approved_at = out_.meetings[held[j].first].id;
          break;
        }
    }
  }

  Meeting scheduled(const DemoCommittee& dc, const Slot& slot, const std::optional<Meeting>& previous) {
    const Committee& committee = dc.committee;
    Meeting meeting;
    meeting.id = slot.id;
    meeting.committee_id = committee.id;
    meeting.date = slot.date;
    meeting.start_time = dc.pattern.start;
    meeting.end_time = dc.pattern.end;
    meeting.location = dc.pattern.location;
    if (*dc.pattern.video_link)
      meeting.video_link = std::string(dc.pattern.video_link) + committee.code + "-" + slot.date.to_string();
    meeting.agenda = governance::standing_items(committee, previous);
    for (auto& item : meeting.agenda) {
      item.time = clock_plus(meeting.start_time, 5 * (std::stoi(item.number) - 1));
      item.leads = {person_name(chair_of(committee))};
    }
    std::string time = clock_plus(meeting.start_time, 20);
    int number = static_cast<int>(meeting.agenda.size());
    const MeetingPart business_part = committee.meets_in_public ? MeetingPart::Public : MeetingPart::Private;
    for (bool private_part : {false, true})
      for (const auto& t : item_templates(committee.id)) {
        if (t.private_part != private_part) continue;
        if (t.months != 0 && !(t.months & (1u << slot.date.month()))) continue;
        AgendaItem item;
        item.number = std::to_string(++number);
        item.time = time;
        item.section = t.section;
        item.title = expand(t.title, committee, slot.date);
        item.leads = {person_name(resolve_lead(t.lead, committee))};
        item.action = t.action;
        item.format = t.format;
        item.part = private_part ? MeetingPart::Private : business_part;
        time = clock_plus(time, t.format == ItemFormat::Verbal ? 10 : 20);
        meeting.agenda.push_back(item);
        templates_[{meeting.id, item.number}] = &t;
      }
    int papers = 0;
    for (auto& item : meeting.agenda)
      if (item.format == ItemFormat::Attached) item.paper_ref = enclosure(papers++);
    return meeting;
  }

  // Records who came; returns whether the meeting was quorate.
  bool record_attendance(const Committee& committee, Meeting& meeting, bool make_inquorate) {
    std::set<int64_t> seen;
    int voting_present = 0;
    for (const auto& m : committee.members) {
      if ((m.from && meeting.date < *m.from) || (m.to && *m.to < meeting.date) || !seen.insert(m.person_id).second)
        continue;
      AttendanceRecord record{m.person_id, AttendanceStatus::Present, ""};
      const bool voting = m.role != MemberRole::InAttendance;
      if (make_inquorate && voting) {
        // Two short of quorum: the chair and a few others came; the rest sent apologies.
        if (voting_present++ >= committee.quorum.min_members - 2) record.status = AttendanceStatus::Apologies;
      } else if (!random_.chance(voting ? reliability_[m.person_id] : 0.85)) {
        const int roll = random_.below(100);
        const std::string deputy = usual_deputy(m.person_id);
        if (voting && roll < 35 && deputy != "none") {
          record.status = AttendanceStatus::Deputy;
          record.deputy_name = deputy;
        } else {
          record.status = roll < 96 ? AttendanceStatus::Apologies : AttendanceStatus::Absent;
        }
      }
      meeting.attendance.push_back(record);
    }
    if (make_inquorate) return governance::evaluate_quorum(committee, people_, meeting).quorate;
    // Otherwise the meeting went ahead quorate: whoever the quorum needed turned up after all.
    auto quorum = governance::evaluate_quorum(committee, people_, meeting);
    while (!quorum.quorate) {
      AttendanceRecord* flip = nullptr;
      for (auto& record : meeting.attendance) {
        if (record.status == AttendanceStatus::Present) continue;
        const MemberRole role = role_of(committee, record.person_id);
        if (role == MemberRole::InAttendance) continue;
        const bool leads = role == MemberRole::Chair || role == MemberRole::ViceChair;
        if (!flip || (!quorum.chair_or_vice_present && leads)) flip = &record;
      }
      if (!flip) break;
      flip->status = AttendanceStatus::Present;
      flip->deputy_name.clear();
      quorum = governance::evaluate_quorum(committee, people_, meeting);
    }
    return quorum.quorate;
  }

  void write_business(const Committee& committee, Meeting& meeting, const std::optional<Meeting>& previous,
                      bool quorate, const std::optional<Date>& next_date) {
    const std::string body = short_name(committee);
    std::set<std::string> deferred;
    for (const auto& item : meeting.agenda) {
      const ItemTemplate* t = template_of(meeting, item.number);
      if (!t || !*t->conflict_tag) continue;
      for (const auto& d : interests_) {
        if (d.conflict_tag != t->conflict_tag || !present(meeting, d.interest.person_id)) continue;
        if (d.interest.declared_on > meeting.date || !governance::interest_is_current(d.interest, meeting.date)) continue;
        meeting.declarations.push_back(
            Declaration{d.interest.person_id, item.number, d.interest.id, d.interest.description, d.ruling});
        if (d.ruling == DeclarationDecision::ItemDeferred) deferred.insert(item.number);
      }
    }
    for (const auto& item : meeting.agenda) {
      MinuteEntry entry{item.number, "", {}};
      const ItemTemplate* t = template_of(meeting, item.number);
      if (item.number == "1") {
        entry.text = attendance_minute(committee, meeting, quorate);
      } else if (item.number == "2") {
        entry.text = declarations_minute(meeting);
      } else if (item.number == "3") {
        const std::string held_on = previous ? "held on " + previous->date.long_label() : "previous meeting";
        if (quorate) {
          entry.text = "The minutes of the meeting " + held_on + " were agreed as an accurate record.";
          entry.resolutions.push_back("to approve the minutes of the meeting " + held_on);
        } else {
          entry.text = "As the meeting was not quorate, approval of the minutes was deferred to the next meeting.";
        }
      } else if (item.number == "4") {
        entry.text = "The " + body + " reviewed the action log, noted updates on open actions and agreed the "
                     "closures proposed.";
      } else if (t) {
        entry.text = expand(t->minute, committee, meeting.date);
        const std::string resolution = expand(t->resolution, committee, meeting.date);
        if (deferred.count(item.number)) {
          entry.text += " Because of the interest declared at item 2, the Chair deferred the item to a later meeting.";
        } else if (!resolution.empty() && !quorate) {
          entry.text += " As the meeting was not quorate, the recommendation was noted and will return to the next "
                        "quorate meeting.";
        } else if (!resolution.empty()) {
          entry.resolutions.push_back(resolution);
          record_decision(committee, meeting, item, *t, resolution);
        }
        if (*t->action_text && !deferred.count(item.number) && random_.chance(0.7))
          seed_action(committee, meeting, item, *t, next_date);
      }
      meeting.minutes.push_back(entry);
    }
  }

  void record_decision(const Committee& committee, const Meeting& meeting, const AgendaItem& item,
                       const ItemTemplate& t, const std::string& resolution) {
    char number[32];
    std::snprintf(number, sizeof number, "%03d", ++decision_count_[committee.id]);
    Decision d;
    d.id = static_cast<int64_t>(out_.decisions.size() + 1);
    d.ref = committee.decision_prefix + number;
    d.committee_id = committee.id;
    d.meeting_id = meeting.id;
    d.item_number = item.number;
    d.date = meeting.date;
    d.title = item.title;
    d.decision = "The " + committee.name + " resolved " + resolution + ".";
    d.confidential = t.private_part || *t.confidential_reason;
    out_.decisions.push_back(d);
  }

  void seed_action(const Committee& committee, const Meeting& meeting, const AgendaItem& item, const ItemTemplate& t,
                   const std::optional<Date>& next_date) {
    ActionSeed seed;
    seed.committee_id = committee.id;
    seed.meeting_id = meeting.id;
    seed.item_number = item.number;
    seed.description = expand(t.action_text, committee, meeting.date);
    seed.owner_id = resolve_lead(t.lead, committee);
    seed.raised_on = meeting.date;
    // Due by the next meeting, give or take; longer pieces of work get another cycle.
    seed.due = add_days(next_date.value_or(add_days(meeting.date, 42)), -random_.between(0, 7));
    if (random_.chance(0.3)) seed.due = add_days(seed.due, 35);
    seed.confidential = t.private_part || *t.confidential_reason;
    out_.action_seeds.push_back(seed);
  }

  // Writes a paper for each attached item; `drafts` > 0 writes only that many business papers, in draft.
  void write_papers(const Committee& committee, const Meeting& meeting, const std::optional<Meeting>& previous,
                    int drafts) {
    for (const auto& item : meeting.agenda) {
      if (item.paper_ref.empty()) continue;
      const ItemTemplate* t = template_of(meeting, item.number);
      if (drafts > 0 && !t) continue;
      if (!t && item.number == "3" && !previous) continue;
      DemoPaper demo;
      Paper& p = demo.paper;
      p.id = static_cast<int64_t>(out_.papers.size() + 1);
      p.meeting_id = meeting.id;
      p.item_number = item.number;
      p.enclosure_ref = item.paper_ref;
      p.title = item.title;
      p.purpose = item.action;
      const int64_t sponsor = t ? resolve_lead(t->lead, committee) : chair_of(committee);
      p.sponsor = person_name(sponsor);
      p.presenter = item.leads.empty() ? p.sponsor : item.leads.front();
      const std::string deputy = usual_deputy(sponsor);
      p.author = t && deputy != "none" ? deputy : person_name(secretary_of(committee));
      const std::string verb = enum_name(item.action) == "assure" ? "take assurance from"
                                                                    : std::string(enum_name(item.action));
      p.recommendations = "The " + short_name(committee) + " is asked to " + verb + " " + lower_first(item.title) + ".";
      if (t) {
        p.summary = expand(t->summary, committee, meeting.date);
        if (*t->confidential_reason) {
          p.confidential = true;
          p.confidential_reason = t->confidential_reason;
        }
        if (*t->conflict_tag)
          p.conflicts_of_interest = "Members with interests in this subject must declare them; the chair will "
                                    "decide how each is managed.";
        if (t->prior_forum) add_prior_forum(p, t->prior_forum, meeting.date);
        p.implications = paper_implications(committee, item, *t);
      } else if (item.number == "3") {
        p.summary = "Draft minutes of the meeting held on " + previous->date.long_label() + ".";
        p.recommendations = "The " + short_name(committee) + " is asked to approve the minutes as an accurate record.";
      } else {
        p.summary = "The action log: open actions with updates, and actions proposed for closure.";
        p.recommendations = "The " + short_name(committee) + " is asked to note progress and agree the closures proposed.";
      }
      if (drafts > 0) {
        p.draft = true;
        p.summary += " Draft: subject to change before the papers are published.";
      }
      demo.file_bytes = paper_pdf(committee, meeting, p);
      p.file = PaperFile{paper_file_name(committee, meeting, p), "application/pdf", static_cast<int64_t>(demo.file_bytes.size()),
                         ""};
      out_.papers.push_back(std::move(demo));
      if (drafts > 0 && --drafts == 0) return;
    }
  }

  void add_prior_forum(Paper& p, int64_t forum, Date before) {
    for (size_t c = 0; c < committees_.size(); ++c) {
      if (committees_[c].committee.id != forum) continue;
      std::optional<Date> latest;
      for (const auto& s : slots_)
        if (s.committee == c && s.date < before && s.date < today_) latest = s.date;
      if (latest)
        p.prior_forums.push_back(
            PriorForum{committees_[c].committee.name, latest, random_.chance(0.8) ? "Supported" : "Supported with amendments"});
    }
  }

  std::string attendance_minute(const Committee& committee, const Meeting& meeting, bool quorate) const {
    std::vector<std::string> apologies, deputies, absent;
    for (const auto& r : meeting.attendance) {
      if (r.status == AttendanceStatus::Apologies) apologies.push_back(person_name(r.person_id));
      if (r.status == AttendanceStatus::Absent) absent.push_back(person_name(r.person_id));
      if (r.status == AttendanceStatus::Deputy)
        deputies.push_back(r.deputy_name + " deputised for " + person_name(r.person_id));
    }
    std::string text = "The Chair welcomed members.";
    text += apologies.empty() ? " No apologies were received." : " Apologies were received from " + join(apologies, ", ") + ".";
    if (!deputies.empty()) text += " " + join(deputies, "; ") + ".";
    if (!absent.empty()) text += " Not present: " + join(absent, ", ") + ".";
    if (quorate) return text + " The meeting was quorate.";
    const auto q = governance::evaluate_quorum(committee, people_, meeting);
    return text + " The meeting was not quorate (" + join(q.shortfalls, "; ") +
           "): items for decision were taken for discussion only.";
  }

  std::string declarations_minute(const Meeting& meeting) const {
    if (meeting.declarations.empty()) return "No interests were declared beyond those in the register.";
    std::string text;
    for (const auto& d : meeting.declarations)
      text += person_name(d.person_id) + " declared an interest in item " + d.item_number + " (" + d.description +
              "); the Chair decided: " + std::string(enum_name(d.decision)) + ". ";
    text.pop_back();
    return text;
  }

  std::string expand(const char* text, const Committee& committee, Date date) const {
    const Month month = Month::of(date);
    const Month last = month.previous();
    const int fy = month.financial_year_start();
    std::string out = text;
    out = replace_all(out, "{fm}", last.financial_month_label());
    out = replace_all(out, "{rfy}", last.financial_year());
    out = replace_all(out, "{fy}", month.financial_year());
    out = replace_all(out, "{nfy}", Month{fy + 1, 4}.financial_year());
    out = replace_all(out, "{pfy}", Month{fy - 1, 4}.financial_year());
    out = replace_all(out, "{prev}", last.long_label());
    out = replace_all(out, "{place}", replace_all(committee.name, " Place Partnership Board", ""));
    return out;
  }

  int64_t resolve_lead(int64_t lead, const Committee& committee) const {
    if (lead > 0) return lead;
    for (const auto& m : committee.members) {
      const Person* p = person(m.person_id);
      if (!p) continue;
      if ((lead == kLeadViceChair && m.role == MemberRole::ViceChair) || (lead == kLeadChair && m.role == MemberRole::Chair) ||
          (lead == kLeadPcnDirector && p->org_code.rfind("PCN-", 0) == 0) ||
          (lead == kLeadPublicHealth && p->job_title.find("Public Health") != std::string::npos) ||
          (lead == kLeadCareDirector && p->job_title.find("Adult Social Care") != std::string::npos))
        return m.person_id;
    }
    return chair_of(committee);
  }

  static int64_t chair_of(const Committee& committee) {
    for (const auto& m : committee.members)
      if (m.role == MemberRole::Chair) return m.person_id;
    return committee.members.empty() ? 0 : committee.members.front().person_id;
  }
  static int64_t secretary_of(const Committee& committee) {
    for (const auto& m : committee.members)
      if (m.role == MemberRole::InAttendance && m.person_id >= kHeadOfGovernance && m.person_id <= kGovernanceAssistant)
        return m.person_id;
    return kHeadOfGovernance;
  }
  static MemberRole role_of(const Committee& committee, int64_t person_id) {
    MemberRole role = MemberRole::InAttendance;
    for (const auto& m : committee.members)
      if (m.person_id == person_id && static_cast<int>(m.role) < static_cast<int>(role)) role = m.role;
    return role;
  }
  static bool present(const Meeting& meeting, int64_t person_id) {
    for (const auto& r : meeting.attendance)
      if (r.person_id == person_id) return r.status == AttendanceStatus::Present;
    return false;
  }
  static std::string short_name(const Committee& committee) {
    if (committee.id == kBoard) return "Board";
    if (committee.name.find("Partnership Board") != std::string::npos) return "Partnership Board";
    if (committee.id == kSystemExecutive) return "System Executive";
    return "Group";
  }
  const Person* person(int64_t id) const {
    for (const auto& p : people_)
      if (p.id == id) return &p;
    return nullptr;
  }
  const ItemTemplate* template_of(const Meeting& meeting, const std::string& number) const {
    auto it = templates_.find({meeting.id, number});
    return it == templates_.end() ? nullptr : it->second;
  }

  const std::vector<DemoCommittee>& committees_;
  const std::vector<Person>& people_;
  const std::vector<DemoInterest>& interests_;
  Date today_;
  DemoRandom& random_;
  std::vector<Slot> slots_;
  std::map<int64_t, double> reliability_;
  std::map<std::pair<int64_t, std::string>, const ItemTemplate*> templates_;
  std::map<int64_t, int> decision_count_;
  DemoMeetings out_;
};

}  // namespace

DemoMeetings demo_meetings(const std::vector<DemoCommittee>& committees, const std::vector<Person>& people,
                           const std::vector<DemoInterest>& interests, Date today, DemoRandom& random) {
  return MeetingWriter(committees, people, interests, today, random).write();
}

}  // namespace ics::demo::detail
