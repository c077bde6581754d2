#include "ui/models/exchange_model.h"

#include "core/explanation.h"
#include "ui/models/result_icons.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

QString headerLines(const HeaderList &headers)
{
    QStringList lines;
    for (const Header &header : headers.entries())
        lines << (QString::fromLatin1(header.name) + u": "_s + QString::fromLatin1(header.value)).toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

} // namespace

ExchangeModel::ExchangeModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExchangeModel::setVerdict(const Verdict &verdict)
{
    beginResetModel();
    m_exchanges = verdict.exchanges;
    endResetModel();
}

const Exchange *ExchangeModel::exchange(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_exchanges.at(index.row());
}

QString ExchangeModel::headersSummary(const HeaderList &headers)
{
    QStringList parts;
    for (const Header &header : headers.entries())
        parts << QString::fromLatin1(header.name) + u": "_s + QString::fromLatin1(header.value);
    return parts.join(u"; "_s);
}

QString ExchangeModel::kindText(Exchange::Kind kind) const
{
    switch (kind) {
    case Exchange::Kind::Preflight: return tr("preflight");
    case Exchange::Kind::Main: return tr("request");
    case Exchange::Kind::Redirect: return tr("redirect");
    }
    return {};
}

int ExchangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int ExchangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeModel::data(const QModelIndex &index, int role) const
{
    const Exchange *e = exchange(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return kindText(e->kind);
        case MethodColumn: return QString::fromLatin1(e->method);
        case UrlColumn: return e->url;
        case StatusColumn: return e->status ? QString::number(e->status) : tr("no response");
        case RequestHeadersColumn:
            if (const QString credentials = exchangeCredentialsNote(*e); !credentials.isEmpty())
                return tr("%1 (%2)").arg(headersSummary(e->requestHeaders), credentials).trimmed();
            return headersSummary(e->requestHeaders);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (e->status == 0 || e->status >= 400)
                return QBrush(ui::kFailColor);
            if (e->status >= 300)
                return QBrush(ui::kWarnColor);
            return QBrush(ui::kPassColor);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: {
        QString text = u"<b>"_s + QString::fromLatin1(e->method).toHtmlEscaped() + u' ' + e->url.toHtmlEscaped() + u"</b><br>"_s
                       + headerLines(e->requestHeaders);
        if (e->credentials)
            text += u"<br><i>"_s + tr("cookies go along").toHtmlEscaped() + u"</i>"_s;
        text += u"<hr><b>"_s + (e->status ? QString::number(e->status) : tr("no response").toHtmlEscaped()) + u"</b><br>"_s
                + headerLines(e->responseHeaders);
        return text;
    }
    case KindRole: return int(e->kind);
    case CredentialsRole: return e->credentials;
    case RouteIndexRole: return e->routeIndex;
    }
    return {};
}

QVariant ExchangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case KindColumn: return tr("Kind");
    case MethodColumn: return tr("Method");
    case UrlColumn: return tr("URL");
    case StatusColumn: return tr("Status");
    case RequestHeadersColumn: return tr("Request headers");
    }
    return {};
}

} // namespace corslab
