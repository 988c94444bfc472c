// The one main() of jixiao_unit_tests; every other tests/unit/*.cpp holds only test cases.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
