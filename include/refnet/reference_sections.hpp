// Reference lists inside free text: a publisher's article page, a report
// chapter, a bibliography copied out of a PDF.  Where each list is (its
// heading: "References", "Bibliography", "Literature cited", Emerald's
// "Reference35 articles.", "Cited by 33 articles."...), and where each
// reference in it starts and ends ("[12] ...", "12. ...", "(12) ...", or
// hanging author-date entries, one a line or wrapped over several).
//
// Reading the references themselves is parse_reference's (refparse.hpp) and
// the fixed-format parsers' (reference_strings.hpp) job; this module only
// cuts the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace refnet {

enum class SectionKind {
  references,  // what the page's work cites
  cited_by,    // works that cite it ("Cited by 33 articles.")
};

// A heading line of a reference list, as reference_heading reads it.
struct SectionHeading {
  SectionKind kind = SectionKind::references;
  // The number of entries the heading announces ("Reference35 articles." ->
  // 35, "Cited by 33 articles." -> 33); 0 when it gives none.
  std::size_t announced = 0;
};

// Whether `line` (one line, untrimmed) is the heading of a reference list:
// References, Reference list, Bibliography, Literature cited, Works cited,
// Sources, Notes and references, References and notes (any case, numbered
// "7. References" or not, a colon after it or not); "ReferenceN articles.";
// "Cited by", "Cited by N articles.", "Citing articles".  A sentence that
// only starts so ("Cited by lists all citing articles ...") is none.
bool reference_heading(std::string_view line, SectionHeading* heading = nullptr);

// One reference of a list.
struct ReferenceItem {
  std::size_t offset = 0;  // its first byte in the text (after the number)
  std::size_t line = 0;    // 1-based line of that byte
  // The reference with its line breaks undone: lines joined by one space, a
  // word hyphenated at a line end joined again ("infor-\nmation" ->
  // "information"; "e-\ngovernment" keeps its hyphen), a URL or DOI broken at
  // a line end joined without a space.
  std::string text;
  std::string number;  // "12" for "[12]", "12." or "(12)"; empty when unnumbered
  // Where each line of the reference starts in `text` and in the file, and
  // whether it was glued to the line before without a space (a URL or DOI
  // broken at the line end: "10.1111/puar." + "12047.").
  struct Piece {
    std::size_t at = 0;
    std::size_t offset = 0;
    bool glued = false;
  };
  std::vector<Piece> pieces;
  // Where text[at] is written in the file.
  std::size_t offset_of(std::size_t at) const;
};

// A line inside a list that is not part of any reference and was left out:
// a page number, a running header or footer repeated elsewhere in the text.
struct SkippedLine {
  std::size_t offset = 0;
  std::string why;
};

struct ReferenceList {
  SectionHeading heading;
  std::size_t heading_offset = 0;  // the heading line's first byte
  std::size_t end = 0;             // the first byte after the list
  std::vector<ReferenceItem> items;
  std::vector<SkippedLine> skipped;
  // "Ibid." entries: the reference before them again, not a new cited work.
  std::vector<SkippedLine> repeated;
};

// Every reference list of the text with at least one reference, in text
// order.  A list ends at the next list's heading, at the text's end, or at
// the first line that cannot belong to it: a number out of sequence ("1."
// after "5."), a line after a blank line that starts no reference, a line
// with no year in an unnumbered list.
std::vector<ReferenceList> find_reference_lists(std::string_view text);

// Whether s gives a year as a reference does: 19xx or 20xx standing alone, or
// "n.d.", "forthcoming", "in press".
bool has_year(std::string_view s);

// The last word of s (after its last space).
std::string_view last_word(std::string_view s);

}  // namespace refnet
