#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.hpp"

// The few cryptographic operations Waymark needs, all from libsodium: secrets are random
// tokens stored only as digests, passwords are stored only as argon2id hashes.
namespace waymark::crypto {

// Initializes libsodium. Call before any other function here; calling again is harmless.
Status Init();

// `bytes` random bytes as URL-safe base64 without padding (32 bytes: 43 characters).
std::string RandomToken(std::size_t bytes = 32);

// A 128-bit random identifier for a stored row (22 URL-safe characters).
std::string NewId();

// BLAKE2b-256 of `data`, in hex: the form a token is stored in, and a content fingerprint.
// A fast hash is enough for tokens because they carry 256 random bits; passwords, which
// do not, use HashPassword.
std::string DigestHex(std::string_view data);

// An argon2id hash in libsodium's self-describing string form (salt and cost inside).
Result<std::string> HashPassword(std::string_view password);

// Whether `password` matches `hash`; the comparison takes the same time either way.
bool VerifyPassword(std::string_view hash, std::string_view password);

// Compares in time that depends only on the lengths, not on where the bytes differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Standard base64 (RFC 4648, padded), as mail headers and HTTP Basic auth use it.
std::string Base64(std::string_view bytes);
// The bytes `text` encodes in standard base64; nullopt when it is not valid base64.
std::optional<std::string> FromBase64(std::string_view text);

// HMAC-SHA-256 of `message` under `key`, in lowercase hex.
std::string HmacSha256Hex(std::string_view key, std::string_view message);

}  // namespace waymark::crypto
