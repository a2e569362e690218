// The commonest Chinese and Korean family names, romanised: the family name
// of "Aijuan Dong" written given name first (cited_works.cpp), and a family
// name a ProQuest name without a comma shows last (name_field.cpp).  Kept in
// one place: both readers ask the same question of one list.
#pragma once

#include <string_view>
#include <unordered_set>

namespace refnet {

inline bool east_asian_family_name(std::string_view w) {
  static const std::unordered_set<std::string_view> names = {
      "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
      "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
      "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu",
      "Ding", "Ren", "Shen", "Yao", "Jin", "Fu", "Zhong", "Cui", "Tan", "Liao", "Fan", "Shi", "Dai", "Jia", "Xia",
      "Qiu", "Fang", "Hou", "Zou", "Xiong", "Meng", "Qin", "Bai", "Yan", "Xue", "Yin", "Duan", "Lei", "Long", "Kim",
      "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin", "Kwon", "Hwang", "Ahn"};
  return names.count(w) > 0;
}

}  // namespace refnet
