#include "ui/widgets/request_composer.h"

#include "core/verdict.h"
#include "ui/widgets/headers_table.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr int kViaRole = Qt::UserRole + 1;
constexpr int kCategoryRole = Qt::UserRole + 2;

// `via`, grouped by the kind of cross-origin access each one is.
struct ViaGroup {
    AccessCategory category;
    std::initializer_list<Via> vias;
};
const ViaGroup kViaGroups[] = {
    {AccessCategory::Write, {Via::Form, Via::Navigate}},
    {AccessCategory::Embed, {Via::Img, Via::Script, Via::Stylesheet, Via::Media, Via::Iframe}},
    {AccessCategory::Read, {Via::Fetch, Via::Xhr, Via::Font}},
};

QString categoryTitle(AccessCategory category)
{
    switch (category) {
    case AccessCategory::Write: return RequestComposer::tr("Write (sent, answer not shown to the page)");
    case AccessCategory::Embed: return RequestComposer::tr("Embed (used, contents not readable)");
    case AccessCategory::Read: return RequestComposer::tr("Read (script reads the response: CORS)");
    }
    return {};
}

QString viaDescription(Via via)
{
    switch (via) {
    case Via::Fetch: return RequestComposer::tr("fetch() in script");
    case Via::Xhr: return RequestComposer::tr("XMLHttpRequest in script");
    case Via::Form: return RequestComposer::tr("<form> submission");
    case Via::Navigate: return RequestComposer::tr("navigation (link, location)");
    case Via::Img: return RequestComposer::tr("<img>");
    case Via::Script: return RequestComposer::tr("<script>");
    case Via::Stylesheet: return RequestComposer::tr("<link rel=stylesheet>");
    case Via::Font: return RequestComposer::tr("@font-face font");
    case Via::Media: return RequestComposer::tr("<audio>/<video>");
    case Via::Iframe: return RequestComposer::tr("<iframe>");
    }
    return {};
}

// Optional enum fields: item 0 is "(default)" (its text set by retranslate()), then each value with its scenario name as data.
template <typename Enum, std::size_t N>
void fillOptional(QComboBox *box, const Enum (&values)[N], QLatin1StringView (*name)(Enum))
{
    box->addItem(QString());   // "(default…)", set by retranslate()
    for (const Enum value : values)
        box->addItem(QString(name(value)), int(value));
}

template <typename Enum>
void selectOptional(QComboBox *box, const std::optional<Enum> &value)
{
    box->setCurrentIndex(value ? box->findData(int(*value)) : 0);
}

template <typename Enum>
std::optional<Enum> optionalAt(QComboBox *box, int index)
{
    if (index <= 0)
        return std::nullopt;
    return Enum(box->itemData(index).toInt());
}

} // namespace

