#pragma once
// A minimal, valid one-page PDF (A4, Helvetica) for demo board papers.
#include <string>
#include <vector>

namespace ics::demo {

// A PDF 1.4 file with `title` in bold and `lines` below it, wrapped at about 90 characters; lines past
// the page's end are dropped. Text outside ASCII is written as '?' (a pound sign is kept).
std::string one_page_pdf(const std::string& title, const std::vector<std::string>& lines);

}  // namespace ics::demo
