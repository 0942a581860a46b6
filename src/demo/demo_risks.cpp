// The demo ICS's strategic risk register: fourteen risks in the cause - event - effect form boards use,
// held at organisation, place, system and board level, each with a year of monthly scores.
#include <algorithm>
#include <string>
#include <vector>

#include "demo/demo_assurance_parts.h"

namespace ics::demo::detail {
namespace {

struct Source {
  const char* line;
  const char* description;
  const char* metric_id;  // "" when the source is not a KPI
};

struct RiskTemplate {
  const char* ref;
  const char* title;
  const char* cause;
  const char* event;
  const char* effect;
  const char* category;
  int objective;  // placeholder id: 1 = SO1
  const char* owner;
  const char* org_code;
  RiskLevel level;
  const char* confidential_reason;  // "" for a public risk
  RiskRating initial, target;
  // The target date: the end of the month this many days after today; negative: exactly that many days
  // before today (a target already missed).
  int target_in_days;
  int consequence;          // the current consequence, steady through the year
  const char* likelihoods;  // one digit per monthly review, oldest first; the last is the current
  int opened_months_ago;    // 0: opened this month, scored once on the day it opened
  const char* rising;       // why the likelihood rose, for the history's notes
  const char* falling;      // why it fell
  const char* latest_note;  // the latest review
  std::vector<const char*> controls;
  const char* gaps_in_control;
  std::vector<Source> assurances;
  const char* gaps_in_assurance;
  int review_in_days;  // next review; negative: overdue
};

constexpr int kNewRiskAge = 12;  // days since the new risk was opened
constexpr int kReviewLag = 3;    // the monthly reviews fall this many days before today

using L = RiskLevel;

const std::vector<RiskTemplate>& templates() {
  static const std::vector<RiskTemplate> risks{
      {"SR01", "Urgent and emergency care demand exceeds capacity",
       "Because of rising emergency demand from an ageing population, high bed occupancy and delays discharging "
       "medically fit patients into community and social care,",
       "there is a risk that patients wait too long in emergency departments and for ambulances,",
       "resulting in avoidable harm, poor experience, failure of the 4-hour and category 2 standards and "
       "regulatory intervention.",
       "Performance", 5, "Director of Performance and Delivery", "", L::System, "", {5, 4}, {3, 4}, 130, 4,
       "3334445554445", 30, "winter demand and norovirus bed closures; 12-hour waits rising at Queen's Medical Centre",
       "flow improved after the discharge-to-assess beds opened",
       "Category 2 mean of 41 minutes and over 90 patients a day medically fit for discharge; winter surge beds "
       "open from December. Score raised and held at board level",
       {"System urgent and emergency care plan and winter plan agreed by the System Executive",
        "Daily system control centre with OPEL escalation",
        "Transfer of care hubs and discharge to assess in every place",
        "Ambulance handover release-to-respond at 45 minutes",
        "Urgent community response and virtual wards as alternatives to admission"},
       "Social care discharge capacity in the city falls short of demand; no agreed system bed model for next year.",
       {{"first", "Daily system sitrep and OPEL reports", ""},
        {"second", "Integrated performance report: A&E 4-hour performance", "ae_4hr"},
        {"second", "Integrated performance report: category 2 mean response time", "amb_cat2_mean"},
        {"second", "Ambulance handovers delayed over 60 minutes", "amb_handover_60min"},
        {"second", "General and acute bed occupancy", "bed_occupancy_ga"},
        {"third", "NHS England urgent and emergency care tiering review", ""}},
       "No validated daily data on patients with no criteria to reside in community beds.", 25},

      {"SR02", "Elective and cancer recovery falls behind plan",
       "Because of theatre and bed capacity lost to emergency pressures, industrial action and workforce gaps in "
       "anaesthetics and radiology,",
       "there is a risk that the system does not reduce long waits for planned care and cancer treatment as "
       "planned,",
       "resulting in harm from delayed treatment, failure of the 18-week, 65-week and cancer 62-day standards and "
       "loss of elective recovery funding.",
       "Performance", 5, "Director of Performance and Delivery", "", L::System, "", {4, 4}, {2, 4}, 250, 4,
       "3333333333334", 30, "industrial action and winter bed pressures cancelled elective lists",
       "additional independent sector capacity commissioned",
       "Industrial action in October and escalation beds in day-case units cancelled 1,140 elective procedures; "
       "65-week waits at NUH rising again. Score raised to 16 and escalated to the board",
       {"Elective recovery plan with trajectories by trust and specialty",
        "Ring-fenced elective capacity at Newark Hospital and the Mansfield treatment centre",
        "Mutual aid and independent sector contracts through the provider collaborative",
        "Cancer alliance faster diagnosis pathways", "Weekly validation of the patient tracking list"},
       "Ring-fencing breaks down when escalation beds are opened in day-case units.",
       {{"second", "Integrated performance report: patients waiting 52 weeks or more", "rtt_52wk"},
        {"second", "RTT waiting list", "rtt_waiting_list"},
        {"second", "Cancer 62-day performance", "cancer_62day"},
        {"second", "Diagnostic tests waiting 6 weeks or more", "diag_6wk"},
        {"third", "Internal audit of waiting list management (substantial assurance)", ""}},
       "Harm reviews of long waiters are not yet reported the same way by every trust.", 25},

      {"SR03", "The system financial plan is not delivered",
       "Because of cost pressures above funded levels (pay awards, drugs, continuing healthcare and temporary "
       "staffing) and efficiency schemes that are not yet recurrent,",
       "there is a risk that the system does not deliver its financial plan,",
       "resulting in a deficit, loss of deficit support funding, NHS England intervention and less investment in "
       "services.",
       "Finance", 3, "Chief Finance Officer", "", L::Board, "", {5, 4}, {2, 4}, 130, 4, "3334444444554", 42,
       "the month-end position was adverse to plan with NUH pay pressures and unidentified efficiencies",
       "the system recovery plan's actions took effect",
       "Year-to-date deficit adverse to plan, but NUH's recovery plan halved its in-month overspend and the "
       "efficiency programme identified a further £12m; likelihood reduced",
       {"System financial plan and envelope agreed by every partner board",
        "Monthly finance report to the Finance Directors Group and the board",
        "Vacancy control panels and approval of agency shifts above the price cap",
        "System efficiency programme tracked by the programme office",
        "Investment panel: no new commitment without a funded business case"},
       "About a quarter of efficiency schemes are non-recurrent or not yet identified.",
       {{"second", "Monthly system finance report (Finance Directors Group and board)", ""},
        {"second", "Agency spend against the ceiling", "agency_spend_vs_ceiling"},
        {"third", "Internal audit: key financial systems (substantial assurance)", ""},
        {"third", "External audit value-for-money opinion", ""}},
       "Run-rate forecasts are not prepared the same way by every partner.", 25},

      {"SR04", "Workforce supply does not meet demand",
       "Because of national shortages in nursing, medical specialties, social care and primary care roles, high "
       "turnover and sickness absence,",
       "there is a risk that the system cannot recruit and keep enough staff with the right skills,",
       "resulting in unsafe staffing, reliance on expensive agency staff, burnout and services reduced or closed.",
       "Workforce", 6, "Chief People Officer", "", L::System, "", {4, 4}, {2, 4}, 130, 4, "4444333333333", 40,
       "turnover rose among newly qualified nurses",
       "international recruitment and the retention programme reduced vacancies",
       "Vacancy rate steady at 6.8% and agency use down 22% on last year, but sickness absence is rising into "
       "winter; score unchanged",
       {"System people plan and joint workforce planning", "International recruitment with pastoral support",
        "Collaborative bank across NUH and Sherwood Forest", "Retention programme for early-career nurses",
        "Health and wellbeing offer with occupational health"},
       "No joint workforce plan with social care providers.",
       {{"second", "Staff sickness absence rate", "staff_sickness"},
        {"second", "Vacancy rate", "vacancy_rate"},
        {"second", "Staff turnover", "staff_turnover"},
        {"first", "Trusts' monthly safe staffing reports to their boards", ""}},
       "Primary care workforce data is incomplete.", 25},

      {"SR05", "Health inequalities widen",
       "Because of the cost of living, deprivation concentrated in parts of Nottingham City, Mansfield and "
       "Ashfield, and unequal access to services,",
       "there is a risk that the gap in outcomes between the most and least deprived communities widens,",
       "resulting in preventable deaths, more demand for acute care and failure of the duty to reduce "
       "inequalities.",
       "Population health", 2, "Director of Strategy and Partnerships", "", L::System, "", {4, 4}, {2, 4}, -10,
       4, "3333333333333", 36, "cost-of-living pressures widened gaps in screening uptake",
       "case-finding in the most deprived neighbourhoods increased",
       "The target date for the Core20PLUS5 trajectories has passed with neither met (SMI health checks 52% "
       "against 60%); escalated to the board under the target-date rule",
       {"Core20PLUS5 programme with place delivery plans",
        "Health inequalities funding allocated to places by deprivation",
        "Equality and health inequalities impact assessment for every business case",
        "Population health management data shared with primary care networks"},
       "Inequalities funding is non-recurrent; no system measure of outcome gaps below place.",
       {{"second", "Physical health checks for people with severe mental illness", "smi_health_checks"},
        {"second", "Annual health checks for people with a learning disability", "ld_health_checks"},
        {"second", "Core20PLUS5 dashboard (quarterly)", ""},
        {"third", "Directors of Public Health annual reports", ""}},
       "Ethnicity is not recorded for one patient in five in primary care data.", 25},

      {"SR06", "General practice resilience in Bassetlaw",
       "Because of GP retirements, practices struggling to recruit and list sizes rising in Worksop and "
       "Retford,",
       "there is a risk that practices hand back their contracts or cannot offer timely appointments,",
       "resulting in poor access, patients turning to A&E and urgent treatment centres, and wider inequality.",
       "Primary care", 1, "Director of Primary Care", "QT1-BA", L::Place, "", {4, 3}, {2, 3}, 190, 3,
       "3334444444443", 26, "a partner retired and a practice declared itself at risk",
       "locum cover was secured and the practice merger agreed",
       "Two practices stabilised after the merger in Worksop and the same-day access hub opened; likelihood "
       "reduced",
       {"Practice resilience programme with support visits",
        "Additional roles recruited through the primary care network", "Cloud telephony in every practice",
        "Same-day access hub at Bassetlaw Hospital"},
       "No succession plan for two single-handed practices.",
       {{"second", "GP appointments within 2 weeks of booking", "gp_appts_within_2wk"},
        {"second", "GP practice appointments", "gp_appointments"},
        {"first", "Primary care commissioning committee's quarterly resilience report", ""}},
       "Patient experience data is a year old (GP patient survey).", 25},

      {"SR07", "Mental health patients placed out of area",
       "Because of high adult acute bed occupancy, delayed discharges and gaps in community crisis "
       "alternatives,",
       "there is a risk that people needing a mental health admission are placed in hospitals far from home,",
       "resulting in poorer recovery and safety, distress to families and costs of over £10m a year.",
       "Quality and safety", 1, "Director of Nursing", "", L::System, "", {5, 4}, {2, 4}, 130, 4,
       "4444444444443", 34, "bed occupancy above 100% and delayed discharges rising",
       "the crisis house opened and the discharge flow team started",
       "Out-of-area placements fell from 41 to 19 after the crisis house opened and the discharge flow team "
       "started; likelihood reduced and de-escalated from the board",
       {"Daily bed management and gatekeeping by crisis teams",
        "Crisis house and crisis cafés as alternatives to admission",
        "Discharge flow team working with the councils' housing teams",
        "Block contract for local independent sector beds"},
       "Too few supported housing places for people ready to leave hospital.",
       {{"second", "Inappropriate out-of-area placements (bed days)", "mh_oap_days"},
        {"first", "Nottinghamshire Healthcare daily bed state", ""},
        {"third", "CQC inspection of acute wards", ""}},
       "Out-of-area data is reported a month in arrears.", 25},

      {"SR08", "A cyber attack disrupts services",
       "Because of the growing threat of ransomware against health and care, legacy systems and networks shared "
       "between partners,",
       "there is a risk that a cyber attack takes clinical or corporate systems out of use,",
       "resulting in cancelled care, harm to patients, loss or disclosure of data and recovery costs.",
       "Digital", 5, "Chief Digital Information Officer", "", L::Board,
       "FOI Act s31 (law enforcement): the detail of our defences would help an attacker", {4, 5}, {2, 5}, 250, 5,
       "3333333344333", 48, "a national alert followed a ransomware attack on a pathology supplier",
       "supplier patches were applied and network segregation completed",
       "Penetration test findings closed except two on legacy picture archiving servers; business continuity "
       "exercise held; score unchanged",
       {"Security monitoring around the clock with the NHS Cyber Security Operations Centre",
        "Immutable backups restored in a test every quarter", "Multi-factor authentication for remote access",
        "Data Security and Protection Toolkit standards met by every partner",
        "Business continuity plans exercised"},
       "Legacy picture archiving servers cannot be patched until their replacement next year.",
       {{"second", "Data Security and Protection Toolkit submissions", ""},
        {"third", "Independent penetration test (annual)", ""},
        {"third", "Internal audit of cyber controls", ""}},
       "Assurance from smaller providers and GP IT suppliers is limited.", 25},

      {"SR09", "Maternity services at NUH do not improve fast enough",
       "Because of the failings found by the independent review of maternity services, midwifery vacancies and "
       "high acuity,",
       "there is a risk that improvements to maternity safety and culture at Nottingham University Hospitals are "
       "not delivered or sustained,",
       "resulting in avoidable harm to mothers and babies, loss of public confidence and further regulatory "
       "action.",
       "Quality and safety", 1, "Chief Nurse, Nottingham University Hospitals", "RX1", L::Organisation, "",
       {4, 5}, {2, 5}, 250, 5, "4443333333333", 40, "staffing fell below establishment on delivery suite",
       "midwifery vacancies fell and the obstetric triage system was embedded",
       "CQC re-inspection found improvement but still rated the service requires improvement; 84% of the "
       "improvement plan's actions complete; score unchanged and seen at place level",
       {"Maternity improvement plan overseen by the NUH board and the ICB",
        "Symptom-specific obstetric triage system", "Safe staffing escalation with agency midwives when needed",
        "Family engagement lead and independent advocates", "Perinatal quality surveillance model"},
       "Obstetric consultant cover at night is below the recommended level at City Hospital.",
       {{"second", "Perinatal quality surveillance report to the Quality Group (monthly)", ""},
        {"first", "Maternity safety champions' walkabouts", ""},
        {"third", "CQC inspection", ""},
        {"third", "Independent review team's progress reports", ""}},
       "Little experience data from women from ethnic minority groups.", 25},

      {"SR10", "The estate and capital cannot support safe services",
       "Because of backlog maintenance of over £300m across the estate, limited capital and the delayed national "
       "new hospital programme,",
       "there is a risk that buildings fail or cannot be made fit for modern care within the capital envelope,",
       "resulting in ward closures, safety incidents, delay to the new hospital programme and lost capacity.",
       "Estates", 3, "Chief Finance Officer", "", L::System,
       "FOI Act s43 (commercial interests): land disposals and contract negotiations in progress", {4, 4},
       {2, 4}, 310, 4, "3333322222223", 30, "tender prices for the theatre block came in over budget",
       "backlog works on critical infrastructure were completed",
       "Next year's capital envelope cut by £9m and tenders for the theatre block 18% over budget; likelihood "
       "raised",
       {"System estates strategy and prioritised capital plan",
        "Six-facet surveys and critical infrastructure risk registers", "Capital oversight group prioritisation",
        "Disposal of surplus estate to fund reinvestment"},
       "No agreed source of funding for the new hospital programme's enabling works.",
       {{"second", "Capital programme report to the Finance Directors Group (monthly)", ""},
        {"second", "Premises assurance model returns", ""},
        {"third", "Internal audit: capital programme", ""}},
       "Condition data for the community estate is over five years old.", 25},

      {"SR11", "Joined-up records and data are not available when needed",
       "Because of different electronic record systems across partners, poor data quality and limited "
       "analytical capacity,",
       "there is a risk that clinicians and planners cannot see the joined-up information they need,",
       "resulting in unsafe hand-offs, repeated tests and decisions taken without good data.",
       "Digital", 3, "Chief Digital Information Officer", "", L::System, "", {4, 3}, {2, 3}, 430, 3, "3", 0, "",
       "",
       "Risk opened: the move to the federated data platform has slipped two quarters and two GP clinical "
       "system migrations fall in the same window",
       {"Digital and data strategy with a shared care record", "Data quality improvement plans in each trust",
        "Clinical safety officer review of every system change"},
       "No single data-sharing agreement covering the voluntary sector.",
       {{"second", "Digital programme board highlight reports", ""},
        {"third", "Data Security and Protection Toolkit audit", ""}},
       "Use of the shared care record is not measured by team.", 25},

      {"SR12", "Partnership working weakens under financial pressure",
       "Because of the financial and performance pressures each partner faces alone and their different "
       "statutory duties,",
       "there is a risk that partners act alone rather than together on the joint forward plan,",
       "resulting in costs shunted between organisations, slower transformation and lost trust.",
       "Partnership", 4, "Chief Executive", "", L::Board, "", {3, 4}, {1, 4}, 250, 4, "2222222222222", 44,
       "councils' budget gaps led to unilateral service reductions", "the joint forward plan refresh was agreed",
       "Joint forward plan refresh agreed by every partner board; councils' budget consultations add pressure; "
       "score unchanged",
       {"Integrated care partnership and joint forward plan", "Place partnership boards with delegated budgets",
        "System Executive with agreed rules for collective decisions",
        "Memorandum of understanding between NHS partners"},
       "Pooled budgets under section 75 cover only the Better Care Fund.",
       {{"second", "Annual review of the integrated care partnership", ""},
        {"third", "Internal audit of collaborative governance", ""}},
       "No regular survey of partners.", -12},

      {"SR13", "Fragile social care market in Mid-Nottinghamshire",
       "Because of rising care costs, the cost of living, low pay and difficulty recruiting care workers,",
       "there is a risk that home care and care home providers in Mansfield, Ashfield and Newark fail or "
       "withdraw,",
       "resulting in delayed hospital discharges, people without the care they need and costly emergency "
       "placements.",
       "Social care", 1, "Director of Adult Social Care and Health, Nottinghamshire County Council", "QT1-MN",
       L::Place, "", {4, 4}, {2, 4}, 190, 4, "3333333444444", 28,
       "two home care providers handed back packages and a care home in Ashfield closed",
       "a fee uplift stabilised home care providers",
       "Home care hours waiting to be picked up steady at 1,900 a week; joint commissioning of discharge-to-"
       "assess beds extended; score unchanged and seen at system level",
       {"Market position statement and joint commissioning with the county council",
        "Fee uplift agreed for home care", "Provider failure contingency plan",
        "Better Care Fund discharge schemes"},
       "Home care capacity in Newark and Sherwood is short of demand.",
       {{"second", "Delayed transfers of care (delayed days)", "dtoc_delayed_days"},
        {"second", "Patients in hospital 21 days or more", "long_stay_21day"},
        {"first", "County council's monthly market sustainability report", ""}},
       "No shared data on care home beds bought by self-funders.", 25},

      {"SR14", "Ambulance response in rural Nottinghamshire",
       "Because of long journeys, handover delays at hospitals and demand rising faster than ambulance hours,",
       "there is a risk that East Midlands Ambulance Service cannot reach patients in rural Bassetlaw and Newark "
       "in time,",
       "resulting in harm to patients waiting for an ambulance, especially those with strokes and heart "
       "attacks.",
       "Performance", 5, "Director of Operations, East Midlands Ambulance Service", "RX9", L::Organisation, "",
       {4, 4}, {2, 3}, 130, 3, "3333333333333", 38, "handover delays at Queen's Medical Centre lengthened",
       "clinical validation in the control room was expanded",
       "Category 2 mean of 36 minutes in rural Nottinghamshire against 30 nationally; clinical validation "
       "expanded; score unchanged",
       {"Clinical validation of category 3 and 4 calls", "Hear and treat and see and treat pathways",
        "Handover release-to-respond at 45 minutes", "Community first responders in rural areas"},
       "Rural station cover is thin at night.",
       {{"second", "Category 2 mean response time", "amb_cat2_mean"},
        {"second", "Category 1 mean response time", "amb_cat1_mean"},
        {"second", "Ambulance handovers delayed over 60 minutes", "amb_handover_60min"},
        {"third", "CQC inspection", ""}},
       "Response times are not reported by place.", 25},
  };
  return risks;
}

std::string movement_note(int likelihood, int previous, int consequence, const RiskTemplate& t, DemoRandom& random) {
  const std::string to = std::to_string(likelihood) + " (score " + std::to_string(likelihood * consequence) + "): ";
  if (likelihood > previous) return std::string("Likelihood raised to ") + to + t.rising;
  if (likelihood < previous) return std::string("Likelihood reduced to ") + to + t.falling;
  static const std::vector<std::string> unchanged{
      "Reviewed by the risk owner: controls operating, score unchanged",
      "Monthly review: no change in exposure",
      "Reviewed at the executive team: score held",
      "Reviewed: actions on track, score unchanged",
  };
  return random.pick(unchanged);
}

Risk risk_from(const RiskTemplate& t, Date today, DemoRandom& random) {
  Risk r;
  r.ref = t.ref;
  r.title = t.title;
  r.cause = t.cause;
  r.event = t.event;
  r.effect = t.effect;
  r.category = t.category;
  r.objective_id = t.objective;
  r.owner = t.owner;
  r.org_code = t.org_code;
  r.level = t.level;
  r.confidential = *t.confidential_reason != '\0';
  r.confidential_reason = t.confidential_reason;
  r.initial = t.initial;
  r.target = t.target;
  r.target_date = t.target_in_days < 0 ? Date{today.days + t.target_in_days}
                                       : month_end(Month::of(Date{today.days + t.target_in_days}));
  for (const char* c : t.controls) r.controls.emplace_back(c);
  r.gaps_in_control = t.gaps_in_control;
  for (const auto& s : t.assurances) r.assurances.push_back({s.description, s.line, s.metric_id});
  r.gaps_in_assurance = t.gaps_in_assurance;
  r.review_date = Date{today.days + t.review_in_days};

  const std::string digits = t.likelihoods;
  std::vector<int> likelihoods;
  for (char c : digits) likelihoods.push_back(c - '0');
  // Earlier months wobble with the seed; the first review and the last two stay as written, so the
  // escalations and movements the board sees do not depend on the seed.
  for (size_t i = 1; i + 2 < likelihoods.size(); ++i)
    if (random.chance(0.2)) likelihoods[i] = std::clamp(likelihoods[i] + (random.chance(0.5) ? 1 : -1), 1, 5);

  const Date latest_review{today.days - kReviewLag};
  const int reviews = static_cast<int>(likelihoods.size());
  r.opened_on = t.opened_months_ago == 0 ? Date{today.days - kNewRiskAge}
                                         : months_before(latest_review, t.opened_months_ago);
  for (int i = 0; i < reviews; ++i) {
    RiskScoreEntry entry;
    entry.date = t.opened_months_ago == 0 ? r.opened_on : months_before(latest_review, reviews - 1 - i);
    entry.rating = {likelihoods[static_cast<size_t>(i)], t.consequence};
    entry.by = t.owner;
    if (i + 1 == reviews)
      entry.note = t.latest_note;
    else if (i == 0)
      entry.note = "Score confirmed at the annual review of the assurance framework";
    else
      entry.note = movement_note(likelihoods[static_cast<size_t>(i)], likelihoods[static_cast<size_t>(i) - 1],
                                 t.consequence, t, random);
    r.history.push_back(entry);
  }
  return r;
}

}  // namespace

std::vector<Risk> demo_risks(Date today, DemoRandom& random) {
  std::vector<Risk> out;
  for (const auto& t : templates()) out.push_back(risk_from(t, today, random));
  return out;
}

}  // namespace ics::demo::detail
