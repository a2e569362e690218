#include "refnet/exporter.hpp"

namespace refnet {

void write_records(RecordWriter& w, std::ostream& out, const std::vector<Record>& records) {
  std::string buf;
  w.begin(buf);
  for (const auto& r : records) {
    w.record(buf, r);
    if (buf.size() >= (1u << 20)) {
      out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
      buf.clear();
    }
  }
  w.end(buf);
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

}  // namespace refnet
