#pragma once
// What corslab-cli and the programs it runs for a command (corslab-har, corslab-probe) print, their exit
// codes, and how they refuse bad arguments: one definition for the three.
#include <QString>

#include <cstdio>

namespace corslab::cli {

enum ExitCode { kOk = 0, kFailure = 1, kFindings = 1, kInvalidInput = 2 };

// Flushed at once: a probe's lines appear as its exchanges finish.
inline void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

inline void err(const QString &text) { std::fputs(text.toUtf8().constData(), stderr); }

inline int usageError(const QString &message)
{
    err(QStringLiteral("corslab-cli: ") + message + QStringLiteral("\nTry 'corslab-cli --help'.\n"));
    return kInvalidInput;
}

} // namespace corslab::cli
