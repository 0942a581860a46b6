// ics user add --name N --role R --password-stdin [--person ID]: create a sign-in account.
// ics user token NAME: print a new API bearer token for an account (shown once; only its hash is kept).
// ics user list: the accounts, by name, with their patient-level PCNs.
// ics user grant --name N --pcn CODE[,CODE...] | --none: replace the PCNs whose case-finding lists (patient-
// identifiable) the account may see.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/errors.h"
#include "core/text.h"
#include "domain/account.h"
#include "web/password_hash.h"

namespace ics::cli {
namespace {

constexpr const char* kActor = "ics user";
constexpr size_t kMinPasswordCharacters = 12;

struct UserAddArgs {
  std::string db;
  std::string name;
  std::string role;
  bool password_stdin = false;
  std::optional<int64_t> person_id;
};

struct UserTokenArgs {
  std::string db;
  std::string name;
};

struct UserGrantArgs {
  std::string db;
  std::string name;
  std::string pcns;  // "CODE,CODE"; "" = none
  bool none = false;
};

std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : ",") + code;
  return out;
}

// "A, B ,,C" -> {"A", "B", "C"}: spaces around codes and empty items (a trailing comma) are dropped.
std::vector<std::string> parse_pcn_list(const std::string& text) {
  std::vector<std::string> codes;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t comma = std::min(text.find(',', start), text.size());
    std::string code = trim(std::string_view(text).substr(start, comma - start));
    for (unsigned char c : code)
      if (c < 0x20 || c == 0x7f || c == ' ')
        throw InputError("--pcn \"" + code + "\": a PCN code has no spaces or control characters");
    if (!code.empty()) codes.push_back(std::move(code));
    start = comma + 1;
  }
  return codes;
}

