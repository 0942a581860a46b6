#pragma once
// Plan and MOU priorities and transformation programmes for the delivery pages' HTTP tests, stored
// through store.assurance() on top of the governance world (its board and Performance Oversight Group
// oversee them; its accounts sign in), and a small reader that cuts a page's tables into cell texts.
//
// Priorities, rated at the September and December 2025 stocktakes:
//   NO1.1  national          POG    A -> G   improved
//   NO2.1  national          board  G -> R   deteriorated
//   NO4.4  national          POG    R -> superseded by NO4.5 from December
//   NO4.5  national          POG    - -> A   new
//   NO10.1 national          board  B -> B   unchanged
//   IC1    integrating care  board  A -> A   unchanged
//   L1     local             board  G -> (not rated in December)
// Programmes (today is 10 March 2026, so the default schedule runs 10 February to 10 June 2026):
//   P01 Urgent and emergency care: delayed, 2 KPIs, £12.34m; products deferred 3 Feb, overdue 3 Mar, due 7 Apr
//   P02 Community diagnostics: in progress, 1 KPI, £2.5m; one product for endorsement on 30 Jun
//   P03 Digital front door: accelerated, no KPIs, £0.6m, no products
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "governance_http_world.h"

namespace ics::web::delivery_http {

inline const Month kSeptember{2025, 9}, kDecember{2025, 12};

struct DeliveryWorld {
  std::map<std::string, int64_t> priority;   // by ref
  std::map<std::string, int64_t> programme;  // by ref
};

inline Priority make_priority(const std::string& ref, PriorityType type, const std::string& description,
                              int64_t committee, std::vector<StocktakeRating> ratings) {
  Priority p;
  p.ref = ref;
  p.type = type;
  p.description = description;
  p.overseeing_committee_id = committee;
  p.plan_year = "2025/26";
  p.ratings = std::move(ratings);
  return p;
}

inline ProgrammeProduct make_product(const std::string& name, const std::string& details, int64_t committee,
                                     ProductPurpose purpose, Date planned, std::optional<ProductOutcome> outcome = {},
                                     const std::string& outcome_detail = "") {
  return ProgrammeProduct{name, details, committee, purpose, planned, outcome, outcome_detail};
}

// Stores the priorities and programmes above; the governance world must already be filled.
inline DeliveryWorld fill_delivery(Store& store, const governance_http::World& w) {
  using enum Brag;
  const auto day = governance_http::day;
  std::vector<Priority> priorities = {
      make_priority("NO1.1", PriorityType::National, "Recover elective activity to 107% of 2019/20", w.pog,
                    {{kSeptember, Amber, "Theatre lists short of staff"}, {kDecember, Green, "Back on plan from October"}}),
      make_priority("NO2.1", PriorityType::National, "Eliminate 12-hour waits in A&E", w.board,
                    {{kSeptember, Green, "On trajectory"}, {kDecember, Red, "Winter surge: 212 waits in November"}}),
      make_priority("NO4.4", PriorityType::National, "A&E Delivery Boards in every place", w.pog,
                    {{kSeptember, Red, "Two places without a board"}}),
      make_priority("NO4.5", PriorityType::National, "Urgent and emergency care boards in every place", w.pog,
                    {{kDecember, Amber, "Terms of reference agreed"}}),
      make_priority("NO10.1", PriorityType::National, "Cancer faster diagnosis standard of 77%", w.board,
                    {{kSeptember, Blue, "Met since June"}, {kDecember, Blue, "Met every month"}}),
      make_priority("IC1", PriorityType::IntegratingCare, "Joined-up community teams in every place", w.board,
                    {{kSeptember, Amber, "Three of five places live"}, {kDecember, Amber, "Four of five places live"}}),
      make_priority("L1", PriorityType::Local, "Extend hospice at home", w.board,
                    {{kSeptember, Green, "Funding agreed"}}),
  };
  priorities[2].superseded_by = "NO4.5";
  priorities[2].superseded_from = kDecember;

  Programme uec;
  uec.ref = "P01";
  uec.name = "Urgent and emergency care";
  uec.pillar = "Integration";
  uec.sro = "Jo Bloggs";
  uec.clinical_lead = "Dr Sam Patel";
  uec.finance_lead = "Lee Chan";
  uec.status = ProgrammeStatus::Delayed;
  uec.status_reason = "Estates works slipped";
  uec.metric_ids = {"ae_4hr", "ae_12hr"};
  uec.funding_pence = 1'234'000'000;  // £12.34m
  uec.products = {make_product("Full business case: UTC", "New urgent treatment centre", w.board,
                               ProductPurpose::Approval, day(2026, 2, 3), ProductOutcome::Deferred,
                               "Capital bid pending"),
                  make_product("Winter evaluation", "Lessons from winter", w.pog, ProductPurpose::Noting,
                               day(2026, 3, 3)),
                  make_product("Outline business case: SDEC", "Same-day emergency care", w.board,
                               ProductPurpose::Approval, day(2026, 4, 7))};
  Programme diagnostics;
  diagnostics.ref = "P02";
  diagnostics.name = "Community diagnostics";
  diagnostics.pillar = "Prevention";
  diagnostics.sro = "Kim Lee";
  diagnostics.clinical_lead = "Dr Ann Oke";
  diagnostics.finance_lead = "Lee Chan";
  diagnostics.status = ProgrammeStatus::InProgress;
  diagnostics.metric_ids = {"dm01"};
  diagnostics.funding_pence = 250'000'000;  // £2.5m
  diagnostics.products = {make_product("Diagnostics strategy", "Five-year plan", w.board, ProductPurpose::Endorsement,
                                       day(2026, 6, 30))};
  Programme digital;
  digital.ref = "P03";
  digital.name = "Digital front door";
  digital.pillar = "Digital";
  digital.sro = "Raj Shah";
  digital.clinical_lead = "Dr Eve Moss";
  digital.finance_lead = "Pat Doe";
  digital.status = ProgrammeStatus::Accelerated;
  digital.funding_pence = 60'000'000;  // £0.6m

  DeliveryWorld d;
  auto& assurance = store.assurance();
  const auto priority_ids = assurance.save_priorities(priorities, "test");
  for (size_t i = 0; i < priorities.size(); ++i) d.priority[priorities[i].ref] = priority_ids[i];
  const std::vector<Programme> programmes{uec, diagnostics, digital};
  const auto programme_ids = assurance.save_programmes(programmes, "test");
  for (size_t i = 0; i < programmes.size(); ++i) d.programme[programmes[i].ref] = programme_ids[i];
  return d;
}

// The governance world's server with the delivery records added.
class DeliveryServer {
 public:
  explicit DeliveryServer(const std::string& name)
      : world_(name), delivery_(fill_delivery(world_.store(), world_.world())) {}
  Store& store() { return world_.store(); }
  const governance_http::World& world() const { return world_.world(); }
  const DeliveryWorld& delivery() const { return delivery_; }
  httplib::Client client() const { return world_.client(); }
  http_test::Session sign_in(const std::string& name) const { return world_.sign_in(name); }
  int64_t priority(const std::string& ref) const { return delivery_.priority.at(ref); }
  int64_t programme(const std::string& ref) const { return delivery_.programme.at(ref); }

