#pragma once
// Passwords hashed with Argon2id (libargon2, OWASP parameters: 19 MiB, 2 passes, 1 lane, 16-byte salt),
// stored as the encoded "$argon2id$v=19$m=...,t=...,p=...$salt$hash" string; and random tokens.
#include <string>
#include <string_view>

namespace ics::web {

std::string hash_password(std::string_view password);
// Constant-time check of a password against an encoded hash; false for a malformed hash.
bool verify_password(std::string_view encoded_hash, std::string_view password);
// 32 random bytes from the kernel, base64url without padding (43 characters).
std::string random_token();
// Lower-case hex SHA-256, for storing tokens.
std::string sha256_hex(std::string_view data);

}  // namespace ics::web
