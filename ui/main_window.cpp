#include "ui/main_window.h"

#include "core/origin.h"
#include "core/url.h"

#include <QApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

std::optional<Origin> originOf(const QString &text, bool sandboxed)
{
    const std::optional<Url> url = parseUrlOrNull(text);
    if (!url)
        return std::nullopt;
    return sandboxed ? Origin::createOpaque() : Origin::fromUrl(*url);
}

QString portText(const Origin &origin)
{
    if (origin.isOpaque())
        return {};
    if (origin.port())
        return QString::number(*origin.port());
    const std::optional<int> port = defaultPort(origin.scheme());
    return port ? QString::number(*port) + MainWindow::tr(" (default)") : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("corslab"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *form = new QFormLayout;
    m_pageEdit = new QLineEdit(central);
    m_targetEdit = new QLineEdit(central);
    m_pageOrigin = new QLabel(central);
    m_targetOrigin = new QLabel(central);
    form->addRow(tr("&Page URL:"), m_pageEdit);
    form->addRow(tr("Page origin:"), m_pageOrigin);
    form->addRow(tr("&Request URL:"), m_targetEdit);
    form->addRow(tr("Request origin:"), m_targetOrigin);
    layout->addLayout(form);

    m_banner = new QLabel(central);
    m_banner->setAlignment(Qt::AlignCenter);
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.6);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    layout->addWidget(m_banner);

    m_parts = new QTableWidget(3, 3, central);
    m_parts->setHorizontalHeaderLabels({tr("Page"), tr("Request"), tr("Same?")});
    m_parts->setVerticalHeaderLabels({tr("Scheme"), tr("Host"), tr("Port")});
    m_parts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_parts);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFileDialog);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    connect(m_pageEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_scenario.page = text;
        reevaluate();
    });
    connect(m_targetEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_scenario.request.url = text;
        reevaluate();
    });
    resize(760, 420);
}

bool MainWindow::openScenario(const QString &path)
{
    const ScenarioLoad load = loadScenarioFile(path);
    if (!load.scenario) {
        QStringList problems;
        for (const ScenarioError &error : load.errors)
            problems << error.toString();
        QMessageBox::warning(this, tr("Cannot open scenario"), problems.join(u'\n'));
        return false;
    }
    setScenario(*load.scenario);
    return true;
}

void MainWindow::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    m_pageEdit->setText(scenario.page);
    m_targetEdit->setText(scenario.request.url);
    reevaluate();
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), {}, tr("corslab scenarios (*.cors.json);;JSON files (*.json)"));
    if (!path.isEmpty())
        openScenario(path);
}

void MainWindow::reevaluate()
{
    const std::optional<Origin> page = originOf(m_scenario.page, m_scenario.pageSandboxed);
    const std::optional<Origin> target = originOf(m_scenario.request.url, false);
    m_pageOrigin->setText(page ? page->serialize() : tr("invalid URL"));
    m_targetOrigin->setText(target ? target->serialize() : tr("invalid URL"));
    m_parts->clearContents();
    if (!page || !target) {
        m_banner->setText(tr("Enter two absolute URLs"));
        return;
    }
    const bool same = page->isSameOrigin(*target);
    m_banner->setText(same ? tr("Same origin") : tr("Cross-origin"));
    m_banner->setStyleSheet(same ? u"color: #1a7f37"_s : u"color: #b35900"_s);
    const QString parts[3][2] = {{page->scheme(), target->scheme()},
                                 {page->isOpaque() ? QString() : page->host().serialize(),
                                  target->isOpaque() ? QString() : target->host().serialize()},
                                 {portText(*page), portText(*target)}};
    for (int row = 0; row < 3; ++row) {
        const bool partSame = !page->isOpaque() && !target->isOpaque()
                              && (row == 0   ? page->scheme() == target->scheme()
                                  : row == 1 ? page->host() == target->host()
                                             : page->port() == target->port());
        m_parts->setItem(row, 0, new QTableWidgetItem(parts[row][0]));
        m_parts->setItem(row, 1, new QTableWidgetItem(parts[row][1]));
        auto *verdict = new QTableWidgetItem(partSame ? tr("✓ same") : tr("✗ differs"));
        verdict->setForeground(partSame ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb3, 0x26, 0x1e));
        m_parts->setItem(row, 2, verdict);
    }
}

} // namespace corslab