// Characters, not bytes, so a passphrase in any script is measured the way its owner counts it.
size_t utf8_length(const std::string& text) {
  size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// The roles an account can have (the public has no account).
std::string account_roles() {
  std::string out;
  for (const auto& [role, name] : EnumNames<Role>::values) {
    if (role == Role::Public) continue;
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

// One line from standard input, without its line ending; surrounding spaces are part of the password.
std::string read_password_line() {
  std::string line;
  if (!std::getline(std::cin, line)) line.clear();
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

void run_user_add(const UserAddArgs& args) {
  if (!args.password_stdin)
    throw InputError("give the password on standard input with --password-stdin (never on the command line)");
  if (args.name.empty()) throw InputError("--name must not be empty");
  for (unsigned char c : args.name)
    if (c < 0x20 || c == 0x7f) throw InputError("--name must not contain control characters");
  const auto role = parse_enum<Role>(args.role);
  if (!role || *role == Role::Public)
    throw InputError("unknown role \"" + args.role + "\"; choose one of " + account_roles());
  const std::string password = read_password_line();
  if (password.empty()) throw InputError("the password on standard input is empty");
  if (utf8_length(password) < kMinPasswordCharacters)
    throw InputError("the password must be at least " + std::to_string(kMinPasswordCharacters) + " characters (it has " +
                     std::to_string(utf8_length(password)) + ")");

  auto store = open_store(args.db);
  if (store->accounts().account_by_name(args.name))
    throw InputError("an account named \"" + args.name + "\" already exists");
  if (args.person_id && !store->governance().person(*args.person_id))
    throw InputError("--person " + std::to_string(*args.person_id) + ": no person has that id");

  Account account;
  account.name = args.name;
  account.role = *role;
  account.person_id = args.person_id;
  account.password_hash = web::hash_password(password);
  try {
    store->accounts().add_account(account, kActor);
  } catch (const std::runtime_error& e) {
    // Another process may have taken the name since the check above; the store wrote nothing.
    if (store->accounts().account_by_name(args.name))
      throw InputError("an account named \"" + args.name + "\" already exists");
    throw;
  }
  std::cout << "Added account " << account.name << " (" << enum_name(account.role) << ")\n";
}

void run_user_token(const UserTokenArgs& args) {
  auto store = open_store(args.db);
  const auto account = store->accounts().account_by_name(args.name);
  if (!account) throw InputError("no account named \"" + args.name + "\"");
  if (account->disabled) throw InputError("the account \"" + args.name + "\" is disabled");
  const std::string token = web::random_token();
  store->accounts().add_api_token(web::sha256_hex(token), account->id, kActor);
  std::cerr << "A new API token for " << account->name
            << ". It is shown only this once; send it as `Authorization: Bearer TOKEN`.\n";
  std::cout << token << '\n';
}

void run_user_grant(const UserGrantArgs& args, bool pcn_given) {
  if (pcn_given == args.none) throw InputError("give the PCNs with --pcn CODE[,CODE...], or --none to clear them");
  const auto codes = args.none ? std::vector<std::string>{} : parse_pcn_list(args.pcns);
  auto store = open_store(args.db);
  const auto account = store->accounts().account_by_name(args.name);
  if (!account) throw InputError("no account named \"" + args.name + "\"");

  // A code the store's organisations do not know may still be in an imported population, so it is
  // granted; the warning catches a typo.
  std::vector<std::string> known;
  for (const auto& org : store->organisations())
    if (org.type == OrganisationType::Pcn) known.push_back(org.code);
  if (!known.empty())
    for (const auto& code : codes)
      if (std::find(known.begin(), known.end(), code) == known.end())
        std::cerr << "warning: " << code << " is not a PCN among the store's organisations (granted all the same)\n";

  store->accounts().set_patient_level_pcns(account->id, codes, kActor);
  const auto granted = store->accounts().patient_level_pcns(account->id);
  if (granted.empty())
    std::cout << account->name << " has no patient-level access\n";
  else
    std::cout << account->name << " has patient-level access to " << joined(granted) << '\n';
}

void run_user_list(const std::string& db) {
  auto store = open_store(db);
  const auto accounts = store->accounts().accounts();
  if (accounts.empty()) {
    std::cout << "No accounts. Add one with `ics user add --name N --role R --password-stdin`.\n";
    return;
  }
  size_t name_width = 4;
  for (const auto& a : accounts) name_width = std::max(name_width, a.name.size());
  std::cout << std::left << std::setw(static_cast<int>(name_width)) << "name" << "  " << std::setw(11) << "role"
            << "  " << std::setw(6) << "person" << "  " << std::setw(8) << "status" << "  patient-level PCNs\n";
  for (const auto& a : accounts) {
    const auto pcns = store->accounts().patient_level_pcns(a.id);
    std::cout << std::setw(static_cast<int>(name_width)) << a.name << "  " << std::setw(11) << enum_name(a.role) << "  "
              << std::setw(6) << (a.person_id ? std::to_string(*a.person_id) : "-") << "  " << std::setw(8)
              << (a.disabled ? "disabled" : "active") << "  " << (pcns.empty() ? "-" : joined(pcns)) << '\n';
  }
}

}  // namespace

void add_user_command(CLI::App& app) {
  auto* user = app.add_subcommand("user", "Manage sign-in accounts and API tokens");
  user->require_subcommand(1);

  auto add_args = std::make_shared<UserAddArgs>();
  auto* add = user->add_subcommand("add", "Create an account (the password is read from standard input)");
  add_db_option(*add, add_args->db);
  add->add_option("--name", add_args->name, "Sign-in name (unique)")->required();
  add->add_option("--role", add_args->role, "One of " + account_roles())->required();
  add->add_flag("--password-stdin", add_args->password_stdin, "Read the password (one line) from standard input");
  add->add_option("--person", add_args->person_id, "Id of the person this account belongs to");
  add->callback([add_args] { run_user_add(*add_args); });

  auto token_args = std::make_shared<UserTokenArgs>();
  auto* token = user->add_subcommand("token", "Print a new API bearer token for an account (shown once)");
  add_db_option(*token, token_args->db);
  token->add_option("name", token_args->name, "Account name")->required();
  token->callback([token_args] { run_user_token(*token_args); });

  auto list_db = std::make_shared<std::string>();
  auto* list = user->add_subcommand("list", "List the accounts");
  add_db_option(*list, *list_db);
  list->callback([list_db] { run_user_list(*list_db); });

  auto grant_args = std::make_shared<UserGrantArgs>();
  auto* grant = user->add_subcommand(
      "grant", "Replace the PCNs whose patient-identifiable case-finding lists an account may see");
  add_db_option(*grant, grant_args->db);
  grant->add_option("--name", grant_args->name, "Account name")->required();
  auto* pcn = grant->add_option("--pcn", grant_args->pcns,
                                "PCN codes separated by commas (they replace the account's grants; \"\" clears them)");
  grant->add_flag("--none", grant_args->none, "Clear the account's patient-level access")->excludes(pcn);
  grant->callback([grant_args, pcn] { run_user_grant(*grant_args, pcn->count() > 0); });
}

}  // namespace ics::cli
