#include "demo/demo_pdf.h"

#include <cstdio>
#include <string>
#include <vector>

namespace ics::demo {
namespace {

constexpr size_t kWrapAt = 90;
constexpr int kMaxLines = 52;  // 10pt lines at 14pt leading between y=740 and the bottom margin

// A PDF string literal's body: backslash and parentheses escaped; UTF-8 mapped onto the base fonts'
// StandardEncoding (pound sign, en and em dashes), anything else outside ASCII becomes '?'.
std::string pdf_text(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\\' || c == '(' || c == ')') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else if (c < 0x80) {
      out += ' ';
    } else {
      // Three-byte sequences E2 80 93/94 are the en and em dashes; C2 A3 is the pound sign.
      const unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
      const unsigned char third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
      if (c == 0xc2 && next == 0xa3) out += "\\243";
      else if (c == 0xe2 && next == 0x80 && third == 0x93) out += "\\261";
      else if (c == 0xe2 && next == 0x80 && third == 0x94) out += "\\320";
      else if (c >= 0xc0) out += '?';  // the lead byte of anything else; continuation bytes are skipped
      if (c >= 0xc0) {
        while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xc0) == 0x80) ++i;
      }
    }
  }
  return out;
}

// Splits text at spaces into lines of at most kWrapAt characters (a longer word stands alone).
std::vector<std::string> wrap(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > kWrapAt) {
      lines.push_back(line);
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
    start = end + 1;
  }
  lines.push_back(line);
  return lines;
}

}  // namespace

std::string one_page_pdf(const std::string& title, const std::vector<std::string>& lines) {
  std::string content = "BT /F1 15 Tf 56 790 Td (" + pdf_text(title) + ") Tj ET\n";
  content += "BT /F2 10 Tf 14 TL 56 760 Td\n";
  int written = 0;
  for (const auto& paragraph : lines)
    for (const auto& line : wrap(paragraph)) {
      if (written++ >= kMaxLines) break;
      // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) about "(" + std::string here.
      content += '(';
      content += pdf_text(line);
      content += ") Tj T*\n";
    }
  content += "ET\n";

  const std::vector<std::string> objects{
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> "
      "/Contents 6 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
  };
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace ics::demo
