#pragma once
// The server's routes (RoutesModel: method, URL, status) and the header lines of the selected route,
// with buttons that add the answers a cross-origin request typically needs.
#include "core/scenario.h"
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace corslab {

class HeadersTable;
class RoutesModel;

class ServerEditor : public QWidget {
    Q_OBJECT
public:
    explicit ServerEditor(QWidget *parent = nullptr);

    // Shows the scenario's routes without emitting anything; the selected route stays selected.
    void setScenario(const Scenario &scenario);

    RoutesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    HeadersTable *headersTable() const { return m_headers; }
    int selectedRoute() const;
    void selectRoute(int row);

    // The routes the buttons add, for `scenario`'s page and request.
    static ServerRoute preflightAnswer(const Scenario &scenario);
    static ServerRoute response(const Scenario &scenario);
    static ServerRoute redirect(const Scenario &scenario);

    void addRoute(const ServerRoute &route, const QString &undoText);
    void removeSelectedRoute();
    // Moves the selected route `by` rows (-1 up, +1 down) and keeps it selected.
    void moveSelectedRoute(int by);
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

signals:
    void routesEdited(const QList<corslab::ServerRoute> &routes, const QString &undoText, const QString &mergeKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelectedHeaders();

    Scenario m_scenario;
    RoutesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    HeadersTable *m_headers = nullptr;
    QLabel *m_headersLabel = nullptr;
    QPushButton *m_addPreflight = nullptr;
    QPushButton *m_addResponse = nullptr;
    QPushButton *m_addRedirect = nullptr;
    QPushButton *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
};

} // namespace corslab
