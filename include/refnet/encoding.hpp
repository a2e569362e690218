// Input bytes to UTF-8 text with LF line ends: every importer reads that.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

struct DecodedText {
  std::string text;      // UTF-8, LF line ends, no BOM
  std::string encoding;  // what the bytes were: "UTF-8", "UTF-16BE", "windows-1252", "GB18030", ...
};

// Detects and converts: a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE) wins; then a
// JabRef `% Encoding: NAME` header; then valid UTF-8; then GB18030 when the
// non-ASCII bytes all pair up as GB2312 characters; else windows-1252.
// `forced` (an iconv name) overrides detection.  CRLF and lone CR become LF.
// Throws std::runtime_error when `forced` names an encoding iconv lacks.
DecodedText decode_text(std::string bytes, std::string_view forced = {});

// Reads a whole file (or standard input for "-") with the default limits of
// read_input (refnet/input.hpp).  Throws std::runtime_error (InputError) with
// the file name on failure.
std::string read_file(const std::string& path);

}  // namespace refnet
