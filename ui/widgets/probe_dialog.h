#pragma once
// Tools › Probe Server…: the URL, the page origin, the request (method, headers, credentials, via,
// body, cookies), Probe with progress and Cancel. The result is the scenario of the server's real
// answers, marked "probed at <time> from <URL>", for the main window to open.
#include "core/scenario.h"
#include "ui/probe/server_prober.h"
#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace corslab {

class ConnectionOptions;

class ProbeDialog : public QDialog {
    Q_OBJECT
public:
    // Starts with the URL and page origin of `current` (the open scenario).
    explicit ProbeDialog(const Scenario &current, EngineProfile profile, QWidget *parent = nullptr);
    ~ProbeDialog() override;

    // The probed scenario, once the dialog was accepted.
    const Scenario &result() const { return m_result; }
    // The form's request, as probeScenario() reads it; nullopt with `error` when a field is not usable.
    std::optional<ProbeOptions> options(QString *error) const;
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *originEdit() const { return m_origin; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPushButton *probeButton() const { return m_probe; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    void startProbe();
    void reject() override;

private:
    void setRunning(bool running);
    void finishProbe();

    EngineProfile m_profile;
    probe::ServerProber m_prober;
    ProbeOptions m_running;
    Scenario m_result;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_origin = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_via = nullptr;
    QComboBox *m_credentials = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLineEdit *m_body = nullptr;
    QLineEdit *m_cookies = nullptr;
    std::unique_ptr<ConnectionOptions> m_connection;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_probe = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace corslab
