#pragma once
// The demo ICS's assurance picture for the year up to `today`: strategic objectives and the risk register
// with a year of monthly scores (some risks escalated by score or by a missed target date, one
// de-escalated, two confidential), plan and MOU priorities rated at four quarterly stocktakes, and
// transformation programmes with their rolling schedules of products going to committees.
#include <cstdint>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/committee.h"
#include "domain/deliverable.h"
#include "domain/programme.h"
#include "domain/risk.h"

namespace ics {
class Store;
}

namespace ics::demo {

// Objective ids (and risks' objective_id) are placeholders numbered from 1 (SO1 = 1); committee ids in
// priorities and products are those of the committees given to build_demo_assurance.
struct DemoAssurance {
  std::vector<StrategicObjective> objectives;  // by ref
  std::vector<Risk> risks;                     // by ref
  std::vector<Priority> priorities;            // by ref
  std::vector<Programme> programmes;           // by ref, products by planned date
};

// Pure: the same today, seed and committees give the same records. committees must hold the demo's
// codes (ICSB, SE, POG, QG, FDG, MNPPB, NCPPB, SNPPB), as stored after load_demo_governance; throws
// std::invalid_argument naming a missing code.
DemoAssurance build_demo_assurance(Date today, uint32_t seed, const std::vector<Committee>& committees);

// Every record's validation problems ("risk SR03: history: ..."), by the rules the forms and imports
// apply (assurance/risk_scoring.h, brag.h, programme_schedule.h); empty when every record passes.
std::vector<std::string> demo_assurance_problems(const DemoAssurance& demo);

// Validates everything, then saves objectives, risks, priorities and programmes through
// store.assurance() (actor "ics demo"): one transaction per kind, risks pointing at the stored
// objectives. Call it on a store without assurance data (AssuranceStore::clear_assurance_data).
// Throws std::runtime_error listing every problem before anything is written, or from the store.
void load_demo_assurance(Store& store, const DemoAssurance& demo);

}  // namespace ics::demo
