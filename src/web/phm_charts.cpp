#include "web/phm_charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "phm/standardisation.h"
#include "report/html_escape.h"

namespace ics::web {
namespace {

using report::html_escape;

constexpr const char* kFont = " font-family=\"Arial, Helvetica, sans-serif\"";
constexpr const char* kInk = "#212b32";
constexpr const char* kGrid = "#d8dde0";

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A tick label: whole numbers without decimals, others to 2 significant places past the point.
std::string tick_label(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%.2g", v);
  return buf;
}

std::string text(double x, double y, const std::string& anchor, int size, const std::string& body,
                 const std::string& css_class = "", const std::string& extra = "") {
  return "<text" + (css_class.empty() ? std::string() : " class=\"" + css_class + "\"") + " x=\"" + num(x) +
         "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\"" + kFont + " font-size=\"" + std::to_string(size) +
         "\" fill=\"" + kInk + "\"" + extra + ">" + html_escape(body) + "</text>";
}

std::string line(double x1, double y1, double x2, double y2, const std::string& colour, double width = 1,
                 const std::string& extra = "") {
  return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) +
         "\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + "\"" + extra + "/>";
}

std::string svg_open(const std::string& css_class, const std::string& id, int width, int height,
                     const std::string& title, const std::string& desc) {
  return "<svg class=\"" + css_class + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
         std::to_string(width) + " " + std::to_string(height) + "\" width=\"100%\" role=\"img\" aria-labelledby=\"" +
         id + "-title " + id + "-desc\"><title id=\"" + id + "-title\">" + html_escape(title) + "</title><desc id=\"" +
         id + "-desc\">" + html_escape(desc) + "</desc>";
}

// A "nice" tick step (1, 2 or 5 times a power of ten) giving about `count` ticks up to `top`.
double tick_step(double top, int count = 5) {
  if (!(top > 0)) return 1;
  const double raw = top / count;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * power) return m * power;
  return 10 * power;
}

// The axis's top: the smallest multiple of the step at or above `top`.
double axis_top(double top, double step) { return std::max(step, std::ceil(top / step - 1e-9) * step); }

std::string thousands(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? std::string("-") + out : out;
}

}  // namespace

std::string segment_colour(phm::Segment segment) {
  switch (segment) {
    case phm::Segment::ShortDeclineBeforeDying: return "#212b32";
    case phm::Segment::LongDeclineFrailty: return "#ae2573";
    case phm::Segment::LimitedReserveExacerbations: return "#d5281b";
    case phm::Segment::StableSeriousDisability: return "#330072";
    case phm::Segment::ChronicConditions: return "#005eb8";
    case phm::Segment::MaternalInfantHealth: return "#41b6e6";
    case phm::Segment::AcutelyIllCurable: return "#ffb81c";
    case phm::Segment::Healthy: return "#007f3b";
  }
  return "#768692";
}

