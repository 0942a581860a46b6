#pragma once
// Transformation programmes: their leads, status, linked KPIs and funding, and the rolling schedule of
// products each takes to committees for approval, endorsement or noting.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/enum_names.h"

namespace ics {

enum class ProgrammeStatus { New, InProgress, Accelerated, Delayed, Paused, Closed };
template <>
struct EnumNames<ProgrammeStatus> {
  static constexpr std::array<std::pair<ProgrammeStatus, std::string_view>, 6> values{{
      {ProgrammeStatus::New, "new"},
      {ProgrammeStatus::InProgress, "in progress"},
      {ProgrammeStatus::Accelerated, "accelerated"},
      {ProgrammeStatus::Delayed, "delayed"},
      {ProgrammeStatus::Paused, "paused"},
      {ProgrammeStatus::Closed, "closed"},
  }};
};

enum class ProductPurpose { Approval, Endorsement, Noting };
template <>
struct EnumNames<ProductPurpose> {
  static constexpr std::array<std::pair<ProductPurpose, std::string_view>, 3> values{{
      {ProductPurpose::Approval, "approval"},
      {ProductPurpose::Endorsement, "endorsement"},
      {ProductPurpose::Noting, "noting"},
  }};
};

enum class ProductOutcome { Approved, Endorsed, Noted, Deferred, Rejected };
template <>
struct EnumNames<ProductOutcome> {
  static constexpr std::array<std::pair<ProductOutcome, std::string_view>, 5> values{{
      {ProductOutcome::Approved, "approved"},
      {ProductOutcome::Endorsed, "endorsed"},
      {ProductOutcome::Noted, "noted"},
      {ProductOutcome::Deferred, "deferred"},
      {ProductOutcome::Rejected, "rejected"},
  }};
};

// A product (business case, strategy, evaluation ...) going to a committee.
struct ProgrammeProduct {
  std::string product;   // "Full business case: community diagnostic centre"
  std::string details;
  int64_t committee_id = 0;  // the committee that receives it
  ProductPurpose purpose = ProductPurpose::Approval;
  Date planned_date;
  std::optional<ProductOutcome> outcome;  // absent until the meeting decides
  std::string outcome_detail;             // "Deferred to March: capital bid pending"
  bool operator==(const ProgrammeProduct&) const = default;
};

struct Programme {
  int64_t id = 0;     // 0 until stored
  std::string ref;    // "P01", unique
  std::string name;   // "Urgent and emergency care"
  std::string pillar; // strategic pillar: "Prevention", "Integration", ...
  std::string sro, clinical_lead, finance_lead;
  ProgrammeStatus status = ProgrammeStatus::InProgress;
  std::string status_reason;             // why delayed or paused; the exception report's narrative
  std::vector<std::string> metric_ids;   // linked KPIs from the performance catalogue (their count is reported)
  int64_t funding_pence = 0;             // funding, exact; shown in £m
  std::vector<ProgrammeProduct> products;  // by planned date
  bool operator==(const Programme&) const = default;
};

}  // namespace ics
