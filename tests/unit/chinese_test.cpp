// 人民币大写: every expected text below was worked out by hand from the rules in docs/domain.md §5
// ("人民币大写"), not produced by the implementation.
#include <jixiao/chinese.hpp>
#include <jixiao/multiprecision.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

namespace chinese_test {

namespace {

using jixiao::to_chinese_upper;
using jixiao::wan;
using jixiao::wan_checked;
using jixiao::wan_fen;
using namespace jixiao::literals;

using i128 = boost::multiprecision::checked_int128_t;
using wan_8 = jixiao::basic_amount<std::int64_t, 8>;  // raw unit 0.01 分
using wan_7 = jixiao::basic_amount<std::int64_t, 7>;  // raw unit 0.1 分
using wan_2 = jixiao::basic_amount<std::int64_t, 2>;  // raw unit 100 元
using wan_0 = jixiao::basic_amount<std::int64_t, 0>;  // raw unit 1 万元

// An amount of whole 元.
std::string yuan(std::int64_t n) { return to_chinese_upper(wan::from_raw(n)); }
// An amount given in 分: fen(140950) is ¥1409.50.
std::string fen(std::int64_t n) { return to_chinese_upper(wan_fen::from_raw(n)); }

constexpr i128 pow10_128(int n) {
    i128 r = 1;
    for (int i = 0; i < n; ++i) r *= 10;
    return r;
}

// The constexpr core, checked by the compiler.
static_assert(jixiao::to_chinese_upper_buffer(518.4_wan).view() == "伍佰壹拾捌万肆仟元整");
static_assert(jixiao::to_chinese_upper_buffer(wan{}).view() == "零元整");
static_assert(jixiao::to_chinese_upper_buffer(wan_fen::from_raw(140950)).view() == "壹仟肆佰零玖元伍角");
static_assert(jixiao::to_chinese_upper_buffer(wan_fen::from_raw(1640902)).view() == "壹万陆仟肆佰零玖元零贰分");
static_assert(jixiao::to_chinese_upper_buffer(wan_fen::from_raw(55)).view() == "伍角伍分");
static_assert(jixiao::to_chinese_upper_buffer(wan::from_raw(3000050000000)).view() == "叁万亿零伍仟万元整");
static_assert(jixiao::to_chinese_upper_buffer(-(10_yuan)).view() == "负壹拾元整");
static_assert(jixiao::to_chinese_upper_buffer(wan::min()).view() ==
              "负玖佰贰拾贰亿叁仟叁佰柒拾贰万零叁佰陆拾捌亿伍仟肆佰柒拾柒万伍仟捌佰零捌元整");
static_assert(jixiao::to_chinese_upper_buffer(wan_8::from_raw(12345600)).view() == "壹仟贰佰叁拾肆元伍角陆分");
static_assert(jixiao::to_chinese_upper_buffer(wan_checked::from_raw(pow10_128(24))).view() == "壹亿亿亿元整");
static_assert(jixiao::to_chinese_upper_buffer(wan_checked::max()).view() ==
              "叁佰肆拾万零贰仟捌佰贰拾叁亿陆仟陆佰玖拾贰万零玖佰叁拾捌亿"
              "肆仟陆佰叁拾肆万陆仟叁佰叁拾柒亿肆仟陆佰零柒万肆仟叁佰壹拾柒亿"
              "陆仟捌佰贰拾壹万壹仟肆佰伍拾伍元整");

}  // namespace

TEST_CASE("chinese: every example of docs/domain.md §5") {
    CHECK(fen(1640902) == "壹万陆仟肆佰零玖元零贰分");  // ¥16409.02
    CHECK(fen(140950) == "壹仟肆佰零玖元伍角");         // ¥1409.50: 整 only after 元
    CHECK(fen(600714) == "陆仟零柒元壹角肆分");         // ¥6007.14
    CHECK(fen(32504) == "叁佰贰拾伍元零肆分");          // ¥325.04
    // Once given as ¥30000500000000, one zero too many for this answer (docs/domain.md §5, the note).
    CHECK(yuan(3000050000000) == "叁万亿零伍仟万元整");
    CHECK(yuan(10) == "壹拾元整");
    CHECK(yuan(100000) == "壹拾万元整");
    CHECK(yuan(12000000000000) == "壹拾贰万亿元整");
    CHECK(fen(55) == "伍角伍分");  // no 零元 below 1 元
    CHECK(yuan(0) == "零元整");
    CHECK(to_chinese_upper(518.4_wan) == "伍佰壹拾捌万肆仟元整");
}

TEST_CASE("chinese: the optional 零 of 《支付结算办法》 is always written") {
    CHECK(fen(168032) == "壹仟陆佰捌拾元零叁角贰分");    // 元 digit 0, 角 not
    CHECK(fen(10700053) == "壹拾万零柒仟元零伍角叁分");  // 万 digit 0, 仟 not; 元 digit 0, 角 not
    CHECK(yuan(101000) == "壹拾万零壹仟元整");           // 万 digit 0, 仟 not
    CHECK(yuan(10500) == "壹万零伍佰元整");
    CHECK(fen(10050) == "壹佰元零伍角");
    CHECK(fen(1050) == "壹拾元零伍角");
}

TEST_CASE("chinese: zeros in the 角 and 分 places") {
    CHECK(fen(100) == "壹元整");
    CHECK(fen(150) == "壹元伍角");
    CHECK(fen(105) == "壹元零伍分");
    CHECK(fen(155) == "壹元伍角伍分");
    CHECK(fen(5) == "伍分");
    CHECK(fen(50) == "伍角");
    CHECK(fen(1) == "壹分");
    CHECK(fen(10) == "壹角");
    CHECK(fen(1230) == "壹拾贰元叁角");
    CHECK(fen(1010) == "壹拾元零壹角");  // 元 digit 0, 角 not
    CHECK(fen(1005) == "壹拾元零伍分");
    CHECK(fen(100005) == "壹仟元零伍分");       // the run 佰 拾 元 角 is one 零
    CHECK(fen(40000000004) == "肆亿元零肆分");  // a run from 仟万 down to 角
    CHECK(fen(1000000) == "壹万元整");
}

TEST_CASE("chinese: zero runs inside and across groups") {
    CHECK(yuan(100000001) == "壹亿零壹元整");
    CHECK(yuan(100000000) == "壹亿元整");
    CHECK(yuan(1000000000) == "壹拾亿元整");
    CHECK(yuan(10010000) == "壹仟零壹万元整");
    CHECK(yuan(10001000) == "壹仟万零壹仟元整");
    CHECK(yuan(10005) == "壹万零伍元整");
    CHECK(yuan(1000005) == "壹佰万零伍元整");
    CHECK(yuan(200000300) == "贰亿零叁佰元整");
    CHECK(yuan(90000000009) == "玖佰亿零玖元整");
    CHECK(yuan(500050005) == "伍亿零伍万零伍元整");
    CHECK(yuan(1010000000) == "壹拾亿零壹仟万元整");  // the 亿 digit is 0: always 零
    CHECK(yuan(1000000000000) == "壹万亿元整");
    CHECK(yuan(1000000010000) == "壹万亿零壹万元整");
    CHECK(yuan(20000000000000000) == "贰亿亿元整");
    CHECK(yuan(111111111) == "壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹元整");
    CHECK(yuan(1001) == "壹仟零壹元整");
    CHECK(yuan(1100) == "壹仟壹佰元整");
    CHECK(fen(12345678901234) == "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分");
}

TEST_CASE("chinese: a ten is 壹拾, never a bare 拾") {
    CHECK(yuan(11) == "壹拾壹元整");
    CHECK(yuan(19) == "壹拾玖元整");
    CHECK(yuan(20) == "贰拾元整");
    CHECK(yuan(110) == "壹佰壹拾元整");
    CHECK(yuan(100010) == "壹拾万零壹拾元整");
    CHECK(yuan(150000) == "壹拾伍万元整");
    CHECK(yuan(1000000000000000) == "壹仟万亿元整");
}

TEST_CASE("chinese: negative amounts start with 负") {
    CHECK(fen(-140950) == "负壹仟肆佰零玖元伍角");
    CHECK(fen(-5) == "负伍分");
    CHECK(yuan(-10) == "负壹拾元整");
    CHECK(to_chinese_upper(-518.4_wan) == "负伍佰壹拾捌万肆仟元整");
    CHECK(to_chinese_upper(-wan_checked::from_raw(pow10_128(20))) == "负壹万亿亿元整");
}

TEST_CASE("chinese: the seed's amounts") {
    CHECK(to_chinese_upper(518.4_wan) == "伍佰壹拾捌万肆仟元整");
    CHECK(to_chinese_upper(304.85_wan) == "叁佰零肆万捌仟伍佰元整");
    CHECK(to_chinese_upper(2533.8576_wan) == "贰仟伍佰叁拾叁万捌仟伍佰柒拾陆元整");
    CHECK(to_chinese_upper(1000_wan) == "壹仟万元整");
    CHECK(to_chinese_upper(447.8777_wan) == "肆佰肆拾柒万捌仟柒佰柒拾柒元整");
    CHECK(to_chinese_upper(7184.76_wan) == "柒仟壹佰捌拾肆万柒仟陆佰元整");
    CHECK(to_chinese_upper(448.9734_wan) == "肆佰肆拾捌万玖仟柒佰叁拾肆元整");
    CHECK(to_chinese_upper(24.05_wan) == "贰拾肆万零伍佰元整");
    CHECK(to_chinese_upper(227.04_wan) == "贰佰贰拾柒万零肆佰元整");
    CHECK(to_chinese_upper(2.202_wan) == "贰万贰仟零贰拾元整");
    CHECK(to_chinese_upper(24737376_yuan) == "贰仟肆佰柒拾叁万柒仟叁佰柒拾陆元整");  // 序号 13 测算依据
    CHECK(to_chinese_upper(601200_yuan) == "陆拾万零壹仟贰佰元整");                  // 万 digit 0, 仟 not
    // 518.4 + 304.85 + 2533.8576 = 3357.1076 万元
    CHECK(to_chinese_upper(518.4_wan + 304.85_wan + 2533.8576_wan) == "叁仟叁佰伍拾柒万壹仟零柒拾陆元整");
    // 300 + 300 + 300 + 100 = 1000 万元
    CHECK(to_chinese_upper(300_wan + 300_wan + 300_wan + 100_wan) == "壹仟万元整");
}

TEST_CASE("chinese: the largest and smallest values of wan, wan_fen and wan_checked") {
    // wan: 9223372036854775807 元 = 922|3372|0368|5477|5807
    CHECK(to_chinese_upper(wan::max()) == "玖佰贰拾贰亿叁仟叁佰柒拾贰万零叁佰陆拾捌亿伍仟肆佰柒拾柒万伍仟捌佰零柒元整");
    CHECK(to_chinese_upper(wan::min()) ==
          "负玖佰贰拾贰亿叁仟叁佰柒拾贰万零叁佰陆拾捌亿伍仟肆佰柒拾柒万伍仟捌佰零捌元整");
    // wan_fen: 9223372036854775807 分 = 9|2233|7203|6854|7758.07 元
    CHECK(to_chinese_upper(wan_fen::max()) ==
          "玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分");
    CHECK(to_chinese_upper(wan_fen::min()) ==
          "负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分");
    // wan_checked: 2^128 - 1 元 (Boost's checked_int128_t is sign-magnitude, so min is -max)
    // = 340|2823|6692|0938|4634|6337|4607|4317|6821|1455
    const std::string max128 =
        "叁佰肆拾万零贰仟捌佰贰拾叁亿陆仟陆佰玖拾贰万零玖佰叁拾捌亿"
        "肆仟陆佰叁拾肆万陆仟叁佰叁拾柒亿肆仟陆佰零柒万肆仟叁佰壹拾柒亿"
        "陆仟捌佰贰拾壹万壹仟肆佰伍拾伍元整";
    CHECK(to_chinese_upper(wan_checked::max()) == max128);
    CHECK(to_chinese_upper(wan_checked::min()) == "负" + max128);
    CHECK(to_chinese_upper(wan_checked::from_raw(pow10_128(20))) == "壹万亿亿元整");
    CHECK(to_chinese_upper(wan_checked::from_raw(pow10_128(24))) == "壹亿亿亿元整");
    CHECK(to_chinese_upper(wan_checked::from_raw(pow10_128(28) + 1)) == "壹万亿亿亿零壹元整");
    CHECK(to_chinese_upper(wan_checked(518.4_wan)) == "伍佰壹拾捌万肆仟元整");
}

TEST_CASE("chinese: other scales") {
    // Scale 0: the raw unit is 1 万元; int64 max 万元 = 922|3372|0368|5477|5807|0000 元, no overflow on the way.
    CHECK(to_chinese_upper(wan_0::from_raw(1)) == "壹万元整");
    CHECK(to_chinese_upper(wan_0::max()) ==
          "玖佰贰拾贰万叁仟叁佰柒拾贰亿零叁佰陆拾捌万伍仟肆佰柒拾柒亿伍仟捌佰零柒万元整");
    // Scale 2: the raw unit is 100 元.
    CHECK(to_chinese_upper(wan_2::from_raw(1)) == "壹佰元整");
    CHECK(to_chinese_upper(wan_2::from_raw(12345)) == "壹佰贰拾叁万肆仟伍佰元整");
    // Scale 8: the raw unit is 0.01 分; whole 分 can be written.
    CHECK(to_chinese_upper(wan_8::from_raw(12345600)) == "壹仟贰佰叁拾肆元伍角陆分");
    CHECK(to_chinese_upper(wan_8::from_raw(100)) == "壹分");
    CHECK(to_chinese_upper(wan_8::from_raw(-100000000)) == "负壹万元整");
    CHECK(to_chinese_upper(wan_8::from_raw(0)) == "零元整");
    CHECK(to_chinese_upper(wan_7::from_raw(10)) == "壹分");
}

TEST_CASE("chinese: an amount finer than 分 is std::domain_error") {
    CHECK_THROWS_AS((void)to_chinese_upper(wan_8::from_raw(12345601)), std::domain_error);
    CHECK_THROWS_AS((void)to_chinese_upper(wan_8::from_raw(123)), std::domain_error);
    CHECK_THROWS_AS((void)to_chinese_upper(wan_8::from_raw(1)), std::domain_error);
    CHECK_THROWS_AS((void)to_chinese_upper(wan_8::from_raw(-1)), std::domain_error);
    CHECK_THROWS_AS((void)to_chinese_upper(wan_8::max()), std::domain_error);
    CHECK_THROWS_AS((void)to_chinese_upper(wan_7::from_raw(1)), std::domain_error);
    CHECK_THROWS_WITH_AS((void)to_chinese_upper(wan_8::from_raw(10)), doctest::Contains("分"), std::domain_error);
    char buf[64];
    CHECK_THROWS_AS((void)to_chinese_upper(wan_8::from_raw(5), buf, buf + sizeof buf), std::domain_error);
}

TEST_CASE("chinese: the buffer interface") {
    char buf[64];
    const std::string_view expected = "伍佰壹拾捌万肆仟元整";  // 10 characters, 30 bytes
    auto r = to_chinese_upper(518.4_wan, buf, buf + sizeof buf);
    CHECK(r.ec == std::errc{});
    CHECK(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)) == expected);

    r = to_chinese_upper(518.4_wan, buf, buf + expected.size());  // exactly enough
    CHECK(r.ec == std::errc{});
    CHECK(r.ptr == buf + expected.size());

    r = to_chinese_upper(518.4_wan, buf, buf + expected.size() - 1);  // one byte short
    CHECK(r.ec == std::errc::value_too_large);
    CHECK(r.ptr == buf + expected.size() - 1);

    r = to_chinese_upper(wan{}, buf, buf);
    CHECK(r.ec == std::errc::value_too_large);

    // The maximum size is enough for the longest texts.
    CHECK(to_chinese_upper(wan::min()).size() <= jixiao::chinese_upper_max_size<std::int64_t, 4>);
    CHECK(to_chinese_upper(wan_checked::min()).size() <=
          jixiao::chinese_upper_max_size<boost::multiprecision::checked_int128_t, 4>);
    CHECK(to_chinese_upper(wan_0::min()).size() <= jixiao::chinese_upper_max_size<std::int64_t, 0>);

    // At run time the fixed buffer gives what the std::string overload gives.
    const wan_fen x = wan_fen::from_raw(600714);
    CHECK(jixiao::to_chinese_upper_buffer(x).view() == "陆仟零柒元壹角肆分");
    CHECK(to_chinese_upper(x) == "陆仟零柒元壹角肆分");
}

