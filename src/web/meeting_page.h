#pragma once
// A meeting's page: when and where, the paper-cycle dates, the agenda by part, the papers, matters
// arising, attendance and quorum, declarations and minutes. The route filters by role first; this
// view only formats what it is given, so what it is not given can never show.
#include <optional>
#include <string>
#include <vector>

#include "domain/action.h"
#include "domain/committee.h"
#include "domain/meeting.h"
#include "domain/paper.h"
#include "domain/person.h"
#include "governance/paper_cycle.h"
#include "governance/quorum.h"

namespace ics::web {

struct MeetingPageData {
  Meeting meeting;  // already as the caller's role may see it
  Committee committee;
  std::vector<Person> people;
  std::vector<Paper> papers;             // only those the caller may see
  std::vector<Action> matters_arising;   // only those the caller may see
  governance::PaperCycleDates cycle;
  std::optional<governance::QuorumResult> quorum;  // absent until attendance is recorded
  Date today;
  bool can_edit = false;  // shows links to the secretariat's forms
};

std::string meeting_body(const MeetingPageData& data);

// "Integrated Care Board, Tuesday 3 March 2026": the page title.
std::string meeting_title(const Committee& committee, const Meeting& meeting);

// The visible paper supporting an agenda item (by item number, or by enclosure reference), or nullptr.
const Paper* paper_for_item(const std::vector<Paper>& papers, const AgendaItem& item);

// Text with line breaks as paragraphs, escaped.
std::string paragraphs(const std::string& text);

}  // namespace ics::web
