#include "demo/demo_assurance.h"

#include <map>
#include <stdexcept>
#include <string>

#include "assurance/brag.h"
#include "assurance/programme_schedule.h"
#include "assurance/risk_scoring.h"
#include "demo/demo_assurance_parts.h"
#include "demo/demo_governance.h"
#include "store/store.h"

namespace ics::demo {
namespace detail {

int64_t committee_id(const CommitteeIds& committees, const std::string& code) {
  auto it = committees.find(code);
  if (it == committees.end()) throw std::invalid_argument("demo assurance: no committee with code " + code);
  return it->second;
}

std::vector<StrategicObjective> demo_objectives() {
  // The ICS strategy's four aims (as every integrated care strategy states them), and the two the board
  // added for recovery and its workforce.
  return {
      {1, "SO1", "Improve outcomes in population health and healthcare",
       "Improve healthy life expectancy and outcomes for the 1.2 million people of Nottingham and "
       "Nottinghamshire, with prevention and early intervention in every pathway."},
      {2, "SO2", "Tackle inequalities in outcomes, experience and access",
       "Narrow the gap in healthy life expectancy between the most and least deprived neighbourhoods, "
       "focusing on the Core20PLUS5 populations and clinical areas."},
      {3, "SO3", "Enhance productivity and value for money",
       "Live within the system's financial envelope, deliver the efficiency programme and use the estate "
       "and capital well."},
      {4, "SO4", "Support broader social and economic development",
       "Act as anchor institutions: local employment, procurement and a working partnership with councils "
       "and the voluntary sector."},
      {5, "SO5", "Deliver safe, timely care",
       "Recover urgent and emergency care, elective, cancer and mental health access to the NHS "
       "constitutional and planning standards, safely."},
      {6, "SO6", "Develop a sustainable, supported workforce",
       "Recruit, retain and develop one health and care workforce, reducing reliance on temporary staff."},
  };
}

Date months_before(Date date, int months) {
  Month m = Month::of(date);
  for (int i = 0; i < months; ++i) m = m.previous();
  const Date end = month_end(m);
  return date.day() > end.day() ? end : Date::from_ymd(m.year, m.month, date.day());
}

Date month_end(Month month) { return Date{month.next().first_day().days - 1}; }

}  // namespace detail

namespace {

uint32_t stream(uint32_t seed, uint32_t part) { return seed ^ (part * 0x85ebca6bu); }

std::string describe(const FieldErrors& errors) {
  std::string out;
  for (const auto& e : errors) out += std::string(out.empty() ? "" : "; ") + e.field + ": " + e.message;
  return out;
}

}  // namespace

DemoAssurance build_demo_assurance(Date today, uint32_t seed, const std::vector<Committee>& committees) {
  detail::CommitteeIds ids;
  for (const auto& c : committees) ids[c.code] = c.id;
  DemoAssurance demo;
  demo.objectives = detail::demo_objectives();
  DemoRandom risks_random(stream(seed, 1));
  demo.risks = detail::demo_risks(today, risks_random);
  demo.priorities = detail::demo_priorities(today, ids);
  demo.programmes = detail::demo_programmes(today, ids);
  return demo;
}

std::vector<std::string> demo_assurance_problems(const DemoAssurance& demo) {
  std::vector<std::string> problems;
  std::map<int64_t, std::string> objectives;
  for (const auto& o : demo.objectives) {
    if (o.ref.empty() || o.title.empty())
      problems.push_back(std::string("objective ") + std::to_string(o.id) + ": no ref or title");
    if (!objectives.emplace(o.id, o.ref).second) problems.push_back(std::string("objective ") + o.ref + ": id used twice");
  }
  for (const auto& r : demo.risks) {
    if (auto errors = assurance::risk_errors(r); !errors.empty())
      problems.push_back(std::string("risk ") + r.ref + ": " + describe(errors));
    if (r.objective_id && !objectives.count(*r.objective_id))
      problems.push_back(std::string("risk ") + r.ref + ": unknown objective");
  }
  for (const auto& p : demo.priorities)
    if (auto errors = assurance::priority_errors(p); !errors.empty())
      problems.push_back(std::string("priority ") + p.ref + ": " + describe(errors));
  for (const auto& p : demo.programmes)
    if (auto errors = assurance::programme_errors(p); !errors.empty())
      problems.push_back(std::string("programme ") + p.ref + ": " + describe(errors));
  return problems;
}

void load_demo_assurance(Store& store, const DemoAssurance& demo) {
  if (const auto problems = demo_assurance_problems(demo); !problems.empty()) {
    std::string message = "demo assurance records are invalid:";
    for (const auto& p : problems) message += "\n  " + p;
    throw std::runtime_error(message);
  }
  AssuranceStore& a = store.assurance();
  const std::string actor = kDemoActor;

  std::vector<StrategicObjective> objectives = demo.objectives;
  for (auto& o : objectives) o.id = 0;
  const auto objective_ids = a.save_objectives(objectives, actor);
  std::map<int64_t, int64_t> stored;
  for (size_t i = 0; i < demo.objectives.size(); ++i) stored[demo.objectives[i].id] = objective_ids.at(i);

  std::vector<Risk> risks = demo.risks;
  for (auto& r : risks) {
    r.id = 0;
    if (r.objective_id) r.objective_id = stored.at(*r.objective_id);
  }
  a.save_risks(risks, actor);
  a.save_priorities(demo.priorities, actor);
  a.save_programmes(demo.programmes, actor);
}

}  // namespace ics::demo
