#pragma once
// Reading the risk pages as a reader sees them: a table's header and cell texts (tags stripped), a
// heading's list items, and the heat map's cells.
#include <regex>
#include <string>
#include <vector>

namespace ics::web::risk_http {

// The text of an HTML fragment: tags removed, runs of white space made one space, trimmed.
inline std::string text_of(const std::string& html) {
  std::string out;
  bool in_tag = false, space = false;
  for (const char c : html) {
    if (c == '<') {
      in_tag = true;
      continue;
    }
    if (c == '>') {
      in_tag = false;
      continue;
    }
    if (in_tag) continue;
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

inline std::vector<std::string> matches(const std::string& html, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back(text_of((*it)[1].str()));
  return out;
}

// The table whose caption is `caption`: its header texts, then one vector of cell texts per body row.
struct Table {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
};

inline Table table_with_caption(const std::string& html, const std::string& caption) {
  Table t;
  const auto at = html.find("<caption class=\"nhsuk-table__caption\">" + caption + "</caption>");
  if (at == std::string::npos) return t;
  const std::string table = html.substr(at, html.find("</table>", at) - at);
  t.headers = matches(table, "<th[^>]*>([\\s\\S]*?)</th>");
  const auto body = table.find("<tbody");
  const std::string rows = body == std::string::npos ? "" : table.substr(body);
  const std::regex row_re("<tr[^>]*>([\\s\\S]*?)</tr>");
  for (auto it = std::sregex_iterator(rows.begin(), rows.end(), row_re); it != std::sregex_iterator(); ++it)
    t.rows.push_back(matches((*it)[1].str(), "<td[^>]*>([\\s\\S]*?)</td>"));
  return t;
}

// The first column of each row.
inline std::vector<std::string> first_column(const Table& t) {
  std::vector<std::string> out;
  for (const auto& row : t.rows) out.push_back(row.empty() ? "" : row.front());
  return out;
}

// The texts of the list items (or the paragraph saying there are none) under <h3>heading</h3>.
inline std::vector<std::string> items_under(const std::string& html, const std::string& heading) {
  const auto at = html.find("<h3>" + heading + "</h3>");
  if (at == std::string::npos) return {"(no heading " + heading + ")"};
  const auto start = at + heading.size() + 9;
  const std::string section = html.substr(start, html.find("<h", start) - start);
  auto items = matches(section, "<li>([\\s\\S]*?)</li>");
  if (items.empty()) items = matches(section, "<p>([\\s\\S]*?)</p>");
  return items;
}

// The heat map cell (likelihood, consequence): its count and the refs its title names ("" when none).
struct HeatCell {
  int count = -1;
  std::string refs;
};

inline HeatCell heat_cell(const std::string& html, int likelihood, int consequence) {
  const std::regex re("data-likelihood=\"" + std::to_string(likelihood) + "\" data-consequence=\"" +
                      std::to_string(consequence) +
                      "\" data-count=\"(\\d+)\"><title>[^<]*?risks?(?:: ([^<]*))?\\.</title>");
  std::smatch m;
  if (!std::regex_search(html, m, re)) return {};
  return {std::stoi(m[1].str()), m[2].str()};
}

// Every heat map cell's count added up.
inline int heat_map_total(const std::string& html) {
  int total = 0;
  const std::regex re("data-count=\"(\\d+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
    total += std::stoi((*it)[1].str());
  return total;
}

}  // namespace ics::web::risk_http
