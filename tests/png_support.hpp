// A small PNG reader over zlib, for the tests that look at Chromium's
// screenshots (graph_viewer_test.cpp, graph_view_test.cpp).
#pragma once

#include <catch2/catch.hpp>
#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace refnet::test {

struct Image {
  std::uint32_t width = 0, height = 0;
  std::vector<std::uint8_t> rgb;  // 3 bytes a pixel, rows top to bottom
};

inline std::uint32_t be32(const std::string& s, std::size_t at) {
  auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + i])); };
  return b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3);
}

// 8-bit RGB or RGBA, not interlaced: what Chromium writes.
inline Image decode_png(const std::string& file) {
  Image img;
  REQUIRE(file.size() > 8);
  REQUIRE(file.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  std::string idat;
  int channels = 0;
  for (std::size_t pos = 8; pos + 8 <= file.size();) {
    std::uint32_t len = be32(file, pos);
    std::string type = file.substr(pos + 4, 4);
    REQUIRE(pos + 12 + len <= file.size());
    if (type == "IHDR") {
      img.width = be32(file, pos + 8);
      img.height = be32(file, pos + 12);
      int depth = static_cast<unsigned char>(file[pos + 16]), color = static_cast<unsigned char>(file[pos + 17]);
      REQUIRE(depth == 8);
      REQUIRE((color == 2 || color == 6));
      REQUIRE(file[pos + 20] == 0);  // not interlaced
      channels = color == 6 ? 4 : 3;
    } else if (type == "IDAT") {
      idat.append(file, pos + 8, len);
    }
    pos += 12 + len;
  }
  REQUIRE(channels);
  std::size_t stride = static_cast<std::size_t>(img.width) * channels;
  std::vector<std::uint8_t> raw((stride + 1) * img.height);
  uLongf raw_len = raw.size();
  REQUIRE(uncompress(raw.data(), &raw_len, reinterpret_cast<const Bytef*>(idat.data()), idat.size()) == Z_OK);
  REQUIRE(raw_len == raw.size());

  std::vector<std::uint8_t> prev(stride, 0), cur(stride);
  img.rgb.reserve(static_cast<std::size_t>(img.width) * img.height * 3);
  for (std::uint32_t y = 0; y < img.height; ++y) {
    const std::uint8_t* line = &raw[y * (stride + 1)];
    int filter = line[0];
    for (std::size_t x = 0; x < stride; ++x) {
      int a = x >= static_cast<std::size_t>(channels) ? cur[x - channels] : 0, b = prev[x],
          c = x >= static_cast<std::size_t>(channels) ? prev[x - channels] : 0;
      int v = line[1 + x];
      switch (filter) {
        case 1: v += a; break;
        case 2: v += b; break;
        case 3: v += (a + b) / 2; break;
        case 4: {
          int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
          v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: break;
      }
      cur[x] = static_cast<std::uint8_t>(v);
    }
    for (std::uint32_t x = 0; x < img.width; ++x)
      for (int k = 0; k < 3; ++k) img.rgb.push_back(cur[x * channels + k]);
    std::swap(prev, cur);
  }
  return img;
}

// Variance of the pixels' luminance in rows [y0, y1): 0 for a blank picture.
inline double luminance_variance(const Image& img, std::uint32_t y0, std::uint32_t y1) {
  double sum = 0, sq = 0, count = 0;
  for (std::uint32_t y = y0; y < y1 && y < img.height; ++y)
    for (std::uint32_t x = 0; x < img.width; ++x) {
      const std::uint8_t* p = &img.rgb[(std::size_t(y) * img.width + x) * 3];
      double l = 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
      sum += l, sq += l * l, ++count;
    }
  if (!count) return 0;
  double mean = sum / count;
  return sq / count - mean * mean;
}

}  // namespace refnet::test
