#include "demo/demo_profiles.h"

namespace ics::demo {

// Levels are typical of a large teaching trust (RX1), a district general trust (RK5), a regional
// ambulance service (RX9), a mental health trust (RHA) and the ICB (QT1) in 2016-2019: some
// meet their standards, some fail, and several carry a trend or step so SPC has something to find.
const std::vector<SeriesProfile>& demo_profiles() {
  static const std::vector<SeriesProfile> kProfiles{
      // Urgent and emergency care (A&E 4-hour, attendances and admissions come from the real file)
      {"ae_12hr_trolley", {{"RX1", 3}, {"RK5", 1}}, 0, 0.2, {}, 0, 1.5},
      // Category 1-4 response standards began with the Ambulance Response Programme in August 2017.
      {"amb_cat1_mean", {{"RX9", 8.6}}, 0.35, -0.3, {}, 0, 0.6, Month{2017, 8}},
      {"amb_cat1_90th", {{"RX9", 15.8}}, 0.6, -0.5, {}, 0, 1.2, Month{2017, 8}},
      {"amb_cat2_mean", {{"RX9", 26}}, 2.0, -1.5, Month{2018, 6}, -4, 7, Month{2017, 8}},
      {"amb_cat2_90th", {{"RX9", 55}}, 4.5, -3, Month{2018, 6}, -9, 16, Month{2017, 8}},
      {"amb_cat3_90th", {{"RX9", 190}}, 18, -10, {}, 0, 60, Month{2017, 8}},
      {"amb_cat4_90th", {{"RX9", 210}}, 25, -10, {}, 0, 50, Month{2017, 8}},
      {"amb_handover_60min", {{"RX1", 45}, {"RK5", 8}}, 0.15, 0.1, {}, 0, 0.8},
      {"bed_occupancy_ga", {{"RX1", 0.935}, {"RK5", 0.905}}, 0.008, 0.004, {}, 0, 0.025},
      {"dtoc_delayed_days", {{"RX1", 1450}, {"RK5", 620}}, 0.07, 0, Month{2017, 9}, -0.35, 0.05},
      {"long_stay_21day", {{"RX1", 190}, {"RK5", 85}}, 0.06, -0.06, Month{2018, 7}, -0.15, 0.08},
      // Planned care
      {"rtt_18wk", {{"RX1", 0.905, 52000}, {"RK5", 0.925, 29000}}, 0.004, -0.012, {}, 0, -0.004},
      {"rtt_52wk", {{"RX1", 4}, {"RK5", 0.5}}, 0, 0.5},
      {"rtt_waiting_list", {{"RX1", 52000}, {"RK5", 29000}}, 0.01, 0.06},
      {"diag_6wk", {{"RX1", 0.018, 12500}, {"RK5", 0.006, 7000}}, 0.004, 0, Month{2018, 10}, -0.008, 0.004},
      {"cancelled_ops_28day", {{"RX1", 14}, {"RK5", 4}}, 0, 0, {}, 0, 0.5},
      // Cancer
      {"cancer_2ww", {{"RX1", 0.94, 2600}, {"RK5", 0.955, 1400}}, 0.012},
      {"cancer_2ww_breast", {{"RX1", 0.88, 280}, {"RK5", 0.96, 120}}, 0.03, 0.02},
      // Faster diagnosis was collected in shadow form from April 2018 (levels are for April 2016, before the trend).
      {"cancer_fds_28day", {{"RX1", 0.64, 2100}, {"RK5", 0.70, 1150}}, 0.015, 0.04, {}, 0, 0, Month{2018, 4}},
      {"cancer_31day", {{"RX1", 0.965, 420}, {"RK5", 0.98, 210}}, 0.01},
      {"cancer_31day_surgery", {{"RX1", 0.91, 120}, {"RK5", 0.95, 45}}, 0.025},
      {"cancer_31day_drugs", {{"RX1", 0.995, 230}, {"RK5", 0.99, 80}}, 0.004},
      {"cancer_31day_radiotherapy", {{"RX1", 0.965, 260}}, 0.012},  // radiotherapy is at the cancer centre only
      {"cancer_62day", {{"RX1", 0.80, 160}, {"RK5", 0.82, 75}}, 0.03, -0.01, Month{2018, 9}, 0.05},
      {"cancer_62day_screening", {{"RX1", 0.88, 24}, {"RK5", 0.9, 9}}, 0.05},
      // Mental health
      {"iapt_access", {{"RHA", 2250}}, 0.05, 0.14, {}, 0, -0.06},
      {"iapt_recovery", {{"RHA", 0.495, 1250}}, 0.015, 0.01},
      {"iapt_6wk", {{"RHA", 0.86, 2000}}, 0.02, 0, Month{2018, 5}, -0.09},
      {"iapt_18wk", {{"RHA", 0.985, 2000}}, 0.005},
      {"eip_2wk", {{"RHA", 0.72, 32}}, 0.07},
      {"dementia_diagnosis", {{"RHA", 0.705, 14500}}, 0.003, -0.004},
      {"mh_oap_days", {{"RHA", 950}}, 0.12, -0.1, Month{2018, 4}, -0.3},
      {"cyp_mh_access", {{"RHA", 8200}}, 0.015, 0.12},
      {"smi_health_checks", {{"RHA", 0.32, 9200}}, 0.015, 0.07},
      // Primary and community care: the ICB reports these for its population.
      {"ld_health_checks", {{"QT1", 0.56, 5400}}, 0.01, 0.04},
      {"gp_appointments", {{"QT1", 455000}}, 0.03, 0.02, {}, 0, 0.06},
      {"gp_appts_within_2wk", {{"QT1", 0.82, 455000}}, 0.008, -0.01},
      {"community_ucr_2hr", {{"QT1", 0.74, 1800}}, 0.025, 0.03},
      // Quality and safety
      {"cdiff_cases", {{"RX1", 7}, {"RK5", 3}}, 0, 0, {}, 0, 0.2},
      {"mrsa_bacteraemia", {{"RX1", 0.25}, {"RK5", 0.1}}},
      {"shmi", {{"RX1", 0.98}, {"RK5", 1.06}}, 0.008, -0.015, Month{2017, 10}, -0.04},
      {"mixed_sex_breaches", {{"RX1", 4}, {"RK5", 1}}, 0, 0, Month{2018, 4}, -0.8},
      {"never_events", {{"RX1", 0.2}, {"RK5", 0.1}}},
      {"vte_risk_assessment", {{"RX1", 0.962, 9500}, {"RK5", 0.94, 5200}}, 0.005, 0.004},
      {"fft_ae_recommend", {{"RX1", 0.84, 1600}, {"RK5", 0.88, 1100}}, 0.015},
      {"fft_inpatient_recommend", {{"RX1", 0.96, 3100}, {"RK5", 0.97, 1500}}, 0.006},
      // Workforce
      {"staff_sickness", {{"RX1", 0.039}, {"RK5", 0.042}, {"RX9", 0.058}, {"RHA", 0.052}}, 0.0015, 0, {}, 0, 0.006},
      {"staff_turnover", {{"RX1", 0.108}, {"RK5", 0.096}, {"RX9", 0.118}, {"RHA", 0.128}}, 0.002, -0.004},
      {"vacancy_rate", {{"RX1", 0.082}, {"RK5", 0.071}, {"RX9", 0.058}, {"RHA", 0.11}}, 0.004, 0.005},
      {"agency_spend_vs_ceiling", {{"RX1", 1.12}, {"RK5", 1.45}, {"RX9", 0.9}, {"RHA", 1.18}}, 0.05, -0.04,
       Month{2017, 10}, -0.15},
      {"staff_in_post_fte", {{"RX1", 14200}, {"RK5", 4600}, {"RX9", 3050}, {"RHA", 8700}}, 0.004, 0.02},
  };
  return kProfiles;
}

}  // namespace ics::demo