std::string population_pyramid_svg(const PyramidCounts& counts, const std::string& id) {
  constexpr int kWidth = 760, kBand = 18, kTop = 40, kAxisX = 380, kHalf = 300, kLabelGap = 24;
  const int plot_bottom = kTop + phm::kAgeBandCount * kBand;
  const int legend_top = plot_bottom + 56;
  const int height = legend_top + 4 * 22 + 10;
  int64_t widest = 0, total = 0;
  for (const auto& band : counts)
    for (const auto& sex : band) {
      int64_t side = 0;
      for (const int64_t n : sex) side += n;
      widest = std::max(widest, side);
      total += side;
    }
  const double step = tick_step(static_cast<double>(widest), 3);
  const double top = axis_top(static_cast<double>(widest), step);
  const double scale = (kHalf - kLabelGap) / top;
  std::string out = svg_open("phm-pyramid", id, kWidth, height, "Population by age band and sex, coloured by segment",
                             "Population pyramid of " + thousands(total) +
                                 " persons (disclosed counts): males left, females right, youngest at the bottom; "
                                 "each bar split by Bridges to Health segment.");
  out += text(kAxisX - kLabelGap - 4, kTop - 12, "end", 13, "Males", "axis-label");
  out += text(kAxisX + kLabelGap + 4, kTop - 12, "start", 13, "Females", "axis-label");
  for (int band = 0; band < phm::kAgeBandCount; ++band) {
    const double y = plot_bottom - (band + 1) * kBand;
    out += text(kAxisX, y + kBand - 5, "middle", 10, phm::age_band_label(band), "age-band-label");
    for (int sex = 0; sex < phm::kSexCount; ++sex) {
      const bool male = sex == static_cast<int>(phm::Sex::Male);
      double offset = kLabelGap;
      for (int seg = 0; seg < phm::kSegmentCount; ++seg) {
        const int64_t n = counts[band][sex][seg];
        if (n <= 0) continue;
        const double w = n * scale;
        const double x = male ? kAxisX - offset - w : kAxisX + offset;
        const auto segment = static_cast<phm::Segment>(seg);
        out += "<rect class=\"pyramid-bar\" x=\"" + num(x) + "\" y=\"" + num(y + 1) + "\" width=\"" + num(w) +
               "\" height=\"" + std::to_string(kBand - 2) + "\" fill=\"" + segment_colour(segment) + "\"><title>" +
               html_escape(std::string(male ? "Males " : "Females ") + phm::age_band_label(band) + ", " +
                           phm::segment_label(segment) + ": " + thousands(n)) +
               "</title></rect>";
        offset += w;
      }
    }
  }
  // The persons axis along the bottom, mirrored either side of the age labels.
  out += line(kAxisX - kHalf, plot_bottom, kAxisX - kLabelGap, plot_bottom, kInk);
  out += line(kAxisX + kLabelGap, plot_bottom, kAxisX + kHalf, plot_bottom, kInk);
  for (double t = 0; t <= top + 1e-9; t += step) {
    for (const int side : {-1, 1}) {
      const double x = kAxisX + side * (kLabelGap + t * scale);
      out += line(x, plot_bottom, x, plot_bottom + 4, kInk);
      out += text(x, plot_bottom + 16, "middle", 10, thousands(static_cast<int64_t>(t)));
    }
  }
  out += text(kAxisX, plot_bottom + 36, "middle", 12, "Persons", "axis-label");
  for (int seg = 0; seg < phm::kSegmentCount; ++seg) {
    const auto segment = static_cast<phm::Segment>(seg);
    const int x = 20 + (seg % 2) * 370, y = legend_top + (seg / 2) * 22;
    out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"14\" height=\"14\" fill=\"" +
           segment_colour(segment) + "\"/>";
    out += text(x + 20, y + 12, "start", 12, phm::segment_label(segment), "legend-label");
  }
  return out + "</svg>";
}

std::string interval_chart_svg(const std::string& title, const std::string& id, const std::string& value_axis_label,
                               const std::vector<IntervalPoint>& points, std::optional<double> reference,
                               const std::string& reference_label) {
  constexpr int kWidth = 640, kLeft = 170, kRight = 610, kTop = 30, kRow = 24;
  const int plot_bottom = kTop + static_cast<int>(std::max<size_t>(points.size(), 1)) * kRow;
  const int height = plot_bottom + 50;
  double widest = reference.value_or(0);
  for (const auto& p : points) widest = std::max({widest, p.upper, p.value});
  const double step = tick_step(widest);
  const double top = axis_top(widest, step);
  const auto x_of = [&](double v) { return kLeft + (kRight - kLeft) * std::clamp(v, 0.0, top) / top; };
  std::string desc = title + ": ";
  for (size_t i = 0; i < points.size(); ++i)
    desc += std::string(i ? "; " : "") + points[i].label + " " + num(points[i].value) + " (" + num(points[i].lower) + " to " +
            num(points[i].upper) + ")";
  std::string out = svg_open("phm-interval-chart", id, kWidth, height, title, points.empty() ? title + ": no groups to show" : desc);
  for (double t = 0; t <= top + 1e-9; t += step) {
    out += line(x_of(t), kTop - 6, x_of(t), plot_bottom, kGrid);
    out += text(x_of(t), plot_bottom + 16, "middle", 10, tick_label(t));
  }
  out += line(kLeft, plot_bottom, kRight, plot_bottom, kInk);
  if (reference) {
    out += line(x_of(*reference), kTop - 6, x_of(*reference), plot_bottom, kInk, 1, " stroke-dasharray=\"4 3\"");
    out += text(x_of(*reference), kTop - 10, "middle", 10, reference_label, "reference-label");
  }
  for (size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    const double y = kTop + static_cast<double>(i) * kRow + kRow / 2.0;
    out += text(kLeft - 8, y + 4, "end", 11, p.label, "group-label");
    out += "<g class=\"interval\"><title>" +
           html_escape(p.label + ": " + num(p.value) + " (95% CI " + num(p.lower) + " to " + num(p.upper) + ")") +
           "</title>";
    out += line(x_of(p.lower), y, x_of(p.upper), y, "#005eb8", 2);
    out += line(x_of(p.lower), y - 5, x_of(p.lower), y + 5, "#005eb8", 2);
    out += line(x_of(p.upper), y - 5, x_of(p.upper), y + 5, "#005eb8", 2);
    out += "<circle cx=\"" + num(x_of(p.value)) + "\" cy=\"" + num(y) + "\" r=\"4.5\" fill=\"#003087\"/></g>";
  }
  out += text((kLeft + kRight) / 2.0, plot_bottom + 36, "middle", 12, value_axis_label, "axis-label");
  return out + "</svg>";
}

