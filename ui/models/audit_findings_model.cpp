#include "ui/models/audit_findings_model.h"

#include "core/explanation.h"

#include <QBrush>
#include <QColor>

namespace corslab {

AuditFindingsModel::AuditFindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditFindingsModel::setFindings(const QList<AuditFinding> &findings, const QStringList &trusted)
{
    beginResetModel();
    m_findings = findings;
    m_trusted = trusted;
    endResetModel();
}

int AuditFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int AuditFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const AuditFinding &finding = m_findings.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn:
            switch (finding.severity) {
            case AuditSeverity::High: return tr("High");
            case AuditSeverity::Medium: return tr("Medium");
            case AuditSeverity::Low: return tr("Low");
            }
            return {};
        case FindingColumn: return describeFinding(finding, m_trusted).title;
        case OriginColumn: return finding.origin;
        case UrlColumn: return finding.url;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn) {
        switch (finding.severity) {
        case AuditSeverity::High: return QBrush(QColor(0xb0, 0x00, 0x20));
        case AuditSeverity::Medium: return QBrush(QColor(0xa0, 0x50, 0x00));
        case AuditSeverity::Low: return {};
        }
    }
    if (role == Qt::UserRole && index.column() == FindingColumn)
        return QString(auditFindingClassName(finding.findingClass));
    return {};
}

QVariant AuditFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case FindingColumn: return tr("Finding");
    case OriginColumn: return tr("Origin that got through");
    case UrlColumn: return tr("URL");
    }
    return {};
}

} // namespace corslab
