// Languages as the exporters write them: a BCP 47 tag (CSL-JSON, RIS) and
// babel's name (biblatex `langid`), from what a source wrote ("English",
// "eng", "en", "en-GB", "Deutsch").
#pragma once

#include <string>
#include <string_view>

namespace refnet::export_language {

// The BCP 47 tag ("en", "de", "pt-BR") or empty when the language is not
// one refnet knows; a value that already looks like a tag is kept.
std::string bcp47(std::string_view language);

// babel's (and biblatex's) name: "english", "ngerman", "french"; empty when
// babel has none.
std::string babel(std::string_view language);

}  // namespace refnet::export_language