std::string funnel_plot_svg(const std::string& title, const std::string& id, const std::vector<FunnelPoint>& points,
                            double benchmark_ratio) {
  constexpr int kWidth = 640, kHeight = 400, kLeft = 70, kRight = 620, kTop = 20, kBottom = 340;
  double max_expected = 1, max_ratio = 1.5;
  for (const auto& p : points) {
    max_expected = std::max(max_expected, p.expected);
    max_ratio = std::max(max_ratio, p.ratio);
  }
  const double x_step = tick_step(max_expected * 1.05);
  const double x_top = axis_top(max_expected * 1.05, x_step);
  const double y_step = tick_step(max_ratio * 1.15);
  const double y_top = axis_top(max_ratio * 1.15, y_step);
  const auto x_of = [&](double v) { return kLeft + (kRight - kLeft) * std::clamp(v, 0.0, x_top) / x_top; };
  const auto y_of = [&](double v) { return kBottom - (kBottom - kTop) * std::clamp(v, 0.0, y_top) / y_top; };
  std::string desc = title + ". Ratio of observed to expected events against expected events, with 95% and 99.8% "
                             "control limits around 1 and the best-quartile benchmark " + num(benchmark_ratio) + ": ";
  for (size_t i = 0; i < points.size(); ++i)
    desc += std::string(i ? "; " : "") + points[i].label + " ratio " + tick_label(std::round(points[i].ratio * 100) / 100);
  std::string out = svg_open("phm-funnel-plot", id, kWidth, kHeight, title, desc);
  for (double t = 0; t <= x_top + 1e-9; t += x_step) {
    out += line(x_of(t), kTop, x_of(t), kBottom, kGrid);
    out += text(x_of(t), kBottom + 16, "middle", 10, tick_label(t));
  }
  for (double t = 0; t <= y_top + 1e-9; t += y_step) {
    out += line(kLeft, y_of(t), kRight, y_of(t), kGrid);
    out += text(kLeft - 6, y_of(t) + 4, "end", 10, tick_label(t));
  }
  out += line(kLeft, kBottom, kRight, kBottom, kInk) + line(kLeft, kTop, kLeft, kBottom, kInk);
  // The limits as polylines sampled along the expected axis (they are undefined at 0 expected).
  std::array<std::string, 4> limit_paths;
  constexpr int kSamples = 80;
  for (int i = 1; i <= kSamples; ++i) {
    const double e = x_top * i / kSamples;
    const phm::FunnelLimits l = phm::funnel_limits(e);
    const std::array<double, 4> ys = {l.lower95, l.upper95, l.lower998, l.upper998};
    for (size_t k = 0; k < 4; ++k)
      if (std::isfinite(ys[k])) limit_paths[k] += std::string(limit_paths[k].empty() ? "" : " ") + num(x_of(e)) + "," + num(y_of(ys[k]));
  }
  for (size_t k = 0; k < 4; ++k) {
    const bool inner = k < 2;
    out += "<polyline class=\"" + std::string(inner ? "funnel-limit-95" : "funnel-limit-998") + "\" points=\"" +
           limit_paths[k] + "\" fill=\"none\" stroke=\"" + (inner ? "#768692" : "#425563") + "\" stroke-width=\"1.5\"" +
           (inner ? " stroke-dasharray=\"5 3\"" : "") + "/>";
  }
  out += line(kLeft, y_of(1), kRight, y_of(1), kInk, 1.5);
  out += text(kRight - 4, y_of(1) - 4, "end", 10, "ICS average (1.0)", "reference-label");
  out += line(kLeft, y_of(benchmark_ratio), kRight, y_of(benchmark_ratio), "#007f3b", 1.5, " stroke-dasharray=\"2 3\"");
  out += text(kRight - 4, y_of(benchmark_ratio) + 12, "end", 10, "Benchmark (best quartile) " + num(benchmark_ratio),
              "reference-label");
  for (const auto& p : points) {
    out += "<circle class=\"funnel-point\" cx=\"" + num(x_of(p.expected)) + "\" cy=\"" + num(y_of(p.ratio)) +
           "\" r=\"5\" fill=\"#005eb8\" stroke=\"#ffffff\"><title>" +
           html_escape(p.label + ": ratio " + tick_label(std::round(p.ratio * 100) / 100) + ", expected " +
                       num(p.expected)) +
           "</title></circle>";
  }
  out += text((kLeft + kRight) / 2.0, kBottom + 38, "middle", 12, "Expected events (at ICS age-sex rates)", "axis-label");
  out += text(18, (kTop + kBottom) / 2.0, "middle", 12, "Ratio observed ÷ expected", "axis-label",
              " transform=\"rotate(-90 18 " + num((kTop + kBottom) / 2.0) + ")\"");
  return out + "</svg>";
}

