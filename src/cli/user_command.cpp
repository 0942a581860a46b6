// ics user add --name N --role R --password-stdin [--person ID]: create a sign-in account.
// ics user token NAME: print a new API bearer token for an account (shown once; only its hash is kept).
// ics user list: the accounts, by name.
#include <iomanip>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/errors.h"
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
            << "  " << std::setw(6) << "person" << "  status\n";
  for (const auto& a : accounts)
    std::cout << std::setw(static_cast<int>(name_width)) << a.name << "  " << std::setw(11) << enum_name(a.role) << "  "
              << std::setw(6) << (a.person_id ? std::to_string(*a.person_id) : "-") << "  "
              << (a.disabled ? "disabled" : "active") << '\n';
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
}

}  // namespace ics::cli
