#pragma once
// The connection rows the Probe and Audit dialogs share: the timeout for a request (remembered) and
// whether a certificate that does not verify is accepted.
#include "ui/probe/wire_exchange.h"
#include <QCoreApplication>

class QCheckBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QWidget;

namespace corslab {

class ConnectionOptions {
    Q_DECLARE_TR_FUNCTIONS(corslab::ConnectionOptions)
public:
    // Adds the rows to `form`; the widgets belong to `parent`.
    ConnectionOptions(QFormLayout *form, QWidget *parent);
    // The settings as chosen; the timeout is remembered for the next dialog.
    probe::ExchangeSettings settings() const;
    void setEnabled(bool enabled);

    // The status line's words for a run that did not end with an answer: cancelled, or what failed
    // (in red); false when the run ended with an answer.
    static bool reportUnanswered(QLabel *status, bool cancelled, const std::optional<probe::NetworkFailure> &failure);
    // An error in red on the status line.
    static void reportError(QLabel *status, const QString &error);

private:
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_insecure = nullptr;
};

} // namespace corslab
