#pragma once
// The pieces build_demo_governance assembles; internal to src/demo. Ids here are placeholders.
#include <cstdint>
#include <string>
#include <vector>

#include "demo/demo_governance.h"
#include "demo/demo_random.h"

namespace ics::demo::detail {

// Placeholder ids of the demo's people (all names are invented).
enum PersonId : int64_t {
  kChair = 1, kChiefExecutive, kNedAudit, kNedQuality, kNedFinance, kFinanceDirector, kNursingDirector,
  kMedicalDirector, kPerformanceDirector, kStrategyDirector, kPrimaryCareDirector,
  kNuhChief, kSherwoodChief, kHealthcareChief, kAmbulanceChief, kDoncasterChief,
  kNuhFinance, kSherwoodFinance, kHealthcareFinance, kAmbulanceFinance, kDoncasterFinance,
  kNuhNurse, kSherwoodNurse,
  kCityCareDirector, kCountyCareDirector, kCityPublicHealth, kCountyPublicHealth,
  kCityPcnDirector, kMidPcnDirector, kSouthPcnDirector, kBassetlawPcnDirector,
  kVoluntarySector, kHealthwatch, kHeadOfGovernance, kGovernanceOfficer, kGovernanceAssistant,
  kMidPlaceLead, kCityPlaceLead, kSouthPlaceLead, kMidPlaceChair, kCityPlaceChair, kSouthPlaceChair,
  kPersonEnd
};

// Placeholder ids of the committees, parents first.
enum CommitteeId : int64_t { kBoard = 1, kSystemExecutive, kPog, kQualityGroup, kFdg, kMidPlace, kCityPlace, kSouthPlace };

// The ICS Chief Executive Group: where the demo delegates actions.
inline constexpr const char* kDelegateGroup = "ICS Chief Executive Group";

std::vector<Person> demo_people();
// "Name, job title" of the person who usually deputises for this one.
std::string usual_deputy(int64_t person_id);
// The person's name ("" for an unknown id).
std::string person_name(int64_t person_id);

// A register entry and the agenda topic it conflicts with ("" for none), with the chair's usual ruling.
struct DemoInterest {
  Interest interest;
  std::string conflict_tag;
  DeclarationDecision ruling = DeclarationDecision::TakesPart;
};
// Every type of interest; some reviews overdue on `today`, some ended.
std::vector<DemoInterest> demo_interests(Date today);

// When a committee meets: the nth given weekday of the month (0 = Monday), every month or every other.
struct MeetingPattern {
  int weekday = 1;
  int nth = 1;
  int every_months = 1;     // 1 monthly, 2 bi-monthly
  int first_month = 1;      // bi-monthly: meets in months congruent to this (mod 2)
  bool skips_august = false;
  const char* start = "09:30";
  const char* end = "12:00";
  const char* location = "";
  const char* video_link = "";
};

struct DemoCommittee {
  Committee committee;
  MeetingPattern pattern;
};
// The board and its seven sub-committees; membership changes are dated relative to `today`.
std::vector<DemoCommittee> demo_committees(Date today);

// Place partnership boards share their items; these leads stand for the board's own people.
inline constexpr int64_t kLeadViceChair = -1;         // the place's executive lead
inline constexpr int64_t kLeadChair = -2;
inline constexpr int64_t kLeadPcnDirector = -3;       // the PCN clinical director on the board
inline constexpr int64_t kLeadPublicHealth = -4;      // the council's director of public health
inline constexpr int64_t kLeadCareDirector = -5;      // the council's director of adult social care

// One business item a committee takes, with what its paper, minute, resolution and action say.
// Titles may hold {fm} (last month's M07) and {rfy} (its financial year), {fy} (2025/26), {nfy} and {pfy} (next and previous
// financial years), {prev} (last month: October 2025) and {place} (the place board's place).
struct ItemTemplate {
  const char* section;
  const char* title;
  int64_t lead;
  ActionRequested action;
  ItemFormat format;
  bool private_part;   // board only: taken in the private part
  unsigned months;     // bit m set: taken in calendar month m; 0: every meeting
  const char* summary;
  const char* minute;
  const char* resolution;           // "" when nothing is resolved
  const char* action_text;          // "" when no action usually follows
  const char* confidential_reason;  // "" unless the paper is confidential (FOI Act s36)
  const char* conflict_tag;         // "" unless members with a tagged interest must declare it
  int64_t prior_forum;              // committee that saw the paper first; 0 for none
};
const std::vector<ItemTemplate>& item_templates(int64_t committee_id);

// An action minuted at a held meeting, before its status is decided.
struct ActionSeed {
  int64_t committee_id = 0;
  int64_t meeting_id = 0;
  std::string item_number;
  std::string description;
  int64_t owner_id = 0;
  Date raised_on;
  Date due;
  bool confidential = false;
};

struct DemoMeetings {
  std::vector<Meeting> meetings;
  std::vector<DemoPaper> papers;
  std::vector<Decision> decisions;
  std::vector<ActionSeed> action_seeds;
};
// Meetings of every committee from a year before `today` to two months after it.
DemoMeetings demo_meetings(const std::vector<DemoCommittee>& committees, const std::vector<Person>& people,
                           const std::vector<DemoInterest>& interests, Date today, DemoRandom& random);

// The cover sheet's implications for a business item's paper.
Implications paper_implications(const Committee& committee, const AgendaItem& item, const ItemTemplate& t);
// The paper's file: a one-page PDF of its cover sheet.
std::string paper_pdf(const Committee& committee, const Meeting& meeting, const Paper& paper);
// "icsb-2026-03-12-enc-c.pdf"
std::string paper_file_name(const Committee& committee, const Meeting& meeting, const Paper& paper);

// The action log: refs by committee prefix, statuses as a year of business leaves them (every status
// present, some open actions overdue on `today`), with updates.
std::vector<Action> demo_actions(const std::vector<ActionSeed>& seeds, const std::vector<Committee>& committees,
                                 Date today, DemoRandom& random);

// Calendar helpers shared by the parts.
Date add_days(Date date, int days);
int weekday(Date date);  // 0 = Monday

}  // namespace ics::demo::detail
