#include "ingest/person_ids.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <bit>
#include <cstring>
#include <stdexcept>

#include "phm/population.h"

namespace ics::ingest {
namespace {

struct Key16 {
  uint64_t a = 0, b = 0;
};

Key16 key_of(std::string_view id) {
  char buf[phm::kPersonIdWidth] = {};
  std::memcpy(buf, id.data(), std::min(id.size(), sizeof buf));
  Key16 k;
  std::memcpy(&k.a, buf, 8);
  std::memcpy(&k.b, buf + 8, 8);
  return k;
}

Key16 key_at(const char* ids, uint32_t index) {
  Key16 k;
  std::memcpy(&k.a, ids + size_t{index} * phm::kPersonIdWidth, 8);
  std::memcpy(&k.b, ids + size_t{index} * phm::kPersonIdWidth + 8, 8);
  return k;
}

uint64_t hash_of(Key16 k) {
  uint64_t h = k.a * 0x9E3779B97F4A7C15ull ^ (k.b + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
  return h ^ (h >> 31);
}

}  // namespace

bool is_pseudonym(std::string_view id) {
  if (id.empty() || id.size() > phm::kPersonIdWidth) return false;
  for (char c : id)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
      return false;
  return true;
}

std::optional<std::string> ten_digits_of(std::string_view id) {
  std::string digits;
  for (char c : id) {
    if (c >= '0' && c <= '9') {
      if (digits.size() == 10) return std::nullopt;
      digits += c;
    } else if (c != ' ' && c != '-') {
      return std::nullopt;
    }
  }
  if (digits.size() != 10) return std::nullopt;
  return digits;
}

bool has_nhs_check_digit(std::string_view d) {
  if (d.size() != 10) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[i] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  return check != 10 && check == d[9] - '0';
}

std::string keyed_pseudonym(std::string_view key, std::string_view ten_digits) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
            reinterpret_cast<const unsigned char*>(ten_digits.data()), ten_digits.size(), mac, &length))
    throw std::runtime_error("HMAC-SHA256 failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "K";
  for (unsigned i = 0; out.size() < 16; ++i) {
    out += kHex[mac[i] >> 4];
    if (out.size() < 16) out += kHex[mac[i] & 15];
  }
  return out;
}

PersonIdIndex::PersonIdIndex(size_t capacity) {
  const size_t size = std::bit_ceil(std::max<size_t>(16, capacity * 2));
  slots_.assign(size, 0);
  mask_ = size - 1;
}

std::optional<uint32_t> PersonIdIndex::insert(const char* ids, uint32_t index) {
  const Key16 k = key_at(ids, index);
  for (size_t s = hash_of(k) & mask_;; s = (s + 1) & mask_) {
    if (slots_[s] == 0) {
      slots_[s] = index + 1;
      return std::nullopt;
    }
    const Key16 other = key_at(ids, slots_[s] - 1);
    if (other.a == k.a && other.b == k.b) return slots_[s] - 1;
  }
}

int64_t PersonIdIndex::find(const char* ids, std::string_view id) const {
  if (id.size() > phm::kPersonIdWidth || std::memchr(id.data(), 0, id.size())) return -1;
  const Key16 k = key_of(id);
  for (size_t s = hash_of(k) & mask_;; s = (s + 1) & mask_) {
    if (slots_[s] == 0) return -1;
    const Key16 other = key_at(ids, slots_[s] - 1);
    if (other.a == k.a && other.b == k.b) return slots_[s] - 1;
  }
}

}  // namespace ics::ingest
