// The demo ICS's plan and MOU priorities: national planning guidance, the integrated care strategy, the
// NHS Oversight Framework and place commitments, each rated Blue / Red / Amber / Green with a progress
// update at four quarterly stocktakes.
#include <array>
#include <string>
#include <vector>

#include "demo/demo_assurance_parts.h"

namespace ics::demo::detail {
namespace {

using T = PriorityType;

struct PriorityTemplate {
  const char* ref;
  PriorityType type;
  const char* description;
  const char* committee;  // code of the overseeing committee
  const char* ratings;    // one letter per stocktake, oldest first: B, R, A, G, or '-' when not rated
  std::array<const char*, 4> progress;
  const char* superseded_by = "";
  int superseded_from = -1;  // index of the first stocktake it no longer appears in
};

const std::vector<PriorityTemplate>& templates() {
  static const std::vector<PriorityTemplate> priorities{
      {"NO1.1", T::National,
       "Improve A&E waiting times: at least 78% of patients admitted, transferred or discharged within 4 hours",
       "POG", "AAAR",
       {"74.8% in the quarter against a trajectory of 75%; streaming to the urgent treatment centre improved.",
        "76.9% in March against 76.5%; winter plan held.",
        "75.2% against 77%; summer demand 6% above plan at Queen's Medical Centre.",
        "72.4% against 78%; bed occupancy at 97% and 90 patients a day medically fit for discharge. Recovery plan "
        "to the System Executive."}},
      {"NO1.2", T::National, "Improve category 2 ambulance response times to an average of 30 minutes across the year",
       "POG", "RAAA",
       {"Mean of 41 minutes in December; handover delays the main cause.",
        "Mean of 33 minutes in March after the 45-minute handover protocol began.",
        "Mean of 31 minutes; hear-and-treat rate up to 14%.",
        "Mean of 32 minutes; on course for the annual average if winter handovers hold."}},
      {"NO1.3", T::Oversight, "Eliminate ambulance handover delays over 60 minutes at Queen's Medical Centre", "POG",
       "RA--",
       {"412 handovers over 60 minutes in the quarter.", "118 in the quarter; replaced by the 45-minute standard.",
        "", ""},
       "NO1.5", 2},
      {"NO1.4", T::IntegratingCare,
       "A&E delivery boards: each place's urgent care plan with agreed actions on front-door streaming and "
       "discharge",
       "SE", "GGAG",
       {"Plans agreed in all three places.", "Winter actions delivered; evaluation under way.",
        "Mid-Nottinghamshire discharge actions behind plan.",
        "All actions back on track; discharge-to-assess beds opened in Mansfield."}},
      {"NO1.5", T::Oversight, "Ambulance handovers within 45 minutes at every acute site (release to respond)", "POG",
       "--AG",
       {"", "", "Protocol live at all sites; 83% of handovers within 45 minutes.",
        "93% within 45 minutes; no handover over 2 hours in the quarter."}},
      {"NO2.1", T::National, "Eliminate waits of over 65 weeks for elective treatment", "POG", "AGGB",
       {"41 patients waiting over 65 weeks, mostly in orthopaedics.", "12 patients, all with dates.",
        "3 patients, by patient choice.", "Delivered: no patient waiting over 65 weeks since July."}},
      {"NO2.2", T::National, "Increase the proportion of patients waiting under 18 weeks to 60% by March", "POG",
       "AAAR",
       {"56.8% against a trajectory of 57.5%.", "57.9% against 58.5%; validation removed 4,000 pathways.",
        "58.1% against 59.2%.",
        "57.4% against 59.8%; industrial action in October cancelled 1,140 procedures."}},
      {"NO2.3", T::National, "Cancer: 80% of patients told their diagnosis within 28 days (faster diagnosis standard)",
       "POG", "GGGG",
       {"79.2% against 77%.", "81.0%.", "80.4%.", "80.9%; teledermatology cut skin pathway waits."}},
      {"NO2.4", T::National, "Cancer: 75% of patients treated within 62 days of an urgent referral", "POG", "RRAA",
       {"66.1%; urology and lower GI behind.", "68.4%; robotic surgery list added at City Hospital.",
        "71.9% against a trajectory of 71%.", "72.6% against 73%; on course for March."}},
      {"NO2.5", T::IntegratingCare, "Open the second phase of the Mansfield community diagnostic centre (CT and MRI)",
       "SE", "GGAA",
       {"Building works on schedule.", "Scanners delivered.", "Opening slipped six weeks: radiographer recruitment.",
        "MRI open; CT opens next month with agency radiographers."}},
      {"NO3.1", T::National,
       "Improve access to general practice: every practice on cloud telephony, with a same-day response for "
       "urgent need",
       "SE", "AAGG",
       {"78% of practices on cloud telephony.", "91%.", "All practices live.",
        "All live; patients contacted the same day in 86% of urgent requests."}},
      {"NO3.2", T::National, "Urgent community response: 70% of referrals seen within 2 hours", "POG", "GGGG",
       {"78%.", "81%.", "79%.", "80%; referrals from ambulance crews up 30%."}},
      {"NO3.3", T::Local, "Mid-Nottinghamshire: a same-day urgent care hub for each primary care network", "MNPPB",
       "ARAG",
       {"Two hubs open of four.", "Estate for the Ashfield hub fell through.", "Temporary site found in Kirkby.",
        "Four hubs open."}},
      {"NO4.1", T::National, "Eliminate inappropriate adult acute out-of-area mental health placements", "QG",
       "RRAA",
       {"38 people placed out of area.", "41 people; crisis house delayed.",
        "24 people after the crisis house opened.", "19 people; discharge flow team in place."}},
      {"NO4.2", T::National, "Increase the number of children and young people accessing mental health services",
       "QG", "AGGG",
       {"92% of plan.", "101% of plan after the schools teams expanded.", "103%.", "104%."}},
      {"NO4.3", T::Oversight, "Physical health checks for 60% of people with severe mental illness", "QG", "RAAG",
       {"41%.", "49%.", "55%.", "61%; outreach through the community mental health teams."}},
      {"NO5.1", T::National, "Reduce agency spending by 30% on the previous year", "FDG", "AGGA",
       {"18% down.", "27% down.", "32% down.",
        "24% down: NUH agency use rose during industrial action and winter preparation."}},
      {"NO5.2", T::IntegratingCare,
       "One workforce: a joint health and care recruitment and retention programme across partners", "SE", "GGGG",
       {"Programme launched with the councils.", "First joint recruitment fair: 140 offers.",
        "Care certificate passport agreed.", "Rotational posts between NUH and home care providers started."}},
      {"NO6.1", T::National, "Deliver a balanced net system financial position for the year", "FDG", "AARR",
       {"Forecast breakeven with risks of £25m.", "Year ended with a deficit of £3.1m after support.",
        "New year's plan at breakeven; month 2 adverse.",
        "Forecast deficit of £16m before recovery actions; recovery plan agreed by the Finance Directors Group."}},
      {"NO6.2", T::National, "Deliver the system efficiency programme", "FDG", "GAAA",
       {"On plan.", "94% delivered, 38% non-recurrently.", "Schemes identified for 81% of the target.",
        "88% identified; a further £12m from workforce and medicines."}},
      {"NO7.1", T::IntegratingCare,
       "Core20PLUS5: hypertension case-finding in the 20% most deprived neighbourhoods", "NCPPB", "AGGG",
       {"Pharmacy blood-pressure checks in 40 pharmacies.", "62 pharmacies; 9,800 checks.", "71% of target.",
        "76% of people with hypertension treated to target."}},
      {"NO7.2", T::Local,
       "Nottingham City: treat tobacco dependence in every inpatient ward and in pregnancy", "NCPPB", "GGBB",
       {"Inpatient service live at City Hospital.", "Live at Queen's Medical Centre.",
        "Delivered: every ward and the maternity service covered.", "Delivered; quit rates reported quarterly."}},
      {"NO7.3", T::Local, "South Nottinghamshire: falls prevention and frailty pathway with the county council",
       "SNPPB", "GAAG",
       {"Pathway agreed.", "Falls response service recruitment behind.", "Service live three days a week.",
        "Service live seven days; falls conveyances down 18%."}},
      {"NO7.4", T::Local, "Mid-Nottinghamshire: virtual ward capacity of 40 to 50 beds per 100,000 people", "MNPPB",
       "AAGG",
       {"28 beds per 100,000.", "34.", "42.", "45; occupancy at 81%."}},
      {"NO8.1", T::Oversight,
       "Maternity: deliver the NUH maternity improvement plan following the independent review", "QG", "AAAA",
       {"61% of actions complete.", "70%.", "77%.", "84%; CQC found improvement but rated requires improvement."}},
      {"NO8.2", T::National, "Maternity and neonatal three-year delivery plan: year one actions", "QG", "AAG-",
       {"Year one actions 64% complete.", "81%.", "Year one complete except continuity of carer.", ""}, "NO8.3", 3},
      {"NO8.3", T::National,
       "Maternity and neonatal three-year delivery plan: year two actions, including continuity of carer for "
       "women from ethnic minority groups",
       "QG", "---A",
       {"", "", "", "Year two plan agreed; continuity of carer teams in two areas of four."}},
  };
  return priorities;
}

Brag brag_of(char letter) {
  switch (letter) {
    case 'B': return Brag::Blue;
    case 'R': return Brag::Red;
    case 'A': return Brag::Amber;
    default: return Brag::Green;
  }
}

}  // namespace

std::vector<Month> demo_stocktakes(Date today) {
  Month latest = Month::of(today).previous();
  while (latest.month % 3 != 0) latest = latest.previous();  // June, September, December, March
  std::vector<Month> out{latest};
  for (int i = 0; i < 3; ++i) {
    Month earlier = out.front();
    for (int m = 0; m < 3; ++m) earlier = earlier.previous();
    out.insert(out.begin(), earlier);
  }
  return out;
}

std::vector<Priority> demo_priorities(Date today, const CommitteeIds& committees) {
  const auto stocktakes = demo_stocktakes(today);
  std::vector<Priority> out;
  for (const auto& t : templates()) {
    Priority p;
    p.ref = t.ref;
    p.type = t.type;
    p.description = t.description;
    p.overseeing_committee_id = committee_id(committees, t.committee);
    p.plan_year = stocktakes.back().financial_year();
    p.superseded_by = t.superseded_by;
    if (t.superseded_from >= 0) p.superseded_from = stocktakes[static_cast<size_t>(t.superseded_from)];
    for (size_t i = 0; i < stocktakes.size(); ++i)
      if (t.ratings[i] != '-') p.ratings.push_back({stocktakes[i], brag_of(t.ratings[i]), t.progress[i]});
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace ics::demo::detail
