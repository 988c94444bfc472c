// Compile-time baseline (scripts/compile_time.sh): an empty program.
int main() {}
