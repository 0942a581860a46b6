#include "report/spc_chart_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report/html_escape.h"
#include "report/mdc_palette.h"
#include "report/value_format.h"

namespace ics::report {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// The plotting area and the value range it shows.
struct Frame {
  double left, top, right, bottom;
  double lo, hi;
  size_t count;

  double x(size_t i) const {
    if (count <= 1) return (left + right) / 2;
    return left + (right - left) * static_cast<double>(i) / static_cast<double>(count - 1);
  }
  double y(double v) const { return bottom - (bottom - top) * (v - lo) / (hi - lo); }
};

// A "nice" tick step (1, 2 or 5 x 10^k) giving about five ticks over the range: axis layout, not statistics.
double tick_step(double range) {
  const double rough = range / 5;
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  for (double m : {1.0, 2.0, 5.0})
    if (m * power >= rough) return m * power;
  return 10 * power;
}

void widen(double v, double& lo, double& hi) {
  if (!std::isfinite(v)) return;
  lo = std::min(lo, v);
  hi = std::max(hi, v);
}

// A horizontal run per stretch of equal values (limits change at a rebase), broken where undefined.
std::string step_path(const std::vector<performance::IprPoint>& points, double performance::IprPoint::*field,
                      const Frame& f) {
  std::string d;
  bool open = false;
  double previous = 0;
  for (size_t i = 0; i < points.size(); ++i) {
    const double v = points[i].*field;
    if (!std::isfinite(v)) {
      open = false;
      continue;
    }
    d += open && v == previous ? 'L' : 'M';
    d += num(f.x(i));
    d += ' ';
    d += num(f.y(v));
    d += ' ';
    open = true;
    previous = v;
  }
  return d;
}

std::string path(std::string_view css_class, const std::string& d, std::string_view colour, double width,
                 std::string_view dash) {
  if (d.empty()) return "";
  std::string out = "<path class=\"" + std::string(css_class) + "\" d=\"" + d + "\" fill=\"none\" stroke=\"" +
                    std::string(colour) + "\" stroke-width=\"" + num(width) + "\"";
  if (!dash.empty()) out += " stroke-dasharray=\"" + std::string(dash) + "\"";
  return out + "/>";
}

std::string text(std::string_view css_class, double x, double y, std::string_view anchor, const std::string& body,
                 std::string_view extra = "") {
  return "<text class=\"" + std::string(css_class) + "\" x=\"" + num(x) + "\" y=\"" + num(y) +
         "\" text-anchor=\"" + std::string(anchor) + "\"" + std::string(extra) +
         " font-family=\"Arial, Helvetica, sans-serif\" font-size=\"11\" fill=\"#4C6272\">" + html_escape(body) +
         "</text>";
}

}  // namespace

