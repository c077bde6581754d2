#include "ui/widgets/server_editor.h"

#include "core/origin.h"
#include "core/safelist.h"
#include "core/url.h"
#include "ui/models/routes_model.h"
#include "ui/widgets/headers_table.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

QByteArray pageOrigin(const Scenario &scenario)
{
    if (scenario.pageSandboxed)
        return QByteArrayLiteral("null");
    const std::optional<Url> page = parseUrlOrNull(scenario.page);
    return page ? Origin::fromUrl(*page).serialize().toLatin1() : QByteArrayLiteral("*");
}

QString requestUrl(const Scenario &scenario)
{
    return scenario.request.url.isEmpty() ? u"https://api.example.com/"_s : scenario.request.url;
}

} // namespace

ServerEditor::ServerEditor(QWidget *parent) : QWidget(parent)
{
    m_model = new RoutesModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(RoutesModel::UrlColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RoutesModel::MethodColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RoutesModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_addPreflight = new QPushButton(this);
    m_addResponse = new QPushButton(this);
    m_addRedirect = new QPushButton(this);
    m_remove = new QPushButton(this);
    // Routes answer in order (the first that matches), so their order is part of the scenario.
    // Alt+Up and Alt+Down move the selected route while the routes table has the focus.
    m_moveUp = new QAction(this);
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = new QAction(this);
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *move : {m_moveUp, m_moveDown}) {
        move->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(move);
    }
    auto *moveUpButton = new QToolButton(this);
    moveUpButton->setDefaultAction(m_moveUp);
    moveUpButton->setArrowType(Qt::UpArrow);
    auto *moveDownButton = new QToolButton(this);
    moveDownButton->setDefaultAction(m_moveDown);
    moveDownButton->setArrowType(Qt::DownArrow);

    m_headers = new HeadersTable(this);
    m_headersLabel = new QLabel(this);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addPreflight);
    buttons->addWidget(m_addResponse);
    buttons->addWidget(m_addRedirect);
    buttons->addStretch();
    buttons->addWidget(moveUpButton);
    buttons->addWidget(moveDownButton);
    buttons->addWidget(m_remove);

    auto *routesPane = new QWidget(this);
    auto *routesLayout = new QVBoxLayout(routesPane);
    routesLayout->setContentsMargins(0, 0, 0, 0);
    routesLayout->addWidget(m_view);
    routesLayout->addLayout(buttons);
    auto *headersPane = new QWidget(this);
    auto *headersLayout = new QVBoxLayout(headersPane);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->addWidget(m_headersLabel);
    headersLayout->addWidget(m_headers);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"serverSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(routesPane);
    splitter->addWidget(headersPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_addPreflight, &QPushButton::clicked, this, [this] {
        addRoute(preflightAnswer(m_scenario), tr("Add preflight answer"));
    });
    connect(m_addResponse, &QPushButton::clicked, this, [this] { addRoute(response(m_scenario), tr("Add response")); });
    connect(m_addRedirect, &QPushButton::clicked, this, [this] { addRoute(redirect(m_scenario), tr("Add redirect")); });
    connect(m_remove, &QPushButton::clicked, this, &ServerEditor::removeSelectedRoute);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelectedRoute(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelectedRoute(+1); });
    connect(m_model, &RoutesModel::routeEdited, this,
            [this](int row, const ServerRoute &, const ServerRoute &after) {
                if (row < 0 || row >= m_scenario.server.size())
                    return;
                QList<ServerRoute> routes = m_scenario.server;
                routes[row] = after;
                emit routesEdited(routes, tr("Edit route %1").arg(row + 1), {});
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ServerEditor::showSelectedHeaders);
    connect(m_headers, &HeadersTable::headersEdited, this, [this](const HeaderList &headers) {
        const int row = selectedRoute();
        if (row < 0 || row >= m_scenario.server.size())
            return;
        QList<ServerRoute> routes = m_scenario.server;
        routes[row].headers = headers;
        emit routesEdited(routes, tr("Edit headers of route %1").arg(row + 1), u"server.headers.%1"_s.arg(row));
    });
    retranslate();
    showSelectedHeaders();
}

void ServerEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showSelectedHeaders();
    }
    QWidget::changeEvent(event);
}

void ServerEditor::retranslate()
{
    m_addPreflight->setText(tr("Add &preflight answer"));
    m_addPreflight->setToolTip(tr("An OPTIONS route for the request URL that allows the page's origin, method and headers"));
    m_addResponse->setText(tr("Add &response"));
    m_addResponse->setToolTip(tr("A 200 response for the request URL, without CORS headers"));
    m_addRedirect->setText(tr("Add re&direct"));
    m_addRedirect->setToolTip(tr("A 302 redirect from the request URL to another path on the same server"));
    m_remove->setText(tr("Remove route"));
    m_moveUp->setText(tr("Move route up"));
    m_moveUp->setToolTip(tr("Move the selected route up (Alt+Up): the first route that matches a request answers it"));
    m_moveDown->setText(tr("Move route down"));
    m_moveDown->setToolTip(tr("Move the selected route down (Alt+Down): the first route that matches a request answers it"));
}

