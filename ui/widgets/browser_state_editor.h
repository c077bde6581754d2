#pragma once
// What the browser brings to the request besides the page's script: the page document's own response
// headers (Referrer-Policy, Cross-Origin-Embedder-Policy), the cookie jar (Set-Cookie lines with the URL
// that set them) and the third-party cookie setting (docs/scenario-format.md, Additions).
#include "core/scenario.h"
#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;
class QToolButton;

namespace corslab {

class HeadersTable;

class BrowserStateEditor : public QWidget {
    Q_OBJECT
public:
    explicit BrowserStateEditor(QWidget *parent = nullptr);
    void setScenario(const Scenario &scenario);
    QTableWidget *cookieTable() const { return m_cookies; }

signals:
    void pageHeadersEdited(const corslab::HeaderList &headers);
    void cookiesEdited(const QList<corslab::JarCookie> &cookies);
    void thirdPartyCookiesEdited(corslab::ThirdPartyCookies setting);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QList<JarCookie> cookiesShown() const;
    void emitCookies();

    QCheckBox *m_blockThirdParty = nullptr;
    QLabel *m_cookiesLabel = nullptr;
    QTableWidget *m_cookies = nullptr;
    QToolButton *m_addCookie = nullptr;
    QToolButton *m_removeCookie = nullptr;
    QLabel *m_pageHeadersLabel = nullptr;
    HeadersTable *m_pageHeaders = nullptr;
    QList<JarCookie> m_shown;   // the scenario's jar, unknown fields kept
    bool m_updating = false;
};

} // namespace corslab
