// ics metrics [--db FILE] [--format table|csv]: list the metric catalogue the store holds, in board order.
#include <algorithm>
#include <charconv>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/csv.h"
#include "performance/ipr_query.h"

namespace ics::cli {
namespace {

struct MetricsArgs {
  std::string db;
  std::string format = "table";
};

// The shortest text that reads back as the same double ("0.95", not "0.94999999999999996").
std::string shortest(double value) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(value);
}

// A standard as a reader expects it: "≥ 95%", "≤ 7 min", "≤ 0".
std::string standard_text(const Metric& m) {
  if (!m.standard) return "";
  std::ostringstream out;
  if (m.improvement == Improvement::Increase) out << "\u2265 ";
  if (m.improvement == Improvement::Decrease) out << "\u2264 ";
  if (m.unit == MetricUnit::Percent) out << std::setprecision(4) << *m.standard * 100 << '%';
  else out << *m.standard << (m.unit == MetricUnit::Minutes ? " min" : "");
  return out.str();
}

void print_csv(const std::vector<Metric>& metrics) {
  std::cout << "id,name,service_area,unit,improvement,standard,source\n";
  for (const auto& m : metrics)
    std::cout << csv_escape(m.id) << ',' << csv_escape(m.name) << ',' << csv_escape(m.service_area) << ','
              << to_string(m.unit) << ',' << to_string(m.improvement) << ','
              << (m.standard ? shortest(*m.standard) : "") << ',' << csv_escape(m.source) << '\n';
}

void print_table(const std::vector<Metric>& metrics) {
  size_t id_width = 2, name_width = 4;
  for (const auto& m : metrics) {
    id_width = std::max(id_width, m.id.size());
    name_width = std::max(name_width, m.name.size());
  }
  const std::string* area = nullptr;
  for (const auto& m : metrics) {
    if (!area || m.service_area != *area) {
      std::cout << (area ? "\n" : "") << m.service_area << '\n';
      area = &m.service_area;
    }
    std::ostringstream line;
    line << "  " << std::left << std::setw(static_cast<int>(id_width)) << m.id << "  "
         << std::setw(static_cast<int>(name_width)) << m.name << "  " << std::setw(8) << to_string(m.unit) << "  "
         << std::setw(8) << to_string(m.improvement) << "  " << standard_text(m);
    std::string text = line.str();
    text.erase(text.find_last_not_of(' ') + 1);
    std::cout << text << '\n';
  }
}

}  // namespace

void add_metrics_command(CLI::App& app) {
  auto args = std::make_shared<MetricsArgs>();
  auto* cmd = app.add_subcommand("metrics", "List the metric catalogue");
  add_db_option(*cmd, args->db);
  cmd->add_option("--format", args->format, "table or csv")
      ->check(CLI::IsMember({"table", "csv"}))
      ->capture_default_str();
  cmd->callback([args] {
    auto store = open_store(args->db);
    const auto metrics = performance::in_board_order(store->metrics());
    if (args->format == "csv") print_csv(metrics);
    else print_table(metrics);
  });
}

}  // namespace ics::cli
