#include "refnet/accents.hpp"

#include <utf8proc.h>

#include "refnet/text.hpp"

namespace refnet {

char32_t compose_accent(char32_t base, char32_t mark) {
  if (base == U'ı') base = U'i';
  if (base == U'ȷ') base = U'j';
  utf8proc_int32_t buf[2] = {static_cast<utf8proc_int32_t>(base), static_cast<utf8proc_int32_t>(mark)};
  utf8proc_ssize_t len = utf8proc_normalize_utf32(buf, 2, UTF8PROC_COMPOSE);
  return len == 1 ? static_cast<char32_t>(buf[0]) : 0;
}

namespace {

// The combining mark a spacing accent stands for, or 0.
char32_t spacing_accent_mark(char32_t c) {
  switch (c) {
    case 0x00A8: return 0x0308;  // ¨
    case 0x00B4: return 0x0301;  // ´
    case 0x02DD: return 0x030B;  // ˝
    case 0x02C7: return 0x030C;  // ˇ
    case 0x02D8: return 0x0306;  // ˘
    case 0x02DA: return 0x030A;  // ˚
    case 0x00B8: return 0x0327;  // ¸
    case 0x02DC: return 0x0303;  // ˜
    case 0x02C6: return 0x0302;  // ˆ
    case 0x00AF: return 0x0304;  // ¯
    case 0x02D9: return 0x0307;  // ˙
    case 0x02DB: return 0x0328;  // ˛
    case U'~': return 0x0303;
    default: return 0;
  }
}

bool letter_cp(char32_t c) {
  if (c < 0x80) return is_alpha(static_cast<char>(c));
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool upper_cp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU;
}

struct Cp {
  char32_t c;
  std::uint32_t at, len;
};

}  // namespace

std::string join_spacing_accents(std::string_view s, std::vector<std::uint32_t>* offsets) {
  auto identity = [&] {
    if (offsets) {
      offsets->resize(s.size() + 1);
      for (std::size_t k = 0; k <= s.size(); ++k) (*offsets)[k] = static_cast<std::uint32_t>(k);
    }
    return std::string(s);
  };
  if (!may_hold_spacing_accent(s)) return identity();
  std::vector<Cp> cps;
  cps.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t from = i;
    char32_t c = next_utf8(s, i);
    cps.push_back({c, static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(i - from)});
  }
  const std::size_t n = cps.size();
  auto letter_at = [&](std::size_t k) { return k < n && letter_cp(cps[k].c); };
  auto lower_ascii = [&](std::size_t k) { return k < n && cps[k].c < 0x80 ? to_lower(char(cps[k].c)) : '\0'; };
  // What the accent at k joins: the index of its letter and the letter made, or none.
  struct Join {
    std::size_t letter = 0;
    char32_t made = 0;
  };
  auto decide = [&](std::size_t k) -> Join {
    char32_t mark = spacing_accent_mark(cps[k].c);
    if (!mark) return {};
    const bool tilde = cps[k].c == U'~';  // the ASCII one: between two letters only ("Ari~no", not "/~user")
    const bool after_letter = k > 0 && letter_cp(cps[k - 1].c);
    if (tilde && !(after_letter && letter_at(k + 1))) return {};
    if (cps[k].c == U'´') {
      // An apostrophe: "Zipf´s", "don´t", "we´ll", "you´re", "I´ve" (a word's last letters after it) …
      std::size_t e = k + 1;
      std::string tail;
      for (; letter_at(e) && tail.size() < 3; ++e) tail += lower_ascii(e) ? lower_ascii(e) : '?';
      if (after_letter && !letter_at(e) &&
          (tail == "s" || tail == "t" || tail == "d" || tail == "m" || tail == "ll" || tail == "re" || tail == "ve"))
        return {};
      // … or French elision after a lower-case l', d', j', n', s', c', m', t', qu' ("l´université", "qu´il").
      std::string head;  // the word before, as written ('?' for a letter outside ASCII)
      for (std::size_t b = k; b > 0 && letter_cp(cps[b - 1].c) && head.size() < 8; --b)
        head.insert(head.begin(), cps[b - 1].c < 0x80 ? char(cps[b - 1].c) : '?');
      if (head == "l" || head == "d" || head == "j" || head == "n" || head == "s" || head == "c" || head == "m" ||
          head == "t" || head == "qu" || head == "jusqu" || head == "lorsqu" || head == "puisqu")
        return {};
    }
    // Before its letter (one space between at most, not for ~), a lower-case one unless the accent opens a word
    // ("´Etienne", "´ E. Cartan").
    std::size_t next = k + 1;
    if (!tilde && next < n && cps[next].c == U' ' && letter_at(next + 1)) ++next;
    if (letter_at(next) && (!upper_cp(cps[next].c) || !after_letter)) {
      if (char32_t made = compose_accent(cps[next].c, mark)) return {next, made};
    }
    // After its letter ("de´ja", "Es¸itli"), unless a capital follows ("O´Brien").
    if (after_letter && !tilde && !(k + 1 < n && upper_cp(cps[k + 1].c))) {
      if (char32_t made = compose_accent(cps[k - 1].c, mark)) return {k - 1, made};
    }
    return {};
  };
  std::string out;
  std::vector<std::uint32_t> at;
  out.reserve(s.size());
  if (offsets) at.reserve(s.size() + 1);
  bool changed = false;
  std::size_t last_letter_out = std::string::npos;  // where cps[k - 1] starts in out, when it was a letter
  auto emit = [&](char32_t c, std::uint32_t from, std::size_t bytes_of_source) {
    std::size_t before = out.size();
    if (bytes_of_source) out.append(s.substr(from, bytes_of_source));
    else append_utf8(out, c);
    if (offsets)
      for (std::size_t x = before; x < out.size(); ++x) at.push_back(from);
    return before;
  };
  for (std::size_t k = 0; k < n; ++k) {
    Join j = decide(k);
    if (j.made && j.letter > k) {  // the accent and its letter (and the space between) become the letter made
      emit(j.made, cps[k].at, 0);
      last_letter_out = std::string::npos;
      k = j.letter;
      changed = true;
      continue;
    }
    if (j.made && j.letter + 1 == k && last_letter_out != std::string::npos) {  // the letter before takes it
      std::uint32_t from = cps[k - 1].at;
      out.resize(last_letter_out);
      if (offsets) at.resize(last_letter_out);
      emit(j.made, from, 0);
      last_letter_out = std::string::npos;
      changed = true;
      continue;
    }
    std::size_t pos = emit(cps[k].c, cps[k].at, cps[k].len);
    last_letter_out = letter_cp(cps[k].c) ? pos : std::string::npos;
  }
  if (!changed) return identity();
  if (offsets) {
    at.push_back(static_cast<std::uint32_t>(s.size()));
    *offsets = std::move(at);
  }
  return out;
}

}  // namespace refnet