 private:
  governance_http::WorldServer world_;
  DeliveryWorld delivery_;
};

// ---- reading tables out of a page ----

using Cells = std::vector<std::string>;

struct HtmlTable {
  std::string caption;
  Cells headers;             // the <thead>'s <th> texts, in order
  std::vector<Cells> rows;   // each <tbody> row's <td> texts
  std::vector<Cells> html;   // the same cells' inner HTML
  Cells footer;              // the <tfoot> row's texts, if any
};

// Text as a reader sees it: tags read as spaces, the escapes html_escape makes undone, runs of white space
// made one space, trimmed.
inline std::string text_of(const std::string& html) {
  std::string text;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') {
      in_tag = true;
    } else if (c == '>') {
      in_tag = false;
      text += ' ';  // a tag separates words ("<dt>SRO</dt><dd>Jo Bloggs</dd>" reads "SRO Jo Bloggs")
    } else if (!in_tag) {
      text += c;
    }
  }
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}}) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  }
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The inner HTML of every <tag ...>...</tag> in html, in order (no nesting of the same tag).
inline std::vector<std::string> elements(const std::string& html, const std::string& tag) {
  std::vector<std::string> out;
  const std::string open = "<" + tag, close = "</" + tag + ">";
  for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at)) {
    const char next = html[at + open.size()];
    if (next != '>' && next != ' ') {
      at += open.size();
      continue;
    }
    const size_t body = html.find('>', at) + 1;
    const size_t end = html.find(close, body);
    if (end == std::string::npos) break;
    out.push_back(html.substr(body, end - body));
    at = end + close.size();
  }
  return out;
}

inline HtmlTable parse_table(const std::string& table_html) {
  HtmlTable t;
  if (const auto caption = elements(table_html, "caption"); !caption.empty()) t.caption = text_of(caption.front());
  for (const auto& head : elements(table_html, "thead"))
    for (const auto& th : elements(head, "th")) t.headers.push_back(text_of(th));
  for (const auto& tbody : elements(table_html, "tbody"))
    for (const auto& tr : elements(tbody, "tr")) {
      Cells texts, inner;
      for (const auto& td : elements(tr, "td")) {
        texts.push_back(text_of(td));
        inner.push_back(td);
      }
      t.rows.push_back(texts);
      t.html.push_back(inner);
    }
  for (const auto& foot : elements(table_html, "tfoot"))
    for (const auto& td : elements(foot, "td")) t.footer.push_back(text_of(td));
  return t;
}

// The part of the page inside <section id="id">; "" when there is none.
inline std::string section(const std::string& page, const std::string& id) {
  const size_t start = page.find("<section id=\"" + id + "\">");
  if (start == std::string::npos) return "";
  const size_t end = page.find("</section>", start);
  return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// Every table in html, in order.
inline std::vector<HtmlTable> tables(const std::string& html) {
  std::vector<HtmlTable> out;
  for (const auto& t : elements(html, "table")) out.push_back(parse_table(t));
  return out;
}

}  // namespace ics::web::delivery_http
