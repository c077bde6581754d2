#pragma once
// The findings of an audit as a table: severity, finding, origin, URL; the whole finding (evidence,
// risk, fix) under FindingRole for the details view.
#include "core/cors_audit.h"
#include <QAbstractTableModel>

namespace corslab {

class AuditFindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, FindingColumn, OriginColumn, UrlColumn, ColumnCount };
    explicit AuditFindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<AuditFinding> &findings, const QStringList &trusted);
    const QList<AuditFinding> &findings() const { return m_findings; }
    const QStringList &trusted() const { return m_trusted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditFinding> m_findings;
    QStringList m_trusted;
};

} // namespace corslab
