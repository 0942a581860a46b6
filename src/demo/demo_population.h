#pragma once
// The demo ICS's generated population: Nottingham and Nottinghamshire's places, PCNs and practices as the
// population generator's synthetic places (phm/synthetic_population.h), and the demo PCN clinician who
// may see patient-level case-finding lists.
#include <cstdint>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "phm/synthetic_population.h"

namespace ics {
class Store;
}

namespace ics::demo {

// How many persons `ics demo` generates unless told: a tenth of the real ICS's ~1.2 million, so the demo
// is made in seconds.
inline constexpr int64_t kDefaultDemoPersons = 120000;

// The demo's 4 places with their PCNs and practices, codes as in demo_organisations(), each with a mean
// IMD decile (Nottingham City most deprived, South Nottinghamshire least) and a share of persons after
// its real registered population. Throws std::logic_error if demo_organisations() has a place this file
// gives no profile.
std::vector<phm::SyntheticPlace> demo_synthetic_places();

// The generator's options for the demo: `persons` persons in demo_synthetic_places(), two whole years of
// events ending the day before today's month starts, so the analysis date (the day after the extract)
// is the first of today's month.
phm::SynthOptions demo_synth_options(Date today, int64_t persons, uint64_t seed);

// The demo PCN clinician: an analyst with patient-level access to the Nottingham City place's PCNs.
inline constexpr const char* kPcnLeadAccount = "pcn-lead";

// The PCNs the pcn-lead account may see patient-level data for (the Nottingham City place's), by code.
std::vector<std::string> demo_pcn_lead_pcns();

// Creates the pcn-lead account with the demo password (an existing one of that name gets the demo role
// and password), and replaces its grants with demo_pcn_lead_pcns(); actor "ics demo". Throws
// std::runtime_error from the store.
void load_demo_patient_access(Store& store);

}  // namespace ics::demo
