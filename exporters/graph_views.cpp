// What the SVG map and the PNG share for VOSviewer's overlay and density
// views: scores, colour scales, the kernel density grid, and a PNG encoder
// for the density image embedded in the SVG.
#include <array>
#include <cmath>
#include <cstdint>

#include "graph_picture.hpp"

namespace refnet::graph {

bool valid_view(std::string_view view) { return view == "cluster" || view == "overlay" || view == "density"; }
bool valid_overlay(std::string_view overlay) { return overlay == "year" || overlay == "citations"; }

std::vector<double> overlay_values(const Network& n, const std::string& overlay) {
  std::vector<double> out;
  out.reserve(n.nodes.size());
  for (const auto& v : n.nodes) {
    if (overlay == "citations") out.push_back(v.avg_citations);
    else if (v.avg_year > 0) out.push_back(v.avg_year);
    else out.push_back(v.year > 0 ? double(v.year) : NAN);
  }
  // Citation counts are 0 when the source gave none: when no node has any,
  // the records had none (a BibTeX library, a generated corpus), not a map
  // of uncited work.
  if (overlay == "citations" && std::all_of(out.begin(), out.end(), [](double c) { return c == 0; }))
    std::fill(out.begin(), out.end(), NAN);
  return out;
}

std::string overlay_caption(const std::string& overlay) {
  return overlay == "citations" ? "Average citations" : "Average publication year";
}

OverlayScale overlay_scale(const std::vector<double>& values) {
  std::vector<double> known;
  for (double v : values)
    if (std::isfinite(v)) known.push_back(v);
  OverlayScale s;
  if (known.empty()) return s;
  std::sort(known.begin(), known.end());
  auto at = [&](double q) { return known[std::size_t(std::floor(q * double(known.size() - 1) + 0.5))]; };
  s.any = true;
  s.lo = at(0.05);
  s.hi = at(0.95);
  if (!(s.hi > s.lo)) s.lo = known.front(), s.hi = known.back();
  return s;
}

namespace {

Rgb ramp(const std::array<Rgb, 5>& stops, double t) {
  t = std::clamp(t, 0.0, 1.0) * (stops.size() - 1);
  std::size_t i = std::min<std::size_t>(std::size_t(t), stops.size() - 2);
  double f = t - double(i);
  auto mix = [&](unsigned char a, unsigned char b) { return (unsigned char)std::lround(a + (b - a) * f); };
  return {mix(stops[i].r, stops[i + 1].r), mix(stops[i].g, stops[i + 1].g), mix(stops[i].b, stops[i + 1].b)};
}

}  // namespace

Rgb overlay_color(double t) {
  static const std::array<Rgb, 5> viridis = {
      Rgb{68, 1, 84}, Rgb{59, 82, 139}, Rgb{33, 145, 140}, Rgb{94, 201, 98}, Rgb{253, 231, 37}};
  return ramp(viridis, t);
}

Rgb density_color(double t) {
  static const std::array<Rgb, 5> stops = {
      Rgb{38, 60, 150}, Rgb{40, 150, 190}, Rgb{80, 190, 80}, Rgb{250, 220, 40}, Rgb{220, 40, 30}};
  return ramp(stops, t);
}

std::vector<double> density_grid(const std::vector<double>& px, const std::vector<double>& py,
                                 const std::vector<double>& w, std::size_t cols, std::size_t rows, double cell,
                                 double h) {
  std::vector<double> grid(cols * rows, 0);
  double reach = 3 * h, inv = 1 / (2 * h * h);
  for (std::size_t i = 0; i < px.size(); ++i) {
    if (!(w[i] > 0)) continue;
    long c0 = std::max(0L, long(std::floor((px[i] - reach) / cell))), c1 = std::min(long(cols) - 1, long((px[i] + reach) / cell));
    long r0 = std::max(0L, long(std::floor((py[i] - reach) / cell))), r1 = std::min(long(rows) - 1, long((py[i] + reach) / cell));
    for (long r = r0; r <= r1; ++r) {
      double dy = (double(r) + 0.5) * cell - py[i];
      for (long c = c0; c <= c1; ++c) {
        double dx = (double(c) + 0.5) * cell - px[i];
        grid[std::size_t(r) * cols + std::size_t(c)] += w[i] * std::exp(-(dx * dx + dy * dy) * inv);
      }
    }
  }
  return grid;
}

double density_bandwidth(std::size_t count, double area) {
  return std::clamp(0.8 * std::sqrt(area / double(std::max<std::size_t>(count, 1))), 10.0, 70.0);
}

namespace {

std::uint32_t crc32(const std::string& s, std::size_t from) {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (std::size_t i = from; i < s.size(); ++i) c = table[(c ^ (unsigned char)s[i]) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void put32(std::string& s, std::uint32_t v) {
  for (int k = 3; k >= 0; --k) s += char((v >> (8 * k)) & 0xFF);
}

void chunk(std::string& png, const char* type, const std::string& data) {
  put32(png, std::uint32_t(data.size()));
  std::size_t at = png.size();
  png += type;
  png += data;
  put32(png, crc32(png, at));
}

std::string base64(const std::string& in) {
  static const char* abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < in.size(); i += 3) {
    std::uint32_t v = (unsigned char)in[i] << 16;
    if (i + 1 < in.size()) v |= (unsigned char)in[i + 1] << 8;
    if (i + 2 < in.size()) v |= (unsigned char)in[i + 2];
    out += abc[v >> 18], out += abc[(v >> 12) & 63];
    out += i + 1 < in.size() ? abc[(v >> 6) & 63] : '=';
    out += i + 2 < in.size() ? abc[v & 63] : '=';
  }
  return out;
}

}  // namespace

// Uncompressed (stored) deflate blocks: no zlib needed, and the image is
// small (one pixel per grid cell, the browser smooths it when scaling).
std::string png_data_uri(std::size_t width, std::size_t height, const std::vector<unsigned char>& rgb) {
  std::string raw;
  raw.reserve((width * 3 + 1) * height);
  for (std::size_t y = 0; y < height; ++y) {
    raw += '\0';  // filter: none
    raw.append(reinterpret_cast<const char*>(rgb.data()) + y * width * 3, width * 3);
  }
  std::string z = "\x78\x01";
  std::uint32_t a = 1, b = 0;
  for (unsigned char c : raw) a = (a + c) % 65521, b = (b + a) % 65521;
  for (std::size_t i = 0; i < raw.size() || i == 0; i += 65535) {
    std::size_t len = std::min<std::size_t>(65535, raw.size() - i);
    z += char(i + len >= raw.size() ? 1 : 0);
    z += char(len & 0xFF), z += char(len >> 8), z += char(~len & 0xFF), z += char((~len >> 8) & 0xFF);
    z.append(raw, i, len);
    if (raw.empty()) break;
  }
  put32(z, (b << 16) | a);
  std::string png = "\x89PNG\r\n\x1a\n";
  std::string ihdr;
  put32(ihdr, std::uint32_t(width)), put32(ihdr, std::uint32_t(height));
  ihdr += "\x08\x02";          // 8 bits, RGB
  ihdr += std::string(3, '\0');  // deflate, adaptive filters, not interlaced
  chunk(png, "IHDR", ihdr);
  chunk(png, "IDAT", z);
  chunk(png, "IEND", "");
  return "data:image/png;base64," + base64(png);
}

}  // namespace refnet::graph