TEST_CASE("chinese: 亿 groups of eight, the part above 亿 read with 万 inside it") {
    // The part above 亿 is itself a number read in 万: 234567 亿 89012345.
    CHECK(yuan(23456789012345) == "贰拾叁万肆仟伍佰陆拾柒亿捌仟玖佰零壹万贰仟叁佰肆拾伍元整");
    CHECK(yuan(2000300000000) == "贰万零叁亿元整");  // 20003 亿: no 万亿 when the 亿 group's lower digits are not zero
    CHECK(yuan(5000000000000) == "伍万亿元整");      // 50000 亿
    CHECK(yuan(5000012345678) == "伍万亿零壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元整");
    CHECK(yuan(200000000010000) == "贰佰万亿零壹万元整");
    CHECK(yuan(1234567890123456) == "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌亿玖仟零壹拾贰万叁仟肆佰伍拾陆元整");
    // Zeros across the 亿 boundary: one 零 for a run, none at the end, the optional one written.
    CHECK(yuan(100000001) == "壹亿零壹元整");
    CHECK(yuan(110000000) == "壹亿壹仟万元整");
    CHECK(yuan(1000000001) == "壹拾亿零壹元整");
    CHECK(yuan(1012345678) == "壹拾亿零壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元整");
    CHECK(yuan(100000000000) == "壹仟亿元整");
    // 亿 nests: 10^16 is 壹亿亿.
    CHECK(yuan(10000000000000000) == "壹亿亿元整");
    CHECK(yuan(10000000000010000) == "壹亿亿零壹万元整");
}

}  // namespace chinese_test
