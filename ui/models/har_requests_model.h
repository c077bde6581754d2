#pragma once
// The requests of an imported HAR as a table: method, URL, page origin, status, verdict, error. The
// row's blocked flag (recorded or predicted) under BlockedRole for the "Blocked only" filter; numbers
// under SortRole so the status column sorts as numbers.
#include "ui/har/har_import_job.h"
#include <QAbstractTableModel>

namespace corslab {

class HarRequestsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // FirefoxColumn: "≠ Firefox" where Firefox's outcome differs from Chromium's (HarImportRow::firefoxDiffers).
    enum Column { MethodColumn, UrlColumn, PageColumn, StatusColumn, VerdictColumn, ErrorColumn, FirefoxColumn, ColumnCount };
    enum Role { BlockedRole = Qt::UserRole + 1, SortRole };
    explicit HarRequestsModel(QObject *parent = nullptr);

    void clear();
    void appendRows(const QList<HarImportRow> &rows);
    const HarImportRow &row(int index) const { return m_rows.at(index); }
    qsizetype blockedCount() const { return m_blocked; }

    // "Blocked: PreflightMissingAllowOriginHeader", "Passes", ... (the Verdict column)
    static QString verdictText(const HarImportRow &row);
    // The model's CorsError and failed parameter, else what the HAR recorded (the Error column).
    static QString errorText(const HarImportRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HarImportRow> m_rows;
    qsizetype m_blocked = 0;
};

} // namespace corslab
