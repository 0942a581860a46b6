// Argon2id password hashes, random tokens and SHA-256, as stored for accounts, sessions and API tokens.
#include "web/password_hash.h"

#include <gtest/gtest.h>

#include <set>

namespace ics::web {
namespace {

// Hashing costs ~19 MiB and tens of milliseconds each, so the suite shares two hashes.
class PasswordHash : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    first_ = new std::string(hash_password("correct horse battery staple"));
    second_ = new std::string(hash_password("correct horse battery staple"));
  }
  static void TearDownTestSuite() {
    delete first_;
    delete second_;
  }
  static inline std::string* first_ = nullptr;
  static inline std::string* second_ = nullptr;
};

TEST_F(PasswordHash, IsArgon2idEncodedWithOwaspParameters) {
  EXPECT_EQ(first_->rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0), 0u) << *first_;
  EXPECT_EQ(first_->find("correct horse"), std::string::npos);
  EXPECT_EQ(first_->find('\0'), std::string::npos);
}

TEST_F(PasswordHash, VerifiesTheRightPasswordOnly) {
  EXPECT_TRUE(verify_password(*first_, "correct horse battery staple"));
  EXPECT_FALSE(verify_password(*first_, "correct horse battery stapl"));
  EXPECT_FALSE(verify_password(*first_, "correct horse battery staple "));
  EXPECT_FALSE(verify_password(*first_, ""));
}

TEST_F(PasswordHash, SaltsDifferSoEqualPasswordsHashDifferently) {
  EXPECT_NE(*first_, *second_);
  EXPECT_TRUE(verify_password(*second_, "correct horse battery staple"));
}

TEST_F(PasswordHash, MalformedOrForeignHashesNeverVerify) {
  EXPECT_FALSE(verify_password("", "anything"));
  EXPECT_FALSE(verify_password("not a hash", "not a hash"));
  EXPECT_FALSE(verify_password("$argon2id$v=19$m=19456,t=2,p=1$", "x"));
  // Truncated, and one with its hash part changed.
  EXPECT_FALSE(verify_password(first_->substr(0, first_->size() - 5), "correct horse battery staple"));
  std::string altered = *first_;
  altered.back() = altered.back() == 'A' ? 'B' : 'A';
  EXPECT_FALSE(verify_password(altered, "correct horse battery staple"));
  // Argon2i is not accepted where Argon2id is stored.
  std::string argon2i = *first_;
  argon2i.replace(0, 10, "$argon2i$");
  EXPECT_FALSE(verify_password(argon2i, "correct horse battery staple"));
}

TEST(RandomToken, Is43Base64urlCharactersAndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string token = random_token();
    ASSERT_EQ(token.size(), 43u) << token;
    for (char c : token)
      EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') << token;
    seen.insert(token);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(Sha256Hex, MatchesKnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace ics::web
