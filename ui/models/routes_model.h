#pragma once
// A Scenario's server routes as an editable table (method, URL, status). Edits are requests, not
// changes: setData() validates the value and emits routeEdited(); the owner pushes an undo command
// that changes the Scenario and calls setScenario() with the result.
#include "core/scenario.h"
#include <QAbstractTableModel>

namespace corslab {

class RoutesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MethodColumn, UrlColumn, StatusColumn, ColumnCount };
    enum Role {
        HeadersRole = Qt::UserRole + 1,   // QString: the route's header lines, "Name: value" one a line
    };

    explicit RoutesModel(QObject *parent = nullptr);

    // Shows the scenario's routes. With the same number of routes only the changed cells are
    // reported (dataChanged), so the view keeps its current cell and selection; otherwise a reset.
    void setScenario(const Scenario &scenario);
    const QList<ServerRoute> &routes() const { return m_routes; }

    // The checks setData() makes (the same rules as validateScenario()).
    static bool isValidMethod(QByteArrayView method);     // a token, or "*"
    static bool isValidUrl(const QString &url);            // an absolute URL
    static bool isValidStatus(int status);                 // 000-999, any three-digit status

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Valid and different: emits routeEdited() and returns true, leaving the model as it was.
    // Valid and the same: returns true, emits nothing. Invalid: returns false, emits nothing.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The user changed route `row` from `before` to `after` (one field differs).
    void routeEdited(int row, const corslab::ServerRoute &before, const corslab::ServerRoute &after);

private:
    QList<ServerRoute> m_routes;
};

} // namespace corslab
