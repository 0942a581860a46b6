#pragma once
// The delivery pages: plan and MOU deliverables (the board's BRAG summary, movement and annex at a
// stocktake; one priority's rating history; the rating form) and transformation programmes (the
// programme table, exception reports and rolling product schedule; one programme; the outcome form).
// Views only format what the engines (assurance/brag.h, assurance/programme_schedule.h) return; the
// routes (delivery_routes.cpp) read the store and decide who may change what.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "assurance/brag.h"
#include "assurance/programme_schedule.h"
#include "core/field_errors.h"
#include "domain/committee.h"
#include "domain/deliverable.h"
#include "domain/metric.h"
#include "domain/programme.h"
#include "web/auth.h"
#include "web/delivery_queries.h"

namespace ics::web {

// ---- deliverables ----

// The rating's letter in its coloured tag, with its word for screen readers: "B (Blue)" read aloud,
// "B" on a blue tag on screen.
std::string brag_tag(Brag rating);
// "Improved", "Deteriorated", "Unchanged", "New", "Superseded".
std::string movement_label(assurance::BragMovement movement);
// "BRAG rating September 2026", the summary's last column as boards head it.
std::string brag_column(Month stocktake);

struct DeliverablesPageData {
  std::vector<Month> stocktakes;                  // every stocktake recorded, oldest first
  std::optional<assurance::BragSummary> summary;  // already filtered; absent when nothing is recorded
  std::vector<Committee> committees;
  DeliverablesFilter filter;
};
// The stocktake selector and filters, the counts by rating, the summary table (one per priority type),
// the movement since the previous stocktake and the annex of progress updates.
std::string deliverables_body(const DeliverablesPageData& data);

// The priority, its overseeing group and its full rating history; a "Record a rating" button when
// can_rate.
std::string priority_detail_body(const Priority& priority, const std::vector<Committee>& committees, bool can_rate);

// What the rating form shows: the submitted text after a refused save, else the defaults.
struct RatingFormValues {
  std::string stocktake;  // YYYY-MM
  std::string rating;     // "B", "R", "A", "G" or ""
  std::string progress;
};
std::string rating_form_body(const Priority& priority, const RatingFormValues& values, const FieldErrors& errors,
                             const Principal& principal);

// ---- programmes ----

// The status as a coloured tag ("Delayed" red, "In progress" green ...).
std::string programme_status_tag(ProgrammeStatus status);

struct ProgrammesPageData {
  std::vector<Programme> programmes;                       // ordered by ref
  std::vector<assurance::ProgrammeException> exceptions;   // pointing into programmes
  std::vector<assurance::ScheduledProduct> schedule;       // pointing into programmes
  ScheduleWindow window;
  std::vector<Committee> committees;
};
// The programme table with its funding total, the exception reports and the product schedule with
// the window's form.
std::string programmes_body(const ProgrammesPageData& data);

struct ProgrammeDetailData {
  Programme programme;
  std::vector<std::string> off_track;  // assurance::off_track_reasons
  // programme.products in schedule order (assurance::product_schedule), by index: the index names the
  // product in /programmes/{id}/products/{n}/outcome.
  struct ProductLine {
    size_t index = 0;
    bool overdue = false;
  };
  std::vector<ProductLine> products;
  std::vector<Metric> metrics;  // the catalogue, for the linked KPIs' names
  std::vector<Committee> committees;
  bool can_record = false;      // shows "Record outcome" links
};
std::string programme_detail_body(const ProgrammeDetailData& data);

struct OutcomeFormValues {
  std::string outcome;  // a ProductOutcome name or ""
  std::string detail;
};
// The form for product `index` of the programme.
std::string outcome_form_body(const Programme& programme, size_t index, const std::vector<Committee>& committees,
                              const OutcomeFormValues& values, const FieldErrors& errors, const Principal& principal);

}  // namespace ics::web