std::string calibration_chart_svg(const std::string& title, const std::string& id,
                                  const std::vector<CalibrationPoint>& points) {
  constexpr int kWidth = 460, kHeight = 420, kLeft = 70, kRight = 440, kTop = 20, kBottom = 360;
  double widest = 0;
  for (const auto& p : points) widest = std::max({widest, p.predicted * 100, p.observed * 100});
  const double step = tick_step(widest);
  const double top = axis_top(widest, step);
  const auto x_of = [&](double v) { return kLeft + (kRight - kLeft) * std::clamp(v, 0.0, top) / top; };
  const auto y_of = [&](double v) { return kBottom - (kBottom - kTop) * std::clamp(v, 0.0, top) / top; };
  std::string desc = title + ". Observed rate against mean predicted risk by decile: ";
  for (size_t i = 0; i < points.size(); ++i)
    desc += std::string(i ? "; " : "") + "decile " + std::to_string(points[i].decile) + " predicted " +
            num(points[i].predicted * 100) + "%, observed " + num(points[i].observed * 100) + "%";
  std::string out = svg_open("phm-calibration-chart", id, kWidth, kHeight, title, desc);
  for (double t = 0; t <= top + 1e-9; t += step) {
    out += line(x_of(t), kTop, x_of(t), kBottom, kGrid) + line(kLeft, y_of(t), kRight, y_of(t), kGrid);
    out += text(x_of(t), kBottom + 16, "middle", 10, tick_label(t));
    out += text(kLeft - 6, y_of(t) + 4, "end", 10, tick_label(t));
  }
  out += line(kLeft, kBottom, kRight, kBottom, kInk) + line(kLeft, kTop, kLeft, kBottom, kInk);
  out += line(x_of(0), y_of(0), x_of(top), y_of(top), "#768692", 1.5, " stroke-dasharray=\"5 3\"");
  for (const auto& p : points)
    out += "<circle class=\"calibration-point\" cx=\"" + num(x_of(p.predicted * 100)) + "\" cy=\"" +
           num(y_of(p.observed * 100)) + "\" r=\"5\" fill=\"#005eb8\"><title>" +
           html_escape("Decile " + std::to_string(p.decile) + ": predicted " + num(p.predicted * 100) + "%, observed " +
                       num(p.observed * 100) + "%") +
           "</title></circle>";
  out += text((kLeft + kRight) / 2.0, kBottom + 38, "middle", 12, "Mean predicted risk (%)", "axis-label");
  out += text(18, (kTop + kBottom) / 2.0, "middle", 12, "Observed rate (%)", "axis-label",
              " transform=\"rotate(-90 18 " + num((kTop + kBottom) / 2.0) + ")\"");
  return out + "</svg>";
}

}  // namespace ics::web
