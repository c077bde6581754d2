#include "ui/models/routes_model.h"

#include "core/header_list.h"
#include "core/url.h"

using namespace Qt::StringLiterals;

namespace corslab {

RoutesModel::RoutesModel(QObject *parent) : QAbstractTableModel(parent) {}

void RoutesModel::setScenario(const Scenario &scenario)
{
    if (scenario.server.size() != m_routes.size()) {
        beginResetModel();
        m_routes = scenario.server;
        endResetModel();
        return;
    }
    const QList<ServerRoute> old = std::exchange(m_routes, scenario.server);
    for (int row = 0; row < m_routes.size(); ++row) {
        if (!(old.at(row) == m_routes.at(row)))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

bool RoutesModel::isValidMethod(QByteArrayView method)
{
    return method == "*" || isHeaderName(method);
}

bool RoutesModel::isValidUrl(const QString &url)
{
    return !url.isEmpty() && url.size() <= kMaxUrlLength && parseUrlOrNull(url).has_value();
}

bool RoutesModel::isValidStatus(int status)
{
    // Any three-digit status a server can send (core/scenario.cpp validateScenario).
    return status >= 0 && status <= 999;
}

int RoutesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RoutesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerRoute &route = m_routes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MethodColumn && route.method == "*")
            return tr("* (any)");
        [[fallthrough]];
    case Qt::EditRole:
        switch (index.column()) {
        case MethodColumn: return QString::fromLatin1(route.method);
        case UrlColumn: return route.url;
        case StatusColumn: return route.status;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MethodColumn: return tr("A method (a token such as GET or OPTIONS), or * for any method");
        case UrlColumn: return tr("An absolute URL, e.g. https://api.example.com/items");
        case StatusColumn: return tr("An HTTP status code, three digits (000–999)");
        }
        break;
    case HeadersRole: {
        QStringList lines;
        for (const Header &header : route.headers.entries())
            lines << QString::fromLatin1(header.name) + u": "_s + QString::fromLatin1(header.value);
        return lines.join(u'\n');
    }
    }
    return {};
}

QVariant RoutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case MethodColumn: return tr("Method");
    case UrlColumn: return tr("URL");
    case StatusColumn: return tr("Status");
    }
    return {};
}

Qt::ItemFlags RoutesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool RoutesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ServerRoute &before = m_routes.at(index.row());
    ServerRoute after = before;
    switch (index.column()) {
    case MethodColumn: {
        if (value.metaType().id() != QMetaType::QString && value.metaType().id() != QMetaType::QByteArray)
            return false;
        const QString text = value.toString().trimmed();
        // Latin-1 only: a method is bytes on the wire.
        for (QChar c : text) {
            if (c.unicode() > 0x7f)
                return false;
        }
        after.method = text.toLatin1();
        if (!isValidMethod(after.method))
            return false;
        break;
    }
    case UrlColumn: {
        if (value.metaType().id() != QMetaType::QString && value.metaType().id() != QMetaType::QUrl)
            return false;
        after.url = value.toString().trimmed();
        if (!isValidUrl(after.url))
            return false;
        break;
    }
    case StatusColumn: {
        bool ok = false;
        const int status = value.metaType().id() == QMetaType::QString ? value.toString().trimmed().toInt(&ok) : value.toInt(&ok);
        if (!ok || !isValidStatus(status))
            return false;
        after.status = status;
        break;
    }
    default: return false;
    }
    if (after == before)
        return true;
    // Copy: a slot may call setScenario() and replace m_routes (and `before` with it) at once.
    const ServerRoute beforeCopy = before;
    emit routeEdited(index.row(), beforeCopy, after);
    return true;
}

} // namespace corslab
