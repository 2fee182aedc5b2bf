// Redaction on the hook's hot path (issue 16: < 0.5 ms added to a 10 KB
// event): the built-in rules over a realistic tool output with no credential,
// with one, and with the user's extra patterns. Google Benchmark; the same
// figure is asserted (best run) by tests/hookcore/tst_redactor.
//   bench_redact --benchmark_repetitions=10
#include "hookcore/Redactor.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {
std::string toolOutput(bool withKey)
{
    std::string text;
    while (text.size() < 10 * 1024)
        text += "src/pager.cpp:42: for (int i = 0; i < pages.size(); ++i) { render(pages[i]); } // sk-learn "
                "AKIA eyJ Authorization: see docs\nHOST=localhost\nexport PATH=/usr/bin:$PATH\n";
    if (withKey)
        text += "OPENAI_API_KEY=Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7dEf0h\n";
    return text;
}

void redact(benchmark::State &state, bool withKey, std::vector<std::string> patterns)
{
    const Redactor redactor = *Redactor::make(patterns, nullptr);
    const std::string text = toolOutput(withKey);
    for (auto _ : state) {
        std::string out = redactor.redact(text);
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
}
} // namespace

BENCHMARK_CAPTURE(redact, clean_10kb, false, {})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(redact, one_key_10kb, true, {})->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(redact, one_key_10kb_two_patterns, true, { "corp-[0-9a-f]{32}", "internal\\.example\\.com" })
    ->Unit(benchmark::kMicrosecond);
// A pattern with no fixed text (or one every line holds) meets std::regex on
// every line: what a user pays for such a pattern.
BENCHMARK_CAPTURE(redact, one_key_10kb_pattern_without_fixed_text, true, { "[A-Z]{3}[0-9]{8}" })
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
