// expect: conversion from [^ ]*basic_amount<[[][.][.][.][]], ?4>[^ ]* to (non-scalar type )?[^ ]*basic_amount<[[][.][.][.][]], ?6>
// Widening wan to wan_fen is exact but must be spelled out: jixiao::wan_fen(x).
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

jixiao::wan_fen f = 1_wan;
