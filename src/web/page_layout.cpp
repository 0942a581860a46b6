#include "web/page_layout.h"

#include "report/html_escape.h"

namespace ics::web {
namespace {

using report::html_escape;

// The NHS logo as the NHS.UK frontend header draws it.
constexpr const char* kNhsLogo =
    "<svg class=\"nhsuk-header__logo\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 80\" height=\"40\" "
    "width=\"100\" focusable=\"false\" role=\"img\" aria-label=\"NHS\"><title>NHS</title><path fill=\"currentcolor\" "
    "d=\"M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 "
    "6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 "
    "0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 "
    "45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z\"/>"
    "</svg>";

std::string navigation(const LayoutContext& context) {
  if (context.nav.empty()) return "";
  std::string out = "<nav class=\"nhsuk-header__navigation\" aria-label=\"Menu\"><div class=\"nhsuk-header__navigation-container "
                    "nhsuk-width-container ics-wide-container\"><ul class=\"nhsuk-header__navigation-list\">";
  for (const auto& item : context.nav) {
    const bool current = item.href == context.current_href;
    out += std::string("<li class=\"nhsuk-header__navigation-item") +
           (current ? " nhsuk-header__navigation-item--current" : "") + "\"><a class=\"nhsuk-header__navigation-link\" href=\"" +
           html_escape(item.href) + "\"" + (current ? " aria-current=\"page\"" : "") + ">" + html_escape(item.label) +
           "</a></li>";
  }
  return out + "</ul></div></nav>";
}

// The NHS.UK header's account list: who is signed in and a sign-out button (a POST form, so a link
// on another site cannot sign anyone out), or a link to sign in.
std::string account_area(const LayoutContext& context) {
  std::string out = "<nav class=\"nhsuk-header__account\" aria-label=\"Account\"><ul class=\"nhsuk-header__account-list\">";
  if (context.signed_in) {
    const auto& who = *context.signed_in;
    out += "<li class=\"nhsuk-header__account-item\">Signed in as " + html_escape(who.name) + " (" + html_escape(who.role) +
           ")</li><li class=\"nhsuk-header__account-item\"><form class=\"nhsuk-header__account-form\" action=\"/sign-out\" "
           "method=\"post\" novalidate><input type=\"hidden\" name=\"csrf_token\" value=\"" + html_escape(who.csrf_token) +
           "\"><button class=\"nhsuk-header__account-button\">Sign out</button></form></li>";
  } else {
    out += "<li class=\"nhsuk-header__account-item\"><a class=\"nhsuk-header__account-link\" href=\"/sign-in\">Sign in</a></li>";
  }
  return out + "</ul></nav>";
}

}  // namespace

std::string page_layout(const LayoutContext& context, const std::string& title, const std::string& body_html) {
  std::string page = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
                     html_escape(title + " – " + context.service_name) +
                     "</title><link rel=\"icon\" href=\"/assets/assets/images/favicon.ico\" sizes=\"48x48\">"
                     "<link rel=\"stylesheet\" href=\"/assets/nhsuk-frontend.min.css\">"
                     "<link rel=\"stylesheet\" href=\"/static/ics.css\">"
                     "<script type=\"module\" src=\"/static/ics.js\"></script></head><body>";
  page += "<a class=\"nhsuk-skip-link\" href=\"#maincontent\">Skip to main content</a>";
  page += "<header class=\"nhsuk-header\" data-module=\"nhsuk-header\" role=\"banner\"><div class=\"nhsuk-header__container "
          "nhsuk-width-container ics-wide-container\"><div class=\"nhsuk-header__service\"><a class=\"nhsuk-header__service-logo\" href=\"/\" "
          "aria-label=\"" + html_escape(context.service_name) + " homepage\">" + kNhsLogo +
          "</a><span class=\"nhsuk-header__service-name\">" + html_escape(context.service_name) + "</span></div>" +
          account_area(context) + "</div>" +
          navigation(context) + "</header>";
  page += "<div class=\"nhsuk-width-container ics-wide-container\"><main class=\"nhsuk-main-wrapper\" id=\"maincontent\" "
          "role=\"main\">" + body_html + "</main></div>";
  page += "<footer class=\"nhsuk-footer\" role=\"contentinfo\"><div class=\"nhsuk-width-container ics-wide-container\"><div "
          "class=\"nhsuk-footer__meta\"><h2 class=\"nhsuk-u-visually-hidden\">Support links</h2><ul class=\"nhsuk-footer__list\">"
          "<li class=\"nhsuk-footer__list-item\"><a class=\"nhsuk-footer__list-item-link\" href=\"/api/v1/metrics\">"
          "Metrics API (JSON)</a></li></ul><p class=\"nhsuk-body-s\">Statistical process control follows NHS England's "
          "Making Data Count. Served by ics.</p></div></div></footer></body></html>\n";
  return page;
}

}  // namespace ics::web