void ServerEditor::setScenario(const Scenario &scenario)
{
    const int selected = selectedRoute();
    m_scenario = scenario;
    m_model->setScenario(scenario);
    if (selected >= 0 && selected < scenario.server.size())
        selectRoute(selected);
    else if (!scenario.server.isEmpty() && selected < 0)
        selectRoute(0);
    else if (!scenario.server.isEmpty())
        selectRoute(int(scenario.server.size()) - 1);
    showSelectedHeaders();
}

int ServerEditor::selectedRoute() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ServerEditor::selectRoute(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (selectedRoute() == row && m_view->selectionModel()->isRowSelected(row, {}))
        return;
    const QModelIndex index = m_model->index(row, RoutesModel::UrlColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

ServerRoute ServerEditor::preflightAnswer(const Scenario &scenario)
{
    ServerRoute route;
    route.method = QByteArrayLiteral("OPTIONS");
    route.url = requestUrl(scenario);
    route.status = 204;
    const QByteArray origin = pageOrigin(scenario);
    route.headers.append("Access-Control-Allow-Origin", origin);
    const ScenarioRequest &request = scenario.request;
    if (request.credentials == CredentialsMode::Include)
        route.headers.append("Access-Control-Allow-Credentials", "true");
    route.headers.append("Access-Control-Allow-Methods", request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method);
    const QList<QByteArray> unsafe = corsUnsafeRequestHeaderNames(request.headers);
    if (!unsafe.isEmpty())
        route.headers.append("Access-Control-Allow-Headers", unsafe.join(", "));
    route.headers.append("Access-Control-Max-Age", "600");
    return route;
}

ServerRoute ServerEditor::response(const Scenario &scenario)
{
    ServerRoute route;
    route.method = QByteArrayLiteral("*");
    route.url = requestUrl(scenario);
    route.status = 200;
    route.headers.append("Content-Type", "text/plain");
    return route;
}

ServerRoute ServerEditor::redirect(const Scenario &scenario)
{
    ServerRoute route;
    route.method = QByteArrayLiteral("*");
    route.url = requestUrl(scenario);
    route.status = 302;
    QString location = u"https://api.example.com/moved"_s;
    if (const std::optional<Url> url = parseUrlOrNull(route.url)) {
        const Origin origin = Origin::fromUrl(*url);
        if (!origin.isOpaque())
            location = origin.serialize() + u"/moved"_s;
    }
    route.headers.append("Location", location.toLatin1());
    return route;
}

void ServerEditor::addRoute(const ServerRoute &route, const QString &undoText)
{
    QList<ServerRoute> routes = m_scenario.server;
    // A preflight answer goes first, so it answers OPTIONS before a "*" route does.
    const int row = route.method == "OPTIONS" ? 0 : int(routes.size());
    routes.insert(row, route);
    emit routesEdited(routes, undoText, {});
    selectRoute(row);
    showSelectedHeaders();
}

void ServerEditor::removeSelectedRoute()
{
    const int row = selectedRoute();
    if (row < 0 || row >= m_scenario.server.size())
        return;
    QList<ServerRoute> routes = m_scenario.server;
    routes.removeAt(row);
    emit routesEdited(routes, tr("Remove route %1").arg(row + 1), {});
}

void ServerEditor::moveSelectedRoute(int by)
{
    const int row = selectedRoute();
    const int to = row + by;
    if (row < 0 || row >= m_scenario.server.size() || to < 0 || to >= m_scenario.server.size())
        return;
    QList<ServerRoute> routes = m_scenario.server;
    routes.move(row, to);
    emit routesEdited(routes, by < 0 ? tr("Move route %1 up").arg(row + 1) : tr("Move route %1 down").arg(row + 1), {});
    selectRoute(to);
    showSelectedHeaders();
}

void ServerEditor::showSelectedHeaders()
{
    const int row = selectedRoute();
    const bool valid = row >= 0 && row < m_scenario.server.size();
    m_remove->setEnabled(valid);
    m_moveUp->setEnabled(valid && row > 0);
    m_moveDown->setEnabled(valid && row + 1 < m_scenario.server.size());
    m_headers->setEnabled(valid);
    const QSignalBlocker block(m_headers);
    if (!valid) {
        m_headersLabel->setText(tr("Response headers (select a route)"));
        m_headers->setHeaders({});
        return;
    }
    const ServerRoute &route = m_scenario.server.at(row);
    m_headersLabel->setText(tr("Response headers of route %1 (%2 %3 → %4):")
                                .arg(row + 1)
                                .arg(QString::fromLatin1(route.method), route.url)
                                .arg(route.status));
    m_headers->setHeaders(route.headers);
}

} // namespace corslab
