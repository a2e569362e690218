// The macros a BibTeX file's @preamble defines for its own fields
// ("\newcommand{\noopsort}[1]{}", "\def\printfirst#1#2{#1}"): read from the
// preamble text and expanded in a value, so that the LaTeX reader sees what
// the document would print.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace refnet {

class LatexMacros {
 public:
  // Reads the definitions of `preamble`: \newcommand, \renewcommand,
  // \providecommand (starred too) with up to nine arguments, and \def with
  // undelimited #1..#9.  A definition with an optional argument
  // ("\newcommand{\x}[2][d]{...}") or a delimited \def is not kept: its uses
  // stay commands (which the importer reports as unknown).
  void add_definitions(std::string_view preamble);
  bool empty() const { return defs_.empty(); }
  bool defines(std::string_view name) const { return defs_.count(std::string(name)) != 0; }

  // `text` with every use of a defined macro replaced by its body, the
  // arguments put for #1..#9; macros in bodies are expanded too, up to a
  // depth and a size (a recursive definition stops there, its last uses
  // left as written).  A use missing its arguments (the text ends) stays.
  // False, and `out` untouched, when nothing was expanded.
  bool expand(std::string_view text, std::string& out) const;

 private:
  struct Definition {
    int arguments = 0;
    std::string body;
  };
  std::map<std::string, Definition, std::less<>> defs_;
  bool expand_once(std::string_view text, std::string& out) const;
};

}  // namespace refnet
