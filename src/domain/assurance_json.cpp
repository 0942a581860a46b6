#include "domain/assurance_json.h"

#include <cstdint>

#include "domain/json_fields.h"

namespace ics {
namespace {

using nlohmann::json;
using namespace json_fields;

json rating_json(const RiskRating& r) { return {{"likelihood", r.likelihood}, {"consequence", r.consequence}}; }

void read_rating(const Fields& f, RiskRating& v) {
  f.get("likelihood", v.likelihood);
  f.get("consequence", v.consequence);
}

void read_score_entry(const Fields& f, RiskScoreEntry& v) {
  f.get("date", v.date);
  f.get_object("rating", v.rating, read_rating);
  f.get("note", v.note);
  f.get("by", v.by);
}

void read_assurance_source(const Fields& f, AssuranceSource& v) {
  f.get("description", v.description);
  f.get("line", v.line);
  f.get("metric_id", v.metric_id);
}

void read_stocktake_rating(const Fields& f, StocktakeRating& v) {
  f.get("stocktake", v.stocktake);
  f.get("rating", v.rating);
  f.get("progress", v.progress);
}

void read_product(const Fields& f, ProgrammeProduct& v) {
  f.get("product", v.product);
  f.get("details", v.details);
  f.get("committee_id", v.committee_id);
  f.get("purpose", v.purpose);
  f.get("planned_date", v.planned_date);
  f.get("outcome", v.outcome);
  f.get("outcome_detail", v.outcome_detail);
}

}  // namespace

void to_json(json& j, const StrategicObjective& v) {
  j = json{{"id", v.id}, {"ref", v.ref}, {"title", v.title}, {"description", v.description}};
}

void from_json(const json& j, StrategicObjective& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("ref", v.ref);
  f.get("title", v.title);
  f.get("description", v.description);
}

void to_json(json& j, const Risk& v) {
  json assurances = json::array();
  for (const auto& a : v.assurances)
    assurances.push_back({{"description", a.description}, {"line", a.line}, {"metric_id", a.metric_id}});
  json history = json::array();
  for (const auto& h : v.history)
    history.push_back(
        {{"date", h.date.to_string()}, {"rating", rating_json(h.rating)}, {"note", h.note}, {"by", h.by}});
  j = json{{"id", v.id},
           {"ref", v.ref},
           {"title", v.title},
           {"cause", v.cause},
           {"event", v.event},
           {"effect", v.effect},
           {"category", v.category},
           {"objective_id", id_json(v.objective_id)},
           {"owner", v.owner},
           {"org_code", v.org_code},
           {"level", name_of(v.level)},
           {"confidential", v.confidential},
           {"confidential_reason", v.confidential_reason},
           {"status", name_of(v.status)},
           {"opened_on", v.opened_on.to_string()},
           {"initial", rating_json(v.initial)},
           {"target", rating_json(v.target)},
           {"target_date", date_json(v.target_date)},
           {"controls", v.controls},
           {"gaps_in_control", v.gaps_in_control},
           {"assurances", std::move(assurances)},
           {"gaps_in_assurance", v.gaps_in_assurance},
           {"review_date", date_json(v.review_date)},
           {"history", std::move(history)}};
}

void from_json(const json& j, Risk& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("ref", v.ref);
  f.get("title", v.title);
  f.get("cause", v.cause);
  f.get("event", v.event);
  f.get("effect", v.effect);
  f.get("category", v.category);
  f.get("objective_id", v.objective_id);
  f.get("owner", v.owner);
  f.get("org_code", v.org_code);
  f.get("level", v.level);
  f.get("confidential", v.confidential);
  f.get("confidential_reason", v.confidential_reason);
  f.get("status", v.status);
  f.get("opened_on", v.opened_on);
  f.get_object("initial", v.initial, read_rating);
  f.get_object("target", v.target, read_rating);
  f.get("target_date", v.target_date);
  f.get("controls", v.controls);
  f.get("gaps_in_control", v.gaps_in_control);
  f.get_list("assurances", v.assurances, read_assurance_source);
  f.get("gaps_in_assurance", v.gaps_in_assurance);
  f.get("review_date", v.review_date);
  f.get_list("history", v.history, read_score_entry);
}

void to_json(json& j, const EscalationRules& v) {
  j = json{{"to_place", v.to_place}, {"to_system", v.to_system}, {"to_board", v.to_board}};
}

void from_json(const json& j, EscalationRules& v) {
  const Fields f(j, "");
  f.get("to_place", v.to_place);
  f.get("to_system", v.to_system);
  f.get("to_board", v.to_board);
}

void to_json(json& j, const Priority& v) {
  json ratings = json::array();
  for (const auto& r : v.ratings)
    ratings.push_back(
        {{"stocktake", r.stocktake.to_string()}, {"rating", name_of(r.rating)}, {"progress", r.progress}});
  j = json{{"id", v.id},
           {"ref", v.ref},
           {"type", name_of(v.type)},
           {"description", v.description},
           {"overseeing_committee_id", v.overseeing_committee_id},
           {"plan_year", v.plan_year},
           {"superseded_by", v.superseded_by},
           {"superseded_from", month_json(v.superseded_from)},
           {"ratings", std::move(ratings)}};
}

void from_json(const json& j, Priority& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("ref", v.ref);
  f.get("type", v.type);
  f.get("description", v.description);
  f.get("overseeing_committee_id", v.overseeing_committee_id);
  f.get("plan_year", v.plan_year);
  f.get("superseded_by", v.superseded_by);
  f.get("superseded_from", v.superseded_from);
  f.get_list("ratings", v.ratings, read_stocktake_rating);
}

void to_json(json& j, const Programme& v) {
  json products = json::array();
  for (const auto& p : v.products)
    products.push_back({{"product", p.product},
                        {"details", p.details},
                        {"committee_id", p.committee_id},
                        {"purpose", name_of(p.purpose)},
                        {"planned_date", p.planned_date.to_string()},
                        {"outcome", optional_name(p.outcome)},
                        {"outcome_detail", p.outcome_detail}});
  j = json{{"id", v.id},
           {"ref", v.ref},
           {"name", v.name},
           {"pillar", v.pillar},
           {"sro", v.sro},
           {"clinical_lead", v.clinical_lead},
           {"finance_lead", v.finance_lead},
           {"status", name_of(v.status)},
           {"status_reason", v.status_reason},
           {"metric_ids", v.metric_ids},
           {"funding_pence", v.funding_pence},
           {"products", std::move(products)}};
}

void from_json(const json& j, Programme& v) {
  const Fields f(j, "");
  f.get("id", v.id);
  f.get("ref", v.ref);
  f.get("name", v.name);
  f.get("pillar", v.pillar);
  f.get("sro", v.sro);
  f.get("clinical_lead", v.clinical_lead);
  f.get("finance_lead", v.finance_lead);
  f.get("status", v.status);
  f.get("status_reason", v.status_reason);
  f.get("metric_ids", v.metric_ids);
  f.get("funding_pence", v.funding_pence);
  f.get_list("products", v.products, read_product);
}

void to_json(json& j, const LedgerEntry& v) {
  j = json{{"org_code", v.org_code},
           {"month", v.month.to_string()},
           {"line", name_of(v.line)},
           {"plan_pence", v.plan},
           {"actual_pence", optional_json(v.actual)},
           {"forecast_pence", optional_json(v.forecast)}};
}

void to_json(json& j, const Envelope& v) {
  j = json{{"financial_year_start", v.financial_year_start},
           {"financial_year", Month{v.financial_year_start, 4}.financial_year()},
           {"kind", name_of(v.kind)},
           {"amount_pence", v.amount}};
}

void to_json(json& j, const ActivityEntry& v) {
  j = json{{"org_code", v.org_code},
           {"month", v.month.to_string()},
           {"pod", name_of(v.pod)},
           {"plan", v.plan},
           {"actual", optional_json(v.actual)}};
}

void to_json(json& j, const WorkforceEntry& v) {
  j = json{{"org_code", v.org_code},
           {"month", v.month.to_string()},
           {"measure", name_of(v.measure)},
           {"plan", optional_json(v.plan)},
           {"actual", optional_json(v.actual)}};
}

}  // namespace ics
