#include "ui/widgets/browser_state_editor.h"

#include "ui/widgets/headers_table.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {
enum CookieColumn { UrlColumn, SetCookieColumn, EmbeddedInColumn, CookieColumnCount };
}

BrowserStateEditor::BrowserStateEditor(QWidget *parent) : QWidget(parent)
{
    m_blockThirdParty = new QCheckBox(this);
    m_blockThirdParty->setObjectName(u"blockThirdPartyCookies"_s);
    m_cookiesLabel = new QLabel(this);
    m_cookies = new QTableWidget(0, CookieColumnCount, this);
    m_cookies->setObjectName(u"cookieJar"_s);
    m_cookies->verticalHeader()->hide();
    m_cookies->horizontalHeader()->setSectionResizeMode(SetCookieColumn, QHeaderView::Stretch);
    m_cookies->setMinimumHeight(90);
    m_cookiesLabel->setBuddy(m_cookies);
    m_addCookie = new QToolButton(this);
    m_addCookie->setText(u"+"_s);
    m_removeCookie = new QToolButton(this);
    m_removeCookie->setText(u"−"_s);
    m_pageHeadersLabel = new QLabel(this);
    m_pageHeaders = new HeadersTable(this);
    m_pageHeaders->setMinimumHeight(90);
    m_pageHeadersLabel->setBuddy(m_pageHeaders->table());

    auto *cookieButtons = new QHBoxLayout;
    cookieButtons->addWidget(m_cookiesLabel, 1);
    cookieButtons->addWidget(m_addCookie);
    cookieButtons->addWidget(m_removeCookie);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_blockThirdParty);
    layout->addLayout(cookieButtons);
    layout->addWidget(m_cookies, 1);
    layout->addWidget(m_pageHeadersLabel);
    layout->addWidget(m_pageHeaders, 1);

    connect(m_blockThirdParty, &QCheckBox::toggled, this, [this](bool block) {
        emit thirdPartyCookiesEdited(block ? ThirdPartyCookies::Block : ThirdPartyCookies::Allow);
    });
    connect(m_pageHeaders, &HeadersTable::headersEdited, this, &BrowserStateEditor::pageHeadersEdited);
    connect(m_cookies, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            emitCookies();
    });
    connect(m_addCookie, &QToolButton::clicked, this, [this] {
        const int row = m_cookies->rowCount();
        m_updating = true;
        m_cookies->insertRow(row);
        auto *url = new QTableWidgetItem;
        m_cookies->setItem(row, UrlColumn, url);
        m_updating = false;
        m_cookies->setCurrentItem(url);
        m_cookies->editItem(url);
    });
    connect(m_removeCookie, &QToolButton::clicked, this, [this] {
        const int row = m_cookies->currentRow();
        if (row < 0)
            return;
        m_cookies->removeRow(row);
        emitCookies();
    });
    retranslate();
}

void BrowserStateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BrowserStateEditor::retranslate()
{
    m_blockThirdParty->setText(tr("Block &third-party cookies"));
    m_blockThirdParty->setToolTip(tr("As the browser's settings do: a cross-site request sends no unpartitioned cookies"));
    m_cookiesLabel->setText(tr("Cookie &jar (as if each URL had answered with the Set-Cookie line):"));
    m_cookies->setHorizontalHeaderLabels({tr("Set by URL"), tr("Set-Cookie"), tr("In a frame of (optional)")});
    m_addCookie->setToolTip(tr("Add a cookie"));
    m_removeCookie->setToolTip(tr("Remove the selected cookie"));
    m_pageHeadersLabel->setText(tr("Page response &headers (Referrer-Policy, Cross-Origin-Embedder-Policy, …):"));
}

void BrowserStateEditor::setScenario(const Scenario &scenario)
{
    {
        const QSignalBlocker block(m_blockThirdParty);
        m_blockThirdParty->setChecked(scenario.browser.thirdPartyCookies == ThirdPartyCookies::Block);
    }
    {
        const QSignalBlocker block(m_pageHeaders);
        m_pageHeaders->setHeaders(scenario.pageHeaders);
    }
    // Rows still being typed (no URL yet) survive while the complete rows equal the scenario's jar.
    if (cookiesShown() == scenario.cookies && m_shown == scenario.cookies)
        return;
    m_shown = scenario.cookies;
    m_updating = true;
    m_cookies->setRowCount(int(scenario.cookies.size()));
    for (int row = 0; row < scenario.cookies.size(); ++row) {
        const JarCookie &cookie = scenario.cookies.at(row);
        m_cookies->setItem(row, UrlColumn, new QTableWidgetItem(cookie.url));
        m_cookies->setItem(row, SetCookieColumn, new QTableWidgetItem(QString::fromLatin1(cookie.setCookie)));
        m_cookies->setItem(row, EmbeddedInColumn, new QTableWidgetItem(cookie.embeddedIn));
    }
    m_updating = false;
}

// The rows with a URL, as jar cookies; a row's unknown fields come from the scenario's cookie in its place.
QList<JarCookie> BrowserStateEditor::cookiesShown() const
{
    QList<JarCookie> cookies;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_cookies->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_cookies->rowCount(); ++row) {
        if (text(row, UrlColumn).isEmpty())
            continue;
        JarCookie cookie = row < m_shown.size() ? m_shown.at(row) : JarCookie{};
        cookie.url = text(row, UrlColumn);
        cookie.setCookie = text(row, SetCookieColumn).toLatin1();
        cookie.embeddedIn = text(row, EmbeddedInColumn);
        cookies.append(cookie);
    }
    return cookies;
}

void BrowserStateEditor::emitCookies()
{
    const QList<JarCookie> cookies = cookiesShown();
    if (cookies == m_shown)
        return;
    m_shown = cookies;
    emit cookiesEdited(cookies);
}

} // namespace corslab
