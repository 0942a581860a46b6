// write_analysis (analysis_json is in phm_json.cpp): the CSV tables are rendered from analysis_json, which
// has already applied disclosure control, so a suppressed value is hidden in both or neither. Only the
// case-finding list, which is patient-level by design, is made from the analysis directly.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <utility>

#include "core/csv.h"
#include "core/errors.h"
#include "phm/phm_output.h"

namespace ics::phm {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// How a JSON value prints in a CSV cell; null always prints as an empty cell.
enum class Format { Text, Integer, Pounds, Fixed1, Fixed4, Fixed6, Significant6 };

void append_double(std::string& out, double v, Format format) {
  if (!std::isfinite(v)) return;
  char buffer[64];
  std::to_chars_result r{};
  switch (format) {
    case Format::Fixed1: r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 1); break;
    case Format::Fixed4: r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 4); break;
    case Format::Fixed6: r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 6); break;
    default: r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::general, 6); break;
  }
  if (r.ec == std::errc()) out.append(buffer, r.ptr);
}

void append_integer(std::string& out, int64_t v) {
  char buffer[24];
  auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, r.ptr);
}

// Whole pence as pounds with two decimals, exactly: -12345 -> "-123.45".
void append_pounds(std::string& out, int64_t pence) {
  if (pence < 0) out += '-';
  const uint64_t magnitude = pence < 0 ? 0 - static_cast<uint64_t>(pence) : static_cast<uint64_t>(pence);
  char buffer[24];
  auto r = std::to_chars(buffer, buffer + sizeof buffer, magnitude / 100);
  out.append(buffer, r.ptr);
  const unsigned cents = static_cast<unsigned>(magnitude % 100);
  out += '.';
  out += static_cast<char>('0' + cents / 10);
  out += static_cast<char>('0' + cents % 10);
}

void append_value(std::string& out, const json& v, Format format) {
  if (v.is_null()) return;
  if (v.is_string()) {
    out += csv_escape(v.get_ref<const std::string&>());
  } else if (v.is_boolean()) {
    out += v.get<bool>() ? "true" : "false";
  } else if (format == Format::Pounds && v.is_number_integer()) {
    append_pounds(out, v.get<int64_t>());
  } else if (v.is_number_integer() && (format == Format::Integer || format == Format::Text)) {
    append_integer(out, v.get<int64_t>());
  } else if (v.is_number()) {
    append_double(out, v.get<double>(), format);
  }
}

// A CSV document built row by row: a header, then cells appended in the header's order.
class CsvText {
 public:
  explicit CsvText(std::initializer_list<std::string_view> header) { add_header(header); }
  void add_header(std::initializer_list<std::string_view> names) {
    for (std::string_view n : names) text(n);
  }
  CsvText& text(std::string_view value) {
    separate();
    text_ += csv_escape(value);
    return *this;
  }
  CsvText& value(const json& v, Format format) {
    separate();
    append_value(text_, v, format);
    return *this;
  }
  CsvText& integer(int64_t v) {
    separate();
    append_integer(text_, v);
    return *this;
  }
  CsvText& number(double v, Format format) {
    separate();
    append_double(text_, v, format);
    return *this;
  }
  void end_row() {
    text_ += '\n';
    row_started_ = false;
  }
  std::string take() {
    if (row_started_) end_row();
    return std::move(text_);
  }

 private:
  void separate() {
    if (row_started_) text_ += ',';
    row_started_ = true;
  }
  std::string text_;
  bool row_started_ = false;
};