RequestComposer::RequestComposer(QWidget *parent) : QWidget(parent)
{
    // `via`, grouped by the kind of cross-origin access each one is.
    m_via = new QComboBox(this);
    auto *viaModel = new QStandardItemModel(m_via);
    for (const auto &[category, vias] : kViaGroups) {
        auto *header = new QStandardItem;
        header->setData(int(category), kCategoryRole);
        header->setFlags(Qt::NoItemFlags);
        QFont font = m_via->font();
        font.setBold(true);
        header->setFont(font);
        viaModel->appendRow(header);
        for (const Via via : vias) {
            auto *item = new QStandardItem;
            item->setData(int(via), kViaRole);
            viaModel->appendRow(item);
        }
    }
    m_via->setModel(viaModel);

    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(u"https://api.example.com/items"_s);
    m_url->setClearButtonEnabled(true);
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->addItems({u"GET"_s, u"HEAD"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"OPTIONS"_s});
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_mode = new QComboBox(this);
    fillOptional(m_mode, {RequestMode::Cors, RequestMode::NoCors, RequestMode::SameOrigin},
                 requestModeName);
    m_credentials = new QComboBox(this);
    fillOptional(m_credentials,
                 {CredentialsMode::Omit, CredentialsMode::SameOrigin, CredentialsMode::Include}, credentialsModeName);
    m_crossOrigin = new QComboBox(this);
    fillOptional(m_crossOrigin, {CrossOriginAttribute::Anonymous, CrossOriginAttribute::UseCredentials},
                 crossOriginName);
    m_enctype = new QComboBox(this);
    fillOptional(m_enctype,
                 {FormEnctype::UrlEncoded, FormEnctype::Multipart, FormEnctype::TextPlain}, enctypeName);
    // https://w3c.github.io/webappsec-referrer-policy/#referrer-policies
    m_referrerPolicy = new QComboBox(this);
    m_referrerPolicy->setEditable(true);
    m_referrerPolicy->setInsertPolicy(QComboBox::NoInsert);
    m_referrerPolicy->addItem(QString());   // "(default: the page's policy)", set by retranslate()
    for (const char *token : {"no-referrer", "no-referrer-when-downgrade", "same-origin", "origin", "strict-origin",
                              "origin-when-cross-origin", "strict-origin-when-cross-origin", "unsafe-url"})
        m_referrerPolicy->addItem(QString::fromLatin1(token));
    m_body = new QLineEdit(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body->setFont(mono);
    m_headers = new HeadersTable(this);
    m_headers->setMinimumHeight(110);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : fields()) {
        auto *label = new QLabel(this);   // its text set by retranslate()
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_headersLabel = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_headersLabel);
    layout->addWidget(m_headers, 1);

    connect(m_via, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant data = m_via->itemData(index, kViaRole);
        if (!data.isValid())
            return;
        emitEdit(withVia(m_request, Via(data.toInt())), tr("Change via"));
    });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        ScenarioRequest request = m_request;
        request.url = text;
        emitEdit(request, tr("Edit request URL"), u"request.url"_s);
    });
    connect(m_url, &QLineEdit::editingFinished, this, &RequestComposer::typingFinished);
    connect(m_method, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        ScenarioRequest request = m_request;
        request.method = text.toLatin1();
        emitEdit(request, tr("Edit method"), u"request.method"_s);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        ScenarioRequest request = m_request;
        request.mode = optionalAt<RequestMode>(m_mode, index);
        emitEdit(request, tr("Change mode"));
    });
    connect(m_credentials, &QComboBox::currentIndexChanged, this, [this](int index) {
        ScenarioRequest request = m_request;
        request.credentials = optionalAt<CredentialsMode>(m_credentials, index);
        emitEdit(request, tr("Change credentials mode"));
    });
    connect(m_crossOrigin, &QComboBox::currentIndexChanged, this, [this](int index) {
        ScenarioRequest request = m_request;
        request.crossorigin = optionalAt<CrossOriginAttribute>(m_crossOrigin, index);
        emitEdit(request, tr("Change crossorigin"));
    });
    connect(m_enctype, &QComboBox::currentIndexChanged, this, [this](int index) {
        ScenarioRequest request = m_request;
        request.enctype = optionalAt<FormEnctype>(m_enctype, index);
        emitEdit(request, tr("Change enctype"));
    });
    connect(m_referrerPolicy, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        ScenarioRequest request = m_request;
        const bool none = text.isEmpty() || text == m_referrerPolicy->itemText(0);
        request.referrerPolicy = none ? std::nullopt : std::optional<QString>(text.trimmed());
        emitEdit(request, tr("Change referrer policy"), u"request.referrerPolicy"_s);
    });
    connect(m_body, &QLineEdit::textEdited, this, [this](const QString &text) {
        ScenarioRequest request = m_request;
        request.body = text.isEmpty() ? std::nullopt : std::optional<QByteArray>(text.toUtf8());
        emitEdit(request, tr("Edit body"), u"request.body"_s);
    });
    connect(m_body, &QLineEdit::editingFinished, this, &RequestComposer::typingFinished);
    connect(m_headers, &HeadersTable::headersEdited, this, [this](const HeaderList &headers) {
        ScenarioRequest request = m_request;
        request.headers = headers;
        emitEdit(request, tr("Edit request headers"), u"request.headers"_s);
    });
    retranslate();
    setRequest(m_request);
}

// The form's fields, in the order the form shows them.
QList<QWidget *> RequestComposer::fields() const
{
    return {m_via, m_url, m_method, m_mode, m_credentials, m_crossOrigin, m_enctype, m_referrerPolicy, m_body};
}

void RequestComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateEnabled();
    }
    QWidget::changeEvent(event);
}

void RequestComposer::retranslate()
{
    auto *viaModel = static_cast<QStandardItemModel *>(m_via->model());
    for (int row = 0; row < viaModel->rowCount(); ++row) {
        QStandardItem *item = viaModel->item(row);
        const QVariant via = item->data(kViaRole);
        item->setText(via.isValid() ? QString(viaName(Via(via.toInt()))) + u"  —  "_s + viaDescription(Via(via.toInt()))
                                    : categoryTitle(AccessCategory(item->data(kCategoryRole).toInt())));
    }
    m_via->setToolTip(tr("How the page makes the request. An element with a crossorigin attribute reads."));
    m_mode->setItemText(0, tr("(default: cors)"));
    m_credentials->setItemText(0, tr("(default: same-origin)"));
    m_crossOrigin->setItemText(0, tr("(no attribute)"));
    m_enctype->setItemText(0, tr("(default: urlencoded)"));
    m_referrerPolicy->setItemText(0, tr("(default: the page's policy)"));
    m_body->setPlaceholderText(tr("(no body)"));
    const QString labels[] = {tr("&Via:"), tr("&URL:"), tr("&Method:"), tr("M&ode:"),
                              tr("&Credentials:"), tr("c&rossorigin:"), tr("&Enctype:"), tr("Re&ferrer policy:"),
                              tr("&Body:")};
    const QList<QWidget *> formFields = fields();
    for (qsizetype i = 0; i < formFields.size(); ++i)
        static_cast<QLabel *>(m_form->labelForField(formFields.at(i)))->setText(labels[i]);
    m_headersLabel->setText(tr("Request headers:"));
}

