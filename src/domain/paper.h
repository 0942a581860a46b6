#pragma once
// A board paper with the cover sheet ICS boards use, and the file itself (PDF or document).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/meeting.h"

namespace ics {

// A forum the paper went to before this one, and what it decided.
struct PriorForum {
  std::string forum;  // "Finance Directors Group"
  std::optional<Date> date;
  std::string outcome;  // "Supported with amendments"
  bool operator==(const PriorForum&) const = default;
};

// The cover sheet's implications section; "" means "none identified".
struct Implications {
  std::string finance, value_for_money, risk, legal, workforce, quality, equality, privacy, engagement;
  bool operator==(const Implications&) const = default;
};

// Describes the stored file; its bytes are fetched separately (GovernanceStore::paper_file_bytes).
struct PaperFile {
  std::string name;          // original file name, "enc-b-finance-report.pdf"
  std::string content_type;  // "application/pdf"
  int64_t size = 0;          // bytes
  std::string sha256;        // hex
  bool operator==(const PaperFile&) const = default;
};

struct Paper {
  int64_t id = 0;  // 0 until stored
  std::optional<int64_t> meeting_id;
  std::string item_number;    // the agenda item it supports
  std::string enclosure_ref;  // "Enc B"
  std::string title;
  std::string sponsor, author, presenter;
  ActionRequested purpose = ActionRequested::Note;
  std::string summary;
  std::string recommendations;
  std::vector<PriorForum> prior_forums;
  Implications implications;
  std::string conflicts_of_interest;  // "" = none identified
  bool confidential = false;          // FOI Act s36: never shown to the public
  std::string confidential_reason;    // required when confidential
  bool draft = false;                 // drafts are not published
  std::optional<PaperFile> file;
  bool operator==(const Paper&) const = default;
};

}  // namespace ics
