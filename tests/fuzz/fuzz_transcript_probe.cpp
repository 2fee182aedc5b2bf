// The first bytes of a transcript file.
#include "core/hide/TranscriptProbe.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TranscriptProbe::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
