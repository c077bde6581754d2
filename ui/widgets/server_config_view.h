#pragma once
// The fix as server configuration: a choice of server (nginx, Apache httpd, Caddy, Express, Django,
// Flask, Spring, ASP.NET Core; the last choice remembered), the snippet, and Copy.
#include "core/server_config.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace corslab {

class ServerConfigView : public QWidget {
    Q_OBJECT
public:
    explicit ServerConfigView(QWidget *parent = nullptr);
    void setPolicies(const QList<CorsPolicy> &policies, const QString &note = {});
    QString snippet() const;
    QComboBox *kindBox() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSnippet();

    QList<CorsPolicy> m_policies;
    QComboBox *m_kind = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_note = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace corslab
