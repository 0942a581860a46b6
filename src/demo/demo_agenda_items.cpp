// The business each demo committee takes over a year, beyond the standing opening items. Text is written
// the way board papers and minutes are, and is invented.
#include <initializer_list>
#include <vector>

#include "demo/demo_governance_parts.h"

namespace ics::demo::detail {
namespace {

constexpr unsigned in_months(std::initializer_list<int> months) {
  unsigned mask = 0;
  for (int m : months) mask |= 1u << m;
  return mask;
}
constexpr unsigned kEvery = 0;

using A = ActionRequested;
using F = ItemFormat;

constexpr const char* kCommercial =
    "FOI Act s36(2)(c) and s43(2): disclosure while negotiations are open would prejudice the effective conduct of "
    "public affairs and the commercial interests of the ICB and providers";
constexpr const char* kFreeAndFrank =
    "FOI Act s36(2)(b): a draft for the free and frank exchange of views before the board decides";
constexpr const char* kPersonal =
    "FOI Act s36(2)(c) and s40: contains personal data about named staff";

const std::vector<ItemTemplate> kBoardItems = {
    {"Chair and Chief Executive", "Chair's report", kChair, A::Note, F::Verbal, false, kEvery,
     "The Chair's report on engagement with partners since the last meeting.",
     "The Chair reported on visits to Kings Mill Hospital and the Mansfield community diagnostic centre, and on the "
     "regional ICB chairs' network.", "", "", "", "", 0},
    {"Chair and Chief Executive", "Chief Executive's report", kChiefExecutive, A::Note, F::Attached, false, kEvery,
     "National and local developments since the last meeting, including NHS England planning guidance and the "
     "system's operational position.",
     "The Chief Executive highlighted the national planning guidance, industrial action planning and the system's "
     "improving position on ambulance handovers.", "", "", "", "", 0},
    {"Performance, quality and finance", "Integrated performance report ({prev} data)", kPerformanceDirector,
     A::Assure, F::Attached, false, kEvery,
     "Performance against the constitutional standards and operational plan trajectories with SPC charts: A&E 4-hour "
     "performance, ambulance category 2 response, RTT 65-week waits, cancer 62-day and diagnostics.",
     "The Board discussed the report. Members were concerned that 65-week waits at Nottingham University Hospitals "
     "remained above trajectory and asked for clearer recovery milestones.",
     "", "Provide the Board with a recovery trajectory and milestones for RTT 65-week waits at Nottingham University Hospitals",
     "", "", kPog},
    {"Performance, quality and finance", "Finance report {fm} {rfy}", kFinanceDirector, A::Assure, F::Attached, false,
     kEvery,
     "The system's year-to-date position and forecast outturn against the financial plan, efficiency delivery and "
     "risks to the forecast.",
     "The Chief Finance Officer reported a year-to-date deficit £4.2m adverse to plan, driven by unfunded industrial "
     "action costs and slippage on efficiency schemes; the system continues to forecast breakeven.",
     "", "Set out the risks to the forecast outturn and the mitigations the system has agreed, with their values",
     "", "", kFdg},
    {"Performance, quality and finance", "Quality and safety assurance report", kNursingDirector, A::Assure,
     F::Attached, false, kEvery,
     "Assurance on patient safety, maternity, infection prevention and patient experience from the Quality Group.",
     "The Director of Nursing summarised the Quality Group's assurance, including maternity improvement progress and "
     "the rise in C. difficile cases.", "", "Bring a deep dive on C. difficile infection rates and actions to the Board",
     "", "", kQualityGroup},
    {"Strategy and assurance", "Winter plan {fy}", kPerformanceDirector, A::Approve, F::Attached, false, in_months({9}),
     "The system's plan for winter: bed and virtual ward capacity, escalation (OPEL) framework, vaccination and "
     "demand management.",
     "The Board reviewed the plan and the residual capacity gap in January.",
     "to approve the system winter plan {fy}, including the escalation framework", "", "", "", kSystemExecutive},
    {"Strategy and assurance", "System risk register and board assurance framework", kStrategyDirector, A::Approve,
     F::Attached, false, in_months({1, 5, 9}),
     "The principal risks to the system's objectives, their controls and assurances, with scores movements since "
     "the last review.",
     "The Board reviewed the principal risks; the workforce risk score increased to 16.",
     "to approve the updated board assurance framework and risk scores",
     "Review the risk appetite for the financial sustainability risk and report back", "", "", 0},
    {"Strategy and assurance", "Population health management: segmentation update", kCityPublicHealth, A::Discuss,
     F::Presentation, false, in_months({3, 11}),
     "Segmentation of the registered population by need, and what it tells the system about inequalities.",
     "The Board welcomed the analysis showing frailty concentrated in the most deprived quintile.", "",
     "Bring the inequalities analysis by deprivation quintile and ethnicity to a Board development session", "", "", 0},
    {"Strategy and assurance", "Joint forward plan refresh {nfy}", kStrategyDirector, A::Approve, F::Attached, false,
     in_months({3}),
     "The annual refresh of the five-year joint forward plan agreed with partners and the health and wellbeing boards.",
     "The Board noted the support of both health and wellbeing boards.",
     "to approve the refreshed joint forward plan {nfy} for publication", "", "", "", kSystemExecutive},
    {"Strategy and assurance", "Operational plan {nfy}: first submission", kPerformanceDirector, A::Discuss,
     F::Attached, false, in_months({1}),
     "The draft activity, performance, workforce and finance plan for the coming year.",
     "The Board discussed the draft plan and the gap to the financial envelope.", "",
     "Circulate the final operational plan submission to Board members before submission", "", "", kFdg},
    {"Strategy and assurance", "Annual report and accounts {pfy}", kFinanceDirector, A::Approve, F::Attached, false,
     in_months({5}),
     "The annual report and accounts, on the recommendation of the Audit and Risk Committee.",
     "The Board thanked the finance and governance teams.",
     "to approve the annual report and accounts {pfy} for submission", "", "", "", 0},
    {"Strategy and assurance", "Primary care access recovery plan", kPrimaryCareDirector, A::Approve, F::Attached,
     false, in_months({7, 1}),
     "Progress on the delivery plan for recovering access to primary care, and funding for PCN capacity.",
     "The Board discussed practice-level variation in access.",
     "to approve the primary care access recovery plan and the PCN capacity funding",
     "Publish practice-level access data on the ICB website", "", "gp-contract", 0},
    {"Strategy and assurance", "System MOU stocktake", kStrategyDirector, A::Assure, F::Attached, false,
     in_months({7, 11}),
     "BRAG-rated delivery of the commitments in the system memorandum of understanding with NHS England.",
     "The Board noted 14 of 22 deliverables rated green.", "", "Agree recovery actions for the red-rated MOU deliverables",
     "", "", 0},
    {"Committee reports", "Reports from committees and place partnership boards", kChair, A::Note, F::Attached, false,
     kEvery, "Chairs' reports from the sub-committees and the three place partnership boards.",
     "The Board noted the reports.", "", "", "", "", 0},
    {"Closing business", "Questions from the public", kChair, A::Note, F::Verbal, false, kEvery, "",
     "Two questions were received in advance about GP access in Bassetlaw; written answers will be published.", "",
     "", "", "", 0},
    {"Private business", "Provider contract settlements {nfy}", kFinanceDirector, A::Approve, F::Attached, true,
     in_months({1, 3}), "Proposed contract values and terms with the system's NHS trusts for the coming year.",
     "The Board discussed the proposed settlements.",
     "to approve the contract envelope and delegate final settlement to the Chief Executive and Chief Finance Officer",
     "Report the final contract values to the Board", kCommercial, "nuh-contract", kFdg},
    {"Private business", "Community diagnostic centre: full business case", kMedicalDirector, A::Approve, F::Attached,
     true, in_months({9, 11}),
     "The full business case for the community diagnostic centre, including procurement of imaging services.",
     "The Board discussed affordability and the procurement route.",
     "to approve the full business case subject to national capital approval", "", kCommercial, "diagnostics", kFdg},
    {"Private business", "Care home fee uplift {nfy}", kFinanceDirector, A::Agree, F::Attached, true, in_months({3}),
     "The proposed joint fee uplift for care homes with the two councils.",
     "The Board agreed the proposed uplift.", "to agree the joint care home fee uplift with both councils", "",
     kFreeAndFrank, "care-homes", 0},
    {"Private business", "Executive team structure and remuneration", kChiefExecutive, A::Approve, F::Attached, true,
     in_months({5}), "Changes to the executive structure, on the recommendation of the Remuneration Committee.",
     "The Board discussed the proposals.", "to approve the revised executive structure", "", kPersonal, "", 0},
    {"Private business", "Serious incident: maternity services (verbal update)", kNursingDirector, A::Note, F::Verbal,
     true, in_months({7, 11}), "", "The Director of Nursing updated the Board on the investigation.", "",
     "Confirm the date of the independent review's report", "", "", 0},
};

const std::vector<ItemTemplate> kSystemExecutiveItems = {
    {"System delivery", "System flow and escalation: OPEL position", kPerformanceDirector, A::Discuss, F::Attached,
     false, kEvery, "Flow through urgent and emergency care across the system, and escalation levels by provider.",
     "Partners discussed discharge delays for patients with no criteria to reside.", "",
     "Agree a joint discharge-to-assess trajectory with both councils", "", "", 0},
    {"System delivery", "Joint forward plan delivery", kStrategyDirector, A::Assure, F::Attached, false, kEvery,
     "Progress on the joint forward plan's programmes, BRAG-rated.", "The group noted progress.", "",
     "Update the BRAG ratings for the urgent care programme", "", "", 0},
    {"System delivery", "Workforce: agency reduction and international recruitment", kNuhChief, A::Discuss,
     F::Presentation, false, in_months({1, 3, 5, 7, 9, 11}),
     "Agency spend against the cap and the system's recruitment pipeline.",
     "The group discussed a shared bank across the acute trusts.", "",
     "Scope a shared staff bank for the acute trusts", "", "", 0},
    {"System delivery", "Financial recovery: grip and control", kFinanceDirector, A::Agree, F::Attached, false,
     in_months({6, 7, 8, 9, 10, 11, 12}), "System-wide controls on vacancies, agency and discretionary spend.",
     "The group agreed the controls.", "to agree system vacancy control panels in every partner organisation", "", "",
     "", kFdg},
    {"System delivery", "Winter plan {fy}: system sign-off", kPerformanceDirector, A::Agree, F::Attached, false,
     in_months({8}), "The draft system winter plan for sign-off before the Board.",
     "Partners signed off the plan subject to confirmation of virtual ward capacity.",
     "to agree the winter plan {fy} and recommend it to the Board", "", "", "", kPog},
    {"Strategy", "Population health management: segmentation update", kStrategyDirector, A::Discuss, F::Presentation,
     false, in_months({2, 5, 8, 11}), "Segment sizes, trends and the cohorts proposed for proactive care.",
     "The group supported targeting the moderate frailty segment.", "",
     "Bring proposals for proactive care of the moderate frailty segment", "", "", 0},
    {"Strategy", "Virtual wards: utilisation and next steps", kSherwoodChief, A::Agree, F::Attached, false,
     in_months({4, 10}), "Virtual ward occupancy and outcomes, and the proposed model for next year.",
     "The group agreed to consolidate the virtual ward services.", "to agree the consolidated virtual ward model", "",
     "", "", 0},
    {"Strategy", "Provider collaboration at scale", kDoncasterChief, A::Discuss, F::Attached, false, in_months({3, 9}),
     "Governance options for the acute provider collaborative.", "Partners discussed the options.", "",
     "Draft terms of reference for the acute provider collaborative", "", "", 0},
    {"Strategy", "Delegated pharmacy, optometry and dental commissioning", kPrimaryCareDirector, A::Note, F::Attached,
     false, in_months({1, 7}), "The first months of delegated commissioning and the dental access plan.",
     "The group noted the dental access position.", "", "", "", "gp-contract", 0},
};

const std::vector<ItemTemplate> kPogItems = {
    {"Performance", "Integrated performance report: exceptions ({prev} data)", kPerformanceDirector, A::Assure,
     F::Attached, false, kEvery, "Metrics with special-cause concern or failing their target, with recovery actions.",
     "The group reviewed the exceptions.", "",
     "Carry out a deep dive into ambulance handover delays at Queen's Medical Centre", "", "", 0},
    {"Performance", "Urgent and emergency care recovery: A&E 4-hour and ambulance handovers", kAmbulanceChief,
     A::Assure, F::Attached, false, kEvery, "A&E 4-hour performance, 12-hour waits and handover times against plan.",
     "The group noted improvement in handover times.", "",
     "Report the impact of the fit-to-sit model on 12-hour waits", "", "", 0},
    {"Performance", "Elective recovery: long waiters and diagnostics", kNuhChief, A::Assure, F::Attached, false,
     kEvery, "RTT long waiters, validation and mutual aid, and diagnostic waits.",
     "The group discussed mutual aid from Sherwood Forest Hospitals.", "",
     "Confirm mutual aid capacity for orthopaedics with Sherwood Forest Hospitals", "", "", 0},
    {"Performance", "Cancer 62-day recovery", kSherwoodChief, A::Assure, F::Attached, false,
     in_months({1, 3, 5, 7, 9, 11}), "Cancer backlog and 62-day performance by tumour site.",
     "The group noted the urology pathway pressure.", "", "Review the urology pathway with the cancer alliance", "",
     "", 0},
    {"Planning", "Winter plan {fy}: readiness and surge", kPerformanceDirector, A::Agree, F::Attached, false,
     in_months({8, 9, 10}), "Readiness for winter against the plan's milestones.",
     "The group reviewed readiness.", "to agree the winter readiness assessment", "", "", "", 0},
    {"Planning", "Operational plan {nfy}: performance trajectories", kPerformanceDirector, A::Agree, F::Attached, false,
     in_months({1, 2, 3}), "Proposed trajectories for the constitutional standards in next year's plan.",
     "The group discussed the trajectories.", "to agree the draft performance trajectories for submission", "", "",
     "", 0},
    {"Risk", "Performance risks for the system risk register", kPerformanceDirector, A::Agree, F::Attached, false,
     in_months({3, 6, 9, 12}), "The performance risks on the system risk register and their scores.",
     "The group reviewed the risks.", "to agree the performance risk scores", "", "", "", 0},
};

const std::vector<ItemTemplate> kQualityItems = {
    {"Quality assurance", "Quality and safety dashboard ({prev})", kNursingDirector, A::Assure, F::Attached, false,
     kEvery, "Safety, effectiveness and experience measures by provider.", "The group reviewed the dashboard.", "",
     "Add pressure ulcer rates in community services to the dashboard", "", "", 0},
    {"Quality assurance", "Maternity and neonatal safety update", kNuhNurse, A::Assure, F::Attached, false, kEvery,
     "Progress on the maternity improvement plan and the independent review.", "The group noted progress.", "",
     "Share the maternity staffing position by unit with the group", "", "", 0},
    {"Quality assurance", "Serious incidents and PSIRF learning", kMedicalDirector, A::Assure, F::Attached, false,
     kEvery, "Incidents reported under the patient safety incident response framework and system learning.",
     "The group discussed themes from recent incidents.", "",
     "Circulate the learning summary on deteriorating patients to all providers", "", "", 0},
    {"Quality assurance", "Infection prevention and control", kSherwoodNurse, A::Assure, F::Attached, false,
     in_months({2, 5, 11}), "C. difficile, MRSA and E. coli infections against thresholds.",
     "The group noted C. difficile above threshold.", "", "Review antimicrobial prescribing in care homes", "", "", 0},
    {"Annual reports", "Safeguarding annual report {pfy}", kNursingDirector, A::Approve, F::Attached, false,
     in_months({6}), "The ICB's safeguarding annual report.", "The group commended the report.",
     "to approve the safeguarding annual report {pfy}", "", "", "", 0},
    {"Experience", "Patient experience and Healthwatch insight", kHealthwatch, A::Note, F::Presentation, false,
     in_months({1, 4, 7, 10}), "What patients and carers told Healthwatch this quarter.",
     "The group thanked Healthwatch for the insight.", "", "Respond to Healthwatch's report on hospital discharge", "",
     "", 0},
    {"Quality assurance", "Quality impact assessments of efficiency schemes", kMedicalDirector, A::Approve,
     F::Attached, false, in_months({3, 4}), "Quality impact assessments of next year's efficiency schemes.",
     "The group reviewed the assessments.", "to approve the quality impact assessments, with two schemes referred back",
     "", kFreeAndFrank, "", 0},
    {"Quality assurance", "Learning from lives and deaths (LeDeR)", kNursingDirector, A::Assure, F::Attached, false,
     in_months({9, 12}), "Learning from reviews of the deaths of people with a learning disability and autistic people.",
     "The group noted the learning.", "", "", "", "", 0},
};

const std::vector<ItemTemplate> kFinanceItems = {
    {"Financial position", "System finance report {fm} {rfy}", kFinanceDirector, A::Assure, F::Attached, false, kEvery,
     "Year-to-date and forecast position by organisation against plan.",
     "The group reviewed the position; the acute trusts reported pressure from industrial action costs.", "",
     "Reconcile the month-end agreement of balances between the ICB and the acute trusts", "", "", 0},
    {"Financial position", "Efficiency programme: delivery {fm}", kNuhFinance, A::Assure, F::Attached, false, kEvery,
     "Delivery against the efficiency plan, recurrent and non-recurrent.", "The group noted slippage.", "",
     "Identify further recurrent schemes to close the efficiency gap", "", "", 0},
    {"Capital", "Capital programme {fy}", kSherwoodFinance, A::Agree, F::Attached, false, in_months({1, 4, 7, 10}),
     "The system capital programme against the capital allocation (CDEL).", "The group reviewed the programme.",
     "to agree the reprioritised capital programme", "", "", "", 0},
    {"Planning", "Financial plan {nfy}: envelope and allocations", kFinanceDirector, A::Agree, F::Attached, false,
     in_months({1, 2, 3}), "The draft financial plan and the allocation of the system envelope.",
     "The group discussed the plan and the gap to breakeven.", "to agree the draft financial plan for submission",
     "Model the impact of the revised allocation on each organisation", kFreeAndFrank, "", 0},
    {"Workforce", "Agency and bank staffing spend", kHealthcareFinance, A::Note, F::Attached, false,
     in_months({5, 9, 12}), "Agency spend against the cap by organisation.", "The group noted the reduction.", "", "",
     "", "", 0},
    {"Procurement", "Consultancy framework call-off: system productivity review", kFinanceDirector, A::Approve,
     F::Attached, false, in_months({10}), "A proposed call-off from a national framework for a productivity review.",
     "The group discussed the proposal.", "to approve the call-off", "", kCommercial, "consultancy", 0},
    {"Capital", "Community diagnostic centre: financial case", kAmbulanceFinance, A::Agree, F::Attached, false,
     in_months({9, 10}), "The financial case for the community diagnostic centre.",
     "The group reviewed the revenue consequences.", "to agree the financial case and recommend it to the Board", "",
     kCommercial, "diagnostics", 0},
    {"Financial position", "Month-end close and agreement of balances", kDoncasterFinance, A::Note, F::Attached, false,
     in_months({3, 6, 9, 12}), "Disputes in the agreement of balances between organisations.",
     "The group noted two disputes.", "", "", "", "", 0},
};

const std::vector<ItemTemplate> kPlaceItems = {
    {"Place business", "Place update from the executive lead", kLeadViceChair, A::Note, F::Attached, false, kEvery,
     "Developments in {place} since the last meeting.", "The board noted the update.", "", "", "", "", 0},
    {"Place business", "Health and wellbeing strategy: {place} delivery plan", kLeadPublicHealth, A::Assure,
     F::Attached, false, in_months({2, 8}), "Progress on the place's priorities under the joint health and wellbeing strategy.",
     "The board noted progress on smoking cessation and healthy weight.", "",
     "Agree place measures for the healthy weight priority", "", "", 0},
    {"Population health", "Population health management: {place} segmentation update", kLeadPublicHealth, A::Discuss,
     F::Presentation, false, in_months({4, 10}), "The place's population by segment and the gaps in care identified.",
     "The board discussed the frailty and multimorbidity segments.", "",
     "Share the frailty segment profile by PCN with the neighbourhood teams", "", "", 0},
    {"Place business", "Social prescribing and voluntary sector grants {nfy}", kLeadViceChair, A::Approve, F::Attached,
     false, in_months({12, 2}), "Proposed grants to voluntary sector partners for social prescribing.",
     "The board reviewed the proposals.", "to approve the social prescribing grants {nfy}", "", "", "vcs-grants", 0},
    {"Place business", "Primary care access: PCN improvement plans", kLeadPcnDirector, A::Discuss, F::Attached, false,
     in_months({6, 12}), "The PCNs' capacity and access improvement plans.", "The board discussed variation in access.",
     "", "Bring practice-level access data to the next meeting", "", "gp-contract", 0},
    {"Place business", "Integrated neighbourhood teams: progress", kLeadViceChair, A::Assure, F::Attached, false,
     in_months({4, 8, 12}), "Progress in establishing integrated neighbourhood teams in {place}.",
     "The board welcomed the first two teams.", "", "Agree the next neighbourhoods to go live", "", "", 0},
    {"Community voice", "What residents told us", kLeadChair, A::Note, F::Presentation, false, in_months({2, 6, 10}),
     "Insight from community engagement in {place}.", "The board thanked residents who took part.", "", "", "", "",
     0},
    {"Place business", "Carers strategy refresh", kLeadCareDirector, A::Agree, F::Attached, false, in_months({8}),
     "The refreshed carers strategy for {place}.", "The board welcomed the strategy.",
     "to agree the refreshed carers strategy", "", "", "carers", 0},
};

}  // namespace

const std::vector<ItemTemplate>& item_templates(int64_t committee_id) {
  switch (committee_id) {
    case kBoard: return kBoardItems;
    case kSystemExecutive: return kSystemExecutiveItems;
    case kPog: return kPogItems;
    case kQualityGroup: return kQualityItems;
    case kFdg: return kFinanceItems;
    default: return kPlaceItems;
  }
}

}  // namespace ics::demo::detail
