// Input bytes to UTF-8 text with LF line ends: every importer reads that.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

// Something decoding changed that the reader must hear about: a byte or code
// unit replaced, a control character removed.  `offset` is into
// DecodedText::text (report with Diagnostics::warning once set_source() has
// been called with that text).
struct DecodeIssue {
  std::size_t offset = 0;
  std::string message;
};

struct DecodedText {
  std::string text;      // UTF-8, LF line ends, no BOM, no control characters but TAB and LF
  std::string encoding;  // what the bytes were: "UTF-8", "UTF-16BE", "windows-1252", "GB18030", ...
  std::vector<DecodeIssue> issues;  // in offset order
};

// Detects and converts: a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE) wins; then
// UTF-16 without a BOM (a zero byte in most code units of the first 4 KB,
// always on one side); then a JabRef `% Encoding: NAME` header or an Emacs `-*- coding: NAME -*-` cookie
// on the first two lines; then valid UTF-8; then GB18030 when the non-ASCII
// bytes all pair up as GB2312 characters; then UTF-8 with stray bytes (a
// UTF-8 file with Latin-1 text appended) when the text holds valid UTF-8
// sequences; else windows-1252.  `forced` (an iconv name) overrides
// detection.
//
// Nothing is lost silently: in UTF-8 text, a byte that is not UTF-8 is read
// as windows-1252 (one issue per line); a lone UTF-16 surrogate or a bad code
// unit becomes U+FFFD and decoding goes on with the next unit (an issue
// each).  Then, for every format alike: CRLF and lone CR become LF; a BOM at
// the start of any line (`cat a.bib b.bib`) is dropped; control characters
// (C0 but TAB and LF, DEL, C1) are removed, one issue per line.
// Throws std::runtime_error when `forced` names an encoding iconv lacks.
DecodedText decode_text(std::string bytes, std::string_view forced = {});

// Removes control characters (C0 but TAB and LF, DEL, C1) from every text
// of a record: those that came escaped (JSON "\u001b") and so passed
// decode_text.  Returns how many were removed; the title's nocase spans
// follow.  import_text() applies it to every record of every format.
std::size_t remove_control_characters(Record& r);

// Reads a whole file (or standard input for "-") with the default limits of
// read_input (refnet/input.hpp).  Throws std::runtime_error (InputError) with
// the file name on failure.
std::string read_file(const std::string& path);

}  // namespace refnet
