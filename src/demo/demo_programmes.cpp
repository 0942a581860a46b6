// The demo ICS's transformation programmes, each with its rolling schedule of products going to
// committees from six months before today to four months after it.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/working_days.h"
#include "demo/demo_assurance_parts.h"

namespace ics::demo::detail {
namespace {

using S = ProgrammeStatus;
using P = ProductPurpose;
using O = ProductOutcome;

struct ProductTemplate {
  const char* product;
  const char* details;
  const char* committee;  // code
  ProductPurpose purpose;
  int days_from_today;  // planned date, moved on to the next working day
  std::optional<ProductOutcome> outcome;
  const char* outcome_detail;
};

struct ProgrammeTemplate {
  const char* ref;
  const char* name;
  const char* pillar;
  const char* sro;
  const char* clinical_lead;
  const char* finance_lead;
  ProgrammeStatus status;
  const char* status_reason;
  std::vector<const char*> metric_ids;
  int64_t funding_hundredths_of_million;  // £12.40m is 1240
  std::vector<ProductTemplate> products;
};

constexpr const char* kDeputyFinance = "Deputy Chief Finance Officer";

const std::vector<ProgrammeTemplate>& templates() {
  static const std::vector<ProgrammeTemplate> programmes{
      {"P01", "Urgent and emergency care", "Integration by default", "Director of Performance and Delivery",
       "Medical Director", kDeputyFinance, S::InProgress, "",
       {"ae_4hr", "amb_cat2_mean", "amb_handover_60min", "community_ucr_2hr"}, 1240,
       {{"Winter plan", "System surge plan: escalation beds, staffing and the daily control centre", "SE", P::Approval,
         -150, O::Approved, ""},
        {"Transfer of care hub evaluation", "Six-month evaluation of the hubs in the three places", "POG", P::Noting,
         -95, O::Noted, ""},
        {"Same-day emergency care expansion: business case", "Extending SDEC at Queen's Medical Centre to 24 hours",
         "SE", P::Approval, -40, O::Deferred, "Capital source to be confirmed by the Finance Directors Group"},
        {"Same-day emergency care expansion: revised business case", "With capital from the system's reserve", "ICSB",
         P::Approval, 35, std::nullopt, ""},
        {"Urgent care strategy refresh", "Three-year strategy for urgent care outside hospital", "ICSB",
         P::Endorsement, 100, std::nullopt, ""}}},

      {"P02", "Elective recovery and theatre productivity", "Productivity and value",
       "Chief Executive, Sherwood Forest Hospitals", "Medical Director",
       "Chief Financial Officer, Nottingham University Hospitals", S::Delayed,
       "Industrial action and winter escalation into day-case units cut theatre sessions; the 18-week trajectory "
       "is 2.4 points behind plan",
       {"rtt_18wk", "rtt_52wk", "rtt_waiting_list", "cancelled_ops_28day", "diag_6wk"}, 875,
       {{"Theatre productivity action plan", "Getting It Right First Time actions for every theatre suite", "POG",
         P::Approval, -160, O::Approved, ""},
        {"Independent sector capacity", "Procurement of 2,400 orthopaedic and ophthalmology procedures", "FDG",
         P::Approval, -70, O::Approved, "Approved within a ceiling of £4.2m"},
        {"Elective hub at Newark: outline business case", "Two ring-fenced theatres and a 20-bed ward", "SE",
         P::Approval, -9, std::nullopt, ""},
        {"Waiting list validation report", "Clinical and administrative validation of pathways over 40 weeks", "POG",
         P::Noting, 20, std::nullopt, ""}}},

      {"P03", "Community diagnostic centres", "Productivity and value", "Director of Strategy and Partnerships",
       "Medical Director", "Director of Finance, Sherwood Forest Hospitals", S::Accelerated,
       "MRI opened six weeks early with national capital brought forward", {"diag_6wk", "cancer_fds_28day"}, 1820,
       {{"Mansfield community diagnostic centre, phase 2: full business case", "CT, MRI and endoscopy", "ICSB",
         P::Approval, -175, O::Approved, ""},
        {"Radiography workforce model", "Apprentices and assistant practitioners across the three sites", "SE",
         P::Endorsement, -110, O::Endorsed, ""},
        {"Phase 2 opening report", "Activity and waiting times in the first month", "POG", P::Noting, -30, O::Noted,
         ""},
        {"Phase 3 (Nottingham city centre): strategic outline case", "A diagnostic centre in the Broad Marsh", "SE",
         P::Endorsement, 45, std::nullopt, ""},
        {"Phase 3: strategic outline case", "For approval after the System Executive's endorsement", "ICSB",
         P::Approval, 110, std::nullopt, ""}}},

      {"P04", "Mental health crisis and out-of-area placements", "Integration by default",
       "Chief Executive, Nottinghamshire Healthcare", "Director of Nursing",
       "Director of Finance, Nottinghamshire Healthcare", S::InProgress, "",
       {"mh_oap_days", "iapt_access", "cyp_mh_access", "smi_health_checks"}, 630,
       {{"Crisis house: service model", "Eight-bed crisis house run with the voluntary sector", "QG", P::Approval,
         -140, O::Approved, ""},
        {"Out-of-area placements recovery trajectory", "Trajectory to no inappropriate placements by March", "SE",
         P::Approval, -60, O::Rejected,
         "The trajectory relied on beds not yet funded; to return with a funded bed model"},
        {"Out-of-area placements recovery trajectory (resubmitted)", "With the funded bed model", "SE", P::Approval,
         -25, O::Approved, ""},
        {"Community mental health transformation evaluation", "Outcomes of the new community teams", "QG", P::Noting,
         55, std::nullopt, ""}}},

      {"P05", "Primary care access recovery", "Equity in everything", "Director of Primary Care",
       "Clinical Director, Mid-Nottinghamshire PCN 1", kDeputyFinance, S::Delayed,
       "Estates for two same-day hubs fell through; online consultation use is 20% below plan",
       {"gp_appointments", "gp_appts_within_2wk"}, 410,
       {{"Primary care access recovery plan", "Cloud telephony, online consultation and same-day hubs", "ICSB",
         P::Approval, -165, O::Approved, ""},
        {"Same-day hubs: estates options", "Sites for the Ashfield and Newark hubs", "MNPPB", P::Endorsement, -50,
         O::Deferred, "The landlord withdrew the Ashfield site; options to return"},
        {"Same-day hubs: revised estates options", "Temporary site in Kirkby-in-Ashfield", "MNPPB", P::Endorsement, 30,
         std::nullopt, ""}}},

      {"P06", "Frailty and ageing well", "Prevention is better than cure",
       "Executive Lead, South Nottinghamshire Place", "Consultant Geriatrician, Nottingham University Hospitals",
       kDeputyFinance, S::New, "", {"long_stay_21day", "community_ucr_2hr"}, 250,
       {{"Frailty programme mandate", "Scope, governance and first-year milestones", "SE", P::Approval, -20,
         O::Approved, "The programme starts in South Nottinghamshire"},
        {"Frailty pathway design", "Single frailty assessment shared by GPs, community teams and the hospital",
         "SNPPB", P::Endorsement, 60, std::nullopt, ""},
        {"Frailty business case", "Investment in community geriatricians and falls response", "FDG", P::Approval,
         115, std::nullopt, ""}}},

      {"P07", "Shared care record and federated data platform", "Productivity and value",
       "Chief Digital Information Officer", "Chief Clinical Information Officer",
       "Chief Financial Officer, Doncaster and Bassetlaw", S::InProgress, "", {}, 980,
       {{"Federated data platform: deployment plan", "Waves by partner, with clinical safety cases", "SE",
         P::Approval, -130, O::Approved, ""},
        {"Data sharing agreement with the councils", "Adult social care records in the shared care record", "ICSB",
         P::Approval, -70, O::Approved, ""},
        {"Shared care record: benefits report", "Use by team and the tests it saved", "SE", P::Noting, -15,
         O::Noted, ""},
        {"Electronic patient record convergence: strategic outline case", "One record across the acute trusts",
         "FDG", P::Approval, 80, std::nullopt, ""}}},

      {"P08", "Population health and Core20PLUS5", "Equity in everything",
       "Director of Public Health, Nottingham City Council", "Medical Director", kDeputyFinance, S::InProgress, "",
       {"smi_health_checks", "ld_health_checks", "dementia_diagnosis"}, 320,
       {{"Health inequalities funding allocation", "Allocation to places weighted by deprivation", "ICSB",
         P::Approval, -145, O::Approved, ""},
        {"Hypertension case-finding evaluation", "Community pharmacy checks in the most deprived areas", "NCPPB",
         P::Noting, -45, O::Noted, ""},
        {"Core20PLUS5 annual report", "Progress on the five clinical areas for adults and for children", "ICSB",
         P::Noting, 40, std::nullopt, ""}}},
  };
  return programmes;
}

Date next_working_day(Date date) {
  while (!is_working_day(date)) date = Date{date.days + 1};
  return date;
}

}  // namespace

std::vector<Programme> demo_programmes(Date today, const CommitteeIds& committees) {
  std::vector<Programme> out;
  for (const auto& t : templates()) {
    Programme p;
    p.ref = t.ref;
    p.name = t.name;
    p.pillar = t.pillar;
    p.sro = t.sro;
    p.clinical_lead = t.clinical_lead;
    p.finance_lead = t.finance_lead;
    p.status = t.status;
    p.status_reason = t.status_reason;
    for (const char* id : t.metric_ids) p.metric_ids.emplace_back(id);
    p.funding_pence = t.funding_hundredths_of_million * 1'000'000;  // £0.01m = £10,000 = 1,000,000p
    for (const auto& pt : t.products) {
      ProgrammeProduct product;
      product.product = pt.product;
      product.details = pt.details;
      product.committee_id = committee_id(committees, pt.committee);
      product.purpose = pt.purpose;
      product.planned_date = next_working_day(Date{today.days + pt.days_from_today});
      product.outcome = pt.outcome;
      product.outcome_detail = pt.outcome_detail;
      p.products.push_back(std::move(product));
    }
    std::stable_sort(p.products.begin(), p.products.end(),
                     [](const ProgrammeProduct& a, const ProgrammeProduct& b) { return a.planned_date < b.planned_date; });
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace ics::demo::detail
