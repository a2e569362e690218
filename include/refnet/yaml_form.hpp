// What `refnet edit` shows of a work and reads back: its key, its fields
// (as user_fields.hpp names and writes them), and the user's notes.  Two
// spellings of the same form: a BibTeX entry (cli/edit.cpp reads it with
// the BibTeX importer) and a small YAML document, written and read here by
// hand (no YAML library): what write_yaml_form writes, plus what a person
// editing it would reasonably write (quoted or plain scalars, comments,
// blank lines, `[a, b]` lists, block scalars `|` and `>`, creators as
// `family:`/`given:` mappings or "Family, Given" strings).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/user_fields.hpp"

namespace refnet {

struct EditForm {
  std::string key;  // the citation key
  // Canonical field name (user_fields.hpp) -> its text as field_text writes
  // it (authors "Family, Given and ...", keywords "a; b"); a field not in
  // the map is absent.
  std::map<std::string, std::string> fields;
  std::vector<std::string> notes;  // the user's notes, oldest first
  // The line each field (and "key", "notes") was read from; empty when written.
  std::map<std::string, std::uint32_t> lines;
};

// The form of a work's record: every field it has (year as part of date).
EditForm edit_form(const Record& r, const std::vector<std::string>& notes);

// The form as YAML, after `header` (comment lines, each starting with "# ").
std::string write_yaml_form(const EditForm& form, const std::string& header);
// Reads a YAML form back.  Throws FieldError "line N: ..." for what it
// cannot read: bad syntax, an unknown or repeated field.
EditForm read_yaml_form(std::string_view text);

}  // namespace refnet
