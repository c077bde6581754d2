#pragma once
// "Every tag at once" as a table: the scenario's request made by each via (core/access_matrix), a heading
// row before each kind of access (write, embed, read), then a row per variant with whether the request is
// sent, whether the element or script gets to use it, whether the page can read it, and the error.
#include "core/access_matrix.h"
#include "core/engine_profile.h"
#include <QAbstractTableModel>

namespace corslab {

class AccessMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Chromium and Firefox: each browser's verdict in a word (Allowed, Blocked, Opaque), amber where they
    // differ, beside the request so a narrow pane shows them; the rest is the chosen profile's.
    enum Column { ViaColumn, ChromiumColumn, FirefoxColumn, SentColumn, LoadedColumn, ReadableColumn, ErrorColumn, ColumnCount };
    // Under Qt::UserRole in the via column: the via's name ("img"); in a heading row, the kind's name ("read");
    // in an engine column, whether that browser's outcome differs from the other's.
    explicit AccessMatrixModel(QObject *parent = nullptr);

    // Decides every variant of `scenario` (core/evaluation's accessMatrixFor); URLs that do not parse empty the table.
    void setScenario(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);
    const QList<AccessMatrixRow> &matrix() const { return m_rows; }
    // The variant in table row `row`; nullptr for a heading row or out of range.
    const AccessMatrixRow *matrixRow(int row) const;
    // The table row of a variant, -1 when it is not there.
    int rowOf(const RequestVariant &variant) const;
    bool isHeading(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // A table row: a heading (`matrixIndex` -1, its kind) or the matrix's row `matrixIndex`.
    struct Line {
        AccessCategory category;
        int matrixIndex = -1;
    };
    QVariant headingData(const Line &line, int column, int role) const;
    QVariant variantData(const AccessMatrixRow &row, int column, int role) const;

    QVariant engineData(int matrixIndex, int column, int role) const;

    QList<AccessMatrixRow> m_rows;
    QList<AccessMatrixRow> m_chromiumRows;   // the same variants decided by each browser
    QList<AccessMatrixRow> m_firefoxRows;
    QList<Line> m_lines;
};

} // namespace corslab
