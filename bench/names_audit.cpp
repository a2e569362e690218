// How refnet reads personal names, for the names audit (bench/names_audit.py).
//   names_audit parse          one name a line on stdin, as a source writes it:
//                              prints "written\tfamily\tgiven\tparticle\tsuffix\tliteral"
//   names_audit parse-given-first   the same, read as from a given-first source
//   names_audit files FILE...  every creator the readers make of each file:
//                              prints "file\trecord\trole\tfamily\tgiven\tparticle\tsuffix\tliteral",
//                              then the file's warnings about names on stderr
#include <iostream>
#include <string>

#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"

namespace {

void print(std::ostream& out, const refnet::Creator& c) {
  out << c.family << '\t' << c.given << '\t' << c.particle << '\t' << c.suffix << '\t' << c.literal << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  using namespace refnet;
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "parse" || mode == "parse-given-first") {
    std::string line;
    while (std::getline(std::cin, line)) {
      std::cout << line << '\t';
      NameGuess guess;  // as the readers read, telling what they drop
      print(std::cout, mode == "parse" ? parse_ris_name(line, &guess) : parse_given_first_name(line, &guess));
    }
    return 0;
  }
  if (mode != "files") {
    std::cerr << "usage: names_audit parse < names | names_audit files FILE...\n";
    return 2;
  }
  for (int a = 2; a < argc; ++a) {
    const std::string path = argv[a];
    DecodedText text = decode_text(read_file(path));
    Diagnostics diags;
    diags.set_source(path, text.text);
    std::size_t n = 0;
    import_text(text.text, Format::unknown, diags, [&](Record&& r) {
      ++n;
      for (const Creator& c : r.authors) {
        std::cout << path << '\t' << n << "\tauthor\t";
        print(std::cout, c);
      }
      for (const Creator& c : r.editors) {
        std::cout << path << '\t' << n << "\teditor\t";
        print(std::cout, c);
      }
    });
    for (const Diagnostic& d : diags.items())
      if (d.message.find("name") != std::string::npos) std::cerr << d.headline() << '\n';
  }
  return 0;
}
