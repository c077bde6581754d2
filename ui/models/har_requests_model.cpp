#include "ui/models/har_requests_model.h"

#include "core/explanation.h"
#include "ui/models/result_icons.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace corslab {

HarRequestsModel::HarRequestsModel(QObject *parent) : QAbstractTableModel(parent) {}

void HarRequestsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_blocked = 0;
    endResetModel();
}

void HarRequestsModel::appendRows(const QList<HarImportRow> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (const HarImportRow &row : rows)
        m_blocked += row.blocked ? 1 : 0;
    m_rows.append(rows);
    endInsertRows();
}

QString HarRequestsModel::verdictText(const HarImportRow &row)
{
    QString text;
    switch (row.outcome) {
    case HarModelOutcome::Unknown: text = tr("Not judged (a URL does not parse)"); break;
    case HarModelOutcome::Blocked: text = tr("Blocked"); break;
    case HarModelOutcome::Unreadable: text = tr("Sent, unreadable"); break;
    case HarModelOutcome::Passes: text = tr("Passes"); break;
    }
    const bool modelBlocked = row.outcome == HarModelOutcome::Blocked;
    if (row.recorded.blocked && !modelBlocked)
        text += tr(" (the HAR recorded it blocked)");
    else if (!row.recorded.blocked && modelBlocked && row.recorded.corsBlocksRecorded)
        text += tr(" (the HAR recorded it answered)");
    return text;
}

QString HarRequestsModel::errorText(const HarImportRow &row)
{
    if (row.error) {
        QString text = QString(corsErrorName(row.error->error));
        if (!row.error->failedParameter.isEmpty())
            text += u" ("_s + QString::fromUtf8(row.error->failedParameter) + u')';
        return text;
    }
    return row.recorded.error;
}

int HarRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HarRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HarRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HarImportRow &row = m_rows.at(index.row());
    if (role == BlockedRole)
        return row.blocked;
    if (role == SortRole && index.column() == StatusColumn)
        return row.recorded.status;
    if (role == Qt::DisplayRole || role == SortRole || (role == Qt::ToolTipRole && index.column() == UrlColumn)) {
        switch (index.column()) {
        case MethodColumn: return QString::fromLatin1(row.method);
        case UrlColumn: return row.url;
        case PageColumn: return row.pageOrigin;
        case StatusColumn: return row.recorded.status > 0 ? QString::number(row.recorded.status) : tr("(failed)");
        case VerdictColumn: return verdictText(row);
        case ErrorColumn: return errorText(row);
        case FirefoxColumn: return row.firefoxDiffers.isEmpty() ? QString() : tr("≠ Firefox");
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FirefoxColumn && !row.firefoxDiffers.isEmpty()) {
        QStringList fields;
        for (const VerdictField field : row.firefoxDiffers)
            fields << verdictFieldLabel(field);
        return tr("Firefox decides this request otherwise than Chromium: %1. Open the row to see both.").arg(fields.join(u", "_s));
    }
    if (role == Qt::ForegroundRole && index.column() == FirefoxColumn)
        return QBrush(ui::kWarnColor);
    if (role == Qt::ToolTipRole && (index.column() == VerdictColumn || index.column() == ErrorColumn))
        return row.note.isEmpty() ? row.message : row.note;
    if (role == Qt::DecorationRole && index.column() == VerdictColumn && row.outcome != HarModelOutcome::Unknown)
        return ui::resultIcon(!row.blocked);
    if (role == Qt::ForegroundRole && index.column() == ErrorColumn && row.blocked)
        return QBrush(ui::kFailColor);
    return {};
}

QVariant HarRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case MethodColumn: return tr("Method");
    case UrlColumn: return tr("URL");
    case PageColumn: return tr("Page origin");
    case StatusColumn: return tr("Status");
    case VerdictColumn: return tr("Verdict");
    case ErrorColumn: return tr("Error");
    case FirefoxColumn: return tr("Firefox");
    }
    return {};
}

} // namespace corslab
