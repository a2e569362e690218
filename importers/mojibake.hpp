// Text whose UTF-8 bytes were once read as Windows-1252 (or Latin-1) and
// written again as UTF-8: "FranÃ§ois", "Copyright Â© 2012", "childrenâ€™s",
// "â€œinvestigatingâ€�".  Databases and tools hand it on as it is: Scopus's
// CSV, RIS and BibTeX (funding details, cited references: "Cahiers de
// GÃ©ographie Du QuÃ©bec"), PubMed's XML (copyright lines), Zotero's CSV,
// ProQuest's text, EndNote's XML, Mendeley's BibTeX.  Left so, a cited
// work's title or a name splits from the same one written right.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// v with each run of characters that are the Windows-1252 reading of a UTF-8
// sequence ("Ã©" C3 A9, "â€™" E2 80 99) made that sequence's character ("é",
// "’"), and "â€�" (whose last byte, 9D, Windows-1252 does not define) the
// closing quote "”".  Only where the character is a letter or punctuation of
// a script text is written in, and only runs whose first character says so:
// "Ã", "Â", "Ä", "Å" and "â" alone; "Î", "Ï", "Ð", "Ñ" and CJK's "ã".."í"
// when a value holds two runs of them or more; never "×", "Ø" or "É" ("14
// × 14 cm", "«L'ÉTÉ»" are text).  Empty when nothing is repaired.
std::string repaired_mojibake(std::string_view v);

// Some sixty bytes of v around its first "Ã", "Â" or "â" (for a warning).
std::string mojibake_excerpt(std::string_view v);

// repaired_mojibake on every text of `r` decode_left_references reads, and
// on its cited references' texts.  Returns how many values changed; the
// first of them, as it was, in `first` when empty.
std::size_t repair_mojibake(Record& r, std::string& first);

}  // namespace refnet
