#pragma once
// The bodies of the population health pages, from an analysed population; every count through
// disclosure control (web/phm_view.h) except on the case-finding list, which is patient-level by design.
#include <string>
#include <vector>

#include "phm/risk_model.h"
#include "web/phm_service.h"

namespace ics::web {

// "GP appointments", "A&E attendances", ... for page headings.
std::string setting_label(phm::Setting setting);

// /phm: persons, segment summary, the pyramid by age band and sex coloured by segment, risk tiers.
std::string phm_overview_body(const PhmPopulation& population);
// /phm/segments: persons by segment for each PCN, place and age band.
std::string phm_segments_body(const PhmPopulation& population);
// /phm/risk: the model's quality (AUC, calibration), its coefficients and the risk tiers.
std::string phm_risk_body(const PhmPopulation& population);
// /phm/inequalities: standardised rates with 95% CIs by group for each measure, and SII/RII.
std::string phm_inequalities_body(const PhmPopulation& population);
// /phm/value: per setting, the funnel plot of PCNs and the opportunity table; the total opportunity.
std::string phm_value_body(const PhmPopulation& population);

// /phm/case-finding without a PCN: the PCNs this account may open (codes), or why there are none.
std::string phm_case_finding_index_body(const PhmPopulation& population, const std::vector<std::string>& openable);
// /phm/case-finding?pcn=CODE: the patient-identifiable list, marked as such.
std::string phm_case_finding_body(const PhmPopulation& population, const std::string& pcn,
                                  const std::vector<phm::CaseFindingEntry>& entries);
// The 403 body for a PCN the account has no patient-level access to.
std::string phm_case_finding_forbidden_body(const std::string& pcn);

}  // namespace ics::web
