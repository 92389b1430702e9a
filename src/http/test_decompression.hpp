// Test-only decoders, so tests can check that a compressed body holds the original bytes.
#pragma once

#include <brotli/decode.h>
#include <zlib.h>

#include <optional>
#include <string>
#include <string_view>

namespace waymark::http::test {

// The bytes a gzip stream decodes to; nullopt when it is not a complete, valid stream.
inline std::optional<std::string> Gunzip(std::string_view packed) {
  z_stream stream{};
  constexpr int kGzipWindow = 15 + 16;
  if (inflateInit2(&stream, kGzipWindow) != Z_OK) return std::nullopt;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  stream.avail_in = static_cast<uInt>(packed.size());
  std::string out;
  char chunk[16 * 1024];
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    result = inflate(&stream, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - stream.avail_out);
  }
  bool complete = result == Z_STREAM_END && stream.avail_in == 0;
  inflateEnd(&stream);
  if (!complete) return std::nullopt;
  return out;
}

// The bytes a brotli stream decodes to; nullopt when it is not a complete, valid stream.
inline std::optional<std::string> Unbrotli(std::string_view packed) {
  BrotliDecoderState* decoder = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  if (decoder == nullptr) return std::nullopt;
  const auto* next_in = reinterpret_cast<const uint8_t*>(packed.data());
  std::size_t available_in = packed.size();
  std::string out;
  BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
  while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
    uint8_t chunk[16 * 1024];
    uint8_t* next_out = chunk;
    std::size_t available_out = sizeof chunk;
    result = BrotliDecoderDecompressStream(decoder, &available_in, &next_in, &available_out,
                                           &next_out, nullptr);
    out.append(reinterpret_cast<const char*>(chunk), sizeof chunk - available_out);
  }
  BrotliDecoderDestroyInstance(decoder);
  if (result != BROTLI_DECODER_RESULT_SUCCESS || available_in != 0) return std::nullopt;
  return out;
}

}  // namespace waymark::http::test
