#include "demo/demo_population.h"

#include <map>
#include <stdexcept>
#include <string_view>

#include "demo/demo_governance.h"
#include "demo/demo_organisations.h"
#include "store/store.h"
#include "web/password_hash.h"

namespace ics::demo {
namespace {

// What the generator needs beyond the codes. Mean IMD deciles follow the places' real deprivation (the
// city is among the most deprived areas in England, Rushcliffe among the least); shares follow their
// registered populations in thousands (about 1.2 million in all).
struct PlaceProfile {
  std::string_view code;
  double mean_imd_decile;
  double registered_thousands;
};

constexpr PlaceProfile kPlaceProfiles[] = {
    {"QT1-NC", 3.0, 380},  // Nottingham City
    {"QT1-SN", 7.5, 350},  // South Nottinghamshire
    {"QT1-MN", 4.5, 340},  // Mid-Nottinghamshire
    {"QT1-BA", 5.0, 120},  // Bassetlaw
};

// The place whose PCNs the pcn-lead account may see.
constexpr std::string_view kPcnLeadPlace = "QT1-NC";

const PlaceProfile& profile_of(const std::string& place_code) {
  for (const auto& profile : kPlaceProfiles)
    if (profile.code == place_code) return profile;
  throw std::logic_error("demo place " + place_code + " has no population profile");
}

}  // namespace

std::vector<phm::SyntheticPlace> demo_synthetic_places() {
  std::vector<phm::SyntheticPlace> places;
  std::map<std::string, size_t> place_of_code;           // place code -> index in places
  std::map<std::string, std::pair<size_t, size_t>> pcn;  // PCN code -> (place, PCN within it)
  // demo_organisations() lists parents before their children, so one pass builds the tree.
  for (const Organisation& org : demo_organisations()) {
    if (org.type == OrganisationType::Place) {
      const PlaceProfile& profile = profile_of(org.code);
      phm::SyntheticPlace place;
      place.code = org.code;
      place.mean_imd_decile = profile.mean_imd_decile;
      place.share = profile.registered_thousands;
      place_of_code[org.code] = places.size();
      places.push_back(std::move(place));
    } else if (org.type == OrganisationType::Pcn) {
      const size_t p = place_of_code.at(org.parent_code);
      pcn[org.code] = {p, places[p].pcn_codes.size()};
      places[p].pcn_codes.push_back(org.code);
      places[p].practice_codes.emplace_back();
    } else if (org.type == OrganisationType::Practice) {
      const auto [p, n] = pcn.at(org.parent_code);
      places[p].practice_codes[n].push_back(org.code);
    }
  }
  return places;
}

phm::SynthOptions demo_synth_options(Date today, int64_t persons, uint64_t seed) {
  phm::SynthOptions options;
  options.persons = persons;
  options.years = 2;  // the least the risk model needs: it trains on the year before last
  options.seed = seed;
  options.end_date = Date{Month::of(today).first_day().days - 1};
  options.places = demo_synthetic_places();
  return options;
}

std::vector<std::string> demo_pcn_lead_pcns() {
  for (const auto& place : demo_synthetic_places())
    if (place.code == kPcnLeadPlace) return place.pcn_codes;
  throw std::logic_error("the demo has no place " + std::string(kPcnLeadPlace));
}

void load_demo_patient_access(Store& store) {
  AccountStore& accounts = store.accounts();
  Account account;
  account.name = kPcnLeadAccount;
  account.role = Role::Analyst;
  account.password_hash = web::hash_password(kDemoPassword);
  if (auto existing = accounts.account_by_name(account.name)) {
    account.id = existing->id;
    accounts.update_account(account, kDemoActor);
  } else {
    account.id = accounts.add_account(account, kDemoActor);
  }
  accounts.set_patient_level_pcns(account.id, demo_pcn_lead_pcns(), kDemoActor);
}

}  // namespace ics::demo
