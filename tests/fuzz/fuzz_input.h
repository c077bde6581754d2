#pragma once
// What every fuzz target shares: the input as bytes, and a check that stops the run when an invariant fails.
#include <QByteArrayView>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace corslab::fuzz {

inline QByteArrayView bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant the code under test must keep: a failure is a finding, like a crash.
inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace corslab::fuzz
