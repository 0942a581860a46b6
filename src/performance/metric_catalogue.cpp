#include "performance/metric_catalogue.h"

#include <map>
#include <optional>

#include "core/errors.h"
#include "core/numbers.h"

namespace ics {
namespace {

constexpr const char* kUec = "Urgent and emergency care";
constexpr const char* kPlanned = "Planned care";
constexpr const char* kCancer = "Cancer";
constexpr const char* kMental = "Mental health";
constexpr const char* kPrimary = "Primary and community care";
constexpr const char* kQuality = "Quality and safety";
constexpr const char* kWorkforce = "Workforce";

// Statistical collections, named as NHS England / NHS Digital publish them.
constexpr const char* kAe = "NHS England A&E Attendances and Emergency Admissions";
constexpr const char* kAmbsys = "NHS England Ambulance Quality Indicators (AmbSYS)";
constexpr const char* kSitrep = "NHS England Urgent and Emergency Care Daily Situation Reports";
constexpr const char* kBeds = "NHS England Bed Availability and Occupancy (KH03)";
constexpr const char* kDtoc = "NHS England Delayed Transfers of Care";
constexpr const char* kRtt = "NHS England Consultant-led Referral to Treatment Waiting Times";
constexpr const char* kDm01 = "NHS England Diagnostic Waiting Times and Activity (DM01)";
constexpr const char* kCancelled = "NHS England Cancelled Elective Operations";
constexpr const char* kCwt = "NHS England Cancer Waiting Times";
constexpr const char* kIapt = "NHS Digital Improving Access to Psychological Therapies (IAPT) Monthly Statistics";
constexpr const char* kMhsds = "NHS Digital Mental Health Services Monthly Statistics (MHSDS)";
constexpr const char* kDementia = "NHS Digital Recorded Dementia Diagnoses";
constexpr const char* kOap = "NHS Digital Out of Area Placements in Mental Health Services";
constexpr const char* kSmi = "NHS England Physical Health Checks for People with Severe Mental Illness";
constexpr const char* kLd = "NHS Digital Learning Disabilities Health Check Scheme";
constexpr const char* kGpAppts = "NHS Digital Appointments in General Practice";
constexpr const char* kChs = "NHS England Community Health Services Situation Report";
constexpr const char* kHcai = "UK Health Security Agency Healthcare Associated Infection Surveillance";
constexpr const char* kShmi = "NHS Digital Summary Hospital-level Mortality Indicator (SHMI)";
constexpr const char* kMsa = "NHS England Mixed-Sex Accommodation Breaches";
constexpr const char* kNever = "NHS England Never Events";
constexpr const char* kVte = "NHS England Venous Thromboembolism (VTE) Risk Assessment";
constexpr const char* kFft = "NHS England Friends and Family Test";
constexpr const char* kSickness = "NHS Digital NHS Sickness Absence Rates";
constexpr const char* kWorkforceStats = "NHS Digital NHS Workforce Statistics";
constexpr const char* kVacancy = "NHS Digital NHS Vacancy Statistics";
constexpr const char* kAgency = "NHS Improvement Agency Expenditure Return";

constexpr auto P = MetricUnit::Percent;
constexpr auto C = MetricUnit::Count;
constexpr auto M = MetricUnit::Minutes;
constexpr auto R = MetricUnit::Rate;
constexpr auto X = MetricUnit::Ratio;
constexpr auto Up = Improvement::Increase;
constexpr auto Down = Improvement::Decrease;
constexpr auto Neutral = Improvement::Neutral;
constexpr std::nullopt_t None = std::nullopt;

// Ids are keys in files and URLs, so they keep to lower-case letters, digits and underscores.
constexpr const char* kIdCharacters = "abcdefghijklmnopqrstuvwxyz0123456789_";

Metric m(const char* id, const char* name, const char* area, MetricUnit unit, Improvement improvement,
         std::optional<double> standard, const char* source) {
  return Metric{id, name, area, unit, improvement, standard, source};
}

}  // namespace

std::vector<std::string> standard_service_areas() {
  return {kUec, kPlanned, kCancer, kMental, kPrimary, kQuality, kWorkforce};
}

std::vector<Metric> standard_metric_catalogue() {
  return {
      // Urgent and emergency care
      m("ae_4hr", "A&E 4-hour performance (all types)", kUec, P, Up, 0.95, kAe),
      m("ae_4hr_type1", "A&E 4-hour performance (type 1: major A&E)", kUec, P, Up, 0.95, kAe),
      m("ae_4hr_type2", "A&E 4-hour performance (type 2: single specialty)", kUec, P, Up, 0.95, kAe),
      m("ae_4hr_other", "A&E 4-hour performance (other: UTC, MIU, walk-in)", kUec, P, Up, 0.95, kAe),
      m("ae_attendances", "A&E attendances (all types)", kUec, C, Neutral, None, kAe),
      m("ae_admissions", "Emergency admissions via A&E", kUec, C, Neutral, None, kAe),
      m("ae_12hr_trolley", "12-hour trolley waits (decision to admit to admission)", kUec, C, Down, 0, kAe),
      m("amb_cat1_mean", "Ambulance category 1 mean response time", kUec, M, Down, 7, kAmbsys),
      m("amb_cat1_90th", "Ambulance category 1 90th centile response time", kUec, M, Down, 15, kAmbsys),
      m("amb_cat2_mean", "Ambulance category 2 mean response time", kUec, M, Down, 18, kAmbsys),
      m("amb_cat2_90th", "Ambulance category 2 90th centile response time", kUec, M, Down, 40, kAmbsys),
      m("amb_cat3_90th", "Ambulance category 3 90th centile response time", kUec, M, Down, 120, kAmbsys),
      m("amb_cat4_90th", "Ambulance category 4 90th centile response time", kUec, M, Down, 180, kAmbsys),
      m("amb_handover_60min", "Ambulance handovers delayed over 60 minutes", kUec, C, Down, 0, kSitrep),
      m("bed_occupancy_ga", "General and acute bed occupancy", kUec, P, Down, 0.92, kBeds),
      m("dtoc_delayed_days", "Delayed transfers of care (delayed days; now no criteria to reside)", kUec, C, Down,
        None, kDtoc),
      m("long_stay_21day", "Patients in hospital 21 days or more (stranded patients)", kUec, C, Down, None, kSitrep),
      // Planned care
      m("rtt_18wk", "RTT incomplete pathways within 18 weeks", kPlanned, P, Up, 0.92, kRtt),
      m("rtt_52wk", "RTT incomplete pathways waiting 52 weeks or more", kPlanned, C, Down, 0, kRtt),
      m("rtt_waiting_list", "RTT waiting list (incomplete pathways)", kPlanned, C, Down, None, kRtt),
      m("diag_6wk", "Diagnostic tests waiting 6 weeks or more", kPlanned, P, Down, 0.01, kDm01),
      m("cancelled_ops_28day", "Cancelled operations not rebooked within 28 days", kPlanned, C, Down, 0, kCancelled),
      // Cancer
      m("cancer_2ww", "Cancer 2-week wait from urgent GP referral", kCancer, P, Up, 0.93, kCwt),
      m("cancer_2ww_breast", "Breast symptomatic 2-week wait", kCancer, P, Up, 0.93, kCwt),
      m("cancer_fds_28day", "Cancer 28-day faster diagnosis standard", kCancer, P, Up, 0.75, kCwt),
      m("cancer_31day", "Cancer 31-day decision to first treatment", kCancer, P, Up, 0.96, kCwt),
      m("cancer_31day_surgery", "Cancer 31-day subsequent treatment (surgery)", kCancer, P, Up, 0.94, kCwt),
      m("cancer_31day_drugs", "Cancer 31-day subsequent treatment (anti-cancer drugs)", kCancer, P, Up, 0.98, kCwt),
      m("cancer_31day_radiotherapy", "Cancer 31-day subsequent treatment (radiotherapy)", kCancer, P, Up, 0.94, kCwt),
      m("cancer_62day", "Cancer 62-day urgent GP referral to first treatment", kCancer, P, Up, 0.85, kCwt),
      m("cancer_62day_screening", "Cancer 62-day screening referral to first treatment", kCancer, P, Up, 0.90, kCwt),
      // Mental health
      m("iapt_access", "IAPT access: people entering treatment (against plan)", kMental, C, Up, None, kIapt),
      m("iapt_recovery", "IAPT recovery rate", kMental, P, Up, 0.50, kIapt),
      m("iapt_6wk", "IAPT first treatment within 6 weeks of referral", kMental, P, Up, 0.75, kIapt),
      m("iapt_18wk", "IAPT first treatment within 18 weeks of referral", kMental, P, Up, 0.95, kIapt),
      m("eip_2wk", "Early intervention in psychosis: treatment within 2 weeks", kMental, P, Up, 0.60, kMhsds),
      m("dementia_diagnosis", "Dementia diagnosis rate (aged 65+)", kMental, P, Up, 0.667, kDementia),
      m("mh_oap_days", "Inappropriate out-of-area placements (bed days)", kMental, C, Down, None, kOap),
      m("cyp_mh_access", "Children and young people accessing mental health services (rolling 12 months)", kMental,
        C, Up, None, kMhsds),
      m("smi_health_checks", "Physical health checks for people with severe mental illness", kMental, P, Up, 0.60,
        kSmi),
      // Primary and community care
      m("ld_health_checks", "Annual health checks for people with a learning disability", kPrimary, P, Up, 0.75, kLd),
      m("gp_appointments", "GP practice appointments", kPrimary, C, Neutral, None, kGpAppts),
      m("gp_appts_within_2wk", "GP appointments within 2 weeks of booking", kPrimary, P, Up, None, kGpAppts),
      m("community_ucr_2hr", "Urgent community response within 2 hours", kPrimary, P, Up, 0.70, kChs),
      // Quality and safety
      m("cdiff_cases", "C. difficile infections (trust apportioned)", kQuality, C, Down, None, kHcai),
      m("mrsa_bacteraemia", "MRSA bacteraemia (trust apportioned)", kQuality, C, Down, 0, kHcai),
      m("shmi", "Summary Hospital-level Mortality Indicator", kQuality, X, Down, 1.0, kShmi),
      m("mixed_sex_breaches", "Mixed-sex accommodation breaches", kQuality, C, Down, 0, kMsa),
      m("never_events", "Never events", kQuality, C, Down, 0, kNever),
      m("vte_risk_assessment", "VTE risk assessment of admitted patients", kQuality, P, Up, 0.95, kVte),
      m("fft_ae_recommend", "Friends and Family Test: A&E would recommend", kQuality, P, Up, None, kFft),
      m("fft_inpatient_recommend", "Friends and Family Test: inpatients would recommend", kQuality, P, Up, None, kFft),
      // Workforce
      m("staff_sickness", "Staff sickness absence rate", kWorkforce, P, Down, 0.035, kSickness),
      m("staff_turnover", "Staff turnover (rolling 12 months)", kWorkforce, P, Down, None, kWorkforceStats),
      m("vacancy_rate", "Vacancy rate", kWorkforce, P, Down, None, kVacancy),
      m("agency_spend_vs_ceiling", "Agency spend against the NHS Improvement ceiling", kWorkforce, X, Down, 1.0,
        kAgency),
      m("staff_in_post_fte", "Staff in post (full-time equivalent)", kWorkforce, C, Neutral, None, kWorkforceStats),
  };
}

std::vector<Metric> read_metric_catalogue_csv(const CsvTable& table) {
  const size_t c_id = table.require_column("id");
  const size_t c_name = table.require_column("name");
  const size_t c_area = table.require_column("service_area");
  const size_t c_unit = table.require_column("unit");
  const size_t c_improvement = table.require_column("improvement");
  const size_t c_standard = table.require_column("standard");
  const size_t c_source = table.require_column("source");

  ProblemList problems;
  std::vector<Metric> out;
  std::map<std::string, int> first_line;  // id -> line it first appeared on
  for (const auto& row : table.rows) {
    auto col = [](size_t i) { return static_cast<int>(i) + 1; };
    auto problem = [&](size_t c, std::string message) {
      problems.add(table.source, row.line, col(c), std::move(message));
    };
    Metric metric;
    metric.id = row.cells[c_id];
    metric.name = row.cells[c_name];
    metric.service_area = row.cells[c_area];
    metric.source = row.cells[c_source];
    bool ok = true;
    auto require = [&](size_t c, const char* what) {
      if (row.cells[c].empty()) {
        problem(c, std::string("empty ") + what);
        ok = false;
      }
    };
    require(c_id, "metric id");
    require(c_name, "name");
    require(c_area, "service area");
    require(c_source, "source");
    if (!metric.id.empty() && metric.id.find_first_not_of(kIdCharacters) != std::string::npos) {
      problem(c_id, "metric id \"" + metric.id + "\" may hold only a-z, 0-9 and _");
      ok = false;
    }
    if (auto unit = parse_metric_unit(row.cells[c_unit])) {
      metric.unit = *unit;
    } else {
      problem(c_unit, "unit \"" + row.cells[c_unit] + "\" is not one of percent, count, minutes, rate, ratio");
      ok = false;
    }
    if (auto improvement = parse_improvement(row.cells[c_improvement])) {
      metric.improvement = *improvement;
    } else {
      problem(c_improvement,
              "improvement \"" + row.cells[c_improvement] + "\" is not one of increase, decrease, neutral");
      ok = false;
    }
    if (!row.cells[c_standard].empty()) {
      if (auto standard = parse_number(row.cells[c_standard])) {
        metric.standard = *standard;
        if (metric.unit == MetricUnit::Percent && (*standard < 0 || *standard > 1)) {
          problem(c_standard, "standard \"" + row.cells[c_standard] +
                                  "\" for a percent metric must be a proportion between 0 and 1 (95% is 0.95)");
          ok = false;
        }
      } else {
        problem(c_standard, "standard \"" + row.cells[c_standard] + "\" is not a number");
        ok = false;
      }
    }
    if (!metric.id.empty()) {
      auto [it, inserted] = first_line.emplace(metric.id, row.line);
      if (!inserted) {
        problem(c_id, "duplicate metric id \"" + metric.id + "\" (first on line " + std::to_string(it->second) + ")");
        ok = false;
      }
    }
    if (ok) out.push_back(std::move(metric));
  }
  problems.throw_if_any();
  return out;
}

}  // namespace ics