std::string spc_chart_svg(const std::vector<performance::IprPoint>& points, std::optional<double> target,
                          MetricUnit unit, const SpcChartStyle& style) {
  const bool full = !style.sparkline;
  const double w = style.width, h = style.height;
  const double title_space = full && !style.title.empty() ? 22 : 0;
  Frame f{full ? 70.0 : 3.0, (full ? 12.0 : 3.0) + title_space, w - (full ? 32.0 : 3.0),
          h - (full ? 46.0 : 3.0), 0, 1, points.size()};

  std::string label = style.title.empty() ? "SPC chart" : style.title + " – SPC chart";
  std::string svg = "<svg class=\"spc-chart" + std::string(full ? "" : " spc-chart--sparkline") +
                    "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(w) + " " + num(h) +
                    "\" width=\"" + std::to_string(style.width) + "\" height=\"" + std::to_string(style.height) +
                    "\" role=\"img\" aria-label=\"" + html_escape(label) + "\"><title>" + html_escape(label) +
                    "</title>";
  svg += "<rect x=\"0\" y=\"0\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\"#FFFFFF\"/>";
  if (full && !style.title.empty())
    svg += "<text class=\"chart-title\" x=\"" + num(f.left) +
           "\" y=\"16\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"13\" font-weight=\"bold\" "
           "fill=\"#212B32\">" + html_escape(style.title) + "</text>";
  if (points.empty()) {
    if (full) svg += text("no-data", w / 2, h / 2, "middle", "No data");
    return svg + "</svg>";
  }

  // The value range covers every value, mean, limit and the target, with a little headroom.
  double lo = points.front().value, hi = lo;
  for (const auto& p : points) {
    widen(p.value, lo, hi);
    widen(p.mean, lo, hi);
    widen(p.lpl, lo, hi);
    widen(p.upl, lo, hi);
  }
  if (target) widen(*target, lo, hi);
  if (hi - lo < 1e-12) {
    const double pad = std::fabs(hi) > 1e-12 ? std::fabs(hi) * 0.1 : 1.0;
    lo -= pad;
    hi += pad;
  }
  const double pad = (hi - lo) * 0.06;
  f.lo = lo - pad;
  f.hi = hi + pad;

  if (full) {
    // Y axis: gridlines and labels at nice steps, in the metric's unit.
    const double step = tick_step(f.hi - f.lo);
    for (double v = std::ceil(f.lo / step) * step; v <= f.hi + 1e-12; v += step) {
      const double y = f.y(v);
      svg += "<line class=\"grid\" x1=\"" + num(f.left) + "\" y1=\"" + num(y) + "\" x2=\"" + num(f.right) +
             "\" y2=\"" + num(y) + "\" stroke=\"#E8EDEE\" stroke-width=\"1\"/>";
      svg += text("y-label", f.left - 6, y + 4, "end", format_value(std::fabs(v) < step * 1e-9 ? 0 : v, unit));
    }
    svg += "<line class=\"axis\" x1=\"" + num(f.left) + "\" y1=\"" + num(f.bottom) + "\" x2=\"" + num(f.right) +
           "\" y2=\"" + num(f.bottom) + "\" stroke=\"#768692\" stroke-width=\"1\"/>";
    svg += text("y-title", 14, (f.top + f.bottom) / 2, "middle", unit_axis_title(unit),
                " transform=\"rotate(-90 14 " + num((f.top + f.bottom) / 2) + ")\"");
    // X axis: at most about eight month labels, always including the last month.
    const size_t every = std::max<size_t>(1, (points.size() + 7) / 8);
    for (size_t i = 0; i < points.size(); ++i) {
      const bool last = i + 1 == points.size();
      if (i % every != 0 && !last) continue;
      if (!last && points.size() - 1 - i < every) continue;  // keep clear of the last label
      svg += text("x-label", f.x(i), f.bottom + 16, "middle", format_month(points[i].month));
    }
  }

  svg += path("limit limit--upper", step_path(points, &performance::IprPoint::upl, f), kLimitGrey, 1.2, "6 4");
  svg += path("limit limit--lower", step_path(points, &performance::IprPoint::lpl, f), kLimitGrey, 1.2, "6 4");
  svg += path("mean", step_path(points, &performance::IprPoint::mean, f), kMeanLine, 1.2, "");
  if (target) {
    const double y = f.y(*target);
    svg += "<line class=\"target\" x1=\"" + num(f.left) + "\" y1=\"" + num(y) + "\" x2=\"" + num(f.right) +
           "\" y2=\"" + num(y) + "\" stroke=\"" + std::string(kTargetRed) +
           "\" stroke-width=\"1.5\" stroke-dasharray=\"8 4\"/>";
  }

  std::string line;
  for (size_t i = 0; i < points.size(); ++i) {
    line += i ? 'L' : 'M';
    line += num(f.x(i));
    line += ' ';
    line += num(f.y(points[i].value));
    line += ' ';
  }
  svg += path("values", line, kCommonCauseGrey, full ? 1.5 : 1.0, "");

  const std::string radius = full ? "4" : "1.8";
  for (size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    svg += "<circle class=\"point point--" + std::string(point_class(p.point_type)) + "\" data-month=\"" +
           p.month.to_string() + "\" data-point-type=\"" + std::string(spc::label(p.point_type)) + "\" cx=\"" +
           num(f.x(i)) + "\" cy=\"" + num(f.y(p.value)) + "\" r=\"" + radius + "\" fill=\"" +
           std::string(point_colour(p.point_type)) + "\">";
    if (full) svg += "<title>" + html_escape(format_month(p.month) + ": " + format_value(p.value, unit)) + "</title>";
    svg += "</circle>";
  }
  return svg + "</svg>";
}

}  // namespace ics::report
