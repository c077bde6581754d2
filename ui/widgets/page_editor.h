#pragma once
// The page that makes the request: its URL, with the origin and site worked out beside it
// (https://html.spec.whatwg.org/multipage/browsers.html#concept-origin), and whether it is sandboxed.
#include "core/scenario.h"
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace corslab {

class PageEditor : public QWidget {
    Q_OBJECT
public:
    explicit PageEditor(QWidget *parent = nullptr);

    // Shows the scenario's page without emitting anything.
    void setScenario(const Scenario &scenario);

    QLineEdit *urlEdit() const { return m_url; }
    QCheckBox *sandboxedBox() const { return m_sandboxed; }
    QString originText() const;
    QString siteText() const;

signals:
    void pageUrlEdited(const QString &url);
    void sandboxedEdited(bool sandboxed);
    void typingFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOrigin(const QString &url, bool sandboxed);

    QLineEdit *m_url = nullptr;
    QCheckBox *m_sandboxed = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_site = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_originLabel = nullptr;
    QLabel *m_siteLabel = nullptr;
};

} // namespace corslab