std::string segments_csv(const json& segments) {
  CsvText csv{"level", "group", "place", "age_band", "sex", "segment", "segment_label", "persons"};
  for (int s = 0; s < kSettingCount; ++s) csv.text(enum_name(static_cast<Setting>(s)));
  csv.text("bed_days").text("cost_pounds").text("cost_per_person_pounds").end_row();
  auto rows = [&](std::string_view level, const json& group, const json& place, const json& age_band, const json& sex,
                  const json& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
      const json& c = cells[i];
      csv.text(level).value(group, Format::Text).value(place, Format::Text).value(age_band, Format::Text);
      csv.value(sex, Format::Text).value(c["segment"], Format::Text).text(segment_label(static_cast<Segment>(i)));
      csv.value(c["persons"], Format::Integer);
      for (int s = 0; s < kSettingCount; ++s)
        csv.value(c["events"][std::string(enum_name(static_cast<Setting>(s)))], Format::Integer);
      csv.value(c["bed_days"], Format::Integer).value(c["cost_pence"], Format::Pounds);
      csv.value(c["cost_per_person_pence"], Format::Pounds).end_row();
    }
  };
  const json none;
  rows("ics", "ICS", none, none, none, segments["ics"]);
  for (const json& p : segments["by_pcn"]) rows("pcn", p["pcn"], p["place"], none, none, p["segments"]);
  for (const json& p : segments["by_place"]) rows("place", p["place"], p["place"], none, none, p["segments"]);
  for (const json& a : segments["by_age_sex"]) rows("age_sex", none, none, a["age_band"], a["sex"], a["segments"]);
  return csv.take();
}

std::string risk_model_csv(const json& risk) {
  CsvText csv{"feature", "label", "coefficient", "standard_error", "odds_ratio", "training_mean"};
  csv.end_row();
  for (const json& c : risk["coefficients"]) {
    csv.value(c["feature"], Format::Text).value(c["label"], Format::Text);
    for (const char* key : {"coefficient", "standard_error", "odds_ratio", "training_mean"})
      csv.value(c[key], Format::Significant6);
    csv.end_row();
  }
  return csv.take();
}

std::string calibration_csv(const json& risk) {
  CsvText csv{"decile", "persons", "mean_predicted", "observed_events", "observed_rate"};
  csv.end_row();
  for (const json& d : risk["calibration"]) {
    csv.value(d["decile"], Format::Integer).value(d["persons"], Format::Integer);
    csv.value(d["mean_predicted"], Format::Fixed6).value(d["observed_events"], Format::Integer);
    csv.value(d["observed_rate"], Format::Fixed6).end_row();
  }
  return csv.take();
}

std::string tiers_csv(const json& risk) {
  CsvText csv{"tier", "label", "persons", "min_probability", "mean_probability"};
  csv.end_row();
  for (const json& t : risk["tiers"]) {
    csv.value(t["tier"], Format::Text).value(t["label"], Format::Text).value(t["persons"], Format::Integer);
    csv.value(t["min_probability"], Format::Fixed6).value(t["mean_probability"], Format::Fixed6).end_row();
  }
  return csv.take();
}

std::string inequalities_csv(const json& inequalities) {
  CsvText csv{"measure", "dimension", "group", "events", "population", "rate_per_100000", "lower_95", "upper_95"};
  csv.end_row();
  for (const json& r : inequalities["rows"]) {
    csv.value(r["measure"], Format::Text).value(r["dimension"], Format::Text).value(r["group"], Format::Text);
    csv.value(r["events"], Format::Integer).value(r["population"], Format::Integer);
    csv.value(r["rate"], Format::Fixed1).value(r["lower"], Format::Fixed1).value(r["upper"], Format::Fixed1).end_row();
  }
  return csv.take();
}

std::string slopes_csv(const json& inequalities) {
  CsvText csv{"measure", "sii_per_100000", "sii_lower_95", "sii_upper_95", "rii", "rii_lower_95", "rii_upper_95",
              "core20_rate_ratio"};
  csv.end_row();
  for (const json& s : inequalities["slopes"]) {
    csv.value(s["measure"], Format::Text);
    for (const char* key : {"sii", "sii_lower", "sii_upper"}) csv.value(s[key], Format::Fixed1);
    for (const char* key : {"rii", "rii_lower", "rii_upper", "core20_rate_ratio"}) csv.value(s[key], Format::Fixed4);
    csv.end_row();
  }
  return csv.take();
}

