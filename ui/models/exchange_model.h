#pragma once
// A Verdict's exchanges as a table: what went over the wire, in order (preflight, request,
// redirect hops), with the status the browser received and the request's headers in one line.
#include "core/verdict.h"
#include <QAbstractTableModel>

namespace corslab {

class ExchangeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, MethodColumn, UrlColumn, StatusColumn, RequestHeadersColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,   // int: Exchange::Kind
        CredentialsRole,               // bool: cookies went along
        RouteIndexRole,                // int: the scenario route that answered; -1 for none
    };

    explicit ExchangeModel(QObject *parent = nullptr);

    // Replaces every row (a model reset).
    void setVerdict(const Verdict &verdict);
    const QList<Exchange> &exchanges() const { return m_exchanges; }
    // The exchange of a row; nullptr for an invalid index.
    const Exchange *exchange(const QModelIndex &index) const;

    // "Origin: https://a.example; Access-Control-Request-Method: PUT" (names as sent).
    static QString headersSummary(const HeaderList &headers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString kindText(Exchange::Kind kind) const;

    QList<Exchange> m_exchanges;
};

} // namespace corslab