ScenarioRequest RequestComposer::withVia(ScenarioRequest request, Via via)
{
    request.via = via;
    if (!viaTakesMode(via))
        request.mode.reset();
    if (!viaTakesCredentials(via) || (via == Via::Xhr && request.credentials == CredentialsMode::Omit))
        request.credentials.reset();
    if (!viaTakesCrossOrigin(via))
        request.crossorigin.reset();
    if (!viaTakesHeaders(via))
        request.headers = {};
    if (!viaTakesEnctype(via))
        request.enctype.reset();
    if (!viaTakesReferrerPolicy(via))
        request.referrerPolicy.reset();
    if (!viaTakesMethod(via)) {
        request.method = QByteArrayLiteral("GET");
        request.body.reset();
    } else if (via == Via::Form) {
        const QByteArray upper = request.method.toUpper();
        request.method = upper == "POST" ? upper : QByteArrayLiteral("GET");
    }
    return request;
}

void RequestComposer::chooseVia(Via via)
{
    for (int i = 0; i < m_via->count(); ++i) {
        if (m_via->itemData(i, kViaRole) == QVariant(int(via))) {
            m_via->setCurrentIndex(i);
            return;
        }
    }
}

void RequestComposer::setRequest(const ScenarioRequest &request)
{
    m_request = request;
    const QSignalBlocker b1(m_via), b2(m_url), b3(m_method), b4(m_mode), b5(m_credentials), b6(m_crossOrigin),
        b7(m_enctype), b8(m_body), b9(m_referrerPolicy);
    for (int i = 0; i < m_via->count(); ++i) {
        if (m_via->itemData(i, kViaRole) == QVariant(int(request.via)))
            m_via->setCurrentIndex(i);
    }
    if (m_url->text() != request.url)
        m_url->setText(request.url);
    const QString method = QString::fromLatin1(request.method);
    if (m_method->currentText() != method)
        m_method->setCurrentText(method);
    selectOptional(m_mode, request.mode);
    selectOptional(m_credentials, request.credentials);
    selectOptional(m_crossOrigin, request.crossorigin);
    selectOptional(m_enctype, request.enctype);
    const QString policy = request.referrerPolicy.value_or(m_referrerPolicy->itemText(0));
    if (m_referrerPolicy->currentText() != policy)
        m_referrerPolicy->setCurrentText(policy);
    const QString body = request.body ? QString::fromUtf8(*request.body) : QString();
    if (m_body->text() != body)
        m_body->setText(body);
    {
        const QSignalBlocker blockHeaders(m_headers);
        m_headers->setHeaders(request.headers);
    }
    updateEnabled();
}

void RequestComposer::updateEnabled()
{
    const Via via = m_request.via;
    const bool enabled[] = {viaTakesMethod(via), viaTakesMode(via),    viaTakesCredentials(via),    viaTakesCrossOrigin(via),
                            viaTakesEnctype(via), viaTakesMethod(via), viaTakesReferrerPolicy(via)};
    QWidget *fields[] = {m_method, m_mode, m_credentials, m_crossOrigin, m_enctype, m_body, m_referrerPolicy};
    for (int i = 0; i < 7; ++i) {
        fields[i]->setEnabled(enabled[i]);
        m_form->labelForField(fields[i])->setEnabled(enabled[i]);
        fields[i]->setToolTip(enabled[i] ? QString() : tr("%1 does not take this field").arg(QString(viaName(via))));
    }
    m_headers->setEnabled(viaTakesHeaders(via));
    m_headersLabel->setEnabled(viaTakesHeaders(via));
    m_headers->setToolTip(viaTakesHeaders(via) ? QString() : tr("Only fetch() and XMLHttpRequest set request headers"));
}

void RequestComposer::emitEdit(const ScenarioRequest &request, const QString &undoText, const QString &mergeKey)
{
    if (request == m_request)
        return;
    emit requestEdited(request, undoText, mergeKey);
}

} // namespace corslab