std::string value_csv(const json& value) {
  CsvText csv{"pcn", "place", "setting", "persons", "observed", "expected", "ratio", "lower_95", "upper_95",
              "funnel_lower_95", "funnel_upper_95", "funnel_lower_998", "funnel_upper_998", "outside_998",
              "cost_pounds", "benchmark_ratio", "excess_events", "opportunity_pounds"};
  csv.end_row();
  for (const json& r : value["rows"]) {
    csv.value(r["pcn"], Format::Text).value(r["place"], Format::Text).value(r["setting"], Format::Text);
    csv.value(r["persons"], Format::Integer).value(r["observed"], Format::Integer).value(r["expected"], Format::Fixed1);
    for (const char* key : {"ratio", "lower", "upper"}) csv.value(r[key], Format::Fixed4);
    for (const char* key : {"lower95", "upper95", "lower998", "upper998"}) csv.value(r["funnel"][key], Format::Fixed4);
    csv.value(r["outside_998"], Format::Text).value(r["cost_pence"], Format::Pounds);
    csv.value(r["benchmark_ratio"], Format::Fixed4).value(r["excess_events"], Format::Fixed1);
    csv.value(r["opportunity_pence"], Format::Pounds).end_row();
  }
  return csv.take();
}

constexpr size_t kCaseFindingFactors = 3;

std::string case_finding_csv(const Population& population, const PhmAnalysis& analysis,
                             const std::vector<uint16_t>& pcns) {
  CsvText csv{"marking", "person_id", "practice", "pcn", "age", "sex", "probability", "tier",
              "long_term_conditions", "emergency_admissions_last_year"};
  for (size_t i = 1; i <= kCaseFindingFactors; ++i) {
    const std::string n = std::to_string(i);
    csv.text("factor_" + n).text("factor_" + n + "_log_odds");
  }
  csv.end_row();
  for (const CaseFindingEntry& e : case_finding_list(population, analysis.facts_at, analysis.risk, pcns)) {
    csv.text(kPatientIdentifiableMarking).text(e.person_id).text(e.practice).text(e.pcn).integer(e.age);
    csv.text(enum_name(e.sex)).number(e.probability, Format::Fixed4).text(risk_tier_label(e.tier));
    csv.integer(e.long_term_conditions).integer(e.emergency_admissions_last_year);
    for (size_t i = 0; i < kCaseFindingFactors; ++i) {
      if (i < e.factors.size() && e.factors[i].feature >= 0 && e.factors[i].feature < kRiskFeatureCount) {
        csv.text(kRiskFeatureLabels[static_cast<size_t>(e.factors[i].feature)]);
        csv.number(e.factors[i].contribution, Format::Fixed4);
      } else {
        csv.text("").text("");
      }
    }
    csv.end_row();
  }
  return csv.take();
}

[[noreturn]] void cannot_write(const fs::path& path, int error) {
  throw InputError(InputProblem{path.string(), 0, 0, std::string("cannot write output: ") + std::strerror(error)});
}

mode_t creation_mode(mode_t wanted) {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return wanted & ~mask;
}

// Writes text to a temporary file beside path, fsyncs it and renames it over path.
void write_file_atomically(const fs::path& path, std::string_view text) {
  std::string temp = path.string() + ".tmp.XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) cannot_write(path, errno);
  int error = ::fchmod(fd, creation_mode(0666)) == 0 ? 0 : errno;
  while (!text.empty() && error == 0) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) error = n < 0 ? errno : EIO;
    else text.remove_prefix(static_cast<size_t>(n));
  }
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && std::rename(temp.c_str(), path.c_str()) != 0) error = errno;
  if (error != 0) {
    ::unlink(temp.c_str());
    cannot_write(path, error);
  }
}

using NamedFile = std::pair<std::string, std::string>;  // name, contents

