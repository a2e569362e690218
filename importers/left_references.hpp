// HTML character references left as text in a record's values ("p &lt;
// 0.05", "R&amp;D", "&#8805;65", "M&eacute;tis"): formats without escapes
// (RIS, CSV, MEDLINE, EndNote's and RefWorks' tagged text, Zotero's JSON,
// BibTeX's '&lt;') hold them where the database or a web page escaped its
// text.  Their readers decode what they know of; the import's shared cleanup
// (detect.cpp) decodes what is left, and Zotero's readers decode every item.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// v with its character references decoded (where it was escaped twice,
// "677C&amp;gt;T", twice; escaped tags, "&lt;i&gt;", become tags, as the
// readers of RIS and Zotero's JSON make them).  A value in markup is left to
// the readers of its markup ("<p>...&nbsp;</p>" of a note), unless it is
// `rich`, a title's rich text ("<i>E. coli</i> &amp; friends", which holds
// its characters as they are), and decoding makes no tag of escaped text.
// Empty when there is none or it is left as written.
std::string decoded_references(std::string_view v, bool rich = false);

// The values a reader decodes before it reads them (RIS, MEDLINE, WoS, IEEE
// CSV): their decoded text, which the views of the record being read point
// into (cleared by the reader between records), and the first one's offset
// and how many, for the reader's warning (said once a file).
struct DecodedValues {
  std::deque<std::string> store;
  std::size_t first = 0, count = 0;
  // v, or its decoded text kept in `store`; `offset`: where v was written.
  std::string_view decode(std::string_view v, std::size_t offset);
};

// A text rewritten (`title`: a title's rich text, or a piece of it between
// its protected spans); empty when it stays as it is.
using TextRewrite = std::function<std::string(std::string_view, bool title)>;
// Rewrites every text of `r`: title (piece by piece between its protected
// spans, title_nocase, which keep their text), containers, abstract,
// publisher, place, creators' names, keywords, extra fields other than
// refnet's own "library:" ones, and with `references` the cited references'
// raw text, author, title and container.  Returns how many values changed;
// the first of them, as it was, in `first` when empty.
std::size_t rewrite_record_texts(Record& r, std::string& first, const TextRewrite& rewrite, bool references);

// Decodes the character references of every text rewrite_record_texts
// reads (not the cited references), as decoded_references says (the title as
// rich text).
std::size_t decode_left_references(Record& r, std::string& first);

}  // namespace refnet
