// The store's record JSON reader on damaged rows: RecordJsonError or a
// record, never another exception; what it reads round-trips.
// seeds: fuzz/seeds/record_json
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  refnet::Record r;
  try {
    r = refnet::record_from_json(in);
  } catch (const refnet::RecordJsonError&) {
    return 0;
  }
  if (!refnet::is_valid_utf8(in)) return 0;  // the store refuses such rows before decoding
  refnet::fuzz::check_record(r);
  return 0;
}
