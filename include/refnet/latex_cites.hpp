// The citation keys a LaTeX paper uses: from its .aux file (what bibtex and
// biber read) or from its .tex source, for `refnet export --aux/--cites`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace refnet {

struct CitedKeys {
  std::vector<std::string> keys;  // in order of first citation, each once
  std::vector<std::size_t> at;     // the byte offset of each key's first citation in the text
  bool all = false;               // \nocite{*} (or \citation{*})
};

// Keys of an .aux file: \citation{a,b} (BibTeX), \abx@aux@cite{0}{a} and
// \abx@aux@cite{a} (biblatex).
CitedKeys keys_from_aux(std::string_view aux);

// Keys of a .tex source: every command whose name contains "cite" (\cite,
// \citep, \citet*, \parencite, \textcite, \autocite, \nocite, \Citeauthor,
// \footcite, ...), with optional [..] and (..) arguments before the keys,
// and biblatex's multi-citations (\cites[p.~3]{a}[4]{b}).  Comments
// (% to the end of the line) are skipped.
CitedKeys keys_from_tex(std::string_view tex);

// Keys of a Markdown paper (pandoc's citations): [@a; see @b, p. 3], @a in
// the text, -@a, @{a.b}, nocite's @*; not an e-mail address's @ nor one in
// code (`...`, fenced blocks).
CitedKeys keys_from_markdown(std::string_view md);

}  // namespace refnet
