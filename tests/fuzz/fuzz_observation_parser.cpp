// An observer's answer: XML-ish text from a model.
#include "core/observe/ObservationParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ParsedAnswer a
        = ObservationParser::parse(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    for (const Observation &o : a.observations)
        o.contentHash();
    return 0;
}
