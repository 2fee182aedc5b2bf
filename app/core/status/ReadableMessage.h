#pragma once

#include <QString>

// What a person reads of a message the CLI wrote: the CLI's own sentence
// taken out of the JSON it is often wrapped in. The raw text stays available
// (behind "Details…"); no UI shows JSON.
//   `API Error: 401 {"type":"error","error":{"message":"Invalid bearer token"}}`
//   → `API Error: 401 — Invalid bearer token`
namespace ReadableMessage {
QString of(const QString &raw);
bool looksRaw(const QString &text); // holds a JSON object or array
} // namespace ReadableMessage
