#include <iostream>
int main() { std::cerr << "refnet: not built yet\n"; return 1; }