// A new folder appears whole or not at all: written as a sibling temporary folder, then renamed.
void write_new_directory(const fs::path& target, const std::vector<NamedFile>& files) {
  std::error_code ec;
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  if (ec) cannot_write(parent, ec.value());
  std::string temp = (parent / (target.filename().string() + ".tmp-XXXXXX")).string();
  if (::mkdtemp(temp.data()) == nullptr) cannot_write(target, errno);
  try {
    for (const auto& [name, text] : files) write_file_atomically(fs::path(temp) / name, text);
    if (::chmod(temp.c_str(), creation_mode(0777)) != 0) cannot_write(target, errno);
    if (std::rename(temp.c_str(), target.c_str()) != 0) cannot_write(target, errno);
  } catch (...) {
    fs::remove_all(temp, ec);
    throw;
  }
}

}  // namespace

std::vector<uint16_t> pcn_indexes(const Population& population, const std::vector<std::string>& codes) {
  const std::vector<std::string>& known = population.geography.pcn_codes;
  std::vector<uint16_t> indexes;
  std::vector<InputProblem> problems;
  for (const std::string& code : codes) {
    auto it = std::find(known.begin(), known.end(), code);
    if (it != known.end()) {
      indexes.push_back(static_cast<uint16_t>(it - known.begin()));
      continue;
    }
    std::string message = std::string("unknown PCN code \"") + code + "\" (the population's PCNs:";
    for (size_t i = 0; i < known.size(); ++i) {
      message += i == 0 ? " " : ", ";
      message += known[i];
    }
    problems.push_back(InputProblem{"", 0, 0, message + ")"});
  }
  if (!problems.empty()) throw InputError(std::move(problems));
  return indexes;
}

void write_analysis(const Population& population, const PhmAnalysis& analysis, const std::string& directory,
                    const OutputOptions& options) {
  // Everything is checked and rendered before anything touches the disk.
  const bool case_finding = options.case_finding_pcns.has_value();
  const std::vector<uint16_t> pcns = case_finding ? pcn_indexes(population, *options.case_finding_pcns)
                                                  : std::vector<uint16_t>{};
  json summary = analysis_json(population, analysis);
  std::vector<NamedFile> files{
      {"segments.csv", segments_csv(summary["segments"])},
      {"risk_model.csv", risk_model_csv(summary["risk_model"])},
      {"risk_calibration.csv", calibration_csv(summary["risk_model"])},
      {"risk_tiers.csv", tiers_csv(summary["risk_model"])},
      {"inequalities.csv", inequalities_csv(summary["inequalities"])},
      {"inequality_slopes.csv", slopes_csv(summary["inequalities"])},
      {"value_opportunities.csv", value_csv(summary["value_opportunities"])},
  };
  if (case_finding) files.emplace_back(std::string(kCaseFindingFile), case_finding_csv(population, analysis, pcns));
  json listed = json::array({{{"name", "summary.json"}, {"patient_identifiable", false}}});
  for (const auto& [name, text] : files)
    listed.push_back({{"name", name}, {"patient_identifiable", name == kCaseFindingFile}});
  summary["files"] = std::move(listed);
  files.insert(files.begin(), {"summary.json", summary.dump(2) + "\n"});

  fs::path target = fs::path(directory).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  if (target.empty()) throw InputError(InputProblem{directory, 0, 0, "the output folder has no name"});
  std::error_code ec;
  const auto status = fs::status(target, ec);
  if (!fs::exists(status)) {
    write_new_directory(target, files);
    return;
  }
  if (!fs::is_directory(status)) throw InputError(InputProblem{target.string(), 0, 0, "exists and is not a folder"});
  for (const auto& [name, text] : files) write_file_atomically(target / name, text);
  // A case-finding list left by an earlier run would not match this summary.json: remove it.
  if (!case_finding) fs::remove(target / kCaseFindingFile, ec);
}

}  // namespace ics::phm
