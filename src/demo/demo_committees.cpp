// The demo ICB's board and its sub-committees, with terms of reference as such boards write them.
#include <string>
#include <vector>

#include "demo/demo_governance_parts.h"

namespace ics::demo::detail {
namespace {

CommitteeMember seat(int64_t person, MemberRole role) { return CommitteeMember{person, role, std::nullopt, std::nullopt}; }
CommitteeMember chair(int64_t person) { return seat(person, MemberRole::Chair); }
CommitteeMember vice(int64_t person) { return seat(person, MemberRole::ViceChair); }
CommitteeMember attends(int64_t person) { return seat(person, MemberRole::InAttendance); }

std::vector<CommitteeMember> members(std::vector<CommitteeMember> leaders, std::vector<int64_t> voting,
                                     std::vector<int64_t> in_attendance) {
  for (int64_t p : voting) leaders.push_back(seat(p, MemberRole::Member));
  for (int64_t p : in_attendance) leaders.push_back(attends(p));
  return leaders;
}

Committee committee(int64_t id, const char* name, const char* code, std::optional<int64_t> parent, const char* purpose,
                    const char* frequency, bool in_public, QuorumRule quorum, PaperCycle cycle, const char* action_prefix,
                    std::vector<CommitteeMember> seats) {
  Committee c;
  c.id = id;
  c.name = name;
  c.code = code;
  c.reports_to = parent;
  c.purpose = purpose;
  c.frequency = frequency;
  c.meets_in_public = in_public;
  c.quorum = quorum;
  c.required_attendance = 0.75;
  c.paper_cycle = cycle;
  c.action_prefix = action_prefix;
  c.decision_prefix = std::string(code) + "-D";
  c.members = std::move(seats);
  return c;
}

constexpr const char* kBoardRoom = "Board Room, Sir John Robinson House, Sir John Robinson Way, Arnold, Nottingham NG5 6DA";
constexpr const char* kTeams = "https://teams.example.nhs.uk/meet/";

}  // namespace

std::vector<DemoCommittee> demo_committees(Date today) {
  std::vector<DemoCommittee> out;

  out.push_back({committee(kBoard, "Integrated Care Board", "ICSB", std::nullopt,
                           "Sets the strategy of the Nottingham and Nottinghamshire Integrated Care System, allocates "
                           "its resources and holds the system to account for performance, quality and finance. Meets "
                           "in public; confidential business is taken in a private part (FOI Act s36).",
                           "Bi-monthly", true, QuorumRule{6, 3, true, false}, PaperCycle{10, 5, 10}, "B",
                           members({chair(kChair), vice(kNedAudit)},
                                   {kNedQuality, kNedFinance, kChiefExecutive, kFinanceDirector, kNursingDirector,
                                    kMedicalDirector, kNuhChief, kHealthcareChief, kCityPcnDirector,
                                    kCountyCareDirector, kCityCareDirector},
                                   {kPerformanceDirector, kStrategyDirector, kCityPublicHealth, kHealthwatch,
                                    kHeadOfGovernance})),
                 MeetingPattern{3, 2, 2, 1, false, "09:30", "13:00", kBoardRoom, ""}});

  out.push_back({committee(kSystemExecutive, "System Executive", "SE", kBoard,
                           "Brings together the chief executives and executive directors of the system's partners to "
                           "lead delivery of the joint forward plan and resolve system-wide operational issues.",
                           "Monthly", false, QuorumRule{6, 4, true, true}, PaperCycle{7, 3, 5}, "SE",
                           members({chair(kChiefExecutive), vice(kFinanceDirector)},
                                   {kNuhChief, kSherwoodChief, kHealthcareChief, kAmbulanceChief, kDoncasterChief,
                                    kCityCareDirector, kCountyCareDirector, kNursingDirector, kMedicalDirector,
                                    kPerformanceDirector, kStrategyDirector},
                                   {kGovernanceOfficer})),
                 MeetingPattern{1, 1, 1, 1, false, "14:00", "16:30", "", kTeams}});

  Committee pog = committee(kPog, "Performance Oversight Group", "POG", kBoard,
                            "Oversees delivery of constitutional and operational plan standards across the system, "
                            "reviews the integrated performance report and assures the board on recovery actions.",
                            "Monthly", false, QuorumRule{5, 3, true, true}, PaperCycle{10, 5, 10}, "P",
                            members({chair(kPerformanceDirector), vice(kMedicalDirector)},
                                    {kNursingDirector, kNuhChief, kSherwoodChief, kAmbulanceChief, kDoncasterChief,
                                     kCountyCareDirector},
                                    {kGovernanceAssistant}));
  // A primary care seat changed hands five months ago: the attendance matrix shows both.
  Month changeover = Month::of(today);
  for (int i = 0; i < 5; ++i) changeover = changeover.previous();
  const Date handover = changeover.first_day();
  pog.members.push_back(CommitteeMember{kBassetlawPcnDirector, MemberRole::Member, std::nullopt, add_days(handover, -1)});
  pog.members.push_back(CommitteeMember{kMidPcnDirector, MemberRole::Member, handover, std::nullopt});
  out.push_back({pog, MeetingPattern{2, 3, 1, 1, false, "10:00", "12:00", "Meeting Room 3, Sir John Robinson House",
                                     kTeams}});

  out.push_back({committee(kQualityGroup, "Quality Group", "QG", kBoard,
                           "Assures the board on the quality and safety of services commissioned and provided across "
                           "the system: patient safety, experience, effectiveness, safeguarding and infection control.",
                           "Monthly", false, QuorumRule{5, 3, true, true}, PaperCycle{10, 5, 10}, "Q",
                           members({chair(kNedQuality), vice(kNursingDirector)},
                                   {kMedicalDirector, kNuhNurse, kSherwoodNurse, kHealthcareChief, kCityPublicHealth,
                                    kCountyPublicHealth, kHealthwatch},
                                   {kGovernanceAssistant})),
                 MeetingPattern{3, 3, 1, 1, true, "13:30", "16:00", "", kTeams}});

  out.push_back({committee(kFdg, "Finance Directors Group", "FDG", kBoard,
                           "Oversees the system financial plan, the monthly position and forecast against the "
                           "envelope, the efficiency programme and capital, and recommends financial decisions to the "
                           "board.",
                           "Monthly", false, QuorumRule{4, 3, true, true}, PaperCycle{7, 5, 10}, "F",
                           members({chair(kFinanceDirector), vice(kNedFinance)},
                                   {kNuhFinance, kSherwoodFinance, kHealthcareFinance, kAmbulanceFinance,
                                    kDoncasterFinance},
                                   {kGovernanceOfficer})),
                 MeetingPattern{1, 4, 1, 1, true, "09:00", "11:00", "", kTeams}});

  const char* kPlacePurpose =
      "Brings the NHS, councils and the voluntary sector of the place together to improve the health of its "
      "population and reduce inequalities, overseeing the place's share of the joint forward plan.";
  out.push_back({committee(kMidPlace, "Mid-Nottinghamshire Place Partnership Board", "MNPPB", kBoard, kPlacePurpose,
                           "Bi-monthly", true, QuorumRule{4, 3, true, true}, PaperCycle{10, 5, 10}, "MN",
                           members({chair(kMidPlaceChair), vice(kMidPlaceLead)},
                                   {kSherwoodChief, kMidPcnDirector, kCountyCareDirector, kCountyPublicHealth,
                                    kVoluntarySector},
                                   {kGovernanceAssistant})),
                 MeetingPattern{2, 1, 2, 0, false, "14:00", "16:00", "Civic Centre, Chesterfield Road South, Mansfield",
                                ""}});
  out.push_back({committee(kCityPlace, "Nottingham City Place Partnership Board", "NCPPB", kBoard, kPlacePurpose,
                           "Bi-monthly", true, QuorumRule{4, 3, true, true}, PaperCycle{10, 5, 10}, "NC",
                           members({chair(kCityPlaceChair), vice(kCityPlaceLead)},
                                   {kNuhChief, kCityPcnDirector, kCityCareDirector, kCityPublicHealth,
                                    kHealthcareChief, kVoluntarySector},
                                   {kGovernanceOfficer})),
                 MeetingPattern{3, 1, 2, 0, false, "10:00", "12:00", "Loxley House, Station Street, Nottingham", ""}});
  out.push_back({committee(kSouthPlace, "South Nottinghamshire Place Partnership Board", "SNPPB", kBoard,
                           kPlacePurpose, "Bi-monthly", true, QuorumRule{4, 3, true, true}, PaperCycle{10, 5, 10},
                           "SN",
                           members({chair(kSouthPlaceChair), vice(kSouthPlaceLead)},
                                   {kNuhChief, kSouthPcnDirector, kCountyCareDirector, kCountyPublicHealth,
                                    kHealthwatch},
                                   {kGovernanceAssistant})),
                 MeetingPattern{0, 3, 2, 0, false, "14:00", "16:00", "Rushcliffe Arena, Rugby Road, West Bridgford", ""}});
  return out;
}

}  // namespace ics::demo::detail
