#pragma once
// The request the page makes: how (`via`), to which URL, with which method, mode, credentials mode,
// crossorigin attribute, enctype, body and headers. Only the fields the chosen `via` takes are enabled
// (core/scenario.h viaTakes*).
#include "core/scenario.h"
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace corslab {

class HeadersTable;

class RequestComposer : public QWidget {
    Q_OBJECT
public:
    explicit RequestComposer(QWidget *parent = nullptr);

    // Shows `request` without emitting anything.
    void setRequest(const ScenarioRequest &request);
    const ScenarioRequest &request() const { return m_request; }

    QComboBox *viaBox() const { return m_via; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *credentialsBox() const { return m_credentials; }
    QComboBox *crossOriginBox() const { return m_crossOrigin; }
    QComboBox *enctypeBox() const { return m_enctype; }
    QLineEdit *bodyEdit() const { return m_body; }
    HeadersTable *headersTable() const { return m_headers; }

    // Selects `via` in the combo box as a user would (emits requestEdited).
    void chooseVia(Via via);
    // The request with `via` changed and the fields it does not take dropped.
    static ScenarioRequest withVia(ScenarioRequest request, Via via);

signals:
    // An edit; `mergeKey` is set when the edit is typing that may merge with the previous one.
    void requestEdited(const corslab::ScenarioRequest &request, const QString &undoText, const QString &mergeKey);
    void typingFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<QWidget *> fields() const;
    void retranslate();
    void updateEnabled();
    void emitEdit(const ScenarioRequest &request, const QString &undoText, const QString &mergeKey = {});

    ScenarioRequest m_request;
    QComboBox *m_via = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_credentials = nullptr;
    QComboBox *m_crossOrigin = nullptr;
    QComboBox *m_enctype = nullptr;
    QComboBox *m_referrerPolicy = nullptr;   // editable: a token the browser does not know stays as typed
    QLineEdit *m_body = nullptr;
    QLabel *m_headersLabel = nullptr;
    HeadersTable *m_headers = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace corslab

Q_DECLARE_METATYPE(corslab::ScenarioRequest)
