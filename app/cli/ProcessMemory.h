#pragma once

namespace casebook::cli {

// The process's peak resident memory so far, in MiB (0 when the platform does not say).
double peakMemoryMiB();

} // namespace casebook::cli
