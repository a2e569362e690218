// Parse-only throughput of the importers: read, decode, detect, parse, map to
// Records (which are then dropped).  Prints one tab-separated line:
//   task  format  MB  records  seconds  MB/s  records/s  peak_RSS_MB
// Usage: import_bench FILE [FORMAT]   (FORMAT: bibtex, ris, crossref; default: detect)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"

int main(int argc, char** argv) {
  using namespace refnet;
  if (argc < 2) {
    std::cerr << "usage: import_bench FILE [bibtex|ris|crossref]\n";
    return 2;
  }
  const std::string path = argv[1];
  const Format forced = argc > 2 ? parse_format_name(argv[2]) : Format::unknown;
  auto t0 = std::chrono::steady_clock::now();
  std::string bytes = read_file(path);
  const double mb = static_cast<double>(bytes.size()) / 1e6;
  DecodedText text = decode_text(std::move(bytes));
  Diagnostics diags;
  diags.set_source(path, text.text);
  std::size_t refs = 0;
  ParseStats stats = import_text(text.text, forced, diags, [&refs](Record&& r) { refs += r.references.size(); });
  auto t1 = std::chrono::steady_clock::now();
  const double s = std::chrono::duration<double>(t1 - t0).count();
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("parse\t%s\t%.1f\t%zu\t%.3f\t%.1f\t%.0f\t%.0f\t(refs %zu, rejected %zu, errors %zu)\n",
              forced == Format::unknown ? "detect" : std::string(format_name(forced)).c_str(), mb, stats.records, s,
              mb / s, static_cast<double>(stats.records) / s, static_cast<double>(ru.ru_maxrss) / 1024.0, refs,
              stats.rejected, diags.errors());
  return 0;
}
