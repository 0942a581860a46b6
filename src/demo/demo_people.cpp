// The demo ICS's people and their register of interests. Every name is invented; organisation codes
// are those of src/demo/demo_organisations.cpp.
#include <algorithm>
#include <string>
#include <vector>

#include "demo/demo_governance_parts.h"

namespace ics::demo::detail {
namespace {

struct PersonRow {
  PersonId id;
  const char* name;
  const char* job_title;
  const char* org_code;
  const char* deputy;  // "Name, job title" of their usual deputy
};

constexpr PersonRow kPeople[] = {
    {kChair, "Dame Hilary Ashworth", "Chair, NHS Nottingham and Nottinghamshire ICB", "QT1",
     "Gillian Mercer, Vice-Chair"},
    {kChiefExecutive, "Amir Chaudhry", "Chief Executive", "QT1", "Leona Fairweather, Director of Strategy"},
    {kNedAudit, "Gillian Mercer", "Non-Executive Member (Audit and Risk), Vice-Chair", "QT1", "none"},
    {kNedQuality, "Dr Kwame Mensah", "Non-Executive Member (Quality)", "QT1", "none"},
    {kNedFinance, "Rosalind Achterberg", "Non-Executive Member (Finance and Performance)", "QT1", "none"},
    {kFinanceDirector, "Helen Okonjo", "Chief Finance Officer", "QT1", "Colin Mayfield, Deputy Chief Finance Officer"},
    {kNursingDirector, "Bernadette Quayle", "Director of Nursing", "QT1", "Ruth Adebayo, Deputy Director of Nursing"},
    {kMedicalDirector, "Dr Sanjiv Rathore", "Medical Director", "QT1", "Dr Elena Moss, Deputy Medical Director"},
    {kPerformanceDirector, "Tomasz Nowicki", "Director of Performance and Delivery", "QT1",
     "Jade Kirkbride, Head of Performance"},
    {kStrategyDirector, "Leona Fairweather", "Director of Strategy and Partnerships", "QT1",
     "Owen Plaskett, Head of Strategy"},
    {kPrimaryCareDirector, "Dr Ifeoma Nwosu", "Director of Primary Care", "QT1",
     "Lauren Quist, Head of Primary Care Commissioning"},
    {kNuhChief, "Jonathan Petrakis", "Chief Executive, Nottingham University Hospitals", "RX1",
     "Dr Meera Joshi, Chief Operating Officer"},
    {kSherwoodChief, "Marian Hollis", "Chief Executive, Sherwood Forest Hospitals", "RK5",
     "Patrick Dunmore, Chief Operating Officer"},
    {kHealthcareChief, "Dr Oluwaseun Adeyemi", "Chief Executive, Nottinghamshire Healthcare", "RHA",
     "Sian Lowther, Deputy Chief Executive"},
    {kAmbulanceChief, "Craig Lindqvist", "Chief Executive, East Midlands Ambulance Service", "RX9",
     "Nadia Farouk, Director of Operations"},
    {kDoncasterChief, "Priya Raghunathan", "Chief Executive, Doncaster and Bassetlaw Teaching Hospitals", "RP5",
     "Graham Ollerton, Deputy Chief Executive"},
    {kNuhFinance, "Stuart Bellamy", "Chief Financial Officer, Nottingham University Hospitals", "RX1",
     "Kiran Bhatt, Deputy Director of Finance"},
    {kSherwoodFinance, "Naomi Feld", "Director of Finance, Sherwood Forest Hospitals", "RK5",
     "Tom Haverley, Deputy Director of Finance"},
    {kHealthcareFinance, "Gareth Pryce", "Director of Finance, Nottinghamshire Healthcare", "RHA",
     "Alice Fenwick, Deputy Director of Finance"},
    {kAmbulanceFinance, "Imogen Castell", "Director of Finance, East Midlands Ambulance Service", "RX9",
     "Rob Mallender, Deputy Director of Finance"},
    {kDoncasterFinance, "Fergus McAllister", "Chief Financial Officer, Doncaster and Bassetlaw", "RP5",
     "Joy Amankwah, Deputy Director of Finance"},
    {kNuhNurse, "Yasmin El-Sayed", "Chief Nurse, Nottingham University Hospitals", "RX1",
     "Beth Carrow, Deputy Chief Nurse"},
    {kSherwoodNurse, "Catriona Doyle", "Chief Nurse, Sherwood Forest Hospitals", "RK5",
     "Marcus Oyelaran, Deputy Chief Nurse"},
    {kCityCareDirector, "Desmond Achebe", "Corporate Director of Adult Social Care, Nottingham City Council",
     "E06000018", "Hazel Brennan, Director of Commissioning"},
    {kCountyCareDirector, "Fiona Rudge", "Director of Adult Social Care and Health, Nottinghamshire County Council",
     "E10000024", "Ian Tasker, Service Director"},
    {kCityPublicHealth, "Dr Lucinda Marsh", "Director of Public Health, Nottingham City Council", "E06000018",
     "Dr Femi Okoro, Consultant in Public Health"},
    {kCountyPublicHealth, "Dr Rajesh Venkatraman", "Director of Public Health, Nottinghamshire County Council",
     "E10000024", "Dr Claire Whitby, Consultant in Public Health"},
    {kCityPcnDirector, "Dr Hannah Osei", "Clinical Director, Nottingham City PCN 1", "PCN-NC1",
     "Dr Luke Pemberton, GP Partner"},
    {kMidPcnDirector, "Dr Michael Tran", "Clinical Director, Mid-Nottinghamshire PCN 1", "PCN-MN1",
     "Dr Sophie Aldred, GP Partner"},
    {kSouthPcnDirector, "Dr Eilidh Grant", "Clinical Director, South Nottinghamshire PCN 2", "PCN-SN2",
     "Dr Arjun Kapoor, GP Partner"},
    {kBassetlawPcnDirector, "Dr Benedict Ayodele", "Clinical Director, Bassetlaw PCN 1", "PCN-BA1",
     "Dr Rachel Hume, GP Partner"},
    {kVoluntarySector, "Shabana Rafiq", "Chief Executive, Trentside Community and Voluntary Service", "",
     "Ellis Wragg, Deputy Chief Executive"},
    {kHealthwatch, "Owen Tremayne", "Chief Executive, Healthwatch Nottingham and Nottinghamshire", "",
     "Priti Lakhani, Engagement Manager"},
    {kHeadOfGovernance, "Corinne Bassett", "Head of Corporate Governance (Board Secretary)", "QT1",
     "Daniel Kowalczyk, Governance Officer"},
    {kGovernanceOfficer, "Daniel Kowalczyk", "Governance Officer", "QT1", "Aisha Bello, Governance Assistant"},
    {kGovernanceAssistant, "Aisha Bello", "Governance Assistant", "QT1", "Daniel Kowalczyk, Governance Officer"},
    {kMidPlaceLead, "Rebecca Stanforth", "Executive Lead, Mid-Nottinghamshire Place", "QT1-MN",
     "Joel Harker, Place Development Manager"},
    {kCityPlaceLead, "Marcus Delaney", "Executive Lead, Nottingham City Place", "QT1-NC",
     "Zara Mahmood, Place Development Manager"},
    {kSouthPlaceLead, "Chloe Ng", "Executive Lead, South Nottinghamshire Place", "QT1-SN",
     "Ben Sturgess, Place Development Manager"},
    {kMidPlaceChair, "Cllr Patricia Heywood", "Councillor, Nottinghamshire County Council", "E10000024",
     "Cllr Roy Blandford, Councillor"},
    {kCityPlaceChair, "Cllr Ahmed Siddiqui", "Councillor, Nottingham City Council", "E06000018",
     "Cllr Grace Otway, Councillor"},
    {kSouthPlaceChair, "Cllr Janet Woolley", "Councillor, Nottinghamshire County Council", "E10000024",
     "Cllr Dev Mistry, Councillor"},
};

const PersonRow* row(int64_t id) {
  for (const auto& r : kPeople)
    if (r.id == id) return &r;
  return nullptr;
}

// Months before today, as a date (day of month clamped to 28 so every month has it).
Date months_before(Date today, int months) {
  Month m = Month::of(today);
  for (int i = 0; i < months; ++i) m = m.previous();
  return Date::from_ymd(m.year, m.month, std::min(today.day(), 28));
}

}  // namespace

std::vector<Person> demo_people() {
  std::vector<Person> out;
  for (const auto& r : kPeople) out.push_back(Person{r.id, r.name, r.job_title, r.org_code});
  return out;
}

std::string usual_deputy(int64_t person_id) {
  const PersonRow* r = row(person_id);
  return r ? r->deputy : "";
}

std::string person_name(int64_t person_id) {
  const PersonRow* r = row(person_id);
  return r ? r->name : "";
}

std::vector<DemoInterest> demo_interests(Date today) {
  using T = InterestType;
  using D = DeclarationDecision;
  struct Row {
    PersonId person;
    T type;
    const char* description;
    int from_months_ago;       // when the interest began; -1: no start date recorded
    int ended_months_ago;      // -1: still current
    int declared_months_ago;
    int confirmed_months_ago;  // -1: never confirmed since declared
    const char* tag;
    D ruling;
  };
  // Reviews are due six months after the last confirmation: rows confirmed 7 or more months ago (or never,
  // when declared that long ago) are the overdue reviews the register should flag.
  static constexpr Row kRows[] = {
      {kChair, T::NonFinancialProfessional, "Trustee, Nottingham Hospitals Charity", 40, -1, 30, 2, "charity", D::TakesPart},
      {kChair, T::NonFinancialPersonal, "Member, Nottinghamshire Wildlife Trust", 60, -1, 30, 2, "", D::TakesPart},
      {kChiefExecutive, T::Indirect, "Spouse is a consultant anaesthetist at Nottingham University Hospitals", 90, -1,
       28, 4, "nuh-contract", D::StaysWithoutVoting},
      {kNedAudit, T::Financial, "Paid non-executive director, Trentbridge Housing Association (invented)", 30, -1, 26,
       8, "housing", D::TakesPart},
      {kNedQuality, T::NonFinancialProfessional, "Honorary senior lecturer, School of Medicine, University of Nottingham",
       70, -1, 24, 3, "", D::TakesPart},
      {kNedFinance, T::Financial, "Shareholding over £25,000 in Meridian Diagnostics Ltd (invented)", 24, -1, 20, 9,
       "diagnostics", D::LeavesForItem},
      {kFinanceDirector, T::Indirect, "Brother is a director of Oakwell Care Homes Ltd (invented), Mid-Nottinghamshire",
       36, -1, 22, 1, "care-homes", D::LeavesForItem},
      {kMedicalDirector, T::Financial, "Private practice, cardiology outpatient sessions at Park Lane Clinic (invented)",
       50, -1, 25, 5, "diagnostics", D::StaysWithoutVoting},
      {kMedicalDirector, T::NonFinancialProfessional, "Member, Royal College of Physicians council", 30, 3, 25, 5, "",
       D::TakesPart},
      {kPrimaryCareDirector, T::NonFinancialProfessional, "Sessional GP, Bulwell Riverside practice (illustrative)", 48,
       -1, 18, 11, "gp-contract", D::StaysWithoutVoting},
      {kNuhChief, T::NonFinancialProfessional, "Board member, East Midlands Academic Health Science Network", 40, -1, 20,
       3, "", D::TakesPart},
      {kHealthcareChief, T::NonFinancialPersonal, "Trustee, Mind in Nottinghamshire (invented branch)", 20, -1, 15, 2,
       "mental-health-vcs", D::StaysWithoutVoting},
      {kAmbulanceChief, T::NonFinancialProfessional, "Vice-chair, Association of Ambulance Chief Executives", 25, -1,
       14, 7, "", D::TakesPart},
      {kNuhFinance, T::Indirect, "Partner is a senior manager at Hartwell Consulting LLP (invented), a framework supplier",
       14, -1, 13, -1, "consultancy", D::ItemDeferred},
      {kCountyCareDirector, T::NonFinancialProfessional, "Trustee, Carers Federation Nottinghamshire (invented)", 36,
       -1, 20, 4, "carers", D::TakesPart},
      {kCityPublicHealth, T::NonFinancialProfessional, "Fellow, Faculty of Public Health", 100, -1, 30, 2, "",
       D::TakesPart},
      {kCityPcnDirector, T::Financial, "GP partner, Bulwell Riverside practice (illustrative), holds a GMS contract", 96,
       -1, 26, 2, "gp-contract", D::StaysWithoutVoting},
      {kCityPcnDirector, T::NonFinancialProfessional, "Clinical director, Nottingham City PCN 1", 60, -1, 26, 2,
       "gp-contract", D::StaysWithoutVoting},
      {kMidPcnDirector, T::Financial, "GP partner, Forest Town practice (illustrative); shareholder, Sherwood GP Federation",
       80, -1, 24, 8, "gp-contract", D::LeavesForItem},
      {kSouthPcnDirector, T::Financial, "GP partner, West Bridgford practice (illustrative)", 70, -1, 22, 3,
       "gp-contract", D::StaysWithoutVoting},
      {kSouthPcnDirector, T::NonFinancialPersonal, "School governor, Rushcliffe (invented school)", 30, 2, 22, 3, "",
       D::TakesPart},
      {kBassetlawPcnDirector, T::Financial, "GP partner, Retford practice (illustrative)", 60, -1, 9, -1, "gp-contract",
       D::StaysWithoutVoting},
      {kVoluntarySector, T::Financial, "Employed by Trentside CVS (invented), which holds ICB social prescribing grants",
       40, -1, 20, 2, "vcs-grants", D::LeavesForItem},
      {kHealthwatch, T::NonFinancialProfessional, "Healthwatch is funded by the two councils", 50, -1, 18, 12, "",
       D::TakesPart},
      {kMidPlaceChair, T::NonFinancialPersonal, "Member of Mansfield District Council", 30, -1, 12, 2, "", D::TakesPart},
      {kCityPlaceChair, T::NonFinancialPersonal, "Volunteer, Hyson Green food bank (invented)", 18, -1, 10, 4,
       "vcs-grants", D::TakesPart},
      {kSouthPlaceLead, T::Indirect, "Sister is practice manager at a West Bridgford practice (illustrative)", 20, -1, 16,
       7, "gp-contract", D::TakesPart},
      {kSherwoodChief, T::NonFinancialProfessional, "Non-executive director, East Midlands Leadership Academy", 26, -1,
       16, 1, "", D::TakesPart},
      {kStrategyDirector, T::NonFinancialPersonal, "Member, Nottingham Civic Society", -1, -1, 8, -1, "", D::TakesPart},
  };
  std::vector<DemoInterest> out;
  int64_t id = 0;
  for (const auto& r : kRows) {
    DemoInterest d;
    d.interest.id = ++id;
    d.interest.person_id = r.person;
    d.interest.type = r.type;
    d.interest.description = r.description;
    if (r.from_months_ago >= 0) d.interest.from = months_before(today, r.from_months_ago);
    if (r.ended_months_ago >= 0) d.interest.to = months_before(today, r.ended_months_ago);
    d.interest.declared_on = months_before(today, r.declared_months_ago);
    if (r.confirmed_months_ago >= 0) d.interest.last_confirmed = months_before(today, r.confirmed_months_ago);
    d.conflict_tag = r.ended_months_ago >= 0 ? "" : r.tag;
    d.ruling = r.ruling;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace ics::demo::detail
